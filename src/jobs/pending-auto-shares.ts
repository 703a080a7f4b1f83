// An auto-share is never lost between a capture's commit and the queue. The capture writes a pending_auto_shares row
// in its own D1 batch and only then sends the message; the consumer deletes the row once the auto-share is done. A
// row left behind (the send failed, the process died before it, a local queue's memory went with its process) is
// sent again by the sweep (SWEEP_CRON, every 5 minutes). Auto-share is idempotent (it makes only the partners' shares
// that are missing, and one share per certificate and partner is a unique key), so a re-send of a message that was
// only slow costs reads, never a second share.
//
// A pending row is on its certificate's shard, written in the capture's batch; the sweep reads every shard.
import { and, asc, eq, lte } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { backgroundShards } from "../db/background-sessions";
import type { Batch, Db } from "../db/client";
import { pendingAutoShares } from "../db/schema";
import type { ShardSessions } from "../db/shard-sessions";
import { sendGroups } from "../lib/queues";
import type { JobMessage } from "./messages";

/**
 * An intent not done this long after its message was due (sent or re-sent) is taken for lost. One minute: under
 * `npm run dev` the sweep runs at start and every minute, and in production a healthy auto-share takes seconds; a
 * message that was only slow (retried, or behind a backlog) may be sent twice, which is harmless (see above).
 */
export const AUTO_SHARE_LOST_AFTER_MS = 60_000;
/**
 * Re-sends of one intent before the sweep gives up on it: its auto-share kept failing (each message is retried by
 * the queue, then dead-lettered) or kept being lost, 25 minutes at the 5-minute schedule. The certificate can still
 * be shared by hand.
 */
export const MAX_AUTO_SHARE_RESENDS = 5;
/** Intents read per run on each shard; more carry on at the next run. */
const MAX_INTENTS_PER_RUN = 500;

/** The row that goes in the capture's batch (on the certificate's shard), after the certificate's insert. */
export function pendingAutoShareInsert(db: Db, certificateId: string, at: string) {
	return db.insert(pendingAutoShares).values({ certificateId, createdAt: at, dueAt: at, resends: 0 });
}

/** The consumer's mark that a certificate's auto-share is done. */
export async function autoShareDone(shards: ShardSessions, certificateId: string): Promise<void> {
	const { db } = shards.forCertificate(certificateId);
	await db.delete(pendingAutoShares).where(eq(pendingAutoShares.certificateId, certificateId));
}

export async function resendPendingAutoShares(
	env: Cloudflare.Env,
	at: Date,
): Promise<{ resent: number; givenUp: number }> {
	const claimed = (
		await Promise.all(
			backgroundShards(env)
				.every()
				.map(({ db }) => claimOverdueIntents(db, at)),
		)
	).flat();
	const givenUp = claimed.filter((row) => row.resends >= MAX_AUTO_SHARE_RESENDS);
	const resending = claimed.filter((row) => row.resends < MAX_AUTO_SHARE_RESENDS);
	for (const row of givenUp) {
		console.error(
			`auto-share of ${row.certificateId} given up: not done after ${row.resends} re-sends; it can be shared by hand`,
		);
	}
	if (claimed.length === 0) return { resent: 0, givenUp: 0 };

	const messages = resending.map((row): JobMessage => ({ type: "auto_share", certificate_id: row.certificateId }));
	const sends = await Promise.allSettled(
		sendGroups(messages).map((group) =>
			env.JOBS.sendBatch(group.map((body) => ({ body, contentType: "json" as const }))),
		),
	);
	for (const outcome of sends) {
		if (outcome.status === "rejected") console.error("re-sending auto-shares failed; next sweep", outcome.reason);
	}
	console.log(`auto-share sweep: ${resending.length} re-sent, ${givenUp.length} given up`);
	return { resent: resending.length, givenUp: givenUp.length };
}

/**
 * One shard's overdue intents, each claimed for this run: re-sent (due again later) or, after too many re-sends,
 * deleted. Returns the rows claimed, as they were before.
 */
async function claimOverdueIntents(db: Db, at: Date) {
	const lostBefore = new Date(at.getTime() - AUTO_SHARE_LOST_AFTER_MS).toISOString();
	const overdue = await db
		.select()
		.from(pendingAutoShares)
		.where(lte(pendingAutoShares.dueAt, lostBefore))
		.orderBy(asc(pendingAutoShares.dueAt))
		.limit(MAX_INTENTS_PER_RUN);
	if (overdue.length === 0) return [];

	// Each row is claimed only if no other run took it since the read (its due_at unchanged): a re-send refreshes
	// due_at, so a crash after this batch leaves the intent overdue again a minute later, not forgotten.
	const unchanged = (row: (typeof overdue)[number]) =>
		and(eq(pendingAutoShares.certificateId, row.certificateId), eq(pendingAutoShares.dueAt, row.dueAt));
	const claims = await db.batch(
		overdue.map<BatchItem<"sqlite">>((row) =>
			row.resends >= MAX_AUTO_SHARE_RESENDS
				? db.delete(pendingAutoShares).where(unchanged(row))
				: db
						.update(pendingAutoShares)
						.set({ dueAt: at.toISOString(), resends: row.resends + 1 })
						.where(unchanged(row)),
		) as Batch,
	);
	const claimed = overdue.filter((_, i) => ((claims[i] as D1Result | undefined)?.meta.changes ?? 0) > 0);
	return claimed;
}
