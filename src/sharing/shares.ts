// Making shares: one new claim token per share, a pending inbox row for a targeted share, and a `shared` audit
// event naming the token's id (never the token). Used by the share endpoints and by auto-share.
import { chunkRows, type Db } from "../db/client";
import { type ReferencedRows, referenceCopies } from "../db/reference-copies";
import { claims, claimTokens } from "../db/schema";
import {
	type Appended,
	appendToLedgers,
	groupByLedger,
	type HeadsRead,
	type LedgerEvent,
	type LedgerUsage,
	type Write,
} from "../ledger/ledger";
import { addDays } from "../lib/clock";
import { newId } from "../lib/crypto";
import { sharedEventWrites } from "../webhooks/emit";
import { eventIds } from "../webhooks/event-ids";
import { CLAIM_TOKEN_TTL_DAYS, type MintedToken, mintClaimToken } from "./tokens";

export interface ShareRequest {
	certificateId: string;
	publisherCompanyId: string;
	targetCompanyId: string | null;
	accessLevel: "claim" | "read";
	autoSharePartnerId: number | null;
	/** The token to write, when the caller derived it (a keyed request, see deriveClaimToken); else a random one. */
	minted?: MintedToken;
}

export interface ShareActor {
	companyId: string;
	userId: string | null;
	ip: string | null;
}

export interface MadeShare {
	certificateId: string;
	token: string;
	tokenId: string;
	expiresAt: string;
}

export interface ShareResults {
	made: MadeShare[];
	/** Certificates whose ledger did not confirm the write (refused, still being stored, or unanswered), with its
	 * answer. */
	unconfirmed: { certificateId: string; outcome: Exclude<Appended, { status: "written" }> }[];
	/** The certificate.shared webhook events written with the shares, for the caller to wake the sender with. */
	webhookEvents: string[];
}

/** One share, ready to write. */
interface Share {
	request: Omit<ShareRequest, "minted">;
	tokenRow: typeof claimTokens.$inferInsert;
	/** A targeted share's row in the buyer's inbox. */
	pendingRow: typeof claims.$inferInsert | null;
	event: LedgerEvent;
	made: MadeShare;
}

/**
 * Rows a caller wants written with a ledger's shares, in the same atomic batch: a batch job's per-certificate
 * result rows, whose unique key refuses the whole batch when the shares were already made.
 */
export type WritesWithShares = (made: readonly MadeShare[]) => Promise<Write[]>;

/**
 * Makes the shares: each ledger concerned writes its certificates' tokens, inbox rows and audit events in one
 * atomic batch on the certificates' shard; the ledgers are called in parallel. `db` only builds the statements.
 * `references` are the directory rows the shares point at (every target company, and an auto-share's partnership).
 * Returns the raw tokens, once.
 */
export async function makeShares(
	env: Cloudflare.Env,
	usage: LedgerUsage,
	db: Db,
	requests: readonly ShareRequest[],
	actor: ShareActor,
	heads: HeadsRead | undefined,
	at: Date,
	alsoWrite?: WritesWithShares,
	references: ReferencedRows = {},
): Promise<ShareResults> {
	const createdAt = at.toISOString();
	const expiresAt = addDays(at, CLAIM_TOKEN_TTL_DAYS).toISOString();
	const shares: Share[] = [];
	for (const { minted, ...request } of requests) {
		const { token, tokenHash, tokenId } = minted ?? {
			...(await mintClaimToken(request.certificateId)),
			tokenId: newId(),
		};
		shares.push({
			request,
			tokenRow: { id: tokenId, tokenHash, ...request, createdAt, expiresAt },
			pendingRow: request.targetCompanyId
				? {
						claimTokenId: tokenId,
						certificateId: request.certificateId,
						buyerCompanyId: request.targetCompanyId,
						status: "pending",
						createdAt,
					}
				: null,
			event: {
				certificateId: request.certificateId,
				eventType: "shared",
				actorCompanyId: actor.companyId,
				actorUserId: actor.userId,
				ip: actor.ip,
				createdAt,
				details: {
					claim_token_id: tokenId,
					target_company_id: request.targetCompanyId,
					access_level: request.accessLevel,
					expires_at: expiresAt,
					auto_share_partner_id: request.autoSharePartnerId,
				},
			},
			made: { certificateId: request.certificateId, token, tokenId, expiresAt },
		});
	}

	// One entry per ledger: all of a ledger's shares land together or not at all. A ledger writes one shard: its batch
	// starts with the copies of the directory rows its tokens and inbox rows point at (the target companies, and
	// whatever the caller names: an auto-share's partnership, a job), which the shard may not have yet.
	const groups = groupByLedger(shares, (share) => share.request);
	const entries = await Promise.all(
		groups.map(async (group) => {
			const pendingRows = group.flatMap((share) => (share.pendingRow ? [share.pendingRow] : []));
			return {
				publisherCompanyId: (group[0] as Share).request.publisherCompanyId,
				writes: [
					...referenceCopies(db, references),
					...chunkRows(
						claimTokens,
						group.map((share) => share.tokenRow),
					).map((rows) => db.insert(claimTokens).values(rows)),
					...chunkRows(claims, pendingRows).map((rows) => db.insert(claims).values(rows)),
					...(alsoWrite ? await alsoWrite(group.map((share) => share.made)) : []),
					...sharedEventWrites(env, db, pendingRows),
				],
				events: group.map((share) => share.event),
			};
		}),
	);
	const outcomes = await appendToLedgers(env, usage, entries, heads);

	const results: ShareResults = { made: [], unconfirmed: [], webhookEvents: [] };
	for (const [i, group] of groups.entries()) {
		const outcome = outcomes[i] as Appended;
		if (outcome.status === "written") {
			results.made.push(...group.map((share) => share.made));
			for (const share of group) if (share.pendingRow) results.webhookEvents.push(eventIds.shared(share.made.tokenId));
		} else {
			const certificateIds = new Set(group.map((share) => share.request.certificateId));
			results.unconfirmed.push(...[...certificateIds].map((certificateId) => ({ certificateId, outcome })));
		}
	}
	// Answer in the order asked, whatever order the ledgers answered in.
	const order = new Map(requests.map((r, i) => [r.certificateId, i]));
	results.made.sort((a, b) => (order.get(a.certificateId) ?? 0) - (order.get(b.certificateId) ?? 0));
	return results;
}
