// Indexing the certificates captured before the lead index existed. They store the plain SHA-256 of each normalised
// lead value, which is what the searchable form is made from (./lead-keys.ts), so their rows can be made from what they
// store: the publisher's, and one per claim decided claimed or flagged. A certificate captured since has salted
// commitments instead and got its rows when it was captured, so the set to index is fixed and the job ends for good.
//
// The daily run sends one first-page message per shard not yet finished; a page indexes the next BACKFILL_PAGE_SIZE of the shard's
// plain-hash certificates in id order, in one D1 batch (each certificate's rows all at once or not at all),
// and sends the next page's message; a shard with nothing left is marked finished in the directory. Every step may run
// twice (a redelivered message, two runs at once): each insert skips rows already there, and a claim decided while a
// page runs either sees the publisher's rows and copies them (./lead-index.ts) or is indexed by the page.
import { and, eq, gt, inArray, notExists, or, type SQL, sql } from "drizzle-orm";
import { asBatch, createDb, type Db } from "../db/client";
import { certificates, claims, finishedBackfills, leadIndex } from "../db/schema";
import { allShards, shardDatabase } from "../db/shards";
import type { LeadIndexBackfillPageMessage } from "../jobs/messages";
import { activeLeadKeys, leadIndexKeyRing } from "./lead-keys";

export const BACKFILL_NAME = "lead_index";
/** Certificates indexed per message: about three statements each, in one batch. */
export const BACKFILL_PAGE_SIZE = 50;

/** The daily run's part: a first page for every shard not finished yet. Returns the messages sent. */
export async function startLeadIndexBackfill(env: Cloudflare.Env): Promise<LeadIndexBackfillPageMessage[]> {
	const directory = createDb(env.DB);
	const finished = new Set(
		(
			await directory
				.select({ shard: finishedBackfills.shard })
				.from(finishedBackfills)
				.where(eq(finishedBackfills.name, BACKFILL_NAME))
		).map((row) => row.shard),
	);
	const messages = allShards(env)
		.filter((shard) => !finished.has(shard))
		.map((shard): LeadIndexBackfillPageMessage => ({ type: "lead_index_backfill_page", shard, after: null }));
	if (messages.length > 0) {
		await env.JOBS.sendBatch(messages.map((body) => ({ body, contentType: "json" as const })));
	}
	return messages;
}

/** Indexes one page of a shard's certificates and sends the next page's message, or marks the shard finished. */
export async function leadIndexBackfillPage(
	env: Cloudflare.Env,
	message: LeadIndexBackfillPageMessage,
	at: Date,
): Promise<{ indexed: string[]; next: LeadIndexBackfillPageMessage | null }> {
	const db = createDb(shardDatabase(env, message.shard));
	const page = await db
		.select({
			id: certificates.id,
			companyId: certificates.companyId,
			createdAt: certificates.createdAt,
			leadEmailSha256: certificates.leadEmailSha256,
			leadPhoneSha256: certificates.leadPhoneSha256,
		})
		.from(certificates)
		.where(
			and(
				// The partial index certificates_plain_lead_idx: the plain-hash form only.
				or(sql`${certificates.leadEmailSha256} is not null`, sql`${certificates.leadPhoneSha256} is not null`),
				message.after === null ? undefined : gt(certificates.id, message.after),
			),
		)
		.orderBy(certificates.id)
		.limit(BACKFILL_PAGE_SIZE);

	const ring = await leadIndexKeyRing(env);
	const statements = (
		await Promise.all(
			page.map(async (certificate) => rowsOfCertificate(db, certificate, await activeLeadKeys(ring, certificate))),
		)
	).flat();
	if (statements.length > 0) await db.batch(asBatch(statements));

	const last = page.at(-1);
	const next = page.length === BACKFILL_PAGE_SIZE && last ? { ...message, after: last.id } : null;
	if (next) await env.JOBS.send(next, { contentType: "json" });
	else {
		await createDb(env.DB)
			.insert(finishedBackfills)
			.values({ name: BACKFILL_NAME, shard: message.shard, finishedAt: at.toISOString() })
			.onConflictDoNothing();
	}
	return { indexed: page.map((certificate) => certificate.id), next };
}

/**
 * A certificate's rows, each skipped when already there: the publisher's (claim_id null), then its claimers' for
 * each claim decided claimed or flagged.
 */
function rowsOfCertificate(
	db: Db,
	certificate: { id: string; companyId: string; createdAt: string },
	keys: readonly { keyId: string; leadKey: string }[],
) {
	return keys.flatMap(({ keyId, leadKey }) => {
		const rowFor = (company: SQL, claimId: SQL) =>
			notExists(
				db
					.select({ one: sql`1` })
					.from(leadIndex)
					.where(
						and(
							sql`${leadIndex.companyId} = ${company}`,
							eq(leadIndex.leadKey, leadKey),
							eq(leadIndex.certificateId, certificate.id),
							sql`${leadIndex.claimId} is ${claimId}`,
						),
					),
			);
		return [
			db.insert(leadIndex).select(
				db
					.select({
						companyId: sql<string>`${certificate.companyId}`.as("company_id"),
						leadKey: sql<string>`${leadKey}`.as("lead_key"),
						keyId: sql<string>`${keyId}`.as("key_id"),
						certificateId: sql<string>`${certificate.id}`.as("certificate_id"),
						claimId: sql<number | null>`null`.as("claim_id"),
						certificateCreatedAt: sql<string>`${certificate.createdAt}`.as("certificate_created_at"),
					})
					.from(sql`(select 1)`)
					.where(rowFor(sql`${certificate.companyId}`, sql`null`)),
			),
			db.insert(leadIndex).select(
				db
					.select({
						companyId: claims.buyerCompanyId,
						leadKey: sql<string>`${leadKey}`.as("lead_key"),
						keyId: sql<string>`${keyId}`.as("key_id"),
						certificateId: claims.certificateId,
						claimId: claims.id,
						certificateCreatedAt: sql<string>`${certificate.createdAt}`.as("certificate_created_at"),
					})
					.from(claims)
					.where(
						and(
							eq(claims.certificateId, certificate.id),
							inArray(claims.status, ["claimed", "flagged"]),
							rowFor(sql`${claims.buyerCompanyId}`, sql`${claims.id}`),
						),
					),
			),
		];
	});
}
