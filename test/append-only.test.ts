// Shares, claims and the access log under hand edits: every SQL form that could rewrite or remove a row, by each of
// the table's unique keys, is refused by the database itself and leaves the rows as they were, as for the audit
// chain (write-path.test.ts). The writes the service makes still work around them.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../src/index";
import { hashClaimToken } from "../src/sharing/tokens";
import { accessesRecorded, call, captureCertificate, createProperty, signup } from "./helpers";
import { certificateD1 } from "./shard-databases";

type Row = Record<string, unknown>;

interface Statement {
	sql: string;
	params: unknown[];
}

interface Rewrite {
	form: string;
	statement: (row: Row) => Statement;
	/** Deciding a pending claim is the one change the service makes: this form is a rewrite of decided rows only. */
	decidedOnly?: boolean;
}

const claimPath = (token: string) => `/certificate-sharing/certificates/claim/${token}`;

/** An INSERT of `row` with `changes`, under `verb` (INSERT, REPLACE, INSERT OR …), followed by `tail`. */
function insertOf(verb: string, table: string, row: Row, changes: Row = {}, tail = ""): Statement {
	const values = { ...row, ...changes };
	const columns = Object.keys(values);
	return {
		sql: `${verb} INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")}) ${tail}`,
		params: columns.map((column) => values[column]),
	};
}

/** The row without the named columns: what a write by another of its unique keys would send. */
function without(row: Row, ...columns: string[]): Row {
	return Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));
}

async function rowsOf(table: string, certificateId: string) {
	return (
		await certificateD1(certificateId)
			.prepare(`SELECT * FROM ${table} WHERE certificate_id = ? ORDER BY id`)
			.bind(certificateId)
			.all()
	).results;
}

/** Runs `rewrite` on `row` and expects D1 to refuse it and the certificate's rows of `table` to stay as they were. */
async function expectRefused(table: string, certificateId: string, row: Row, rewrite: Rewrite) {
	const before = await rowsOf(table, certificateId);
	const { sql, params } = rewrite.statement(row);
	await expect(
		certificateD1(certificateId)
			.prepare(sql)
			.bind(...params)
			.run(),
	).rejects.toThrow(/append-only|is final/);
	expect(await rowsOf(table, certificateId)).toEqual(before);
}

/** A certificate with an open share, claimed by a buyer, and a targeted share not claimed yet. */
async function certificateWithShares() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const { certificate_id: certificateId } = await captureCertificate(publisher, property.id);
	const [buyer, target] = [await signup("Acme Insurance"), await signup("Beta Insurance")];
	const share = (body: object) =>
		call("POST", `/certificate-sharing/certificates/${certificateId}/share`, { as: publisher, body });
	const open = await share({});
	const claim = await call("POST", claimPath(open.json.claim_token), { as: buyer });
	expect(claim.status).toBe(200);
	const targeted = await share({ target_company_id: target.company.id });
	expect(targeted.status).toBe(201);
	const claimRow = (where: string) =>
		certificateD1(certificateId)
			.prepare(`SELECT * FROM claims WHERE certificate_id = ? AND ${where}`)
			.bind(certificateId)
			.first<Row>();
	return {
		publisher,
		property,
		certificateId: certificateId as string,
		target,
		targetedToken: targeted.json.claim_token as string,
		decided: (await claimRow("status <> 'pending'")) as Row,
		pending: (await claimRow("status = 'pending'")) as Row,
		otherCompanyId: buyer.company.id,
	};
}

describe("claims cannot be rewritten", () => {
	const forged = { status: "rejected", compliance: null };
	const rewrites: Rewrite[] = [
		{
			form: "UPDATE",
			statement: (r) => ({ sql: "UPDATE claims SET status = 'rejected' WHERE id = ?", params: [r.id] }),
			decidedOnly: true,
		},
		{ form: "DELETE", statement: (r) => ({ sql: "DELETE FROM claims WHERE id = ?", params: [r.id] }) },
		{ form: "INSERT OR REPLACE", statement: (r) => insertOf("INSERT OR REPLACE", "claims", r, forged) },
		{ form: "REPLACE", statement: (r) => insertOf("REPLACE", "claims", r, forged) },
		{ form: "REPLACE by token", statement: (r) => insertOf("REPLACE", "claims", without(r, "id"), forged) },
		{
			form: "INSERT … ON CONFLICT (id) DO UPDATE",
			statement: (r) => insertOf("INSERT", "claims", r, {}, "ON CONFLICT (id) DO UPDATE SET status = 'rejected'"),
		},
		{
			form: "INSERT … ON CONFLICT (token) DO UPDATE",
			statement: (r) =>
				insertOf(
					"INSERT",
					"claims",
					without(r, "id"),
					{},
					"ON CONFLICT (claim_token_id) DO UPDATE SET status = 'rejected'",
				),
		},
		{ form: "INSERT OR IGNORE", statement: (r) => insertOf("INSERT OR IGNORE", "claims", r, forged) },
	];

	for (const rewrite of rewrites) {
		it(`refuses ${rewrite.form} of a decided claim${rewrite.decidedOnly ? "" : " and of a pending one"}, leaving every claim as it was`, async () => {
			const { certificateId, decided, pending } = await certificateWithShares();
			await expectRefused("claims", certificateId, decided, rewrite);
			if (!rewrite.decidedOnly) await expectRefused("claims", certificateId, pending, rewrite);
		});
	}

	it("refuses any change to a pending claim but its decision, which the buyer can still make", async () => {
		const { certificateId, pending, target, targetedToken, otherCompanyId } = await certificateWithShares();
		for (const [column, value] of [
			["buyer_company_id", otherCompanyId],
			["created_at", "2020-01-01T00:00:00.000Z"],
			["claimed_at", "2020-01-01T00:00:00.000Z"],
		]) {
			await expectRefused("claims", certificateId, pending, {
				form: `UPDATE ${column}`,
				statement: (r) => ({ sql: `UPDATE claims SET ${column} = ? WHERE id = ?`, params: [value, r.id] }),
			});
		}
		const claim = await call("POST", claimPath(targetedToken), { as: target });
		expect(claim.status).toBe(200);
		expect(claim.json.claim_id).toBe(pending.id);
	});
});

describe("shares cannot be rewritten", () => {
	/** A claimed auto-share's token: it has all three unique keys (id, hash, certificate and partner) set. */
	async function claimedAutoShare() {
		const { publisher, property, certificateId, target } = await certificateWithShares();
		const partner = await call("POST", "/certificate-sharing/partners", {
			as: publisher,
			body: {
				property_id: property.id,
				partner_company_id: target.company.id,
				access_level: "claim",
				auto_share: true,
			},
		});
		expect(partner.status).toBe(201);
		const batch = createMessageBatch("econsent-jobs", [
			{
				id: `m-${crypto.randomUUID()}`,
				timestamp: new Date(),
				attempts: 1,
				body: { type: "auto_share" as const, certificate_id: certificateId },
			},
		]);
		const ctx = createExecutionContext();
		await worker.queue(batch, env);
		expect((await getQueueResult(batch, ctx)).explicitAcks).toHaveLength(1);
		const token = (await certificateD1(certificateId)
			.prepare("SELECT * FROM claim_tokens WHERE certificate_id = ? AND auto_share_partner_id IS NOT NULL")
			.bind(certificateId)
			.first<Row>()) as Row;
		const claimId = (
			await certificateD1(certificateId)
				.prepare("SELECT id FROM claims WHERE claim_token_id = ?")
				.bind(token.id)
				.first<{ id: number }>()
		)?.id;
		const claimed = await call("POST", `/certificate-sharing/partner-certificates/${claimId}/claim`, { as: target });
		expect(claimed.status).toBe(200);
		return { certificateId, token };
	}

	const forged = { target_company_id: null, expires_at: "2999-01-01T00:00:00.000Z" };
	const rewrites: Rewrite[] = [
		{
			form: "UPDATE",
			statement: (r) => ({
				sql: "UPDATE claim_tokens SET expires_at = '2999-01-01T00:00:00.000Z' WHERE id = ?",
				params: [r.id],
			}),
		},
		{ form: "DELETE", statement: (r) => ({ sql: "DELETE FROM claim_tokens WHERE id = ?", params: [r.id] }) },
		{ form: "INSERT OR REPLACE", statement: (r) => insertOf("INSERT OR REPLACE", "claim_tokens", r, forged) },
		{ form: "REPLACE", statement: (r) => insertOf("REPLACE", "claim_tokens", r, forged) },
		{
			form: "REPLACE by token hash",
			statement: (r) =>
				insertOf("REPLACE", "claim_tokens", r, { ...forged, id: "f".repeat(24), auto_share_partner_id: null }),
		},
		{
			form: "REPLACE by auto-share partner",
			statement: (r) =>
				insertOf("REPLACE", "claim_tokens", r, {
					...forged,
					id: "f".repeat(24),
					token_hash: "f".repeat(64),
				}),
		},
		{
			form: "INSERT … ON CONFLICT (id) DO UPDATE",
			statement: (r) =>
				insertOf(
					"INSERT",
					"claim_tokens",
					r,
					{ token_hash: "f".repeat(64), auto_share_partner_id: null },
					"ON CONFLICT (id) DO UPDATE SET target_company_id = NULL",
				),
		},
		{
			form: "INSERT … ON CONFLICT (token hash) DO UPDATE",
			statement: (r) =>
				insertOf(
					"INSERT",
					"claim_tokens",
					r,
					{ id: "f".repeat(24), auto_share_partner_id: null },
					"ON CONFLICT (token_hash) DO UPDATE SET target_company_id = NULL",
				),
		},
		{
			form: "INSERT … ON CONFLICT (auto-share partner) DO UPDATE",
			statement: (r) =>
				insertOf(
					"INSERT",
					"claim_tokens",
					r,
					{ id: "f".repeat(24), token_hash: "f".repeat(64) },
					"ON CONFLICT (certificate_id, auto_share_partner_id) DO UPDATE SET target_company_id = NULL",
				),
		},
		{ form: "INSERT OR IGNORE", statement: (r) => insertOf("INSERT OR IGNORE", "claim_tokens", r, forged) },
	];

	for (const rewrite of rewrites) {
		it(`refuses ${rewrite.form} of a claimed auto-share's token, leaving every token as it was`, async () => {
			const { certificateId, token } = await claimedAutoShare();
			await expectRefused("claim_tokens", certificateId, token, rewrite);
		});
	}

	it("refuses to change or remove a token nobody has claimed, which still shares and claims as before", async () => {
		const { certificateId, publisher } = await certificateWithShares();
		const open = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
			as: publisher,
			body: {},
		});
		expect(open.status).toBe(201);
		const row = (await certificateD1(certificateId)
			.prepare("SELECT * FROM claim_tokens WHERE token_hash = ?")
			.bind(await hashClaimToken(open.json.claim_token))
			.first<Row>()) as Row;
		for (const rewrite of rewrites.filter((r) => !r.form.includes("auto-share"))) {
			await expectRefused("claim_tokens", certificateId, row, rewrite);
		}
		expect((await call("POST", claimPath(open.json.claim_token), { as: await signup() })).status).toBe(200);
	});
});

describe("the access log cannot be rewritten by any of its keys", () => {
	async function recordedAccess() {
		const { publisher, certificateId } = await certificateWithShares();
		expect((await call("GET", `/certificates/${certificateId}/verify`, { as: publisher })).status).toBe(200);
		await accessesRecorded(certificateId, 1);
		const row = (await certificateD1(certificateId)
			.prepare("SELECT * FROM access_events WHERE certificate_id = ? AND seq = 1")
			.bind(certificateId)
			.first<Row>()) as Row;
		expect(row.request_id).toEqual(expect.any(String));
		return { certificateId, row };
	}

	const forged = { details: '{"forged":true}' };
	const rewrites: Rewrite[] = [
		{
			form: "UPDATE",
			statement: (r) => ({ sql: "UPDATE access_events SET ip = '192.0.2.1' WHERE id = ?", params: [r.id] }),
		},
		{ form: "DELETE", statement: (r) => ({ sql: "DELETE FROM access_events WHERE id = ?", params: [r.id] }) },
		{ form: "INSERT OR REPLACE", statement: (r) => insertOf("INSERT OR REPLACE", "access_events", r, forged) },
		{ form: "REPLACE", statement: (r) => insertOf("REPLACE", "access_events", r, forged) },
		{
			form: "REPLACE by chain position",
			statement: (r) => insertOf("REPLACE", "access_events", without(r, "id"), { ...forged, request_id: "forged" }),
		},
		{
			form: "REPLACE by request",
			statement: (r) => insertOf("REPLACE", "access_events", without(r, "id"), { ...forged, seq: 2 }),
		},
		{
			form: "INSERT OR REPLACE by request",
			statement: (r) => insertOf("INSERT OR REPLACE", "access_events", without(r, "id"), { ...forged, seq: 2 }),
		},
		{
			form: "INSERT … ON CONFLICT (id) DO UPDATE",
			statement: (r) =>
				insertOf("INSERT", "access_events", r, {}, `ON CONFLICT (id) DO UPDATE SET details = '{"forged":true}'`),
		},
		{
			form: "INSERT … ON CONFLICT (chain position) DO UPDATE",
			statement: (r) =>
				insertOf(
					"INSERT",
					"access_events",
					without(r, "id"),
					{ request_id: "forged" },
					`ON CONFLICT (certificate_id, seq) DO UPDATE SET details = '{"forged":true}'`,
				),
		},
		{
			form: "INSERT … ON CONFLICT (request) DO UPDATE",
			statement: (r) =>
				insertOf(
					"INSERT",
					"access_events",
					without(r, "id"),
					{ seq: 2 },
					`ON CONFLICT (certificate_id, request_id) DO UPDATE SET details = '{"forged":true}'`,
				),
		},
		{
			form: "INSERT OR IGNORE by request",
			statement: (r) => insertOf("INSERT OR IGNORE", "access_events", without(r, "id"), { ...forged, seq: 2 }),
		},
	];

	for (const rewrite of rewrites) {
		it(`refuses ${rewrite.form} of a recorded access, leaving the log as it was`, async () => {
			const { certificateId, row } = await recordedAccess();
			await expectRefused("access_events", certificateId, row, rewrite);
		});
	}
});
