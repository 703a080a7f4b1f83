// The buyer's inbox as one indexed range read per shard per page, whatever its size. Items are in a fixed order with
// the claim id as the tie-breaker, and the cursor is the sort key of the last item served, so a page never counts or
// skips rows, and items claimed or shared between two pages can neither repeat nor push another item out of the
// walk (both sort keys are set once: created_at when the row is made, claimed_at when the claim is decided, and a
// decided claim never changes). Page numbers are the older form: they skip rows and count every match for `total`,
// so their cost grows with the inbox.
//
// A buyer's claims are on the shards of the certificates claimed (src/db/shards.ts), so any shard may hold some of
// them. Each shard answers the same range read (after the cursor, limit + 1 rows, in the same order), and the page is
// the first limit + 1 of their rows merged by sort key and claim id: every row of the page comes before the others of
// its own shard, so no shard can hide one. Claim ids are unique across shards (each shard has its own id range), so
// the tie-breaker orders rows of different shards too, and a cursor (a sort key and a claim id, not a shard) carries
// on across all of them. A page number has each shard read its first offset + limit + 1 matches and count them all;
// the page is cut from their merge, and `total` is the sum of the counts.
//
// Each order and filter has an index whose columns are (buyer, equality filters…, sort column), with the claim id
// (the rowid) implicitly last, so SQLite walks it backwards from the cursor and stops after limit + 1 rows, on each
// shard. Plans, checked with EXPLAIN QUERY PLAN in test/inbox-keyset.test.ts:
//   no filter                       claims_buyer_created_idx   (buyer_company_id, created_at)
//   status                          claims_buyer_idx           (buyer_company_id, status, created_at)
//   certificate_id (± status)       claims_buyer_certificate_idx (buyer_company_id, certificate_id, created_at)
//   claimed_after / claimed_before  claims_buyer_claimed_idx   (buyer_company_id, claimed_at)
//     (± status: the range is walked in claimed_at order and the status checked on each row)
//   the same with certificate_id    claims_buyer_certificate_claimed_idx (buyer_company_id, certificate_id, claimed_at)
//     (without it SQLite walks the buyer's whole claim-time range looking for the certificate, to avoid a sort)

import type { z } from "@hono/zod-openapi";
import { and, count, desc, eq, gt, gte, lt, ne, or, type SQL } from "drizzle-orm";
import { signalsOfSummary, sourceOf, witnessSummaryColumn } from "../capture-sessions/witness-view";
import { type Db, prefixedColumns } from "../db/client";
import { certificates, claims, claimTokens, companies, properties } from "../db/schema";
import { certificateShard } from "../db/shards";
import { ApiError } from "../lib/errors";
import { before, cursorPage, decodeCursor, offsetOf } from "../lib/pagination";
import { revokedAtSql } from "../revocations/revocations";
import { joinShare } from "../sharing/share-query";
import type { InboxQuery } from "./inbox.routes";

type Query = z.output<typeof InboxQuery>;

/**
 * Newest share first; with a claimed_after/claimed_before range, the items claimed in it, newest claim first (so
 * the range is the index's range too). A cursor names its order, so one from the other order is refused.
 */
export type InboxOrder = "created" | "claimed";

export const inboxOrderOf = (query: Query): InboxOrder =>
	query.claimed_after !== undefined || query.claimed_before !== undefined ? "claimed" : "created";

const orderColumns = { created: [claims.createdAt, claims.id], claimed: [claims.claimedAt, claims.id] } as const;

export interface InboxCursor {
	order: InboxOrder;
	at: string;
	id: number;
}

/** The position a `cursor` holds, checked; null for a first page. */
export function readInboxCursor(query: Query): InboxCursor | null {
	const key = decodeCursor(query.cursor, ["string", "string", "number"]);
	if (!key) return null;
	const [order, at, id] = key;
	const expected = inboxOrderOf(query);
	if (order !== expected) {
		const why =
			order === "created"
				? "comes from a walk without claimed_after/claimed_before: keep the same filters for the whole walk"
				: order === "claimed"
					? "comes from a walk with claimed_after/claimed_before: keep the same filters for the whole walk"
					: "must be a next_cursor from a previous page of this list";
		throw new ApiError("VALIDATION_FAILED", "Invalid request: query.cursor", {
			fields: [{ field: "query.cursor", message: why }],
		});
	}
	return { order, at, id };
}

/** How many rows each shard reads: the page and one more; with a page number, every row before the page too. */
const rowsPerShard = (query: Query) =>
	query.limit + 1 + (query.page === undefined ? 0 : offsetOf({ page: query.page, limit: query.limit }));

/**
 * What one shard reads for a page: its first rows after the cursor (rowsPerShard of them) and, for a page number
 * only, the count of all its matches. `company` is the buyer's id, or on the directory the authenticating batch's
 * subquery naming it.
 */
export function inboxReads(db: Db, company: SQL | string, query: Query, from: InboxCursor | null, at: string) {
	const order = inboxOrderOf(query);
	const [sortColumn, idColumn] = orderColumns[order];
	// Pending shares that expired can no longer be claimed, so they leave the inbox.
	const visible = or(ne(claims.status, "pending"), gt(claimTokens.expiresAt, at));
	const matching: SQL | undefined = and(
		eq(claims.buyerCompanyId, company),
		visible,
		query.status ? eq(claims.status, query.status) : undefined,
		query.certificate_id !== undefined ? eq(claims.certificateId, query.certificate_id) : undefined,
		query.claimed_after !== undefined ? gte(claims.claimedAt, query.claimed_after) : undefined,
		query.claimed_before !== undefined ? lt(claims.claimedAt, query.claimed_before) : undefined,
	);
	const rows = joinShare(
		db
			.select({
				claim: prefixedColumns(claims, "claim"),
				token: prefixedColumns(claimTokens, "token"),
				publisherName: companies.name,
				propertyDomain: properties.domain,
				consentCapturedAt: certificates.consentCapturedAt,
				recordingUrl: certificates.recordingUrl,
				source: certificates.source,
				witness: witnessSummaryColumn(certificates.witness),
				revokedAt: revokedAtSql(claims.certificateId),
			})
			.from(claimTokens)
			.$dynamic(),
	)
		.innerJoin(claims, eq(claims.claimTokenId, claimTokens.id))
		.where(and(matching, from ? before([sortColumn, idColumn], [from.at, from.id]) : undefined))
		.orderBy(desc(sortColumn), desc(idColumn))
		.limit(rowsPerShard(query));
	const total = db
		.select({ total: count() })
		.from(claims)
		.innerJoin(claimTokens, eq(claimTokens.id, claims.claimTokenId))
		.where(matching);
	// A list of reads answers their rows together: none without a page number, so the cursor form never counts.
	return { rows, totals: query.page === undefined ? [] : [total] };
}

/**
 * The shards that may hold matches: all of them, or with a certificate_id only that certificate's, since a claim is
 * stored on its certificate's shard.
 */
export function inboxShards(query: Query, every: readonly number[]): number[] {
	if (query.certificate_id === undefined) return [...every];
	const shard = certificateShard(query.certificate_id);
	return every.includes(shard) ? [shard] : [];
}

type InboxRow = Awaited<ReturnType<typeof inboxReads>["rows"]>[number];

function toInboxItem(r: InboxRow) {
	const compliance = r.claim.compliance;
	const signals = signalsOfSummary(r.witness);
	return {
		claim_id: r.claim.id,
		certificate_id: r.claim.certificateId,
		status: r.claim.status,
		access_level: r.token.accessLevel,
		publisher_company_id: r.token.publisherCompanyId,
		publisher_name: r.publisherName,
		property_domain: r.propertyDomain,
		consent_captured_at: r.consentCapturedAt,
		has_recording: r.recordingUrl !== null || (signals?.recording.chunks ?? 0) > 0,
		source: sourceOf(r.source),
		signals,
		shared_at: r.token.createdAt,
		expires_at: r.token.expiresAt,
		claimed_at: r.claim.claimedAt,
		revoked: r.revokedAt !== null,
		revoked_at: r.revokedAt,
		compliance: compliance
			? { score: compliance.score, status: compliance.status, grade: compliance.grade, missing: compliance.missing }
			: null,
	};
}

/** Whether row a comes before row b in the inbox's order: later sort key first, then the larger claim id. */
function inOrder(order: InboxOrder) {
	const key = (row: InboxRow) => (order === "created" ? row.claim.createdAt : (row.claim.claimedAt ?? ""));
	// Plain code-unit comparison, as SQLite compares these ISO 8601 strings (BINARY collation).
	return (a: InboxRow, b: InboxRow) => {
		const [ka, kb] = [key(a), key(b)];
		if (ka !== kb) return ka < kb ? 1 : -1;
		return b.claim.id - a.claim.id;
	};
}

/**
 * The answer from every shard's rows (concatenated) and counts: the page, its next cursor, and `page`/`total` when a
 * page number was asked for.
 */
export function inboxAnswer(query: Query, shardRows: readonly InboxRow[], totals: readonly { total: number }[]) {
	const order = inboxOrderOf(query);
	const skipped = query.page === undefined ? 0 : offsetOf({ page: query.page, limit: query.limit });
	const merged = [...shardRows].sort(inOrder(order)).slice(skipped, skipped + query.limit + 1);
	const page = cursorPage(merged, query.limit, (row) => [
		order,
		order === "created" ? row.claim.createdAt : (row.claim.claimedAt ?? ""),
		row.claim.id,
	]);
	const data = page.rows.map(toInboxItem);
	if (query.page === undefined) return { data, limit: query.limit, next_cursor: page.next_cursor };
	const total = totals.reduce((sum, shard) => sum + shard.total, 0);
	return { data, page: query.page, limit: query.limit, total, next_cursor: page.next_cursor };
}
