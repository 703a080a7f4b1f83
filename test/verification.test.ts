import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { chainEvents } from "../src/audit/chain";
import { toConsentRecord } from "../src/certificates/record";
import { accessEvents, auditEvents, certificates } from "../src/db/schema";
import worker from "../src/index";
import { canonicalJson } from "../src/signing/canonical";
import { fromBase64Url, publicJwk, verifyEd25519 } from "../src/signing/ed25519";
import { ed25519KeyRing, hmacKeyRing } from "../src/signing/keys";
import { checkClaimsRecorded, type StoredClaim, type StoredShare } from "../src/verification/claims-recorded";
import { type StoredAuditEvent, verifyCertificate } from "../src/verification/verify-certificate";
import {
	type Actor,
	accessesRecorded,
	call,
	captureCertificate,
	createProperty,
	SAMPLE_CONSENT,
	signup,
} from "./helpers";
import { certificateD1, certificateDb } from "./shard-databases";

async function storedRow(id: string) {
	const [row] = await certificateDb(id).select().from(certificates).where(eq(certificates.id, id));
	return row!;
}

async function storedEvents(id: string) {
	return certificateDb(id).select().from(auditEvents).where(eq(auditEvents.certificateId, id)).orderBy(auditEvents.seq);
}

/** The access log once it holds `count` events (they are recorded through a queue, after the answer). */
async function storedAccesses(id: string, count: number) {
	await accessesRecorded(id, count);
	return certificateDb(id)
		.select()
		.from(accessEvents)
		.where(eq(accessEvents.certificateId, id))
		.orderBy(accessEvents.seq);
}

async function publisherWithCertificate() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, "forms.leadgen.com");
	const cert = await captureCertificate(publisher, property.id);
	return { publisher, property, cert };
}

async function claimedBy(publisher: Actor, certificateId: string, buyer: Actor) {
	const share = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	expect(share.status).toBe(201);
	const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, { as: buyer });
	expect(claim.status).toBe(200);
	return claim.json.claim_id as number;
}

const verify = (certificateId: string, as: Actor) => call("GET", `/certificates/${certificateId}/verify`, { as });

/** A directory row copied to a certificate's shard, as the service copies the rows a shard's rows point at. */
async function copyToShard(certificateId: string, table: "companies" | "properties", id: string) {
	const row = await env.DB.prepare(`SELECT * FROM ${table} WHERE id = ?`).bind(id).first<Record<string, unknown>>();
	const columns = Object.keys(row!);
	await certificateD1(certificateId)
		.prepare(`INSERT OR IGNORE INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`)
		.bind(...Object.values(row!))
		.run();
}

/** Changes one character of a column by direct SQL (the API never allows it). */
async function tamper(id: string, column: string, value: string) {
	const flipped = `${value[0] === "A" ? "B" : "A"}${value.slice(1)}`;
	await certificateD1(id).prepare(`UPDATE certificates SET ${column} = ? WHERE id = ?`).bind(flipped, id).run();
}

function checksOf(report: { checks: { check: string; valid: boolean }[] }) {
	return Object.fromEntries(report.checks.map((c) => [c.check, c.valid]));
}

describe("dual signatures", () => {
	it("signs new certificates with HMAC and Ed25519 over the same record and records both", async () => {
		const { cert } = await publisherWithCertificate();
		expect(cert.signature).toMatchObject({ algorithm: "HMAC-SHA256", key_id: "test-2026-01" });
		expect(cert.signatures).toEqual([
			cert.signature,
			{ algorithm: "Ed25519", key_id: "test-ed-2026-01", value: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/) },
		]);
		const [, signed] = await storedEvents(cert.certificate_id);
		expect(JSON.parse(signed!.details)).toMatchObject({
			algorithm: "HMAC-SHA256",
			ed25519_key_id: "test-ed-2026-01",
			ed25519_signature_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
		});
	});

	it("publishes every Ed25519 public key, and the published key verifies the certificate", async () => {
		const res = await call("GET", "/.well-known/econsent/keys.json");
		expect(res.status).toBe(200);
		expect(res.headers.get("cache-control")).toBe("public, max-age=300");
		expect(res.json.keys.map((k: { kid: string }) => k.kid).sort()).toEqual(["test-ed-2025-12", "test-ed-2026-01"]);
		for (const key of res.json.keys) {
			expect(Object.keys(key).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x"]);
			expect(key).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
		}

		// Verify as an outsider would: only the certificate JSON and the published JWK. The signatures and the lead's
		// salts are beside the record, not in it.
		const { cert } = await publisherWithCertificate();
		const { signature, signatures, lead_salts, ...record } = cert;
		const ed = signatures.find((s: { algorithm: string }) => s.algorithm === "Ed25519");
		const jwk = res.json.keys.find((k: { kid: string }) => k.kid === ed.key_id);
		const key = await crypto.subtle.importKey("jwk", jwk, { name: "Ed25519" }, false, ["verify"]);
		const data = new TextEncoder().encode(canonicalJson(record));
		expect(await crypto.subtle.verify("Ed25519", key, fromBase64Url(ed.value), data)).toBe(true);
		expect(
			await crypto.subtle.verify(
				"Ed25519",
				key,
				fromBase64Url(ed.value),
				new TextEncoder().encode(`${canonicalJson(record)} `),
			),
		).toBe(false);
	});

	it("keeps verifying certificates signed under a retired key", async () => {
		const { publisher, property } = await publisherWithCertificate();
		// Capture while the older key was the active one: the same Worker, with the secret as it was then.
		const beforeRotation = { ...env, ED25519_ACTIVE_KEY_ID: "test-ed-2025-12" };
		const ctx = createExecutionContext();
		const captured = await worker.fetch(
			new Request("https://api.test/certificates", {
				method: "POST",
				headers: { ...publisher.headers, "content-type": "application/json" },
				body: JSON.stringify({
					property_id: property.id,
					consent_text: SAMPLE_CONSENT,
					page_url: "https://forms.leadgen.example/quote",
				}),
			}),
			beforeRotation,
			ctx,
		);
		await waitOnExecutionContext(ctx);
		expect(captured.status).toBe(201);
		const old = (await captured.json()) as { certificate_id: string; signatures: { key_id: string }[] };
		expect(old.signatures[1]!.key_id).toBe("test-ed-2025-12");

		// After rotation the new key signs new certificates, and the old one still verifies.
		const fresh = await captureCertificate(publisher, property.id);
		expect(fresh.signatures[1].key_id).toBe("test-ed-2026-01");
		const res = await verify(old.certificate_id, publisher);
		expect(res.json.valid).toBe(true);

		// Only with the right public key.
		const row = await storedRow(old.certificate_id);
		const ring = ed25519KeyRing(env);
		const signature = { value: row.ed25519Signature! };
		expect(await verifyEd25519(toConsentRecord(row), signature, publicJwk(ring, "test-ed-2025-12")!)).toEqual({
			valid: true,
		});
		expect(await verifyEd25519(toConsentRecord(row), signature, publicJwk(ring, "test-ed-2026-01")!)).toMatchObject({
			valid: false,
		});
		// A value no base64 decoder accepts (one character past a multiple of four) is invalid, not an exception.
		for (const value of ["A", "AAAAA", row.ed25519Signature!.slice(0, 85)]) {
			expect(await verifyEd25519(toConsentRecord(row), { value }, publicJwk(ring, "test-ed-2025-12")!)).toEqual({
				valid: false,
				reason: "signature is not base64url",
			});
		}
	});
});

describe("certificate verification", () => {
	it("verifies a fresh certificate and records the verification", async () => {
		const { publisher, cert } = await publisherWithCertificate();
		const res = await verify(cert.certificate_id, publisher);
		expect(res.status).toBe(200);
		expect(res.json.valid).toBe(true);
		expect(res.json.checks.map((c: { check: string; valid: boolean }) => [c.check, c.valid])).toEqual([
			["hmac_signature", true],
			["ed25519_signature", true],
			["audit_chain", true],
			["signatures_recorded", true],
			["claims_recorded", true],
			["access_log", true],
		]);
		const events = await storedEvents(cert.certificate_id);
		expect(events.map((e) => [e.seq, e.eventType])).toEqual([
			[1, "created"],
			[2, "signed"],
		]);
		// The verification is on the access log, which the next verification checks too.
		const accesses = await storedAccesses(cert.certificate_id, 1);
		expect(accesses.map((e) => [e.seq, e.eventType])).toEqual([[1, "verified"]]);
		expect(JSON.parse(accesses[0]!.details)).toEqual({ valid: true });
		expect(accesses[0]!.actorCompanyId).toBe(publisher.company.id);
		const again = await verify(cert.certificate_id, publisher);
		expect(again.json.valid).toBe(true);
		expect(again.json.checks.at(-1).detail).toMatch(/^1 accesses on an unbroken chain/);
	}, 30_000);

	it("fails exactly the HMAC and Ed25519 checks when one byte of the consent text changes", async () => {
		const { publisher, cert } = await publisherWithCertificate();
		await tamper(cert.certificate_id, "consent_text", cert.consent_text);
		const res = await verify(cert.certificate_id, publisher);
		expect(res.json.valid).toBe(false);
		expect(checksOf(res.json)).toEqual({
			hmac_signature: false,
			ed25519_signature: false,
			audit_chain: true,
			signatures_recorded: true,
			claims_recorded: true,
			access_log: true,
		});
		const accesses = await storedAccesses(cert.certificate_id, 1);
		expect(JSON.parse(accesses.at(-1)!.details)).toEqual({ valid: false });
	}, 30_000);

	it("fails only the HMAC check when the HMAC signature changes", async () => {
		const { publisher, cert } = await publisherWithCertificate();
		await tamper(
			cert.certificate_id,
			"hmac_signature",
			cert.signature.value.replace(/^./, (c: string) => (c === "a" ? "b" : "a")),
		);
		const res = await verify(cert.certificate_id, publisher);
		// The HMAC no longer verifies, and it is not the signature the audit chain recorded at capture.
		expect(checksOf(res.json)).toEqual({
			hmac_signature: false,
			ed25519_signature: true,
			audit_chain: true,
			signatures_recorded: false,
			claims_recorded: true,
			access_log: true,
		});
		expect(res.json.checks[3]).toMatchObject({ broken_at_seq: 2, detail: expect.stringContaining("signature_sha256") });
		expect(res.json.valid).toBe(false);
	});

	it("fails only the Ed25519 check when the Ed25519 signature changes", async () => {
		const { publisher, cert } = await publisherWithCertificate();
		await tamper(cert.certificate_id, "ed25519_signature", cert.signatures[1].value);
		const res = await verify(cert.certificate_id, publisher);
		expect(checksOf(res.json)).toEqual({
			hmac_signature: true,
			ed25519_signature: false,
			audit_chain: true,
			signatures_recorded: false,
			claims_recorded: true,
			access_log: true,
		});
		expect(res.json.checks[1].detail).toBe("signature does not match the record");
		expect(res.json.checks[3].detail).toContain("ed25519_signature_sha256");
	});

	it("fails at exactly the changed place for one character changed in any stored column", async () => {
		const { publisher, property } = await publisherWithCertificate();
		const signed = { hmac_signature: true, ed25519_signature: true, audit_chain: true, signatures_recorded: true };
		const expectations: Record<string, Partial<typeof signed>> = {
			company_id: { hmac_signature: false, ed25519_signature: false },
			property_id: { hmac_signature: false, ed25519_signature: false },
			consent_text: { hmac_signature: false, ed25519_signature: false },
			page_url: { hmac_signature: false, ed25519_signature: false },
			consent_captured_at: { hmac_signature: false, ed25519_signature: false },
			consumer_ip: { hmac_signature: false, ed25519_signature: false },
			consumer_user_agent: { hmac_signature: false, ed25519_signature: false },
			geo_country: { hmac_signature: false, ed25519_signature: false },
			geo_state: { hmac_signature: false, ed25519_signature: false },
			geo_city: { hmac_signature: false, ed25519_signature: false },
			recording_url: { hmac_signature: false, ed25519_signature: false },
			lead_email_commitment: { hmac_signature: false, ed25519_signature: false },
			lead_phone_commitment: { hmac_signature: false, ed25519_signature: false },
			created_at: { hmac_signature: false, ed25519_signature: false },
			hmac_key_id: { hmac_signature: false, signatures_recorded: false },
			hmac_signature: { hmac_signature: false, signatures_recorded: false },
			ed25519_key_id: { ed25519_signature: false, signatures_recorded: false },
			ed25519_signature: { ed25519_signature: false, signatures_recorded: false },
		};
		// Columns that reference other rows can only be pointed at another real row (the foreign keys hold).
		const otherCompany = (await signup("Other Co")).company.id;
		const otherProperty = (await createProperty(publisher, "other.leadgen.example")).id;
		const replacements: Record<string, string> = { company_id: otherCompany, property_id: otherProperty };
		for (const [column, failing] of Object.entries(expectations)) {
			const cert = await captureCertificate(publisher, property.id);
			if (column in replacements) {
				// Another real row on the certificate's shard: there, as the service would have copied it.
				await copyToShard(cert.certificate_id, "companies", otherCompany);
				await copyToShard(cert.certificate_id, "properties", otherProperty);
				await certificateD1(cert.certificate_id)
					.prepare(`UPDATE certificates SET ${column} = ? WHERE id = ?`)
					.bind(replacements[column], cert.certificate_id)
					.run();
			} else {
				const before = await certificateD1(cert.certificate_id)
					.prepare(`SELECT ${column} AS v FROM certificates WHERE id = ?`)
					.bind(cert.certificate_id)
					.first<{ v: string }>();
				await tamper(cert.certificate_id, column, before!.v);
			}
			const report = await verifyCertificate(
				await storedRow(cert.certificate_id),
				await storedEvents(cert.certificate_id),
				{ hmac: hmacKeyRing(env), ed25519: ed25519KeyRing(env) },
			);
			expect({ column, checks: checksOf(report) }).toEqual({ column, checks: { ...signed, ...failing } });
		}
	});

	it("names the changed event when someone with database access gets past the triggers", async () => {
		const { publisher, cert } = await publisherWithCertificate();
		const d1 = certificateD1(cert.certificate_id);
		// The trigger exactly as the migration creates it, to put back after each edit.
		const migration = env.TEST_MIGRATIONS.find((m) => m.name.includes("append_only"))!;
		const noUpdate = migration.queries.filter((q) => q.includes("audit_events_no_update"));
		for (const column of [
			"event_type",
			"actor_company_id",
			"actor_user_id",
			"ip",
			"details",
			"created_at",
			"prev_hash",
			"hash",
		]) {
			const [, signedEvent] = await storedEvents(cert.certificate_id);
			const value = (signedEvent as Record<string, unknown>)[
				column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
			] as string | null;
			await d1.batch([
				d1.prepare("DROP TRIGGER audit_events_no_update"),
				d1
					.prepare(`UPDATE audit_events SET ${column} = ? WHERE id = ?`)
					.bind(value === null ? "X" : `${value[0] === "A" ? "B" : "A"}${value.slice(1)}`, signedEvent!.id),
				...noUpdate.map((q) => d1.prepare(q)),
			]);
			const res = await verify(cert.certificate_id, publisher);
			expect({ column, chain: res.json.checks[2] }).toMatchObject({
				column,
				chain: { check: "audit_chain", valid: false, broken_at_seq: 2, event_id: signedEvent!.id },
			});
			// Put it back (the verification appended an event; the chain is whole again only if the edit is undone).
			await d1.batch([
				d1.prepare("DROP TRIGGER audit_events_no_update"),
				d1.prepare(`UPDATE audit_events SET ${column} = ? WHERE id = ?`).bind(value, signedEvent!.id),
				...noUpdate.map((q) => d1.prepare(q)),
			]);
		}
		await expect(d1.prepare("UPDATE audit_events SET ip='x'").run()).rejects.toThrow(/append-only/);
	});

	it("cannot edit or delete audit events: the database refuses", async () => {
		const { cert } = await publisherWithCertificate();
		const d1 = certificateD1(cert.certificate_id);
		await expect(d1.prepare("UPDATE audit_events SET ip='x'").run()).rejects.toThrow(/append-only/);
		await expect(d1.prepare("DELETE FROM audit_events").run()).rejects.toThrow(/append-only/);
	});

	it("names the first audit event that breaks the chain", async () => {
		const { publisher, cert } = await publisherWithCertificate();
		const before = await storedEvents(cert.certificate_id);
		const n = before.length;
		// A forged event appended out of chain: right seq, wrong prev_hash.
		const [forged] = await chainEvents(cert.certificate_id, { seq: n, hash: "f".repeat(64) }, [
			{
				eventType: "claimed",
				actorCompanyId: null,
				actorUserId: null,
				ip: null,
				details: {},
				createdAt: new Date().toISOString(),
			},
		]);
		const inserted = await certificateD1(cert.certificate_id)
			.prepare(
				"INSERT INTO audit_events (certificate_id, seq, event_type, actor_company_id, actor_user_id, ip, details, created_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
			)
			.bind(
				forged!.certificateId,
				forged!.seq,
				forged!.eventType,
				null,
				null,
				null,
				forged!.details,
				forged!.createdAt,
				forged!.prevHash,
				forged!.hash,
			)
			.first<{ id: number }>();
		const res = await verify(cert.certificate_id, publisher);
		expect(res.status).toBe(200);
		expect(res.json.valid).toBe(false);
		expect(res.json.checks[2]).toMatchObject({
			check: "audit_chain",
			valid: false,
			broken_at_seq: n + 1,
			event_id: inserted!.id,
		});
		expect(checksOf(res.json)).toMatchObject({ hmac_signature: true, ed25519_signature: true });
	});

	it("is only for the owner or the claiming buyer; anyone else gets 404", async () => {
		const { publisher, cert } = await publisherWithCertificate();
		const buyer = await signup("Acme Insurance");
		const other = await signup("Other Co");
		expect((await verify(cert.certificate_id, other)).status).toBe(404);
		expect((await verify(cert.certificate_id, buyer)).status).toBe(404);
		expect((await verify("EC-nope", publisher)).status).toBe(404);
		expect((await call("GET", `/certificates/${cert.certificate_id}/verify`)).status).toBe(401);

		// Pending (shared, not yet claimed) → 404 even for the buyer.
		await call("POST", `/certificate-sharing/certificates/${cert.certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: buyer.company.id },
		});
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		const pending = inbox.json.data[0].claim_id;
		const partnerVerify = (claimId: number, as: Actor) =>
			call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, { as });
		expect((await partnerVerify(pending, buyer)).status).toBe(404);

		const claimId = await claimedBy(publisher, cert.certificate_id, buyer);
		const res = await partnerVerify(claimId, buyer);
		expect(res.status).toBe(200);
		expect(res.json.valid).toBe(true);
		const last = (await storedAccesses(cert.certificate_id, 1)).at(-1)!;
		expect(last.eventType).toBe("verified");
		expect(last.actorCompanyId).toBe(buyer.company.id);
		expect(JSON.parse(last.details)).toEqual({ claim_id: claimId, valid: true });

		expect((await partnerVerify(claimId, other)).status).toBe(404);
		expect((await partnerVerify(claimId, publisher)).status).toBe(404);
	}, 30_000);

	it("keeps one linear access log under 20 concurrent evidence reads", async () => {
		const { publisher, cert } = await publisherWithCertificate();
		const buyer = await signup("Acme Insurance");
		const claimId = await claimedBy(publisher, cert.certificate_id, buyer);
		const reads = await Promise.all(
			Array.from({ length: 20 }, () =>
				call("GET", `/certificate-sharing/partner-certificates/${claimId}/evidence`, { as: buyer }),
			),
		);
		expect(reads.map((r) => r.status)).toEqual(Array(20).fill(200));
		const accesses = await storedAccesses(cert.certificate_id, 20);
		expect(accesses.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		// Each read states the log as it found it: a beginning of the one linear log.
		for (const { json } of reads) {
			const { events, head_hash } = json.access_log;
			expect(head_hash).toBe(events === 0 ? "0".repeat(64) : accesses[events - 1]?.hash);
		}
		const res = await call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, { as: buyer });
		expect(res.json).toMatchObject({ valid: true });
		expect(checksOf(res.json).access_log).toBe(true);
	}, 30_000);
});

describe("shares and claims held against the audit chain", () => {
	/**
	 * A certificate with an open share that a buyer claimed and was rejected by its own rule, and a targeted share to
	 * another buyer that is still pending.
	 */
	async function rejectedClaim() {
		const { publisher, cert } = await publisherWithCertificate();
		const buyer = await signup("Acme Insurance");
		const rule = await call("POST", "/certificate-sharing/consent-rules", {
			as: buyer,
			body: { rule_name: "Written consent", required_phrases: ["prior express written consent"], mode: "reject" },
		});
		expect(rule.status).toBe(201);
		const share = await call("POST", `/certificate-sharing/certificates/${cert.certificate_id}/share`, {
			as: publisher,
			body: {},
		});
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
			as: buyer,
		});
		expect(claim.json).toMatchObject({ status: "rejected", compliance: { status: "reject" } });
		const other = await signup("Beta Insurance");
		await call("POST", `/certificate-sharing/certificates/${cert.certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: other.company.id },
		});
		const claimed = (await storedEvents(cert.certificate_id)).find((e) => e.eventType === "claimed")!;
		return { publisher, buyer, certificateId: cert.certificate_id as string, claimId: claim.json.claim_id, claimed };
	}

	/** Runs statements with the triggers that refuse them dropped, and puts the triggers back, as one batch. */
	async function pastTheTriggers(certificateId: string, ...statements: D1PreparedStatement[]) {
		const triggers = [
			"claims_decided_is_final",
			"claims_no_delete",
			"claims_pending_is_only_decided",
			"claim_tokens_no_update",
			"claim_tokens_no_delete",
		];
		const created = env.TEST_MIGRATIONS.flatMap((m) => m.queries).filter((q) =>
			triggers.some((name) => q.includes(`CREATE TRIGGER ${name} `)),
		);
		expect(created).toHaveLength(triggers.length);
		const d1 = certificateD1(certificateId);
		await d1.batch([
			...triggers.map((name) => d1.prepare(`DROP TRIGGER ${name}`)),
			...statements,
			...created.map((q) => d1.prepare(q)),
		]);
	}

	const claimsRecorded = (report: { checks: { check: string }[] }) =>
		report.checks.find((c) => c.check === "claims_recorded");
	const buyerVerify = (claimId: number, buyer: Actor) =>
		call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, { as: buyer });

	it("finds every share and claim as the chain recorded them", async () => {
		const { publisher, buyer, certificateId, claimId } = await rejectedClaim();
		const res = await verify(certificateId, publisher);
		expect(res.json.valid).toBe(true);
		expect(claimsRecorded(res.json)).toEqual({
			check: "claims_recorded",
			valid: true,
			detail: "2 shares and 1 decided claims agree with the audit chain",
		});
		const own = await buyerVerify(claimId, buyer);
		expect(own.json.valid).toBe(true);
		expect(claimsRecorded(own.json)).toMatchObject({
			valid: true,
			detail: "1 shares and 1 decided claims agree with the audit chain",
		});
	});

	it("reports a rejected claim rewritten as a pass to the publisher and the buyer", async () => {
		const { publisher, buyer, certificateId, claimId, claimed } = await rejectedClaim();
		const pass = {
			score: 100,
			matched: [],
			missing: [],
			forbidden_found: [],
			status: "pass",
			grade: "A",
			rules_evaluated: 0,
		};
		await pastTheTriggers(
			certificateId,
			certificateD1(certificateId)
				.prepare("UPDATE claims SET status = 'claimed', compliance = ? WHERE id = ?")
				.bind(JSON.stringify(pass), claimId),
		);
		// What the rewrite shows the buyer: the inbox believes it.
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		expect(inbox.json.data.find((d: { claim_id: number }) => d.claim_id === claimId)).toMatchObject({
			status: "claimed",
		});
		const res = await verify(certificateId, publisher);
		expect(res.json.valid).toBe(false);
		expect(claimsRecorded(res.json)).toEqual({
			check: "claims_recorded",
			valid: false,
			detail: `claim ${claimId} differs from its claimed event (status)`,
			broken_at_seq: claimed.seq,
			event_id: claimed.id,
		});
		const own = await buyerVerify(claimId, buyer);
		expect(own.json.valid).toBe(false);
		expect(checksOf(own.json)).toMatchObject({ compliance_recorded: false, claims_recorded: false });
		const evidence = await call("GET", `/certificate-sharing/partner-certificates/${claimId}/evidence?format=bundle`, {
			as: buyer,
		});
		expect(evidence.json.verification.valid).toBe(false);
		expect(claimsRecorded(evidence.json.verification)).toMatchObject({ valid: false });
	});

	const rewrites: [string, (ids: { claimId: number; certificateId: string }) => D1PreparedStatement[], RegExp][] = [
		[
			"a deleted claim, its token spent with nothing to show",
			({ claimId, certificateId }) => [
				certificateD1(certificateId).prepare("DELETE FROM claims WHERE id = ?").bind(claimId),
			],
			/^the audit chain records token [0-9a-f]{24} claimed, but no claim of it is stored$/,
		],
		[
			"a decided claim put back to pending",
			({ claimId, certificateId }) => [
				certificateD1(certificateId).prepare("UPDATE claims SET status = 'pending' WHERE id = ?").bind(claimId),
			],
			/^claim \d+ is pending, but the audit chain recorded its token claimed$/,
		],
		[
			"a claim moved to another buyer",
			({ claimId, certificateId }) => [
				certificateD1(certificateId)
					.prepare(
						"UPDATE claims SET buyer_company_id = (SELECT company_id FROM certificates WHERE id = ?) WHERE id = ?",
					)
					.bind(certificateId, claimId),
			],
			/^claim \d+ differs from its claimed event \(claiming_company_id\)$/,
		],
		[
			"a claim dated otherwise",
			({ claimId, certificateId }) => [
				certificateD1(certificateId)
					.prepare("UPDATE claims SET claimed_at = '2020-01-01T00:00:00.000Z' WHERE id = ?")
					.bind(claimId),
			],
			/^claim \d+ differs from its claimed event \(claimed_at\)$/,
		],
		[
			"a claim with its compliance result removed",
			({ claimId, certificateId }) => [
				certificateD1(certificateId).prepare("UPDATE claims SET compliance = NULL WHERE id = ?").bind(claimId),
			],
			/^claim \d+ has lost its compliance result$/,
		],
		[
			"a share given a longer life",
			({ certificateId }) => [
				certificateD1(certificateId)
					.prepare(
						"UPDATE claim_tokens SET expires_at = '2999-01-01T00:00:00.000Z' WHERE certificate_id = ? AND target_company_id IS NOT NULL",
					)
					.bind(certificateId),
			],
			/^share [0-9a-f]{24} differs from its shared event \(expires_at\)$/,
		],
		[
			"a share made open",
			({ certificateId }) => [
				certificateD1(certificateId)
					.prepare("UPDATE claim_tokens SET target_company_id = NULL WHERE certificate_id = ?")
					.bind(certificateId),
			],
			/^share [0-9a-f]{24} differs from its shared event \(target_company_id\)$/,
		],
		[
			"a pending share deleted with its inbox row",
			({ certificateId }) => [
				certificateD1(certificateId)
					.prepare("DELETE FROM claims WHERE certificate_id = ? AND status = 'pending'")
					.bind(certificateId),
				certificateD1(certificateId)
					.prepare("DELETE FROM claim_tokens WHERE certificate_id = ? AND target_company_id IS NOT NULL")
					.bind(certificateId),
			],
			/^the audit chain records share [0-9a-f]{24}, which is not stored$/,
		],
	];

	for (const [what, rewrite, detail] of rewrites) {
		it(`reports ${what} to the publisher`, async () => {
			const { publisher, certificateId, claimId } = await rejectedClaim();
			await pastTheTriggers(certificateId, ...rewrite({ claimId, certificateId }));
			const res = await verify(certificateId, publisher);
			expect(res.json.valid).toBe(false);
			expect(claimsRecorded(res.json)).toMatchObject({ valid: false, detail: expect.stringMatching(detail) });
			// Everything else still holds: only the rows disagree with the chain.
			expect(
				res.json.checks.filter((c: { valid: boolean }) => !c.valid).map((c: { check: string }) => c.check),
			).toEqual(["claims_recorded"]);
		});
	}

	it("names the first of many disagreements among 1,000 shares and claims, and counts the rest", () => {
		const summary = {
			score: 100,
			matched: [],
			missing: [],
			forbidden_found: [],
			status: "pass",
			grade: "A",
			rules_evaluated: 0,
		};
		const events: StoredAuditEvent[] = [];
		const shares: StoredShare[] = [];
		const claims: StoredClaim[] = [];
		const event = (eventType: string, createdAt: string, details: object): StoredAuditEvent => ({
			id: events.length + 1,
			seq: events.length + 1,
			certificateId: "EC-1",
			eventType,
			actorCompanyId: null,
			actorUserId: null,
			ip: null,
			createdAt,
			details: JSON.stringify(details),
			salt: null,
			prevHash: "",
			hash: "",
		});
		for (let i = 0; i < 1000; i++) {
			const id = i.toString(16).padStart(24, "0");
			const at = new Date(Date.UTC(2026, 0, 1) + i).toISOString();
			const terms = { target_company_id: null, access_level: "claim", expires_at: "2026-04-01T00:00:00.000Z" };
			events.push(event("shared", at, { claim_token_id: id, ...terms, auto_share_partner_id: null }));
			events.push(event("claimed", at, { claim_token_id: id, claiming_company_id: "buyer", status: "claimed" }));
			events.push(event("compliance_checked", at, summary));
			shares.push({
				id,
				targetCompanyId: null,
				accessLevel: "claim",
				expiresAt: terms.expires_at,
				autoSharePartnerId: null,
				createdAt: at,
			});
			claims.push({
				id: i + 1,
				claimTokenId: id,
				buyerCompanyId: "buyer",
				status: "claimed",
				compliance: summary as never,
				claimedAt: at,
			});
		}
		const whole = { shares, claims, scope: "certificate" } as const;
		expect(checkClaimsRecorded(events, whole)).toEqual({
			check: "claims_recorded",
			valid: true,
			detail: "1000 shares and 1000 decided claims agree with the audit chain",
		});
		const edited = claims.map((c, i) => (i % 100 === 50 ? { ...c, status: "rejected" as const } : c));
		expect(checkClaimsRecorded(events, { ...whole, claims: edited })).toEqual({
			check: "claims_recorded",
			valid: false,
			detail: "claim 51 differs from its claimed event (status) (and 9 more)",
			broken_at_seq: 152,
			event_id: 152,
		});
	});
});
