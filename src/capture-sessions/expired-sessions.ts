// Sessions never submitted are deleted with their recordings once their 24 hours are up, by the 5-minute sweep
// (SWEEP_CRON), on every shard: a session is stored on the shard of the certificate it would become. A recording is personal data whose only use is a certificate's evidence; without a certificate it
// must not be kept.
//
// Order: the R2 objects first, then the D1 rows, in one batch. A crash in between leaves rows whose objects are gone,
// but only for a session that can no longer become a certificate (submit and uploads refuse an expired session), and
// the next run finds those rows again and finishes (deleting an object already gone is no error). The other order
// could lose the rows and leave objects that nothing lists any more.
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { createDb, type Db } from "../db/client";
import { captureChunks, captureSessions } from "../db/schema";
import { allShards, shardDatabase } from "../db/shards";
import { recordingPrefix } from "../recordings/manifest";

/**
 * How long past its expiry a session is left before it is deleted: far longer than any request lasts, so a submit or
 * an upload that read the session just before it expired has committed (or failed) before its chunks go.
 */
export const DELETE_AFTER_EXPIRY_MS = 10 * 60_000;
/** Sessions deleted per shard per run (each up to 200 R2 objects); more are left for the next run, five minutes later. */
export const MAX_SESSIONS_PER_RUN = 50;

async function deleteRecording(bucket: R2Bucket, sessionId: string): Promise<number> {
	let deleted = 0;
	let cursor: string | undefined;
	do {
		const page = await bucket.list({ prefix: recordingPrefix(sessionId), cursor, limit: 1000 });
		const keys = page.objects.map((object) => object.key);
		if (keys.length > 0) await bucket.delete(keys);
		deleted += keys.length;
		cursor = page.truncated ? page.cursor : undefined;
	} while (cursor);
	return deleted;
}

export async function deleteExpiredSessions(
	env: Cloudflare.Env,
	db: Db,
	at: Date,
): Promise<{ sessions: number; objects: number }> {
	const expiredBefore = new Date(at.getTime() - DELETE_AFTER_EXPIRY_MS).toISOString();
	const expired = await db
		.select({ id: captureSessions.id })
		.from(captureSessions)
		.where(and(eq(captureSessions.status, "open"), lte(captureSessions.expiresAt, expiredBefore)))
		.orderBy(asc(captureSessions.expiresAt))
		.limit(MAX_SESSIONS_PER_RUN);
	if (expired.length === 0) return { sessions: 0, objects: 0 };
	const ids = expired.map((session) => session.id);

	let objects = 0;
	for (const id of ids) objects += await deleteRecording(env.RECORDINGS, id);

	// Still open: a session submitted meanwhile (it cannot be, being expired, but the rows are its evidence) stays.
	const stillOpen = db
		.select({ id: captureSessions.id })
		.from(captureSessions)
		.where(and(inArray(captureSessions.id, ids), eq(captureSessions.status, "open")));
	await db.batch([
		db.delete(captureChunks).where(inArray(captureChunks.sessionId, stillOpen)),
		db.delete(captureSessions).where(and(inArray(captureSessions.id, ids), eq(captureSessions.status, "open"))),
	]);
	console.log(`capture sweep: ${ids.length} expired sessions deleted with ${objects} recording chunks`);
	return { sessions: ids.length, objects };
}

/**
 * The sweep over every shard, in parallel. A shard that fails (unreachable, say) keeps the others from nothing: its
 * sessions wait for the next run, and the failure is thrown once the others are done so that the run shows it.
 */
export async function deleteExpiredSessionsOnEveryShard(
	env: Cloudflare.Env,
	at: Date,
): Promise<{ sessions: number; objects: number }> {
	const swept = await Promise.allSettled(
		allShards(env).map((shard) => deleteExpiredSessions(env, createDb(shardDatabase(env, shard)), at)),
	);
	const failure = swept.find((result) => result.status === "rejected");
	if (failure) throw failure.reason;
	return swept.reduce(
		(total, result) =>
			result.status === "fulfilled"
				? { sessions: total.sessions + result.value.sessions, objects: total.objects + result.value.objects }
				: total,
		{ sessions: 0, objects: 0 },
	);
}
