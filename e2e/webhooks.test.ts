// Webhooks under `wrangler dev`: a receiver on 127.0.0.1 (allowed by ALLOW_LOCAL_WEBHOOKS, which the suite's server
// sets) gets a certificate.claimed within seconds of a claim, sent from the queue and verified with the
// standardwebhooks library as any receiver would; and a job.completed at the end of a 10,000-certificate batch job,
// on a server of its own whose certificates are seeded with SQL while it is stopped (as bench/jobs.bench.ts does).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiOk, baseUrl, signup } from "./api";
import { httpClient } from "./http-client";
import { copyCertificates, startApi } from "./server";
import { checkDelivery } from "./validated-fetch";

interface Received {
	headers: IncomingHttpHeaders;
	body: string;
}

let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];

beforeAll(async () => {
	receiver = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (chunk: Buffer) => chunks.push(chunk));
		req.on("end", () => {
			const delivery = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
			received.push(delivery);
			// Each delivery against the document's webhooks; a violation fails the test (e2e/setup.ts).
			const headers = new Headers(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
			checkDelivery(baseUrl(), headers, delivery.body).catch(() => {});
			res.writeHead(204).end();
		});
	});
	await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
	receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/econsent`;
});

afterAll(async () => {
	await new Promise((resolve) => receiver.close(resolve));
});

const headersOf = (r: Received) =>
	Object.fromEntries(Object.entries(r.headers).map(([name, value]) => [name, String(value)]));

describe("webhooks over HTTP", () => {
	it("delivers a correctly signed certificate.claimed to a receiver on 127.0.0.1 within seconds of the claim", async () => {
		const publisher = await signup("Hooked LeadGen", "hooked-publisher");
		const endpoint = await apiOk<{ id: string; secret: string }>(201, "POST", "/webhooks", {
			as: publisher,
			body: { url: receiverUrl, events: ["certificate.claimed"] },
		});
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: "forms.hooked.example" },
		});
		const { certificate_id } = await apiOk<{ certificate_id: string }>(201, "POST", "/certificates", {
			as: publisher,
			body: { property_id: property.id, consent_text: "I agree.", page_url: "https://forms.hooked.example/q" },
		});
		const { claim_token } = await apiOk<{ claim_token: string }>(
			201,
			"POST",
			`/certificate-sharing/certificates/${certificate_id}/share`,
			{ as: publisher, body: {} },
		);
		const buyer = await signup("Hooked Buyer", "hooked-buyer");
		const claimed = await apiOk<{ claim_id: number }>(
			200,
			"POST",
			`/certificate-sharing/certificates/claim/${claim_token}`,
			{
				as: buyer,
			},
		);
		const started = Date.now();

		await vi.waitFor(() => expect(received.length).toBeGreaterThan(0), { timeout: 15_000, interval: 100 });
		const seconds = (Date.now() - started) / 1000;
		const [delivery] = received;
		if (!delivery) throw new Error("nothing received");
		const event = new Webhook(endpoint.secret).verify(delivery.body, headersOf(delivery));
		expect(event).toMatchObject({
			type: "certificate.claimed",
			id: delivery.headers["webhook-id"],
			data: { certificate_id, claim_id: claimed.claim_id, buyer_company_id: buyer.company.id, status: "claimed" },
		});
		expect(() =>
			new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(delivery.body, headersOf(delivery)),
		).toThrow();
		console.log(`certificate.claimed received ${seconds.toFixed(1)} s after the claim answered`);

		type Page = { data: { status: string; attempts: number; last_status: number }[] };
		await vi.waitFor(async () => {
			const page = await apiOk<Page>(200, "GET", `/webhooks/${endpoint.id}/deliveries`, { as: publisher });
			expect(page.data).toEqual([expect.objectContaining({ status: "delivered", attempts: 1, last_status: 204 })]);
		});
	});
});

const JOB_SIZE = 10_000;

describe("a 10,000-certificate batch job", () => {
	it("runs to completed and sends its company a signed job.completed", {
		tags: ["stress"],
		timeout: 300_000,
	}, async () => {
		let api = await startApi({ name: "webhooks-jobs" });
		try {
			const client = httpClient(api.baseUrl);
			const cookie = await client.signup("Hooked Jobs");
			// The server comes back on another port after the restart: each call asks for the current one.
			const call = (method: string, urlPath: string, body?: unknown) =>
				httpClient(api.baseUrl).call(method, urlPath, cookie, body);
			const endpoint = (await call("POST", "/webhooks", { url: receiverUrl, events: ["job.completed"] })).json;
			const property = (await call("POST", "/properties", { domain: "forms.jobs.hooked.example" })).json;
			const templateProperty = (await call("POST", "/properties", { domain: "template.jobs.hooked.example" })).json;
			const template = await call("POST", "/certificates", {
				property_id: templateProperty.id,
				consent_text: "I agree that Hooked Buyer may call me.",
				page_url: "https://forms.jobs.hooked.example/",
			});
			expect(template.status).toBe(201);

			const stateDir = api.scratchDir;
			await api.kill();
			await copyCertificates(api, template.json.certificate_id, property.id, JOB_SIZE, "EC-hooked-");
			api = await startApi({ name: "webhooks-jobs-run", stateDir });

			const job = await call("POST", "/certificate-sharing/jobs", {
				type: "batch_share",
				filter: { property_id: property.id },
			});
			expect(job.status, job.text).toBe(202);
			expect(job.json.total).toBe(JOB_SIZE);
			const started = Date.now();
			const isJobEvent = (r: Received) => r.headers["webhook-id"] === `evt_job_${job.json.id}`;
			await vi.waitFor(() => expect(received.some(isJobEvent)).toBe(true), { timeout: 180_000, interval: 250 });
			const delivery = received.find(isJobEvent) as Received;
			const event = new Webhook(endpoint.secret).verify(delivery.body, headersOf(delivery));
			expect(event).toMatchObject({
				type: "job.completed",
				data: { job_id: job.json.id, status: "completed", total: JOB_SIZE, succeeded: JOB_SIZE, failed: 0 },
			});
			const ended = (await call("GET", `/certificate-sharing/jobs/${job.json.id}`)).json;
			expect(ended).toMatchObject({ status: "completed", succeeded: JOB_SIZE });
			console.log(
				`job.completed for ${JOB_SIZE} certificates received ${((Date.now() - started) / 1000).toFixed(1)} s after the job was queued`,
			);
		} finally {
			await api.stop();
		}
	});
});
