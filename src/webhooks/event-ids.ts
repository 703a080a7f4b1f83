// Webhook event ids, made here only. An id is derived from the fact it reports, so the same fact never becomes two
// events: evt_shared_<token id>, evt_claim_<token id>, evt_expiring_<token id>, evt_job_<job id>, and
// evt_revoked_<revocation id>_<recipient company id> (one revocation is one event per company that claimed it). The same ids are
// made in TypeScript (to wake the sender) and in SQL (the deliveries an INSERT … SELECT makes), so both come from here.
import { type SQL, sql } from "drizzle-orm";

const PREFIXES = {
	shared: "evt_shared_",
	claim: "evt_claim_",
	expiring: "evt_expiring_",
	job: "evt_job_",
	revoked: "evt_revoked_",
	ping: "evt_ping_",
} as const;

export type EventIdKind = keyof typeof PREFIXES;

/** The event reporting this fact: a share or claim or expiry notice by its token's id, a job's end by the job's id. */
export const eventId = (kind: EventIdKind, factId: string) => `${PREFIXES[kind]}${factId}`;

export const eventIds = {
	shared: (claimTokenId: string) => eventId("shared", claimTokenId),
	claim: (claimTokenId: string) => eventId("claim", claimTokenId),
	expiring: (claimTokenId: string) => eventId("expiring", claimTokenId),
	job: (jobId: string) => eventId("job", jobId),
	revoked: (revocationId: string, recipientCompanyId: string) =>
		eventId("revoked", `${revocationId}_${recipientCompanyId}`),
	ping: (deliveryId: string) => eventId("ping", deliveryId),
};

/**
 * Whether the event reports a certificate's data (a share, a claim, an expiring token), written on its shard and so
 * through the shard's outbox; a job's end and a ping are directory events, written straight to deliveries.
 */
export const isOutboxEvent = (id: string) => !id.startsWith(PREFIXES.job) && !id.startsWith(PREFIXES.ping);

/** The same id in SQL, from a column or expression holding the fact's id. The prefix is a literal: it costs no bound
 * parameter, which statements near D1's limit of 100 cannot spare. */
export const eventIdSql = (kind: EventIdKind, factId: SQL) => sql`(${sql.raw(`'${PREFIXES[kind]}'`)} || ${factId})`;
