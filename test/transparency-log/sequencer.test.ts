import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { auditEvents } from "../../src/db/schema";
import { certificateShard } from "../../src/db/shards";
import { logIndexesQuery, readTransparency } from "../../src/transparency-log/bundle-proofs";
import { transparencyLog } from "../../src/transparency-log/log-client";
import { r2TileFetcher } from "../../src/transparency-log/log-objects";
import {
	fromBase64,
	fromHex,
	inclusionProof,
	leafHash,
	rootFromLeafHashes,
	toHex,
	verifyConsistency,
	verifyInclusion,
} from "../../src/transparency-log/merkle";
import { openCheckpoint, parseVerifierKey } from "../../src/transparency-log/note";
import { createSequencerTables, type SequencerStep } from "../../src/transparency-log/sequencer";
import { tileHashReader } from "../../src/transparency-log/tiles";
import type { FaultyTransparencyLog } from "../faulty-log";
import { call, captureCertificate, createProperty, seedCertificates, signup } from "../helpers";
import { allRows, certificateD1, certificateDb } from "../shard-databases";

const log = () => transparencyLog(env);

/** Passes until nothing is waiting, as the alarm would. */
async function drain(): Promise<number> {
	for (let i = 0; i < 50; i++) {
		const pass = await log().integrate();
		if (!pass.more) return pass.size;
	}
	throw new Error("the log never caught up");
}

async function logKey() {
	const keys = await call("GET", "/.well-known/econsent/keys.json");
	return parseVerifierKey(keys.json.transparency_log.verifier_key);
}

async function publishedCheckpoint() {
	const res = await call("GET", "/log/checkpoint");
	expect(res.status).toBe(200);
	return { note: res.text, checkpoint: await openCheckpoint(res.text, await logKey()) };
}

/**
 * Every event of both tables on every shard is in the log exactly once, indexes 0…n-1, each index on its event's
 * shard (an entry joins its event there), and the published root is their tree's.
 */
async function expectEveryEventLoggedOnce() {
	const entries = (
		await allRows<{ log_index: number; event_table: string; event_id: number; hash: string | null }>(
			`SELECT l.log_index, l.event_table, l.event_id, coalesce(a.hash, x.hash) AS hash
			 FROM log_entries l
			 LEFT JOIN audit_events a ON l.event_table = 'audit' AND a.id = l.event_id
			 LEFT JOIN access_events x ON l.event_table = 'access' AND x.id = l.event_id`,
		)
	).sort((a, b) => a.log_index - b.log_index);
	const events = await allRows<{ n: number }>(
		`SELECT (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM access_events) AS n`,
	);
	expect(entries.filter((e) => e.hash === null)).toEqual([]);
	expect(entries.map((e) => e.log_index)).toEqual(entries.map((_, i) => i));
	expect(entries.length).toBe(events.reduce((sum, e) => sum + e.n, 0));
	const { checkpoint } = await publishedCheckpoint();
	expect(checkpoint.size).toBe(entries.length);
	const leaves = await Promise.all(entries.map((e) => leafHash(fromHex(e.hash as string))));
	expect(toHex(checkpoint.root)).toBe(toHex(await rootFromLeafHashes(leaves)));
	return { entries, leaves, checkpoint };
}

/**
 * Audit events straight into D1 (the sequencer only reads id and hash), many at once, on the shard of a seeded
 * certificate, or with `onDirectory` on the directory (shard 0), for a certificate made before shards.
 */
async function seedAuditEvents(n: number, { onDirectory = false } = {}) {
	const actor = await signup("Bulk Co");
	const property = await createProperty(actor);
	let certificateId: string;
	if (onDirectory) {
		certificateId = `EC-${crypto.randomUUID()}`;
		const at = new Date().toISOString();
		await env.DB.prepare(
			"INSERT INTO certificates (id, company_id, property_id, consent_text, page_url, consent_captured_at, created_at, hmac_key_id, hmac_signature) VALUES (?, ?, ?, 'I agree.', 'https://x.example/', ?, ?, 'test-2026-01', ?)",
		)
			.bind(certificateId, actor.company.id, property.id, at, at, "0".repeat(64))
			.run();
	} else [certificateId] = (await seedCertificates(actor.company.id, property.id, 1)) as [string];
	const d1 = certificateD1(certificateId);
	const at = new Date().toISOString();
	const statements = Array.from({ length: n }, (_, i) => {
		const hash = toHex(crypto.getRandomValues(new Uint8Array(32)));
		return d1
			.prepare(
				"INSERT INTO audit_events (certificate_id, seq, event_type, details, created_at, prev_hash, hash) VALUES (?, ?, 'bulk', '{}', ?, ?, ?)",
			)
			.bind(certificateId, i + 1, at, "0".repeat(64), hash);
	});
	await d1.batch(statements);
}

describe("the sequencer", () => {
	it("gives every event of concurrently writing ledgers one log index, none twice and none skipped", async () => {
		const publishers = await Promise.all([signup("A Co"), signup("B Co"), signup("C Co")]);
		const writes = publishers.map(async (actor) => {
			const property = await createProperty(actor);
			const certs = await Promise.all(Array.from({ length: 4 }, () => captureCertificate(actor, property.id)));
			// Verifications append access events through each certificate's ledger (8 ledgers per publisher).
			await Promise.all(
				certs.flatMap((c) => [1, 2].map(() => call("GET", `/certificates/${c.certificate_id}/verify`, { as: actor }))),
			);
			return certs;
		});
		// Passes run while the ledgers write, as pokes and alarms make them do.
		const passes = Array.from({ length: 6 }, async (_, i) => {
			await new Promise((r) => setTimeout(r, i * 40));
			return log().integrate();
		});
		await Promise.all([...writes, ...passes]);
		await vi.waitFor(
			async () => {
				const n = await allRows<{ n: number }>("SELECT count(*) AS n FROM access_events");
				if (n.reduce((sum, shard) => sum + shard.n, 0) < 24) throw new Error("accesses still queued");
			},
			{ timeout: 15_000, interval: 100 },
		);
		await drain();
		const { entries } = await expectEveryEventLoggedOnce();
		expect(entries.filter((e) => e.event_table === "audit").length).toBeGreaterThanOrEqual(24);
		expect(entries.filter((e) => e.event_table === "access").length).toBe(24);
	});

	it("logs the events of every shard, each index on its event's shard, and proves each certificate's events", async () => {
		const actor = await signup("Shards Co");
		const property = await createProperty(actor);
		// Certificates go to a shard picked at random: capture until both shards hold one.
		const byShard = new Map<number, string>();
		for (let i = 0; i < 40 && byShard.size < 2; i++) {
			const { certificate_id } = await captureCertificate(actor, property.id);
			byShard.set(certificateShard(certificate_id), certificate_id);
		}
		expect([...byShard.keys()].sort()).toEqual([1, 2]);
		// And events of the directory (shard 0), where certificates from before shards stay.
		await seedAuditEvents(3, { onDirectory: true });
		await drain();
		const { checkpoint } = await expectEveryEventLoggedOnce();
		for (const certificateId of byShard.values()) {
			// What a bundle of this certificate carries: its chain's log indexes read on its shard, proofs from the tiles.
			const db = certificateDb(certificateId);
			const events = await db
				.select({ seq: auditEvents.seq, hash: auditEvents.hash })
				.from(auditEvents)
				.where(eq(auditEvents.certificateId, certificateId))
				.orderBy(asc(auditEvents.seq));
			const transparency = await readTransparency(env, await logIndexesQuery(db, sql`${certificateId}`), events);
			expect(transparency.pending).toEqual([]);
			expect(transparency.entries.map((e) => e.seq)).toEqual(events.map((e) => e.seq));
			for (const entry of transparency.entries) {
				const event = events.find((e) => e.seq === entry.seq) as (typeof events)[0];
				const proven = await verifyInclusion(
					entry.log_index,
					checkpoint.size,
					await leafHash(fromHex(event.hash)),
					entry.inclusion_proof.map(fromBase64),
					checkpoint.root,
				);
				expect(proven).toBe(true);
			}
		}
	});

	it("carries on with entries left pending by an object from before shards: they are the directory's", async () => {
		await drain();
		await seedAuditEvents(5, { onDirectory: true });
		await runInDurableObject(log(), async (object, state) => {
			const instance = object as FaultyTransparencyLog;
			instance.faults.afterSequence = () => {
				throw new Error("stopped before integrating");
			};
			try {
				await expect(instance.integrate()).rejects.toThrow("stopped before integrating");
			} finally {
				delete instance.faults.afterSequence;
			}
			// log_pending as it was before shards: the same rows, no shard column.
			const sql = state.storage.sql;
			sql.exec("ALTER TABLE log_pending RENAME TO pending_before");
			sql.exec(
				"CREATE TABLE log_pending (log_index INTEGER PRIMARY KEY, event_table TEXT NOT NULL, event_id INTEGER NOT NULL, hash BLOB NOT NULL)",
			);
			sql.exec("INSERT INTO log_pending SELECT log_index, event_table, event_id, hash FROM pending_before");
			sql.exec("DROP TABLE pending_before");
			createSequencerTables(sql);
			const pending = sql.exec<{ shard: number }>("SELECT shard FROM log_pending").toArray();
			expect(pending.map((row) => row.shard)).toEqual([0, 0, 0, 0, 0]);
		});
		await drain();
		await expectEveryEventLoggedOnce();
	});

	it.each<SequencerStep>(["afterSequence", "afterTiles", "afterIndex", "afterState"])(
		"loses and repeats nothing when it dies %s",
		async (step) => {
			const actor = await signup("Crash Co");
			const property = await createProperty(actor);
			await Promise.all([captureCertificate(actor, property.id), captureCertificate(actor, property.id)]);
			await drain();
			await seedAuditEvents(300);
			await runInDurableObject(log(), async (object) => {
				const instance = object as FaultyTransparencyLog;
				instance.faults[step] = () => {
					throw new Error(`died ${step}`);
				};
				try {
					await expect(instance.integrate()).rejects.toThrow(`died ${step}`);
				} finally {
					delete instance.faults[step];
				}
			});
			await drain();
			await expectEveryEventLoggedOnce();
		},
	);

	it("never rewrites a full tile: a tile changed under it stops the log instead", async () => {
		await seedAuditEvents(260);
		await runInDurableObject(log(), async (object) => {
			const instance = object as FaultyTransparencyLog;
			instance.faults.afterTiles = () => {
				throw new Error("died after tiles");
			};
			await expect(instance.integrate()).rejects.toThrow("died after tiles");
			delete instance.faults.afterTiles;
		});
		const full = await env.LOG.list({ prefix: "tile/0/" });
		// The newest full tile: the one the interrupted batch completed (260 entries cross a tile boundary).
		const fullTile = full.objects
			.map((o) => o.key)
			.filter((k) => !k.includes(".p/"))
			.at(-1) as string;
		expect(fullTile).toBeDefined();
		const original = new Uint8Array(await ((await env.LOG.get(fullTile)) as R2ObjectBody).arrayBuffer());
		const forged = original.slice();
		forged[0] = (forged[0] as number) ^ 1;
		await env.LOG.put(fullTile, forged);
		const before = (await publishedCheckpoint()).checkpoint.size;
		const refused = await log()
			.integrate()
			.then(
				() => null,
				(error: Error) => error,
			);
		expect(refused?.message).toMatch(/already written with other hashes/);
		expect((await publishedCheckpoint()).checkpoint.size).toBe(before);
		// Put back as it was, the re-run writes the same bytes and goes on.
		await env.LOG.put(fullTile, original);
		await drain();
		const after = new Uint8Array(await ((await env.LOG.get(fullTile)) as R2ObjectBody).arrayBuffer());
		expect(toHex(after)).toBe(toHex(original));
		const served = await call("GET", `/log/${fullTile}`);
		expect(served.status).toBe(200);
		expect(served.headers.get("cache-control")).toContain("immutable");
		await expectEveryEventLoggedOnce();
	});
});

describe("the published log", () => {
	it("signs checkpoints with the key keys.json lists, and refuses one changed by a byte", async () => {
		await drain();
		const { note, checkpoint } = await publishedCheckpoint();
		const key = await logKey();
		expect(checkpoint.origin).toBe("api.test/econsent-log");
		expect(note.split("\n")[0]).toBe(key.name);
		await expect(
			openCheckpoint(note.replace(`\n${checkpoint.size}\n`, `\n${checkpoint.size + 1}\n`), key),
		).rejects.toThrow();
	});

	it("proves with tiles and consistency proofs that each checkpoint extends the previous one", async () => {
		const first = (await publishedCheckpoint()).checkpoint;
		await seedAuditEvents(40);
		await drain();
		const second = (await publishedCheckpoint()).checkpoint;
		expect(second.size).toBe(first.size + 40);
		const res = await call("GET", `/log/proof/consistency?from=${first.size}&to=${second.size}`);
		expect(res.status).toBe(200);
		const proof = (res.json.proof as string[]).map(fromBase64);
		expect(await verifyConsistency(first.size, second.size, proof, first.root, second.root)).toBe(true);
		expect(await verifyConsistency(first.size, second.size, proof, second.root, first.root)).toBe(false);
		const reader = tileHashReader(second.size, r2TileFetcher(env.LOG));
		const { leaves } = await expectEveryEventLoggedOnce();
		for (const i of [0, first.size - 1, second.size - 1]) {
			const path = await inclusionProof(reader, i, second.size);
			expect(await verifyInclusion(i, second.size, leaves[i] as Uint8Array, path, second.root)).toBe(true);
		}
	});

	it("refuses proofs past the log's size and malformed tile paths in the one error shape", async () => {
		const { checkpoint } = await publishedCheckpoint();
		const tooFar = await call("GET", `/log/proof/consistency?from=1&to=${checkpoint.size + 1}`);
		expect(tooFar.status).toBe(400);
		expect(tooFar.json.error.fields[0].field).toBe("query.to");
		const backwards = await call("GET", `/log/proof/consistency?from=${checkpoint.size}&to=1`);
		expect(backwards.status).toBe(400);
		expect((await call("GET", "/log/proof/consistency?from=x&to=1")).status).toBe(400);
		const bad = await call("GET", "/log/tile/0/1234");
		expect(bad.status).toBe(404);
		expect(bad.json.error.code).toBe("NOT_FOUND");
		expect((await call("GET", "/log/tile/9/x999/999")).status).toBe(404);
	});
});
