// Webhooks under `wrangler dev`: a receiver on 127.0.0.1 (allowed by ALLOW_LOCAL_WEBHOOKS, which the suite's server
// sets) gets a certificate.claimed within seconds of a claim, sent from the queue and verified with the
// standardwebhooks library as any receiver would.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiOk, signup } from "./api";

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
			received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
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
		const event = new Webhook(endpoint.secret).verify(delivery.body, headersOf(delivery)) as Record<string, any>;
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
