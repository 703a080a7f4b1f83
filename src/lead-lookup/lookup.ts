// Lookup by lead: for each lead a caller names, the certificates it may find for it: those it claimed (as a buyer)
// and those it captured (as a publisher), never another company's. Served from the lead index (lead_index, written
// with certificates and claims), one read per shard, the shards in parallel, whatever the number of certificates.
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { authenticate, type Caller } from "../auth/authenticate";
import type { LeadContact } from "../certificates/record";
import type { Db } from "../db/client";
import { batchNamed } from "../db/named-reads";
import { leadIndex, revocations } from "../db/schema";
import { DIRECTORY_SHARD } from "../db/shards";
import type { AppContext } from "../lib/http";
import { leadIndexKeyRing, searchableLeadKeys } from "./lead-keys";

export const MAX_LOOKUP_LEADS = 1000;

/**
 * Searchable forms one statement carries, as one JSON parameter (D1 allows 100 bound parameters): 1,000 of them are
 * about 67 KB, under D1's 100 KB statement. A lookup of 1,000 leads naming both fields, with two keys in the ring,
 * is 4 statements per shard, still one round trip.
 */
const KEYS_PER_STATEMENT = 1000;

export interface LookedUpCertificate {
	certificate_id: string;
	/** The caller's claim of it; null for the caller's own certificate (as its publisher). */
	claim_id: number | null;
	status: "active" | "revoked";
	/** When the first revocation recorded against it was received from the consumer; only when revoked. */
	revoked_at?: string;
	created_at: string;
}

export interface LeadLookupResult {
	index: number;
	certificates: LookedUpCertificate[];
}

/** The caller's index rows for these searchable forms, each with its certificate's first revocation (bench:lookup explains it). */
export function indexRowsQuery(db: Db, company: SQL | string, keys: readonly string[]) {
	return db
		.select({
			leadKey: leadIndex.leadKey,
			certificateId: leadIndex.certificateId,
			claimId: leadIndex.claimId,
			createdAt: leadIndex.certificateCreatedAt,
			// Spelled out: in a one-table select drizzle names columns without their table, which inside the subquery
			// would name the revocation's own.
			revokedAt: sql<
				string | null
			>`(select min(r.received_at) from ${revocations} r where r.certificate_id = ${leadIndex}.certificate_id)`.as(
				"revoked_at",
			),
		})
		.from(leadIndex)
		.where(
			and(
				eq(leadIndex.companyId, company),
				// One JSON parameter for many values, where inArray would bind one each: SQLite reads it once and looks
				// each value up in lead_index_lookup_idx.
				inArray(leadIndex.leadKey, sql`(select value from json_each(${JSON.stringify(keys)}))`),
			),
		);
}

const lookupReads = (db: Db, company: SQL | string, keys: readonly string[]) => ({
	rows: Array.from({ length: Math.ceil(keys.length / KEYS_PER_STATEMENT) }, (_, i) =>
		indexRowsQuery(db, company, keys.slice(i * KEYS_PER_STATEMENT, (i + 1) * KEYS_PER_STATEMENT)),
	),
});

/** The lookup the API answers: the caller's certificates for each lead. */
export async function lookUpLeads(c: AppContext, leads: readonly LeadContact[]): Promise<LeadLookupResult[]> {
	return (await findLeadCertificates(c, leads)).results;
}

/** Authenticates the caller and finds its certificates for each lead (revoking by lead uses it too). */
export async function findLeadCertificates(
	c: AppContext,
	leads: readonly LeadContact[],
): Promise<{ caller: Caller; results: LeadLookupResult[] }> {
	const ring = await leadIndexKeyRing(c.env);
	const keysOfLead = await Promise.all(leads.map((lead) => searchableLeadKeys(ring, lead)));
	const leadsOfKey = new Map<string, number[]>();
	for (const [index, keys] of keysOfLead.entries()) {
		for (const key of keys) leadsOfKey.set(key, [...(leadsOfKey.get(key) ?? []), index]);
	}
	const keys = [...leadsOfKey.keys()];

	// The directory is shard 0 too (certificates made before shards): it is read in the authenticating batch. The
	// other shards need the caller's id, known once authenticated, and are read then, in parallel, one batch each.
	const shards = c.var.shards.every().map((session) => session.shard);
	const onDirectory = shards.includes(DIRECTORY_SHARD);
	const { caller, results: directory } = await authenticate(c, (company) =>
		onDirectory ? lookupReads(c.var.db, company, keys) : { rows: [] },
	);
	const onShards = await Promise.all(
		shards
			.filter((shard) => shard !== DIRECTORY_SHARD)
			.map((shard) => {
				const { db } = c.var.shards.shard(shard);
				return batchNamed(db, lookupReads(db, caller.companyId, keys));
			}),
	);

	const found = leads.map(() => new Map<string, LookedUpCertificate>());
	for (const row of [directory, ...onShards].flatMap((answer) => answer.rows)) {
		const certificate: LookedUpCertificate = {
			certificate_id: row.certificateId,
			claim_id: row.claimId,
			status: row.revokedAt === null ? "active" : "revoked",
			...(row.revokedAt === null ? {} : { revoked_at: row.revokedAt }),
			created_at: row.createdAt,
		};
		// A lead naming both an email and a phone finds a certificate holding both twice: it is listed once.
		for (const index of leadsOfKey.get(row.leadKey) ?? []) {
			found[index]?.set(`${row.certificateId} ${row.claimId}`, certificate);
		}
	}
	return {
		caller,
		results: found.map((certificates, index) => ({
			index,
			certificates: [...certificates.values()].sort(newestFirst),
		})),
	};
}

function newestFirst(a: LookedUpCertificate, b: LookedUpCertificate): number {
	if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1;
	if (a.certificate_id !== b.certificate_id) return a.certificate_id < b.certificate_id ? -1 : 1;
	return (a.claim_id ?? 0) - (b.claim_id ?? 0);
}
