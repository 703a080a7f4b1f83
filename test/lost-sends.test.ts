// A write committed to D1 and then handed to a queue: when the send fails, nothing the write promised is lost. Each
// queue send after a commit is made to fail here, and what was promised still happens: from a row the sweep (the
// 5-minute Cron Trigger) sends again, or, for access events, from the ledgers called directly.
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import type { JobMessage } from "../src/jobs/messages";
import { MAX_AUTO_SHARE_RESENDS, resendPendingAutoShares } from "../src/jobs/pending-auto-shares";
import { SWEEP_CRON } from "../src/lib/crons";
import {
	type Actor,
	accessesRecorded,
	call,
	captureCertificate,
	createProperty,
	seedCertificates,
	signup,
} from "./helpers";
import { certificateD1 } from "./shard-databases";
import { startReceiver } from "./webhooks/receiver";

// Only the spies made here: the webhook receivers' interception of fetch stays for the whole file.
const spies: { mockRestore(): void }[] = [];
afterEach(() => {
	for (const spy of spies.splice(0)) spy.mockRestore();
});
const restoredAfterEach = <T extends { mockRestore(): void }>(spy: T): T => {
	spies.push(spy);
	return spy;
};

const queueDown = () => Promise.reject(new Error("queue unavailable"));

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

// On the certificate's shard, written with the capture.
const pendingFor = (certificateId: string) =>
	countOn(
		certificateD1(certificateId),
		"SELECT count(*) AS n FROM pending_auto_shares WHERE certificate_id = ?",
		certificateId,
	);

/** Runs the auto-share sweep at `at`; how often it sent this certificate's auto-share again, and whether it gave up. */
async function sweepAutoShares(certificateId: string, at: Date) {
	const sends = restoredAfterEach(vi.spyOn(env.JOBS, "sendBatch"));
	const logged = restoredAfterEach(vi.spyOn(console, "error"));
	await resendPendingAutoShares(env, at);
	const bodies = sends.mock.calls.flatMap(([messages]) => [...messages].map((m) => m.body as JobMessage));
	const gaveUp = logged.mock.calls.some(([line]) => String(line).includes(`auto-share of ${certificateId} given up`));
	sends.mockRestore();
	logged.mockRestore();
	return {
		resent: bodies.filter((b) => b.type === "auto_share" && b.certificate_id === certificateId).length,
		gaveUp,
	};
}

/** Runs the sweep as its Cron Trigger would, `minutes` from now. */
const sweep = (minutes = 0) =>
	worker.scheduled(createScheduledController({ cron: SWEEP_CRON, scheduledTime: Date.now() + minutes * 60_000 }), env);

async function countOn(d1: D1Database, sql: string, ...params: unknown[]): Promise<number> {
	return (
		(
			await d1
				.prepare(sql)
				.bind(...params)
				.first<{ n: number }>()
		)?.n ?? 0
	);
}

describe("auto-share after a capture", () => {
	async function publisherWithAutoSharePartner() {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Acme Insurance");
		const partner = await call("POST", "/certificate-sharing/partners", {
			as: publisher,
			body: { property_id: property.id, partner_company_id: buyer.company.id, access_level: "claim", auto_share: true },
		});
		expect(partner.status).toBe(201);
		return { publisher, property, buyer };
	}

	const sharesOf = (certificateId: string) =>
		countOn(
			certificateD1(certificateId),
			"SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?",
			certificateId,
		);

	async function inboxHas(buyer: Actor, certificateId: string) {
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		return inbox.json.data.filter((d: { certificate_id: string }) => d.certificate_id === certificateId).length;
	}

	it("answers 201 when the auto-share cannot be queued, and the sweep shares the certificate, once", async () => {
		const { publisher, property, buyer } = await publisherWithAutoSharePartner();
		const send = restoredAfterEach(vi.spyOn(env.JOBS, "send")).mockImplementation(queueDown);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		expect(send).toHaveBeenCalledTimes(1);
		send.mockRestore();
		expect(await sharesOf(certificate_id)).toBe(0);

		await sweep(2);
		await vi.waitFor(async () => expect(await inboxHas(buyer, certificate_id)).toBe(1), { timeout: 15_000 });
		// Done: the consumer cleared the intent, so later sweeps send nothing more.
		await vi.waitFor(async () => expect(await pendingFor(certificate_id)).toBe(0), { timeout: 15_000 });
		expect(await sweepAutoShares(certificate_id, inMinutes(10))).toEqual({ resent: 0, gaveUp: false });
		expect(await sharesOf(certificate_id)).toBe(1);
	}, 30_000);

	it("records the auto-share with the certificate, and the consumer clears it once the shares are made", async () => {
		const { publisher, property, buyer } = await publisherWithAutoSharePartner();
		const send = restoredAfterEach(vi.spyOn(env.JOBS, "send")).mockImplementation(queueDown);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		send.mockRestore();
		expect(await pendingFor(certificate_id)).toBe(1);
		// Not overdue yet: the message may only be slow.
		expect(await sweepAutoShares(certificate_id, inMinutes(0))).toEqual({ resent: 0, gaveUp: false });

		const healthy = await captureCertificate(publisher, property.id);
		await vi.waitFor(async () => expect(await inboxHas(buyer, healthy.certificate_id)).toBe(1), { timeout: 15_000 });
		await vi.waitFor(async () => expect(await pendingFor(healthy.certificate_id)).toBe(0), { timeout: 15_000 });
		expect(await pendingFor(certificate_id)).toBe(1);
	}, 30_000);

	it("writes no intent for a property without auto-share partners", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const send = restoredAfterEach(vi.spyOn(env.JOBS, "send"));
		const { certificate_id } = await captureCertificate(publisher, property.id);
		expect(send).not.toHaveBeenCalled();
		expect(await pendingFor(certificate_id)).toBe(0);
	});

	it("gives up on an auto-share the sweep has sent again and again, and says so", async () => {
		const { publisher, property } = await publisherWithAutoSharePartner();
		const send = restoredAfterEach(vi.spyOn(env.JOBS, "send")).mockImplementation(queueDown);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		send.mockRestore();
		await certificateD1(certificate_id)
			.prepare("UPDATE pending_auto_shares SET resends = ? WHERE certificate_id = ?")
			.bind(MAX_AUTO_SHARE_RESENDS, certificate_id)
			.run();
		expect(await sweepAutoShares(certificate_id, inMinutes(2))).toEqual({ resent: 0, gaveUp: true });
		expect(await pendingFor(certificate_id)).toBe(0);
	});
});

describe("batch jobs", () => {
	it("answers 202 when the chunks cannot be queued, and the sweep sends them from their rows: the job ends", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const ids = await seedCertificates(publisher.company.id, property.id, 30);
		const sends = restoredAfterEach(vi.spyOn(env.JOBS, "sendBatch")).mockImplementation(queueDown);
		const res = await call("POST", "/certificate-sharing/jobs", {
			as: publisher,
			body: { type: "batch_share", certificate_ids: ids },
		});
		expect(res.status).toBe(202);
		expect(sends).toHaveBeenCalled();
		sends.mockRestore();
		const job = () => call("GET", `/certificate-sharing/jobs/${res.json.id}`, { as: publisher });
		expect((await job()).json.completed_at).toBeNull();

		await sweep(2);
		await vi.waitFor(async () => expect((await job()).json).toMatchObject({ status: "completed", succeeded: 30 }), {
			timeout: 20_000,
			interval: 100,
		});
	}, 30_000);
});

describe("webhook events", () => {
	let hosts = 0;
	const receiver = () => startReceiver(`lost-sends-${++hosts}-${crypto.randomUUID().slice(0, 8)}.example.com`);

	async function buyerWithEndpoint(url: string) {
		const buyer = await signup("Acme Insurance");
		const endpoint = await call("POST", "/webhooks", { as: buyer, body: { url, events: ["certificate.shared"] } });
		expect(endpoint.status).toBe(201);
		return { buyer, endpointId: endpoint.json.id as string };
	}

	const deliveriesOf = async (endpointId: string) =>
		(
			await env.DB.prepare("SELECT id, status, attempts FROM webhook_deliveries WHERE endpoint_id = ?")
				.bind(endpointId)
				.all<{ id: string; status: string; attempts: number }>()
		).results;

	it("delivers an event whose wake-up message could not be queued, from the sweep", async () => {
		const hooks = receiver();
		const { buyer, endpointId } = await buyerWithEndpoint(hooks.url());
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		const sends = restoredAfterEach(vi.spyOn(env.WEBHOOKS, "sendBatch")).mockImplementation(queueDown);
		const shared = await call("POST", `/certificate-sharing/certificates/${certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: buyer.company.id },
		});
		expect(shared.status).toBe(201);
		// The events are queued after the answer.
		await vi.waitFor(() => expect(sends).toHaveBeenCalled());
		sends.mockRestore();
		// Unannounced, the event waits in its certificate's shard's outbox: no delivery is made until it is relayed.
		expect(await deliveriesOf(endpointId)).toEqual([]);
		const outbox = await certificateD1(certificate_id)
			.prepare("SELECT relayed_at FROM webhook_events WHERE payload LIKE ?")
			.bind(`%${certificate_id}%`)
			.all<{ relayed_at: string | null }>();
		expect(outbox.results).toEqual([{ relayed_at: null }]);

		await sweep(2);
		await vi.waitFor(
			async () => expect(await deliveriesOf(endpointId)).toEqual([expect.objectContaining({ status: "delivered" })]),
			{ timeout: 10_000 },
		);
		expect(hooks.received).toHaveLength(1);
		hooks.stop();
	}, 30_000);

	it("answers a manual retry 202 when its message cannot be queued, and the sweep sends it", async () => {
		const hooks = receiver();
		const { buyer, endpointId } = await buyerWithEndpoint(hooks.url());
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		await call("POST", `/certificate-sharing/certificates/${certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: buyer.company.id },
		});
		await vi.waitFor(
			async () => expect(await deliveriesOf(endpointId)).toEqual([expect.objectContaining({ status: "delivered" })]),
			{ timeout: 10_000 },
		);
		const [delivery] = await deliveriesOf(endpointId);

		const sends = restoredAfterEach(vi.spyOn(env.WEBHOOKS, "send")).mockImplementation(queueDown);
		const retried = await call("POST", `/webhooks/${endpointId}/deliveries/${delivery?.id}/retry`, { as: buyer });
		expect(retried.status).toBe(202);
		expect(retried.json).toMatchObject({ id: delivery?.id, status: "pending" });
		expect(sends).toHaveBeenCalledTimes(1);
		sends.mockRestore();

		await sweep(2);
		await vi.waitFor(() => expect(hooks.received).toHaveLength(2), { timeout: 10_000 });
		hooks.stop();
	}, 30_000);
});

describe("webhook retries", () => {
	it("keeps a failed attempt's delivery pending when its next attempt cannot be queued, and the sweep sends it", async () => {
		const hooks = startReceiver(`lost-retry-${crypto.randomUUID().slice(0, 8)}.example.com`);
		hooks.answerWith((attempt) => new Response(attempt === 1 ? "down" : "ok", { status: attempt === 1 ? 503 : 200 }));
		const buyer = await signup("Acme Insurance");
		const endpoint = await call("POST", "/webhooks", {
			as: buyer,
			body: { url: hooks.url(), events: ["certificate.shared"] },
		});
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		const sends = restoredAfterEach(vi.spyOn(env.WEBHOOKS, "send")).mockImplementation(queueDown);
		await call("POST", `/certificate-sharing/certificates/${certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: buyer.company.id },
		});
		const delivery = () =>
			env.DB.prepare("SELECT status, attempts, next_attempt_at FROM webhook_deliveries WHERE endpoint_id = ?")
				.bind(endpoint.json.id)
				.first<{ status: string; attempts: number; next_attempt_at: string }>();
		// The queue's first attempt fails, and the message for the next one is refused.
		await vi.waitFor(async () => expect(await delivery()).toMatchObject({ status: "pending", attempts: 1 }), {
			timeout: 10_000,
		});
		await vi.waitFor(() => expect(sends).toHaveBeenCalled());
		sends.mockRestore();

		const due = Date.parse((await delivery())?.next_attempt_at ?? "");
		await worker.scheduled(createScheduledController({ cron: SWEEP_CRON, scheduledTime: due + 2 * 60_000 }), env);
		await vi.waitFor(async () => expect(await delivery()).toMatchObject({ status: "delivered", attempts: 2 }), {
			timeout: 10_000,
		});
		hooks.stop();
	}, 30_000);
});

describe("access events", () => {
	it("records a verification on the access log through the ledger when the queue cannot take it", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		const sends = restoredAfterEach(vi.spyOn(env.ACCESS_EVENTS, "sendBatch")).mockImplementation(queueDown);
		const verified = await call("GET", `/certificates/${certificate_id}/verify`, { as: publisher });
		expect(verified.status).toBe(200);
		await vi.waitFor(() => expect(sends).toHaveBeenCalled());
		const [event] = await accessesRecorded(certificate_id, 1);
		expect(event).toMatchObject({ event_type: "verified", request_id: verified.headers.get("x-request-id") });
	}, 30_000);
});
