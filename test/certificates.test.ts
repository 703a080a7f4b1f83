import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { toConsentRecord } from "../src/certificates/record";
import { certificates } from "../src/db/schema";
import { sha256Hex } from "../src/lib/crypto";
import { verifyHmac } from "../src/signing/hmac";
import { hmacKeyRing } from "../src/signing/keys";
import { call, captureCertificate, createProperty, SAMPLE_CONSENT, signup } from "./helpers";
import { allRows, certificateD1, certificateDb } from "./shard-databases";

async function storedRow(id: string) {
	const [row] = await certificateDb(id).select().from(certificates).where(eq(certificates.id, id));
	return row!;
}

describe("certificate capture", () => {
	it("captures, signs and returns the certificate", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const cert = await captureCertificate(actor, property.id);
		expect(cert.certificate_id).toMatch(/^EC-[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(cert).toMatchObject({
			publisher_company_id: actor.company.id,
			property_id: property.id,
			consent_text: SAMPLE_CONSENT,
			consent_captured_at: "2026-04-17T11:00:00.000Z",
			consumer: { ip: "203.0.113.7", user_agent: "Mozilla/5.0 (test)" },
			geo: { country: "US", state: "FL", city: "Miami" },
			signature: { algorithm: "HMAC-SHA256", key_id: "test-2026-01", value: expect.stringMatching(/^[0-9a-f]{64}$/) },
		});
		const got = await call("GET", `/certificates/${cert.certificate_id}`, { as: actor });
		expect(got.json).toEqual(cert);
	});

	it("stores lead email and phone only as salted commitments to their normalised form, the salts sealed", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const cert = await captureCertificate(actor, property.id);
		const { email, phone } = cert.lead_salts;
		expect(email).toMatch(/^[0-9a-f]{64}$/);
		expect(phone).toMatch(/^[0-9a-f]{64}$/);
		expect(email).not.toBe(phone);
		expect(cert.lead).toEqual({
			email_commitment: await sha256Hex(`${email}jane@example.com`),
			phone_commitment: await sha256Hex(`${phone}+15550100000`),
		});
		const row = await storedRow(cert.certificate_id);
		expect(row).toMatchObject({ leadEmailSha256: null, leadPhoneSha256: null });
		// The salts are not in the database in clear: only sealed with the data encryption keys.
		expect(row.leadSalts).toMatch(/^test-[^.]*\.[^.]+\.[^.]+$/);
		const dump = JSON.stringify(row);
		expect(dump).not.toContain(email);
		expect(dump).not.toContain(phone);
		// Neither the address nor the number in any form (the hashes and signatures are hex, so 10 digits in a row or
		// an "@" would stand out).
		expect(dump.toLowerCase()).not.toContain("jane@example.com");
		expect(dump).not.toContain("(555) 010-0000");
		expect(dump).not.toContain("5550100000");
	});

	it("signs a record that verifies, and fails verification when any field is changed", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const cert = await captureCertificate(actor, property.id);
		const row = await storedRow(cert.certificate_id);
		const ring = hmacKeyRing(env);
		const signature = { key_id: row.hmacKeyId, value: row.hmacSignature };
		expect(await verifyHmac(toConsentRecord(row), signature, ring)).toEqual({ valid: true });

		await certificateD1(cert.certificate_id)
			.prepare("UPDATE certificates SET consent_text = ? WHERE id = ?")
			.bind(`${SAMPLE_CONSENT} `, cert.certificate_id)
			.run();
		const tampered = await storedRow(cert.certificate_id);
		expect(await verifyHmac(toConsentRecord(tampered), signature, ring)).toMatchObject({ valid: false });
		for (const change of [
			{ geoState: "CA" },
			{ consumerIp: "203.0.113.8" },
			{ consentCapturedAt: "2026-04-17T11:00:01.000Z" },
		]) {
			expect(await verifyHmac(toConsentRecord({ ...row, ...change }), signature, ring)).toMatchObject({ valid: false });
		}
	});

	it("writes created and signed audit events in the same batch as the certificate", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const cert = await captureCertificate(actor, property.id, {}, { "cf-connecting-ip": "198.51.100.4" });
		const events = await certificateD1(cert.certificate_id)
			.prepare(
				"SELECT seq, event_type, actor_company_id, ip, details, prev_hash, hash FROM audit_events WHERE certificate_id = ? ORDER BY seq",
			)
			.bind(cert.certificate_id)
			.all<Record<string, any>>();
		expect(events.results.map((e) => [e.seq, e.event_type])).toEqual([
			[1, "created"],
			[2, "signed"],
		]);
		const [created, signed] = events.results;
		expect(created).toMatchObject({
			actor_company_id: actor.company.id,
			ip: "198.51.100.4",
			prev_hash: "0".repeat(64),
		});
		expect(JSON.parse(created!.details)).toEqual({ publisher_company_id: actor.company.id, property_id: property.id });
		expect(JSON.parse(signed!.details)).toEqual({
			algorithm: "HMAC-SHA256",
			key_id: "test-2026-01",
			signature_sha256: await sha256Hex(cert.signature.value),
			ed25519_key_id: "test-ed-2026-01",
			ed25519_signature_sha256: await sha256Hex(cert.signatures[1].value),
		});
		expect(signed!.prev_hash).toBe(created!.hash);
	});

	it("falls back to the request's location when geo is not given", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const res = await call("POST", "/certificates", {
			as: actor,
			cf: { country: "US", regionCode: "TX", city: "Austin" },
			body: { property_id: property.id, consent_text: "I agree.", page_url: "https://x.example/" },
		});
		expect(res.status).toBe(201);
		expect(res.json.geo).toEqual({ country: "US", state: "TX", city: "Austin" });
		const given = await call("POST", "/certificates", {
			as: actor,
			cf: { country: "US", regionCode: "TX", city: "Austin" },
			body: {
				property_id: property.id,
				consent_text: "I agree.",
				page_url: "https://x.example/",
				geo: { state: "fl" },
			},
		});
		expect(given.json.geo).toEqual({ country: null, state: "FL", city: null });
	});

	it("lists only the publisher's own certificates, paginated, newest first", async () => {
		const a = await signup();
		const b = await signup();
		const pa = await createProperty(a);
		const pb = await createProperty(b);
		const ids = [];
		for (let i = 0; i < 3; i++) ids.push((await captureCertificate(a, pa.id)).certificate_id);
		const foreign = await captureCertificate(b, pb.id);

		const page1 = await call("GET", "/certificates?limit=2", { as: a });
		expect(page1.json).toMatchObject({ page: 1, limit: 2, total: 3 });
		expect(page1.json.data).toHaveLength(2);
		const page2 = await call("GET", "/certificates?limit=2&page=2", { as: a });
		const seen = [...page1.json.data, ...page2.json.data].map((c: { certificate_id: string }) => c.certificate_id);
		expect(new Set(seen)).toEqual(new Set(ids));

		expect((await call("GET", `/certificates/${foreign.certificate_id}`, { as: a })).status).toBe(404);
		expect((await call("GET", "/certificates?limit=101", { as: a })).status).toBe(400);
	});

	it("refuses another company's property", async () => {
		const a = await signup();
		const b = await signup();
		const pb = await createProperty(b);
		const countCertificates = async () =>
			(await allRows<{ n: number }>("SELECT count(*) AS n FROM certificates")).reduce((sum, { n }) => sum + n, 0);
		const before = await countCertificates();
		const res = await call("POST", "/certificates", {
			as: a,
			body: { property_id: pb.id, consent_text: "I agree.", page_url: "https://x.example/" },
		});
		expect(res.status).toBe(404);
		expect(await countCertificates()).toBe(before);
	});
});

describe("when consent was captured", () => {
	async function attempt(consent_captured_at: string) {
		const actor = await signup();
		const property = await createProperty(actor);
		const res = await call("POST", "/certificates", {
			as: actor,
			body: { property_id: property.id, consent_text: "I agree.", page_url: "https://x.example/", consent_captured_at },
		});
		const stored = await allRows<{ n: number }>(
			"SELECT count(*) AS n FROM certificates WHERE property_id = ?",
			property.id,
		);
		return { res, stored: stored.reduce((sum, { n }) => sum + n, 0) };
	}
	const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

	it.each([
		["year 0000", "0000-01-01T00:00:00Z", /^must not be before 2000-01-01T00:00:00Z/],
		["year 0000 with an offset, year -1 in UTC", "0000-01-01T00:30:00+01:00", /^must not be before 2000/],
		["a two-digit year slip", "0026-04-17T11:00:00Z", /^must not be before 2000/],
		["the Unix epoch", "1970-01-01T00:00:00Z", /^must not be before 2000/],
		["one second before the floor", "1999-12-31T23:59:59Z", /^must not be before 2000/],
		["year 9999", "9999-12-31T23:59:59Z", /^must not be in the future/],
		["ten minutes ahead", minutesFromNow(10), /^must not be in the future/],
	])("refuses %s with 400 naming consent_captured_at, storing nothing", async (_, at, message) => {
		const { res, stored } = await attempt(at);
		expect(res.status, res.text).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields).toEqual([{ field: "consent_captured_at", message: expect.stringMatching(message) }]);
		expect(stored).toBe(0);
	});

	it.each([
		["the floor itself", "2000-01-01T00:00:00Z", "2000-01-01T00:00:00.000Z"],
		["the floor, written with an offset", "1999-12-31T19:00:00-05:00", "2000-01-01T00:00:00.000Z"],
		["a clock a few minutes ahead", minutesFromNow(4), undefined],
	])("accepts %s", async (_, at, stored) => {
		const { res } = await attempt(at);
		expect(res.status, res.text).toBe(201);
		expect(res.json.consent_captured_at).toBe(stored ?? new Date(at).toISOString());
	});
});
