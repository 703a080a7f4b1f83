// Recording a consumer's revocation of the consent a certificate records. Every way of revoking (the publisher's
// route, a buyer's route by its claim, revoking by lead) goes through recordRevocation: one read on the certificate's
// shard, then the certificate's ledger writes the revocation row, its `revoked` audit event and a consent.revoked
// event for each company that claimed the certificate, in one D1 batch. A revocation is one row per (certificate,
// received_at, channel), append-only: recording it again answers the row already there, and nothing is undone.
import { type AnyColumn, and, eq, isNotNull, sql } from "drizzle-orm";
import { chainHeadQueries } from "../audit/append";
import type { Db } from "../db/client";
import { readFreshOnMiss } from "../db/replica-reads";
import { certificates, claims, claimTokens, revocations } from "../db/schema";
import { appendToLedger, expectWritten, headsRead } from "../ledger/ledger";
import { now } from "../lib/clock";
import { randomHex } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { noteEventsOn, revokedEventDeliveries } from "../webhooks/emit";
import { eventIds } from "../webhooks/event-ids";
import { linkBase } from "../webhooks/payloads";
import { type RevocationChannel, revocationChannels } from "./channels";
import { honorBy } from "./honor-by";

export { type RevocationChannel, revocationChannels };

/** What the party recording a revocation says about it. */
export interface RevocationInput {
	channel: RevocationChannel;
	/** When the consumer's revocation reached the party recording it (ISO 8601). */
	receivedAt: string;
	note?: string | null;
}

/**
 * Who records it, and as what: `publisher`, the certificate's publisher; `buyer`, a company with a decided claim of
 * it (claimed, flagged or rejected). A company that is not what it says is answered NOT_FOUND.
 */
export interface RevocationActor {
	companyId: string;
	userId: string | null;
	role: "publisher" | "buyer";
}

export type RevocationRow = typeof revocations.$inferSelect;

export interface RecordedRevocation {
	revocation: RevocationRow;
	/** false: this revocation (same certificate, received_at and channel) was recorded before, and is answered as is. */
	created: boolean;
}

/** received_at as stored and compared: the same instant always the same string, whatever offset it was sent with. */
export const normalisedReceivedAt = (receivedAt: string) => new Date(receivedAt).toISOString();

const revocationQuery = (db: Db, certificateId: string, receivedAt: string, channel: RevocationChannel) =>
	db
		.select()
		.from(revocations)
		.where(
			and(
				eq(revocations.certificateId, certificateId),
				eq(revocations.receivedAt, receivedAt),
				eq(revocations.channel, channel),
			),
		);

/**
 * The companies with a decided claim of a certificate: who may record a revocation besides its publisher. Reached
 * through the certificate's tokens, whose index leads with the certificate (claims have none that does).
 */
export const claimersQuery = (db: Db, certificateId: string) =>
	db
		.selectDistinct({ companyId: claims.buyerCompanyId })
		.from(claimTokens)
		.innerJoin(claims, eq(claims.claimTokenId, claimTokens.id))
		.where(and(eq(claimTokens.certificateId, certificateId), isNotNull(claims.claimedAt)));

/**
 * Records a revocation of this certificate's consent by `actor`, or answers the one already recorded for the same
 * received_at and channel. A certificate the actor neither published nor claimed is NOT_FOUND, like one that does
 * not exist. One read on the certificate's shard (a replica's, read again at the primary if it lacks the certificate),
 * one ledger write; a revocation recorded meanwhile by someone else is found again at the primary and answered.
 */
export async function recordRevocation(
	c: AppContext,
	certificateId: string,
	input: RevocationInput,
	actor: RevocationActor,
): Promise<RecordedRevocation> {
	const shard = c.var.shards.forCertificate(certificateId);
	const receivedAt = normalisedReceivedAt(input.receivedAt);
	const read = () =>
		shard.db.batch([
			shard.db
				.select({ id: certificates.id, companyId: certificates.companyId })
				.from(certificates)
				.where(eq(certificates.id, certificateId)),
			revocationQuery(shard.db, certificateId, receivedAt, input.channel),
			claimersQuery(shard.db, certificateId),
			...chainHeadQueries(shard.db, certificateId),
		]);
	const [found, existing, claimers, auditHead, accessHead] = await readFreshOnMiss(
		c,
		read,
		([found]) => found.length === 0,
	);
	const certificate = found[0];
	const claimerIds = claimers.map((row) => row.companyId);
	const mayRecord =
		actor.role === "publisher" ? certificate?.companyId === actor.companyId : claimerIds.includes(actor.companyId);
	if (!certificate || !mayRecord) throw new ApiError("NOT_FOUND", "Certificate not found");
	if (existing[0]) return { revocation: existing[0], created: false };

	const at = now().toISOString();
	const row: RevocationRow = {
		id: `rvk_${randomHex(12)}`,
		certificateId,
		channel: input.channel,
		receivedAt,
		honorBy: honorBy(new Date(receivedAt)).toISOString(),
		note: input.note ?? null,
		recordedByCompanyId: actor.companyId,
		recordedByUserId: actor.userId,
		createdAt: at,
	};
	noteEventsOn(c, shard.shard, ...claimerIds.map((companyId) => eventIds.revoked(row.id, companyId)));
	const outcome = await appendToLedger(
		c.env,
		c.var.ledgerUsage,
		{
			publisherCompanyId: certificate.companyId,
			// No ON CONFLICT: the same revocation recorded at the same moment by another request makes D1 refuse this
			// batch whole, so its audit event and webhooks are not written twice either.
			writes: [shard.db.insert(revocations).values(row), revokedEventDeliveries(shard.db, linkBase(c.env), row)],
			events: [
				{
					certificateId,
					eventType: "revoked",
					actorCompanyId: actor.companyId,
					actorUserId: actor.userId,
					ip: clientIp(c),
					createdAt: at,
					details: {
						revocation_id: row.id,
						channel: row.channel,
						received_at: row.receivedAt,
						honor_by: row.honorBy,
						recorded_by_company_id: actor.companyId,
						recorded_by_user_id: actor.userId,
					},
				},
			],
			readBack: { revocation: revocationQuery(shard.db, certificateId, receivedAt, input.channel) },
		},
		headsRead([certificateId], [...auditHead, ...accessHead]),
	);
	if (outcome.status === "refused") {
		// The primary has the row the refusal stood on.
		c.var.shards.moveToPrimary();
		const [again] = await revocationQuery(shard.db, certificateId, receivedAt, input.channel);
		if (again) return { revocation: again, created: false };
	}
	const written = expectWritten(outcome).read.revocation[0];
	if (!written) throw new Error("the revocation was written but could not be read back");
	// The row read back is this request's unless an earlier one had it (then the batch would have been refused).
	return { revocation: written, created: written.id === row.id };
}

/** A revocation as the API answers it. */
export const toRevocationJson = (row: RevocationRow) => ({
	id: row.id,
	certificate_id: row.certificateId,
	channel: row.channel,
	received_at: row.receivedAt,
	honor_by: row.honorBy,
	note: row.note,
	recorded_by_company_id: row.recordedByCompanyId,
	recorded_by_user_id: row.recordedByUserId,
	created_at: row.createdAt,
});

/** The earliest revocation of each certificate, for the views that show whether and when it was revoked. */
export const revokedAtSql = (certificateId: AnyColumn) =>
	sql<
		string | null
	>`(select min(${revocations.receivedAt}) from ${revocations} where ${revocations.certificateId} = ${certificateId})`;
