// Revocations: recorded by the publisher or by a buyer that claimed the certificate, once per (certificate,
// received_at, channel); a `revoked` event on the audit chain; consent.revoked to every company that claimed it and
// only them; its pending tokens no longer claimable.
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../../src/db/client";
import { certificateShard, DIRECTORY_SHARD } from "../../src/db/shards";
import { verifyEvidenceBundle } from "../../src/evidence/verify-bundle";
import { claimersQuery } from "../../src/revocations/revocations";
import { eventSchemas } from "../../src/webhooks/payloads";
import { type Actor, call, captureCertificate, createProperty, signup } from "../helpers";
import { certificateD1 } from "../shard-databases";
import { startReceiver } from "../webhooks/receiver";

const receivers: ReturnType<typeof startReceiver>[] = [];
afterEach(() => {
	for (const r of receivers.splice(0)) r.stop();
});

async function buyerWithEndpoint(name: string) {
	const hooks = startReceiver(`revoked-${crypto.randomUUID().slice(0, 12)}.example.com`);
	receivers.push(hooks);
	const buyer = await signup(name);
	const res = await call("POST", "/webhooks", { as: buyer, body: { url: hooks.url(), events: ["consent.revoked"] } });
	expect(res.status, res.text).toBe(201);
	return { buyer, hooks, secret: res.json.secret as string };
}

/** A certificate of a new publisher, on the shard asked for (captures are spread at random; a few tries find one). */
async function certificateOnShard(shard: number) {
	const publisher = await signup("Publisher");
	const property = await createProperty(publisher);
	for (let i = 0; i < 40; i++) {
		const { certificate_id } = await captureCertificate(publisher, property.id);
		if (certificateShard(certificate_id) === shard) return { publisher, certificateId: certificate_id };
	}
	throw new Error(`no certificate landed on shard ${shard}`);
}

async function share(publisher: Actor, certificateId: string, target?: Actor) {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: target ? { target_company_id: target.company.id } : {},
	});
	expect(res.status, res.text).toBe(201);
	return res.json.claim_token as string;
}

async function claimedBy(publisher: Actor, certificateId: string, buyer: Actor) {
	const token = await share(publisher, certificateId);
	const res = await call("POST", `/certificate-sharing/certificates/claim/${token}`, { as: buyer });
	expect(res.status, res.text).toBe(200);
	return res.json.claim_id as number;
}

const REVOCATION = { channel: "call", received_at: "2026-11-25T12:00:00-05:00", note: "Asked to stop on a call" };

const SHARDS = [1, 2];

describe("recording a revocation", () => {
	for (const shard of SHARDS) {
		// Waits for deliveries to reach three receivers: more than the default 5 s on a loaded machine.
		it(`by the publisher, on shard ${shard}: once, on the audit chain, sent to every buyer that claimed it and only them`, {
			timeout: 30_000,
		}, async () => {
			const { publisher, certificateId } = await certificateOnShard(shard);
			const claimers = await Promise.all(["Buyer A", "Buyer B", "Buyer C"].map(buyerWithEndpoint));
			const claimIds = await Promise.all(claimers.map(({ buyer }) => claimedBy(publisher, certificateId, buyer)));
			// A buyer with a share it has not claimed, subscribed all the same, hears nothing.
			const bystander = await buyerWithEndpoint("Bystander");
			await share(publisher, certificateId, bystander.buyer);

			const first = await call("POST", `/certificates/${certificateId}/revocations`, {
				as: publisher,
				body: REVOCATION,
			});
			expect(first.status, first.text).toBe(201);
			// Authentication, then the certificate's shard (certificate, this revocation if recorded, claimers, chain
			// heads), then the ledger's one write (row, revoked event, outbox events).
			expect(first.roundTrips).toBe(3);
			expect(first.json).toMatchObject({
				certificate_id: certificateId,
				channel: "call",
				received_at: "2026-11-25T17:00:00.000Z",
				// Thanksgiving (Nov 26) is skipped: Nov 27, 30, Dec 1-4, 7-10.
				honor_by: "2026-12-11T04:59:59.999Z",
				note: "Asked to stop on a call",
				recorded_by_company_id: publisher.company.id,
				recorded_by_user_id: publisher.user.id,
			});
			// The same revocation again (the same instant written with another offset) is the same one.
			const again = await call("POST", `/certificates/${certificateId}/revocations`, {
				as: publisher,
				body: { ...REVOCATION, received_at: "2026-11-25T17:00:00Z" },
			});
			expect(again.status, again.text).toBe(200);
			// Found on the shard read: nothing written.
			expect(again.roundTrips).toBe(2);
			expect(again.json).toEqual(first.json);
			const rows = await certificateD1(certificateId)
				.prepare("SELECT id FROM revocations WHERE certificate_id = ?")
				.bind(certificateId)
				.all();
			expect(rows.results).toHaveLength(1);

			const { results: revoked } = await certificateD1(certificateId)
				.prepare("SELECT * FROM audit_events WHERE certificate_id = ? AND event_type = 'revoked'")
				.bind(certificateId)
				.all<Record<string, any>>();
			expect(revoked).toHaveLength(1);
			expect(revoked[0]?.actor_company_id).toBe(publisher.company.id);
			expect(JSON.parse(revoked[0]?.details)).toMatchObject({
				revocation_id: first.json.id,
				received_at: "2026-11-25T17:00:00.000Z",
				channel: "call",
				recorded_by_company_id: publisher.company.id,
			});
			expect((await call("GET", `/certificates/${certificateId}/verify`, { as: publisher })).json.valid).toBe(true);

			for (const [i, { buyer, hooks, secret }] of claimers.entries()) {
				await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 15_000, interval: 50 });
				const delivery = hooks.received[0];
				if (!delivery) throw new Error("no delivery");
				const event = new Webhook(secret).verify(delivery.body, delivery.headers) as any;
				expect(eventSchemas["consent.revoked"].parse(event)).toEqual(event);
				expect(event).toMatchObject({
					type: "consent.revoked",
					data: {
						revocation_id: first.json.id,
						certificate_id: certificateId,
						claim_id: claimIds[i],
						channel: "call",
						received_at: "2026-11-25T17:00:00.000Z",
						honor_by: "2026-12-11T04:59:59.999Z",
						recorded_by_company_id: publisher.company.id,
					},
				});
				// No personal data, and not the note.
				expect(delivery.body).not.toMatch(/Asked to stop|jane|example\.com\/|010-0000/i);
				expect(buyer.company.id).toBe(event.id.split("_").at(-1));
			}
			// Once per company, whatever the second call did.
			await new Promise((resolve) => setTimeout(resolve, 500));
			expect(claimers.map(({ hooks }) => hooks.received.length)).toEqual([1, 1, 1]);
			expect(bystander.hooks.received).toHaveLength(0);
			const outbox = await certificateD1(certificateId)
				.prepare("SELECT recipient_company_id FROM webhook_events WHERE event_type = 'consent.revoked'")
				.all<{ recipient_company_id: string }>();
			expect(outbox.results.map((r) => r.recipient_company_id).sort()).toEqual(
				claimers.map(({ buyer }) => buyer.company.id).sort(),
			);

			// The publisher sees who was notified and when each delivery succeeded.
			await vi.waitFor(
				async () => {
					const list = await call("GET", `/certificates/${certificateId}/revocations`, { as: publisher });
					expect(list.status).toBe(200);
					// Authentication beside the shard's read (revocations and their outbox events), then the deliveries.
					expect(list.roundTrips).toBe(3);
					expect(list.json.data).toHaveLength(1);
					const notified = list.json.data[0].notified;
					expect(notified.map((n: any) => n.company_id).sort()).toEqual(
						claimers.map(({ buyer }) => buyer.company.id).sort(),
					);
					for (const n of notified) {
						expect(n.deliveries).toHaveLength(1);
						expect(n.deliveries[0].status).toBe("delivered");
						expect(n.deliveries[0].delivered_at).toEqual(expect.any(String));
					}
				},
				{ timeout: 10_000, interval: 100 },
			);
		});
	}

	it("by a buyer that claimed it, through its claim; another buyer's or an unclaimed share's claim id is NOT_FOUND", {
		timeout: 30_000,
	}, async () => {
		const { publisher, certificateId } = await certificateOnShard(1 + Math.floor(Math.random() * 2));
		const a = await buyerWithEndpoint("Buyer A");
		const b = await buyerWithEndpoint("Buyer B");
		const claimA = await claimedBy(publisher, certificateId, a.buyer);
		await claimedBy(publisher, certificateId, b.buyer);
		const pendingBuyer = await signup("Pending buyer");
		await share(publisher, certificateId, pendingBuyer);
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: pendingBuyer });
		const pendingClaimId = inbox.json.data[0].claim_id;

		const body = { channel: "sms", received_at: "2026-07-02T10:00:00-04:00" };
		expect(
			(await call("POST", `/certificate-sharing/partner-certificates/${claimA}/revocations`, { as: b.buyer, body }))
				.status,
		).toBe(404);
		expect(
			(
				await call("POST", `/certificate-sharing/partner-certificates/${pendingClaimId}/revocations`, {
					as: pendingBuyer,
					body,
				})
			).status,
		).toBe(404);
		// The publisher route takes only the publisher.
		expect((await call("POST", `/certificates/${certificateId}/revocations`, { as: a.buyer, body })).status).toBe(404);

		const res = await call("POST", `/certificate-sharing/partner-certificates/${claimA}/revocations`, {
			as: a.buyer,
			body,
		});
		expect(res.status, res.text).toBe(201);
		// Authentication beside the claim's read, then the certificate's shard, then the ledger's write.
		expect(res.roundTrips).toBe(4);
		// July 4th 2026 is a Saturday, observed Friday July 3: July 6-10, 13-17.
		expect(res.json).toMatchObject({
			recorded_by_company_id: a.buyer.company.id,
			honor_by: "2026-07-18T03:59:59.999Z",
		});
		const replay = await call("POST", `/certificate-sharing/partner-certificates/${claimA}/revocations`, {
			as: a.buyer,
			body,
		});
		expect(replay.status).toBe(200);
		expect(replay.json.id).toBe(res.json.id);
		// Another channel at the same time is another revocation.
		const other = await call("POST", `/certificate-sharing/partner-certificates/${claimA}/revocations`, {
			as: a.buyer,
			body: { ...body, channel: "email" },
		});
		expect(other.status).toBe(201);
		expect(other.json.id).not.toBe(res.json.id);

		// Both claimers (the recorder included) hear of each revocation.
		for (const { hooks } of [a, b]) {
			await vi.waitFor(() => expect(hooks.received).toHaveLength(2), { timeout: 15_000, interval: 50 });
		}
		const recordedBy = JSON.parse(a.hooks.received[0]?.body ?? "{}").data.recorded_by_company_id;
		expect(recordedBy).toBe(a.buyer.company.id);
		const list = await call("GET", `/certificates/${certificateId}/revocations`, { as: publisher });
		expect(list.json.data.map((r: any) => r.channel)).toEqual(["sms", "email"]);
		expect((await call("GET", `/certificates/${certificateId}/revocations`, { as: a.buyer })).status).toBe(404);
	});

	it("refuses what cannot be a revocation", async () => {
		const { publisher, certificateId } = await certificateOnShard(1);
		const post = (body: unknown) => call("POST", `/certificates/${certificateId}/revocations`, { as: publisher, body });
		expect((await post({ channel: "fax", received_at: "2026-01-02T00:00:00Z" })).status).toBe(400);
		expect((await post({ channel: "web", received_at: "yesterday" })).status).toBe(400);
		expect((await post({ channel: "web", received_at: "2999-01-01T00:00:00Z" })).status).toBe(400);
		expect((await post({ channel: "web" })).status).toBe(400);
		expect((await post({ channel: "web", received_at: "2026-01-02T00:00:00Z", extra: 1 })).status).toBe(400);
		expect((await call("POST", "/certificates/EC-nope/revocations", { as: publisher, body: REVOCATION })).status).toBe(
			404,
		);
	});
});

describe("a revoked certificate, as its buyers see it", () => {
	it("is marked revoked, with when, in the inbox, the evidence JSON, the bundle (which still verifies) and the report", async () => {
		const { publisher, certificateId } = await certificateOnShard(1);
		const buyer = await signup("Buyer");
		const claimId = await claimedBy(publisher, certificateId, buyer);
		const evidencePath = `/certificate-sharing/partner-certificates/${claimId}/evidence`;
		const before = await call("GET", evidencePath, { as: buyer });
		expect(before.json).toMatchObject({ revoked: false, revoked_at: null, revocations: [] });

		const recorded = await call("POST", `/certificates/${certificateId}/revocations`, {
			as: publisher,
			body: REVOCATION,
		});
		expect(recorded.status).toBe(201);

		const inbox = await call("GET", `/certificate-sharing/partner-certificates?certificate_id=${certificateId}`, {
			as: buyer,
		});
		expect(inbox.json.data[0]).toMatchObject({
			status: "claimed",
			revoked: true,
			revoked_at: "2026-11-25T17:00:00.000Z",
		});
		const revocation = {
			revocation_id: recorded.json.id,
			channel: "call",
			received_at: "2026-11-25T17:00:00.000Z",
			honor_by: "2026-12-11T04:59:59.999Z",
			recorded_by_company_id: publisher.company.id,
		};
		const evidence = await call("GET", evidencePath, { as: buyer });
		expect(evidence.json).toMatchObject({
			status: "claimed",
			revoked: true,
			revoked_at: "2026-11-25T17:00:00.000Z",
			revocations: [revocation],
		});
		// The buyer sees the publisher's revocation in full on the chain; the note is in neither.
		expect(evidence.json.audit_trail.at(-1)).toMatchObject({ event_type: "revoked", details: revocation });
		expect(evidence.text).not.toContain("Asked to stop");

		const bundle = (await call("GET", `${evidencePath}?format=bundle`, { as: buyer })).json;
		expect(bundle.revocations).toEqual([expect.objectContaining(revocation)]);
		const offline = await verifyEvidenceBundle(bundle);
		expect(offline.valid).toBe(true);
		expect(offline.checks.find((check) => check.check === "revocations")?.valid).toBe(true);
		// A revocation left out of the list, or added to it, is caught against the chain (and by the bundle signature).
		const edited = await verifyEvidenceBundle({ ...bundle, revocations: [] });
		expect(edited.checks.find((check) => check.check === "revocations")?.valid).toBe(false);

		const report = await call("GET", evidencePath, { as: buyer, headers: { accept: "text/html" } });
		expect(report.text).toContain("Consent revoked");
		const page = await call("GET", "/certificate-sharing/partner-certificates", {
			as: buyer,
			headers: { accept: "text/html" },
		});
		expect(page.text).toContain("Consent revoked");
	});
});

describe("a revoked certificate's pending tokens", () => {
	it("are no longer claimable: by token, by claim id and in a batch (409 CONSENT_REVOKED)", async () => {
		const { publisher, certificateId } = await certificateOnShard(2);
		const buyer = await signup("Buyer");
		const openToken = await share(publisher, certificateId);
		const targetedToken = await share(publisher, certificateId, buyer);
		const batchToken = await share(publisher, certificateId);
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		const pendingClaimId = inbox.json.data[0].claim_id;

		expect(
			(await call("POST", `/certificates/${certificateId}/revocations`, { as: publisher, body: REVOCATION })).status,
		).toBe(201);

		const byToken = await call("POST", `/certificate-sharing/certificates/claim/${openToken}`, { as: buyer });
		expect(byToken.status).toBe(409);
		expect(byToken.json.error.code).toBe("CONSENT_REVOKED");
		const byId = await call("POST", `/certificate-sharing/partner-certificates/${pendingClaimId}/claim`, { as: buyer });
		expect(byId.status).toBe(409);
		expect(byId.json.error.code).toBe("CONSENT_REVOKED");
		const batch = await call("POST", "/certificate-sharing/certificates/batch-claim", {
			as: buyer,
			body: { claims: [{ token: batchToken }, { token: targetedToken }] },
		});
		expect(batch.status).toBe(200);
		expect(batch.json.results.map((r: any) => r.error?.code)).toEqual(["CONSENT_REVOKED", "CONSENT_REVOKED"]);
		const verified = await call("POST", "/certificate-sharing/certificates/batch-verify", {
			as: buyer,
			body: { items: [{ token: openToken }] },
		});
		expect(verified.json.results[0]).toMatchObject({
			claimable: false,
			not_claimable: { code: "CONSENT_REVOKED" },
			summary: { revoked_at: "2026-11-25T17:00:00.000Z" },
		});
		const { results } = await certificateD1(certificateId)
			.prepare("SELECT status FROM claims WHERE certificate_id = ?")
			.bind(certificateId)
			.all<{ status: string }>();
		expect(results.map((r) => r.status)).toEqual(["pending"]);

		// A claim whose checks ran before the revocation landed is refused by SQLite itself: no claim of a revoked
		// certificate is ever decided, whatever the order of writes.
		const db = certificateD1(certificateId);
		await expect(
			db
				.prepare("UPDATE claims SET status = 'claimed', claimed_at = ? WHERE certificate_id = ?")
				.bind(new Date().toISOString(), certificateId)
				.run(),
		).rejects.toThrow(/CONSENT_REVOKED/);
		const token = (
			await db
				.prepare("SELECT id FROM claim_tokens WHERE certificate_id = ? LIMIT 1")
				.bind(certificateId)
				.first<{ id: string }>()
		)?.id;
		await expect(
			db
				.prepare(
					"INSERT INTO claims (claim_token_id, certificate_id, buyer_company_id, status, claimed_at, created_at) VALUES (?, ?, ?, 'claimed', ?, ?)",
				)
				.bind(token, certificateId, buyer.company.id, new Date().toISOString(), new Date().toISOString())
				.run(),
		).rejects.toThrow(/CONSENT_REVOKED/);
	});
});

it("finds a certificate's claimers through an index, not by scanning claims", async () => {
	const d1 = certificateD1("EC-00000001-0000-0000-0000-000000000000");
	const { sql, params } = claimersQuery(createDb(d1), "EC-00000001-0000-0000-0000-000000000000").toSQL();
	const plan = await d1
		.prepare(`EXPLAIN QUERY PLAN ${sql}`)
		.bind(...params)
		.all<{ detail: string }>();
	const steps = plan.results.map((row) => row.detail);
	expect(
		steps.some((step) => /^SEARCH (claim_tokens|"claim_tokens")/.test(step)),
		steps.join("\n"),
	).toBe(true);
	expect(
		steps.some((step) => /^SCAN (claims|claim_tokens|"claims"|"claim_tokens")\b/.test(step)),
		steps.join("\n"),
	).toBe(false);
});

it("runs with two shards", () => {
	expect(SHARDS.every((shard) => shard !== DIRECTORY_SHARD && env[`SHARD_${shard}` as "SHARD_1"])).toBe(true);
});
