// The transparency section of a bundle at export: the latest published checkpoint, and for each event of the chain
// its log index and an inclusion proof built from the published tiles, or "pending inclusion" when the sequencer has
// not put it in a checkpoint yet. The log indexes come with the evidence read (same D1 round trip); R2 gives the
// checkpoint and a few tiles. Never waits for the log.
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { auditEvents, logEntries } from "../db/schema";
import type { Transparency } from "./evidence-proofs";
import { logVerifierKey } from "./log-key";
import { latestCheckpoint, publishedHashReader } from "./log-objects";
import { inclusionProof, toBase64 } from "./merkle";

/**
 * The log index of each audit event of a certificate that the sequencer has integrated, for a named batch read. A
 * log_entries row is written beside its event, on the certificate's shard: `db` is that shard's.
 */
export function logIndexesQuery(db: Db, certificateId: SQL) {
	return db
		.select({ seq: auditEvents.seq, logIndex: logEntries.logIndex })
		.from(auditEvents)
		.innerJoin(logEntries, and(eq(logEntries.eventTable, "audit"), eq(logEntries.eventId, auditEvents.id)))
		.where(sql`${auditEvents.certificateId} = ${certificateId}`);
}

export async function readTransparency(
	env: Cloudflare.Env,
	logIndexes: readonly { seq: number; logIndex: number }[],
	events: readonly { seq: number }[],
): Promise<Transparency> {
	const [published, verifierKey] = await Promise.all([latestCheckpoint(env), logVerifierKey(env)]);
	const indexBySeq = new Map(logIndexes.map((r) => [r.seq, r.logIndex]));
	const size = published.checkpoint.size;
	const reader = publishedHashReader(env.LOG, size, size);
	const entries: Transparency["entries"] = [];
	const pending: number[] = [];
	for (const { seq } of events) {
		const index = indexBySeq.get(seq);
		if (index === undefined || index >= size) {
			pending.push(seq);
			continue;
		}
		entries.push({ seq, log_index: index, inclusion_proof: (await inclusionProof(reader, index, size)).map(toBase64) });
	}
	return { checkpoint: published.note, verifier_key: verifierKey, entries, pending };
}
