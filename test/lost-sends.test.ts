// A write committed to D1 and then handed to a queue: when the send fails, nothing the write promised is lost. Each
// queue send after a commit is made to fail here, and what was promised still happens: from a row the sweep (the
// 5-minute Cron Trigger) sends again, or, for access events, from the ledgers called directly.
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../src/db/client";
import worker from "../src/index";
import type { JobMessage } from "../src/jobs/messages";
import { MAX_AUTO_SHARE_RESENDS, resendPendingAutoShares } from "../src/jobs/pending-auto-shares";
import { SWEEP_CRON } from "../src/lib/crons";
import { type Actor, call, captureCertificate, createProperty, signup } from "./helpers";

afterEach(() => {
	vi.restoreAllMocks();
});

const queueDown = () => Promise.reject(new Error("queue unavailable"));

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

const pendingFor = (certificateId: string) =>
	count("SELECT count(*) AS n FROM pending_auto_shares WHERE certificate_id = ?", certificateId);

/** Runs the auto-share sweep at `at`; how often it sent this certificate's auto-share again, and whether it gave up. */
async function sweepAutoShares(certificateId: string, at: Date) {
	const sends = vi.spyOn(env.JOBS, "sendBatch");
	const logged = vi.spyOn(console, "error");
	await resendPendingAutoShares(env, createDb(env.DB), at);
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

async function count(sql: string, ...params: unknown[]): Promise<number> {
	return (
		(
			await env.DB.prepare(sql)
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
		count("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?", certificateId);

	async function inboxHas(buyer: Actor, certificateId: string) {
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		return inbox.json.data.filter((d: { certificate_id: string }) => d.certificate_id === certificateId).length;
	}

	it("answers 201 when the auto-share cannot be queued, and the sweep shares the certificate, once", async () => {
		const { publisher, property, buyer } = await publisherWithAutoSharePartner();
		const send = vi.spyOn(env.JOBS, "send").mockImplementation(queueDown);
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
		const send = vi.spyOn(env.JOBS, "send").mockImplementation(queueDown);
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
		const send = vi.spyOn(env.JOBS, "send");
		const { certificate_id } = await captureCertificate(publisher, property.id);
		expect(send).not.toHaveBeenCalled();
		expect(await pendingFor(certificate_id)).toBe(0);
	});

	it("gives up on an auto-share the sweep has sent again and again, and says so", async () => {
		const { publisher, property } = await publisherWithAutoSharePartner();
		const send = vi.spyOn(env.JOBS, "send").mockImplementation(queueDown);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		send.mockRestore();
		await env.DB.prepare("UPDATE pending_auto_shares SET resends = ? WHERE certificate_id = ?")
			.bind(MAX_AUTO_SHARE_RESENDS, certificate_id)
			.run();
		expect(await sweepAutoShares(certificate_id, inMinutes(2))).toEqual({ resent: 0, gaveUp: true });
		expect(await pendingFor(certificate_id)).toBe(0);
	});
});
