// The write path under a hostile world: every step of a claim failing in turn, floods on one certificate, and
// hand edits of the audit log through every SQL form that could rewrite it.
import { runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { accessesRecorded, call, captureCertificate, createProperty, signup } from "./helpers";
import { failOnce, ledgerOf } from "./ledger-faults";
import { certificateD1 } from "./shard-databases";

const tokenPath = (token: string) => `/certificate-sharing/certificates/claim/${token}`;

async function sharedCertificate() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const { certificate_id } = await captureCertificate(publisher, property.id);
	const shared = await call("POST", `/certificate-sharing/certificates/${certificate_id}/share`, {
		as: publisher,
		body: {},
	});
	expect(shared.status).toBe(201);
	return { publisher, certificateId: certificate_id, token: shared.json.claim_token as string };
}

/** Counts rows of one certificate's, on its shard: `sql` binds the certificate's id. */
async function countRows(sql: string, certificateId: string) {
	return (await certificateD1(certificateId).prepare(sql).bind(certificateId).first<{ n: number }>())?.n;
}

/** What D1 shows of a token's claim: rows and their audit events, counted. */
async function claimState(certificateId: string) {
	return {
		claims: await countRows(
			"SELECT count(*) AS n FROM claims WHERE certificate_id = ? AND status <> 'pending'",
			certificateId,
		),
		claimed: await countRows(
			"SELECT count(*) AS n FROM audit_events WHERE certificate_id = ? AND event_type = 'claimed'",
			certificateId,
		),
		checked: await countRows(
			"SELECT count(*) AS n FROM audit_events WHERE certificate_id = ? AND event_type = 'compliance_checked'",
			certificateId,
		),
	};
}

const claimedOnce = { claims: 1, claimed: 1, checked: 1 };
const notClaimed = { claims: 0, claimed: 0, checked: 0 };

describe("a claim interrupted at any step never strands its token", () => {
	it("the call never reaches the ledger: nothing is kept, and the token can be claimed", async () => {
		const { publisher, certificateId, token } = await sharedCertificate();
		const buyer = await signup();
		await failOnce(ledgerOf(publisher, certificateId), "beforeRecord");
		const failed = await call("POST", tokenPath(token), { as: buyer });
		expect(failed.status).toBe(503);
		expect(failed.headers.get("retry-after")).toBeTruthy();
		expect(await claimState(certificateId)).toEqual(notClaimed);
		expect((await call("GET", tokenPath(token))).json.status).toBe("pending");
		const other = await signup();
		expect((await call("POST", tokenPath(token), { as: other })).status).toBe(200);
		expect(await claimState(certificateId)).toEqual(claimedOnce);
	});

	it("the ledger dies after keeping the claim: its alarm writes it, exactly once", async () => {
		const { publisher, certificateId, token } = await sharedCertificate();
		const buyer = await signup();
		const ledger = ledgerOf(publisher, certificateId);
		await failOnce(ledger, "afterRecord");
		expect((await call("POST", tokenPath(token), { as: buyer })).status).toBe(503);
		expect(await claimState(certificateId)).toEqual(notClaimed);
		await runDurableObjectAlarm(ledger);
		expect(await claimState(certificateId)).toEqual(claimedOnce);
		expect((await call("GET", tokenPath(token))).json.status).toBe("claimed");
		await runDurableObjectAlarm(ledger);
		expect(await claimState(certificateId)).toEqual(claimedOnce);
	});

	it("the ledger dies after keeping the claim: the next claimer sees it written first, never a phantom", async () => {
		const { publisher, certificateId, token } = await sharedCertificate();
		const [buyer, other] = [await signup(), await signup()];
		await failOnce(ledgerOf(publisher, certificateId), "afterRecord");
		expect((await call("POST", tokenPath(token), { as: buyer })).status).toBe(503);
		const second = await call("POST", tokenPath(token), { as: other });
		expect(second.status).toBe(409);
		expect(second.json.error.code).toBe("ALREADY_CLAIMED");
		// The 409 is only said of a claim that D1 shows.
		expect(await claimState(certificateId)).toEqual(claimedOnce);
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		expect(inbox.json.data.map((d: { certificate_id: string }) => d.certificate_id)).toContain(certificateId);
	});

	it("D1 cannot be reached: 503 with Retry-After, the claim lands when it can, exactly once", async () => {
		const { publisher, certificateId, token } = await sharedCertificate();
		const buyer = await signup();
		const ledger = ledgerOf(publisher, certificateId);
		await failOnce(ledger, "beforeBatch");
		const res = await call("POST", tokenPath(token), { as: buyer });
		expect(res.status).toBe(503);
		expect(res.json.error.code).toBe("SERVICE_UNAVAILABLE");
		expect(res.headers.get("retry-after")).toBeTruthy();
		expect(await claimState(certificateId)).toEqual(notClaimed);
		await runDurableObjectAlarm(ledger);
		expect(await claimState(certificateId)).toEqual(claimedOnce);
	});

	it("D1's answer is lost after it committed: recognised by the chain, never written twice", async () => {
		const { publisher, certificateId, token } = await sharedCertificate();
		const buyer = await signup();
		const ledger = ledgerOf(publisher, certificateId);
		await failOnce(ledger, "afterBatch");
		expect((await call("POST", tokenPath(token), { as: buyer })).status).toBe(503);
		expect(await claimState(certificateId)).toEqual(claimedOnce);
		await runDurableObjectAlarm(ledger);
		expect(await claimState(certificateId)).toEqual(claimedOnce);
		// The ledger carries on from the right head: a later share extends the same chain.
		const next = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
			as: publisher,
			body: {},
		});
		expect(next.status).toBe(201);
		const verify = await call("GET", `/certificates/${certificateId}/verify`, { as: publisher });
		expect(verify.json.valid).toBe(true);
	});

	it("the Worker never gets the ledger's answer: the claim stands, retries say so", async () => {
		const { publisher, certificateId, token } = await sharedCertificate();
		const buyer = await signup();
		await failOnce(ledgerOf(publisher, certificateId), "beforeAnswer");
		expect((await call("POST", tokenPath(token), { as: buyer })).status).toBe(503);
		expect(await claimState(certificateId)).toEqual(claimedOnce);
		const retry = await call("POST", tokenPath(token), { as: buyer });
		expect(retry.status).toBe(409);
		expect((await call("GET", tokenPath(token))).json.status).toBe("claimed");
	});
});

describe("exactly one winner", () => {
	it("lets exactly one of 1,000 concurrent claims of one token, from 3 companies, succeed", {
		tags: ["stress"],
		timeout: 120_000,
	}, async () => {
		const { certificateId, token } = await sharedCertificate();
		const buyers = [await signup(), await signup(), await signup()];
		const results = await Promise.all(
			Array.from({ length: 1000 }, (_, i) => call("POST", tokenPath(token), { as: buyers[i % 3] })),
		);
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(1);
		expect(statuses.filter((s) => s === 409)).toHaveLength(999);
		expect(await claimState(certificateId)).toEqual(claimedOnce);
	});
});

describe("a busy certificate answers, it does not fail", () => {
	it("answers 100 concurrent shares and 50 concurrent evidence reads on one certificate, linear chains", {
		tags: ["stress"],
		timeout: 120_000,
	}, async () => {
		const { publisher, certificateId, token } = await sharedCertificate();
		const buyer = await signup();
		const claim = await call("POST", tokenPath(token), { as: buyer });
		expect(claim.status).toBe(200);
		const evidence = `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence`;
		const [shares, reads] = await Promise.all([
			Promise.all(
				Array.from({ length: 100 }, () =>
					call("POST", `/certificate-sharing/certificates/${certificateId}/share`, { as: publisher, body: {} }),
				),
			),
			Promise.all(Array.from({ length: 50 }, () => call("GET", evidence, { as: buyer }))),
		]);
		expect(shares.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
		expect(reads.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
		// Each evidence read shows a whole audit chain, and the access log as it found it: a beginning of the one log.
		const accesses = await accessesRecorded(certificateId, 50);
		for (const read of reads) {
			const trail = read.json.audit_trail as { seq: number }[];
			expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
			const { events, head_hash } = read.json.access_log;
			expect(head_hash).toBe(events === 0 ? "0".repeat(64) : accesses[events - 1]?.hash);
		}
		const seqs = async (table: string) =>
			(
				await certificateD1(certificateId)
					.prepare(`SELECT seq FROM ${table} WHERE certificate_id = ? ORDER BY seq`)
					.bind(certificateId)
					.all<{ seq: number }>()
			).results.map((r) => r.seq);
		// created, signed, shared, claimed, compliance_checked, then 100 shares; the 50 reads on the access log.
		expect(await seqs("audit_events")).toEqual(Array.from({ length: 105 }, (_, i) => i + 1));
		expect(await seqs("access_events")).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
		const verify = await call("GET", `/certificates/${certificateId}/verify`, { as: publisher });
		expect(verify.json.valid).toBe(true);
	});
});

describe("the audit log cannot be rewritten", () => {
	async function storedEvent(certificateId: string, seq: number) {
		return certificateD1(certificateId)
			.prepare("SELECT * FROM audit_events WHERE certificate_id = ? AND seq = ?")
			.bind(certificateId, seq)
			.first<Record<string, unknown>>();
	}

	const rewrites: [string, (id: number, certificateId: string) => string][] = [
		["UPDATE", (id) => `UPDATE audit_events SET details = '{"forged":true}' WHERE id = ${id}`],
		["DELETE", (id) => `DELETE FROM audit_events WHERE id = ${id}`],
		[
			"INSERT OR REPLACE",
			(id, cert) =>
				`INSERT OR REPLACE INTO audit_events (id, certificate_id, seq, event_type, details, created_at, prev_hash, hash) VALUES (${id}, '${cert}', 1, 'created', '{"forged":true}', 'x', 'x', 'x')`,
		],
		[
			"REPLACE",
			(id, cert) =>
				`REPLACE INTO audit_events (id, certificate_id, seq, event_type, details, created_at, prev_hash, hash) VALUES (${id}, '${cert}', 1, 'created', '{"forged":true}', 'x', 'x', 'x')`,
		],
		[
			"REPLACE by chain position",
			(_id, cert) =>
				`REPLACE INTO audit_events (certificate_id, seq, event_type, details, created_at, prev_hash, hash) VALUES ('${cert}', 1, 'created', '{"forged":true}', 'x', 'x', 'x')`,
		],
		[
			"INSERT … ON CONFLICT DO UPDATE",
			(id, cert) =>
				`INSERT INTO audit_events (id, certificate_id, seq, event_type, details, created_at, prev_hash, hash) VALUES (${id}, '${cert}', 1, 'created', '{}', 'x', 'x', 'x') ON CONFLICT (id) DO UPDATE SET details = '{"forged":true}'`,
		],
		[
			"INSERT … ON CONFLICT (chain position) DO UPDATE",
			(_id, cert) =>
				`INSERT INTO audit_events (certificate_id, seq, event_type, details, created_at, prev_hash, hash) VALUES ('${cert}', 1, 'created', '{}', 'x', 'x', 'x') ON CONFLICT (certificate_id, seq) DO UPDATE SET details = '{"forged":true}'`,
		],
		[
			"INSERT OR IGNORE then nothing",
			(id, cert) =>
				`INSERT OR IGNORE INTO audit_events (id, certificate_id, seq, event_type, details, created_at, prev_hash, hash) VALUES (${id}, '${cert}', 1, 'created', '{"forged":true}', 'x', 'x', 'x')`,
		],
	];

	for (const [form, statement] of rewrites) {
		it(`refuses ${form} in the database itself`, async () => {
			const { certificateId } = await sharedCertificate();
			const before = await storedEvent(certificateId, 1);
			const id = before?.id as number;
			await expect(certificateD1(certificateId).prepare(statement(id, certificateId)).run()).rejects.toThrow(
				/append-only/,
			);
			expect(await storedEvent(certificateId, 1)).toEqual(before);
			expect(await countRows("SELECT count(*) AS n FROM audit_events WHERE certificate_id = ?", certificateId)).toBe(3);
		});
	}

	it("refuses to change a decided claim", async () => {
		const { certificateId, token } = await sharedCertificate();
		expect((await call("POST", tokenPath(token), { as: await signup() })).status).toBe(200);
		await expect(
			certificateD1(certificateId)
				.prepare("UPDATE claims SET status = 'pending' WHERE certificate_id = ?")
				.bind(certificateId)
				.run(),
		).rejects.toThrow(/is final/);
		await expect(
			certificateD1(certificateId)
				.prepare("UPDATE claims SET buyer_company_id = 'x' WHERE certificate_id = ?")
				.bind(certificateId)
				.run(),
		).rejects.toThrow(/is final/);
	});
});
