// A small world for the archive tests: claimed certificates on both shards (one witnessed, with a recording), each
// read and verified so that both chains have several events, and every read path's answer in a comparable form.
import { env } from "cloudflare:workers";
import { expect, vi } from "vitest";
import { archivePage } from "../src/archive/archive-run";
import { certificateShard } from "../src/db/shards";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import type { ArchivePageMessage } from "../src/jobs/messages";
import { transparencyLog } from "../src/transparency-log/log-client";
import { type Actor, accessesRecorded, call, captureCertificate, createProperty, signup } from "./helpers";
import { certificateD1, everyD1 } from "./shard-databases";
import { sampleChunks, WITNESS_DOMAIN, witnessCertificate } from "./witnessed";

export interface ArchiveWorld {
	publisher: Actor;
	buyer: Actor;
	property: { id: string };
	/** Every certificate of the world, the witnessed one first. */
	certificateIds: string[];
	/** Each certificate's claim id (absent when the world was made without claims). */
	claimIds: Map<string, number>;
	tokens: Map<string, string>;
	witnessedId: string;
}

/**
 * A whole run of one shard, page after page as the queue would hand them over (following each page's next message
 * here instead of the queue's delivery), judged against `cutoff`.
 */
export async function runShard(shard: number, cutoff = new Date().toISOString()) {
	const archived: string[] = [];
	let page: ArchivePageMessage | null = { type: "archive_page", shard, after: null, cutoff };
	while (page) {
		const outcome = await archivePage(env, page, new Date());
		archived.push(...outcome.archived);
		page = outcome.next;
	}
	return archived;
}

/** Until the transparency log has every event: the archive moves only events with their log index. */
export async function drainLog() {
	const unlogged = async () => {
		let total = 0;
		for (const d1 of everyD1()) {
			for (const [table, log] of [
				["audit_events", "audit"],
				["access_events", "access"],
			]) {
				const row = await d1
					.prepare(
						`SELECT count(*) AS n FROM ${table} e WHERE NOT EXISTS (SELECT 1 FROM log_entries l WHERE l.event_table = ? AND l.event_id = e.id)`,
					)
					.bind(log)
					.first<{ n: number }>();
				total += row?.n ?? 0;
			}
		}
		return total;
	};
	// A pass already running answers for itself, so keep passing until every event has its index.
	for (let i = 0; i < 100 && (await unlogged()) > 0; i++) await transparencyLog(env).integrate();
	expect(await unlogged()).toBe(0);
}

export async function locatorOf(certificateId: string) {
	const row = await certificateD1(certificateId)
		.prepare(
			"SELECT object_key, audit_cut_seq, access_cut_seq, bytes FROM archived_certificates WHERE certificate_id = ?",
		)
		.bind(certificateId)
		.first<{ object_key: string; audit_cut_seq: number; access_cut_seq: number; bytes: number }>();
	return row
		? { objectKey: row.object_key, auditCutSeq: row.audit_cut_seq, accessCutSeq: row.access_cut_seq, bytes: row.bytes }
		: undefined;
}

/** The seqs of one chain D1 holds for a certificate. */
export async function chainSeqs(certificateId: string, table: "audit_events" | "access_events") {
	const { results } = await certificateD1(certificateId)
		.prepare(`SELECT seq FROM ${table} WHERE certificate_id = ? ORDER BY seq`)
		.bind(certificateId)
		.all<{ seq: number }>();
	return results.map((row) => row.seq);
}

/**
 * Claimed certificates on both shards (captured until each shard has one, plus a witnessed one), each with its
 * evidence read and verified (so its access log has events), the log drained. With `claim: false`, one certificate
 * shared to the buyer and not claimed.
 */
export async function claimedWorld(options: { claim?: boolean } = {}): Promise<ArchiveWorld> {
	const publisher = await signup("LeadGen Co");
	const buyer = await signup("Acme Insurance");
	const property = await createProperty(publisher, WITNESS_DOMAIN);
	const certificateIds: string[] = [];
	const claimIds = new Map<string, number>();
	const tokens = new Map<string, string>();
	const share = async (certificateId: string) => {
		const shared = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
			as: publisher,
			body: { target_company_id: buyer.company.id },
		});
		expect(shared.status, shared.text).toBe(201);
		tokens.set(certificateId, shared.json.claim_token);
		return shared.json.claim_token as string;
	};
	if (options.claim === false) {
		const id = (await captureCertificate(publisher, property.id)).certificate_id;
		await share(id);
		return { publisher, buyer, property, certificateIds: [id], claimIds, tokens, witnessedId: id };
	}
	const witnessedId = await witnessCertificate(property.id, sampleChunks());
	certificateIds.push(witnessedId);
	const onShard = (shard: number) => certificateIds.some((id) => certificateShard(id) === shard);
	for (let i = 0; i < 40 && !(onShard(1) && onShard(2) && certificateIds.length >= 3); i++) {
		certificateIds.push((await captureCertificate(publisher, property.id)).certificate_id);
	}
	for (const id of certificateIds) {
		const token = await share(id);
		const claimed = await call("POST", `/certificate-sharing/certificates/claim/${token}`, { as: buyer });
		expect(claimed.status, claimed.text).toBe(200);
		claimIds.set(id, claimed.json.claim_id);
		// Two reads and a verification: the access log gets three events, the audit chain a few.
		await call("GET", `/certificate-sharing/partner-certificates/${claimed.json.claim_id}/evidence`, { as: buyer });
		await call("GET", `/certificate-sharing/partner-certificates/${claimed.json.claim_id}/verify`, { as: buyer });
		await call("GET", `/certificates/${id}/verify`, { as: publisher });
	}
	for (const id of certificateIds) await accessesRecorded(id, 3);
	const world = { publisher, buyer, property, certificateIds, claimIds, tokens, witnessedId };
	await settle(world);
	return world;
}

const contiguous = (seqs: readonly number[]) => seqs.every((seq, i) => seq === i + 1);

/**
 * Every read path's answer on the world's certificates. `stable` holds what must not change when a certificate is
 * archived (its chains as shown, verifications, lists and summaries); reads add access events, so the access logs
 * are compared by being whole and verifying, not by length.
 */
export async function readEverything(world: ArchiveWorld) {
	const { buyer, publisher } = world;
	const stable: Record<string, unknown> = {};
	for (const id of world.certificateIds) {
		const claimId = world.claimIds.get(id) as number;
		const base = `/certificate-sharing/partner-certificates/${claimId}`;
		const evidence = await call("GET", `${base}/evidence`, { as: buyer });
		const bundle = await call("GET", `${base}/evidence?format=bundle`, { as: buyer });
		const report = await call("GET", `${base}/evidence`, { as: buyer, headers: { accept: "text/html" } });
		const verifyClaim = await call("GET", `${base}/verify`, { as: buyer });
		const verifyOwn = await call("GET", `/certificates/${id}/verify`, { as: publisher });
		const accessLog = await call("GET", `${base}/evidence/access-log`, { as: buyer });
		const history = await call("GET", `/certificates/${id}/history`, { as: publisher });
		const certificate = await call("GET", `/certificates/${id}`, { as: publisher });
		const summary = await call("GET", `/certificate-sharing/certificates/claim/${world.tokens.get(id)}`);
		const offline = await verifyEvidenceBundle(bundle.json, undefined, accessLog.json);
		const checks = (report: { valid: boolean; checks: { check: string; valid: boolean }[] }) => ({
			valid: report.valid,
			checks: report.checks.map((c) => [c.check, c.valid]),
		});
		stable[id] = {
			statuses: [evidence, bundle, report, verifyClaim, verifyOwn, accessLog, history, certificate, summary].map(
				(r) => r.status,
			),
			evidence: { ...evidence.json, access_log: undefined },
			bundleEvents: bundle.json.events,
			bundleOffline: { valid: offline.valid, failed: offline.checks.filter((c) => !c.valid).map((c) => c.check) },
			reportNamesCertificate: report.text.includes(id),
			verifyClaim: checks(verifyClaim.json),
			verifyOwn: checks(verifyOwn.json),
			accessLogWhole: contiguous(accessLog.json.events.map((e: { seq: number }) => e.seq)),
			historyAudit: history.json.audit_chain,
			historyAccessWhole: contiguous(history.json.access_log.map((e: { seq: number }) => e.seq)),
			certificate: certificate.json,
			summary: summary.json,
		};
		if (id === world.witnessedId) {
			const replays = [
				await call("GET", `${base}/replay`, { as: buyer, headers: { accept: "text/html" } }),
				await call("GET", `${base}/recording`, { as: buyer }),
				await call("GET", `/certificates/${id}/replay`, { as: publisher, headers: { accept: "text/html" } }),
			];
			stable.replay = replays.map((r) => r.status);
		}
	}
	const inbox = await call("GET", "/certificate-sharing/partner-certificates?limit=100", { as: buyer });
	stable.inbox = inbox.json.data;
	const batch = await call("POST", "/certificate-sharing/certificates/batch-verify", {
		as: buyer,
		body: { items: world.certificateIds.map((id) => ({ token: world.tokens.get(id) })) },
	});
	stable.batchVerify = batch.json.results;
	await settle(world);
	return { stable };
}

/**
 * Until the reads' access events (recorded through a queue after each answer) have all landed and are in the
 * transparency log: the archive moves only events the log has.
 */
export async function settle(world: ArchiveWorld) {
	const count = async () => {
		let total = 0;
		for (const id of world.certificateIds) total += (await chainSeqs(id, "access_events")).length;
		return total;
	};
	// The access events queue hands a batch over within a second (max_batch_timeout): quiet for 2 s is all landed.
	let last = await count();
	for (let quiet = 0, i = 0; quiet < 4 && i < 60; i++) {
		await new Promise((resolve) => setTimeout(resolve, 500));
		const now = await count();
		quiet = now === last ? quiet + 1 : 0;
		last = now;
	}
	await drainLog();
}

/** Waits until the access log of a certificate has `count` events, archived or not (through the download). */
export async function accessLogLength(world: ArchiveWorld, certificateId: string) {
	return vi.waitFor(async () => {
		const log = await call(
			"GET",
			`/certificate-sharing/partner-certificates/${world.claimIds.get(certificateId)}/evidence/access-log`,
			{ as: world.buyer },
		);
		return log.json.events.length as number;
	});
}
