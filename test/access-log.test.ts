// The access log: evidence reads and verifications on a hash chain of their own, so reading evidence never makes the
// next read larger or costlier, while every access stays recorded, committed to by the audit chain, and checkable.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { AccessEventMessage } from "../src/access-log/access-events";
import { EXIT_INVALID, EXIT_VALID, runCli } from "../src/evidence/cli";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import worker from "../src/index";
import { ledgerName } from "../src/ledger/ledger";
import { type Actor, accessesRecorded, call, captureCertificate, createProperty, signup } from "./helpers";
import { certificateD1 } from "./shard-databases";

const evidencePath = (claimId: number) => `/certificate-sharing/partner-certificates/${claimId}/evidence`;

async function claimedCertificate() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const buyer = await signup("Acme Insurance");
	const cert = await captureCertificate(publisher, property.id);
	const share = await call("POST", `/certificate-sharing/certificates/${cert.certificate_id}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, { as: buyer });
	expect(claim.status).toBe(200);
	return { publisher, buyer, certificateId: cert.certificate_id as string, claimId: claim.json.claim_id as number };
}

const bundle = (claimId: number, buyer: Actor) => call("GET", `${evidencePath(claimId)}?format=bundle`, { as: buyer });
const accessLog = (claimId: number, buyer: Actor) => call("GET", `${evidencePath(claimId)}/access-log`, { as: buyer });

async function cli(args: string[], files: Record<string, unknown>) {
	const out: string[] = [];
	const code = await runCli(args, {
		readFile: async (path) => JSON.stringify(files[path]),
		out: (line) => out.push(line),
		err: (line) => out.push(line),
	});
	return { code, out: out.join("\n") };
}

describe("the access log", () => {
	it("keeps an evidence read's round trips and size the same however many reads came before", async () => {
		const { buyer, certificateId, claimId } = await claimedCertificate();
		const second = (await Promise.all([bundle(claimId, buyer), bundle(claimId, buyer)]))[1];
		for (let i = 0; i < 40; i++) expect((await call("GET", evidencePath(claimId), { as: buyer })).status).toBe(200);
		await accessesRecorded(certificateId, 42);
		const later = await bundle(claimId, buyer);
		// The log as the read found it; the read itself is recorded after the answer.
		expect(later.json.access_log.events).toBe(42);
		expect(later.roundTrips).toBe(second.roundTrips);
		// 2: authentication on the directory and the claim's shard, in parallel.
		expect(later.roundTrips).toBe(2);
		expect(later.headers.get("x-d1-primary-round-trips")).toBe("0");
		expect(later.json.audit_chain).toHaveLength(second.json.audit_chain.length);
		// Only the count's digits, a time and the hashes and signature (same lengths) differ. The transparency log's
		// proofs are compared apart: one per audit event, each growing with log2 of the whole log, not with these reads.
		const outsideLog = (text: string) => JSON.stringify({ ...JSON.parse(text), transparency: null }).length;
		expect(Math.abs(outsideLog(later.text) - outsideLog(second.text))).toBeLessThanOrEqual(2);
		expect(later.json.transparency.entries.length + later.json.transparency.pending.length).toBe(
			later.json.audit_chain.length,
		);
	}, 30_000);

	it("records every read and verification once, on a chain the bundle and the audit chain commit to", async () => {
		const { publisher, buyer, certificateId, claimId } = await claimedCertificate();
		await call("GET", evidencePath(claimId), { as: buyer });
		await accessesRecorded(certificateId, 1);
		await call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, { as: buyer });
		await accessesRecorded(certificateId, 2);
		await call("GET", `/certificates/${certificateId}/verify`, { as: publisher });
		await accessesRecorded(certificateId, 3);
		const exported = (await bundle(claimId, buyer)).json;
		expect(exported.access_log.events).toBe(3);
		const recorded = await accessesRecorded(certificateId, 4);

		// A later share commits the log's head so far into the audit chain.
		const reshare = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
			as: publisher,
			body: {},
		});
		expect(reshare.status).toBe(201);
		const shared = await certificateD1(certificateId)
			.prepare("SELECT details FROM audit_events WHERE certificate_id = ? ORDER BY seq DESC LIMIT 1")
			.bind(certificateId)
			.first<{ details: string }>();
		expect(JSON.parse(shared?.details ?? "{}").access_log).toEqual({ events: 4, head_hash: recorded[3]?.hash });

		const log = await accessLog(claimId, buyer);
		expect(log.status).toBe(200);
		expect(log.json.events.map((e: { seq: number; event_type: string }) => [e.seq, e.event_type])).toEqual([
			[1, "accessed_evidence"],
			[2, "verified"],
			[3, "verified"],
			[4, "accessed_evidence"],
			[5, "accessed_evidence"],
		]);
		expect(JSON.parse(log.json.events[4].details)).toMatchObject({ format: "access_log" });

		const checked = await verifyEvidenceBundle(exported, undefined, log.json);
		expect(checked.checks.find((c) => c.check === "access_log")).toMatchObject({ valid: true });
		expect(checked.not_checked.map((n) => n.check)).not.toContain("access_log_entries");
		const run = await cli(["verify", "bundle.json", "--access-log", "log.json"], {
			"bundle.json": exported,
			"log.json": log.json,
		});
		expect(run.code).toBe(EXIT_VALID);
		expect(run.out).toMatch(/PASS {2}access_log: /);

		// The service's own verification checks the whole log against the audit chain's commitments.
		const verify = await call("GET", `/certificates/${certificateId}/verify`, { as: publisher });
		expect(verify.json.checks.at(-1)).toMatchObject({ check: "access_log", valid: true });
	}, 30_000);

	it("fails the access log check when an access is removed, edited or reordered in the downloaded log", async () => {
		const { buyer, certificateId, claimId } = await claimedCertificate();
		for (let i = 0; i < 3; i++) await call("GET", evidencePath(claimId), { as: buyer });
		await accessesRecorded(certificateId, 3);
		const exported = (await bundle(claimId, buyer)).json;
		await accessesRecorded(certificateId, 4);
		const log = (await accessLog(claimId, buyer)).json;
		const edits: [string, (events: Record<string, unknown>[]) => void][] = [
			["removed", (events) => events.splice(1, 1)],
			["edited", (events) => Object.assign(events[0] as object, { ip: "192.0.2.99" })],
			["reordered", (events) => events.reverse()],
			["cut short", (events) => events.splice(2)],
		];
		for (const [what, edit] of edits) {
			const forged = structuredClone(log);
			edit(forged.events);
			const result = await verifyEvidenceBundle(exported, undefined, forged);
			expect({ what, check: result.checks.find((c) => c.check === "access_log")?.valid }).toEqual({
				what,
				check: false,
			});
			const run = await cli(["verify", "bundle.json", "--access-log", "log.json"], {
				"bundle.json": exported,
				"log.json": forged,
			});
			expect(run.code).toBe(EXIT_INVALID);
		}
		// Another certificate's log is refused as such.
		const other = await claimedCertificate();
		await call("GET", evidencePath(other.claimId), { as: other.buyer });
		await accessesRecorded(other.certificateId, 1);
		const otherLog = (await accessLog(other.claimId, other.buyer)).json;
		const mixed = await verifyEvidenceBundle(exported, undefined, otherLog);
		expect(mixed.checks.find((c) => c.check === "access_log")).toMatchObject({ valid: false });
	}, 30_000);

	it("records two downloads that reuse one client X-Request-Id as two reads, each answered 200", async () => {
		const { buyer, claimId } = await claimedCertificate();
		const sameId = { ...buyer, headers: { ...buyer.headers, "x-request-id": "1" } };
		const first = await call("GET", `${evidencePath(claimId)}/access-log`, { as: sameId });
		const second = await call("GET", `${evidencePath(claimId)}/access-log`, { as: sameId });
		expect([first.status, second.status]).toEqual([200, 200]);
		expect(second.json.events.length).toBe(first.json.events.length + 1);
	});

	it("is the claiming buyer's only: anyone else gets the same 404 as for a made-up claim", async () => {
		const { publisher, claimId } = await claimedCertificate();
		const stranger = await signup("Someone Else");
		for (const as of [publisher, stranger]) {
			const res = await accessLog(claimId, as);
			expect(res.status).toBe(404);
			expect(res.json.error.code).toBe("NOT_FOUND");
		}
		expect((await accessLog(999_999, stranger)).json.error.message).toBe(
			(await accessLog(claimId, stranger)).json.error.message,
		);
	});

	it("refuses to change or remove a recorded access in the database itself", async () => {
		const { buyer, certificateId, claimId } = await claimedCertificate();
		await call("GET", evidencePath(claimId), { as: buyer });
		await accessesRecorded(certificateId, 1);
		for (const statement of [
			"UPDATE access_events SET ip = '192.0.2.1' WHERE certificate_id = ?",
			"DELETE FROM access_events WHERE certificate_id = ?",
			"INSERT OR REPLACE INTO access_events (certificate_id, seq, event_type, details, created_at, prev_hash, hash) VALUES (?, 1, 'accessed_evidence', '{}', 'x', 'x', 'x')",
		]) {
			await expect(certificateD1(certificateId).prepare(statement).bind(certificateId).run()).rejects.toThrow(
				/append-only/,
			);
		}
	}, 30_000);
});

describe("access events through the queue", () => {
	async function deliver(queue: string, messages: AccessEventMessage[]) {
		const batch = createMessageBatch<AccessEventMessage>(
			queue,
			messages.map((body) => ({ id: `m-${crypto.randomUUID()}`, timestamp: new Date(), attempts: 1, body })),
		);
		const ctx = createExecutionContext();
		await worker.queue(batch, env);
		return getQueueResult(batch, ctx);
	}

	/** An evidence read's event as the request queues it. */
	function readMessage(publisherId: string, certificateId: string, requestId: string): AccessEventMessage {
		return {
			type: "access_event",
			publisherCompanyId: publisherId,
			event: {
				certificateId,
				log: "access",
				requestId,
				eventType: "accessed_evidence",
				actorCompanyId: null,
				actorUserId: null,
				ip: null,
				createdAt: new Date().toISOString(),
				details: { format: "json" },
			},
		};
	}

	it("records an event once however often the queue delivers it, together or apart, and acks every copy", async () => {
		const { publisher, certificateId } = await claimedCertificate();
		const message = readMessage(publisher.company.id, certificateId, "req-delivered-thrice");
		const first = await deliver("econsent-access-events", [message, message]);
		expect(first.retryMessages).toEqual([]);
		expect(first.explicitAcks).toHaveLength(2);
		const again = await deliver("econsent-access-events", [
			message,
			readMessage(publisher.company.id, certificateId, "req-other"),
		]);
		expect(again.retryMessages).toEqual([]);
		expect(again.explicitAcks).toHaveLength(2);
		const fromDeadLetters = await deliver("econsent-access-events-dlq", [message]);
		expect(fromDeadLetters.explicitAcks).toHaveLength(1);
		const recorded = await certificateD1(certificateId)
			.prepare("SELECT seq, request_id FROM access_events WHERE certificate_id = ? ORDER BY seq")
			.bind(certificateId)
			.all<{ seq: number; request_id: string }>();
		expect(recorded.results).toEqual([
			{ seq: 1, request_id: "req-delivered-thrice" },
			{ seq: 2, request_id: "req-other" },
		]);
	});

	it("records a message queued before messages named the publisher, by the ledger name it carries", async () => {
		const { publisher, certificateId } = await claimedCertificate();
		const { publisherCompanyId, ...rest } = readMessage(publisher.company.id, certificateId, "req-queued-long-ago");
		const queuedBefore: AccessEventMessage = { ...rest, ledger: ledgerName(publisherCompanyId ?? "", certificateId) };
		expect((await deliver("econsent-access-events", [queuedBefore])).explicitAcks).toHaveLength(1);
		const [recorded] = await accessesRecorded(certificateId, 1);
		expect(recorded?.request_id).toBe("req-queued-long-ago");
	});

	it("records a read sent again by the queue after it landed once, and two reads that reuse one X-Request-Id twice", async () => {
		const { publisher, buyer, certificateId, claimId } = await claimedCertificate();
		const read = await call("GET", evidencePath(claimId), { as: buyer });
		const [landed] = await accessesRecorded(certificateId, 1);
		expect(landed?.request_id).toBe(read.headers.get("x-request-id"));
		// The queue delivers the same read again (at least once means it may): nothing is added.
		const redelivered = readMessage(publisher.company.id, certificateId, landed?.request_id ?? "");
		expect((await deliver("econsent-access-events", [redelivered])).explicitAcks).toHaveLength(1);
		expect(await accessesRecorded(certificateId, 1)).toHaveLength(1);
		// A client's own request id, sent on two reads, does not make the second pass for a redelivery of the first.
		for (let i = 0; i < 2; i++) {
			const res = await call("GET", evidencePath(claimId), { as: buyer, headers: { "x-request-id": "client-42" } });
			expect(res.headers.get("x-request-id")).toBe("client-42");
		}
		const all = await accessesRecorded(certificateId, 3);
		expect(all.slice(1).map((a) => a.request_id)).toEqual([
			expect.stringMatching(/^client-42\//),
			expect.stringMatching(/^client-42\//),
		]);
		expect(all[1]?.request_id).not.toBe(all[2]?.request_id);
	}, 30_000);
});
