import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../src/index";
import { type Actor, accessesRecorded, call, captureCertificate, createProperty, signup } from "./helpers";
import { certificateD1 } from "./shard-databases";

async function setup() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, "forms.leadgen.com");
	const buyer = await signup("Acme Insurance");
	return { publisher, property, buyer };
}

async function shareTo(publisher: Actor, certificateId: string, targetId: string) {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: { target_company_id: targetId },
	});
	expect(res.status).toBe(201);
	return res.json;
}

describe("buyer inbox", () => {
	it("lists targeted shares as pending and claims them without the token", async () => {
		const { publisher, property, buyer } = await setup();
		const cert = await captureCertificate(publisher, property.id);
		await shareTo(publisher, cert.certificate_id, buyer.company.id);

		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		expect(inbox.status).toBe(200);
		expect(inbox.json).toEqual({ data: [expect.any(Object)], limit: 25, next_cursor: null });
		const counted = await call("GET", "/certificate-sharing/partner-certificates?page=1", { as: buyer });
		expect(counted.json).toMatchObject({ page: 1, limit: 25, total: 1, next_cursor: null });
		const [item] = inbox.json.data;
		expect(item).toMatchObject({
			certificate_id: cert.certificate_id,
			status: "pending",
			publisher_name: "LeadGen Co",
			property_domain: "forms.leadgen.com",
			access_level: "claim",
			claimed_at: null,
			compliance: null,
		});
		expect(inbox.text).not.toContain("203.0.113.7");

		const claimed = await call("POST", `/certificate-sharing/partner-certificates/${item.claim_id}/claim`, {
			as: buyer,
		});
		expect(claimed.status).toBe(200);
		expect(claimed.json).toMatchObject({ claim_id: item.claim_id, status: "claimed" });
		const again = await call("POST", `/certificate-sharing/partner-certificates/${item.claim_id}/claim`, { as: buyer });
		expect(again.status).toBe(409);

		const after = await call("GET", "/certificate-sharing/partner-certificates?status=claimed", { as: buyer });
		expect(after.json.data[0]).toMatchObject({
			claim_id: item.claim_id,
			status: "claimed",
			compliance: { score: 100 },
		});
		expect(
			(await call("GET", "/certificate-sharing/partner-certificates?status=pending&page=1", { as: buyer })).json.total,
		).toBe(0);
	});

	it("paginates with the default 25 and refuses limit above 100 or an unknown status", async () => {
		const { buyer } = await setup();
		expect((await call("GET", "/certificate-sharing/partner-certificates?limit=101", { as: buyer })).status).toBe(400);
		const bad = await call("GET", "/certificate-sharing/partner-certificates?status=lost", { as: buyer });
		expect(bad.status).toBe(400);
		expect(bad.json.error.fields[0].field).toBe("query.status");
		expect((await call("GET", "/certificate-sharing/partner-certificates?page=0", { as: buyer })).status).toBe(400);
	});

	it("never shows or lets another company claim someone else's inbox item", async () => {
		const { publisher, property, buyer } = await setup();
		const cert = await captureCertificate(publisher, property.id);
		await shareTo(publisher, cert.certificate_id, buyer.company.id);
		const [item] = (await call("GET", "/certificate-sharing/partner-certificates", { as: buyer })).json.data;
		const other = await signup();
		expect((await call("GET", "/certificate-sharing/partner-certificates?page=1", { as: other })).json.total).toBe(0);
		expect(
			(await call("POST", `/certificate-sharing/partner-certificates/${item.claim_id}/claim`, { as: other })).status,
		).toBe(404);
		expect(
			(await call("POST", `/certificate-sharing/partner-certificates/${item.claim_id}/claim`, { as: publisher }))
				.status,
		).toBe(404);
		expect(
			(await call("GET", `/certificate-sharing/partner-certificates/${item.claim_id}/evidence`, { as: other })).status,
		).toBe(404);
	});
});

describe("evidence", () => {
	it("gives the claiming buyer everything, verifies the signature now, and logs each read", async () => {
		const { publisher, property, buyer } = await setup();
		const cert = await captureCertificate(publisher, property.id);
		const { claim_token } = await shareTo(publisher, cert.certificate_id, buyer.company.id);
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${claim_token}`, { as: buyer });

		const res = await call("GET", `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence`, {
			as: buyer,
			headers: { "cf-connecting-ip": "198.51.100.23" },
		});
		expect(res.status).toBe(200);
		// 2: authentication on the directory and, in parallel, the claim's shard.
		expect(res.roundTrips).toBe(2);
		expect(res.json).toMatchObject({
			claim_id: claim.json.claim_id,
			certificate_id: cert.certificate_id,
			status: "claimed",
			consent_text: cert.consent_text,
			consumer: { ip: "203.0.113.7", user_agent: "Mozilla/5.0 (test)" },
			geo: { country: "US", state: "FL", city: "Miami" },
			session_replay_url: "https://replay.leadgen.example/s/abc",
			signature: { algorithm: "HMAC-SHA256", key_id: "test-2026-01", value: cert.signature.value, verified: true },
			compliance: { score: 100, status: "pass" },
			timestamps: {
				consent_captured_at: "2026-04-17T11:00:00.000Z",
				created_at: cert.created_at,
				claimed_at: claim.json.claimed_at,
			},
		});
		expect(res.json.audit_trail.map((e: { event_type: string }) => e.event_type)).toEqual([
			"created",
			"signed",
			"shared",
			"claimed",
			"compliance_checked",
		]);
		// The log as the read found it; the read itself is recorded within seconds, after the answer.
		expect(res.json.access_log).toMatchObject({ events: 0, head_hash: "0".repeat(64) });
		await accessesRecorded(cert.certificate_id, 1);

		const again = await call("GET", `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence`, {
			as: buyer,
		});
		expect(again.json.access_log).toMatchObject({ events: 1, head_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
		await accessesRecorded(cert.certificate_id, 2);
		const reads = await certificateD1(cert.certificate_id)
			.prepare(
				"SELECT actor_company_id, actor_user_id, ip FROM access_events WHERE certificate_id = ? AND event_type = 'accessed_evidence' ORDER BY seq",
			)
			.bind(cert.certificate_id)
			.all();
		expect(reads.results).toHaveLength(2);
		expect(reads.results[0]).toEqual({
			actor_company_id: buyer.company.id,
			actor_user_id: buyer.user.id,
			ip: "198.51.100.23",
		});
	}, 30_000);

	it("reports a signature that no longer verifies", async () => {
		const { publisher, property, buyer } = await setup();
		const cert = await captureCertificate(publisher, property.id);
		const { claim_token } = await shareTo(publisher, cert.certificate_id, buyer.company.id);
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${claim_token}`, { as: buyer });
		await certificateD1(cert.certificate_id)
			.prepare("UPDATE certificates SET consumer_ip = '10.0.0.1' WHERE id = ?")
			.bind(cert.certificate_id)
			.run();
		const res = await call("GET", `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence`, {
			as: buyer,
		});
		expect(res.json.signature.verified).toBe(false);
	});

	it("is not available for pending items, nor to the publisher", async () => {
		const { publisher, property, buyer } = await setup();
		const cert = await captureCertificate(publisher, property.id);
		await shareTo(publisher, cert.certificate_id, buyer.company.id);
		const [item] = (await call("GET", "/certificate-sharing/partner-certificates", { as: buyer })).json.data;
		expect(
			(await call("GET", `/certificate-sharing/partner-certificates/${item.claim_id}/evidence`, { as: buyer })).status,
		).toBe(404);
		expect(
			(await call("GET", `/certificate-sharing/partner-certificates/${item.claim_id}/evidence`, { as: publisher }))
				.status,
		).toBe(404);
		expect((await call("GET", "/certificate-sharing/partner-certificates/abc/evidence", { as: buyer })).status).toBe(
			400,
		);
	});
});

describe("auto-share", () => {
	async function autoShareSetup() {
		const { publisher, property, buyer } = await setup();
		const partner = await call("POST", "/certificate-sharing/partners", {
			as: publisher,
			body: { property_id: property.id, partner_company_id: buyer.company.id, access_level: "claim", auto_share: true },
		});
		expect(partner.status).toBe(201);
		return { publisher, property, buyer, partnerId: partner.json.id as number };
	}

	async function deliver(certificateId: string, attempts = 1) {
		const batch = createMessageBatch("econsent-jobs", [
			{
				id: `m-${crypto.randomUUID()}`,
				timestamp: new Date(),
				attempts,
				body: { type: "auto_share" as const, certificate_id: certificateId },
			},
		]);
		const ctx = createExecutionContext();
		await worker.queue(batch, env);
		return getQueueResult(batch, ctx);
	}

	it("shares a new certificate with each active auto-share partner, once however often the message comes", async () => {
		const { publisher, property, buyer } = await autoShareSetup();
		const cert = await captureCertificate(publisher, property.id);
		const first = await deliver(cert.certificate_id);
		expect(first.explicitAcks).toHaveLength(1);
		await deliver(cert.certificate_id);
		await Promise.all([deliver(cert.certificate_id), deliver(cert.certificate_id)]);

		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		expect(
			inbox.json.data.filter((d: { certificate_id: string }) => d.certificate_id === cert.certificate_id),
		).toHaveLength(1);
		const shared = await certificateD1(cert.certificate_id)
			.prepare("SELECT count(*) AS n FROM audit_events WHERE certificate_id = ? AND event_type = 'shared'")
			.bind(cert.certificate_id)
			.first<{ n: number }>();
		expect(shared?.n).toBe(1);
	});

	it("gives a revoked partnership nothing new", async () => {
		const { publisher, property, buyer, partnerId } = await autoShareSetup();
		expect((await call("DELETE", `/certificate-sharing/partners/${partnerId}`, { as: publisher })).status).toBe(204);
		const cert = await captureCertificate(publisher, property.id);
		await deliver(cert.certificate_id);
		expect((await call("GET", "/certificate-sharing/partner-certificates", { as: buyer })).json.data).toEqual([]);
	});

	it("is triggered by capture through the real queue", async () => {
		const { publisher, property, buyer } = await autoShareSetup();
		const cert = await captureCertificate(publisher, property.id);
		let total = 0;
		for (let i = 0; i < 50 && total === 0; i++) {
			await new Promise((r) => setTimeout(r, 100));
			const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
			total = inbox.json.data.filter(
				(d: { certificate_id: string }) => d.certificate_id === cert.certificate_id,
			).length;
		}
		expect(total).toBe(1);
	});
});
