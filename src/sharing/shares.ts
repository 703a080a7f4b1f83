// Making shares: one new claim token per share, a pending inbox row for a targeted share, and a `shared` audit
// event naming the token's id (never the token). Used by the share endpoints and by auto-share.
import { chunkForParams, type Db } from "../db/client";
import { claims, claimTokens } from "../db/schema";
import {
	type HeadHints,
	headKey,
	type LedgerEvent,
	type LedgerResult,
	type SqlStatement,
	toStatement,
} from "../ledger/entries";
import { appendToLedger, type LedgerUsage, ledgerName } from "../ledger/ledger";
import { addDays } from "../lib/clock";
import { newId } from "../lib/crypto";
import { sharedEventWrites } from "../webhooks/emit";
import { eventIds } from "../webhooks/payloads";
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
	/** Certificates whose ledger did not confirm the write (refused, or still being stored), with its answer. */
	unconfirmed: { certificateId: string; outcome: LedgerResult }[];
	/** The certificate.shared webhook events written with the shares, for the caller to wake the sender with. */
	webhookEvents: string[];
}

const TOKEN_PARAMS_PER_ROW = 9;
// Counted over every column, not just the ones set, so a row never exceeds its share of the 100 parameters.
const CLAIM_PARAMS_PER_ROW = 10;

interface LedgerShares {
	tokenRows: (typeof claimTokens.$inferInsert)[];
	pendingRows: (typeof claims.$inferInsert)[];
	events: LedgerEvent[];
	made: MadeShare[];
	hints: HeadHints;
}

/**
 * Rows a caller wants written with a ledger's shares, in the same atomic batch: a batch job's per-certificate
 * result rows, whose unique key refuses the whole batch when the shares were already made.
 */
export type WritesWithShares = (made: readonly MadeShare[]) => Promise<SqlStatement[]>;

/**
 * Makes the shares: each ledger concerned writes its certificates' tokens, inbox rows and audit events in one
 * atomic batch; the ledgers are called in parallel. Returns the raw tokens, once.
 */
export async function makeShares(
	env: Cloudflare.Env,
	usage: LedgerUsage,
	db: Db,
	requests: readonly ShareRequest[],
	actor: ShareActor,
	hints: HeadHints,
	at: Date,
	alsoWrite?: WritesWithShares,
): Promise<ShareResults> {
	const createdAt = at.toISOString();
	const expiresAt = addDays(at, CLAIM_TOKEN_TTL_DAYS).toISOString();
	const byLedger = new Map<string, LedgerShares>();

	for (const { minted, ...request } of requests) {
		const { token, tokenHash, tokenId } = minted ?? { ...(await mintClaimToken()), tokenId: newId() };
		const name = ledgerName(request.publisherCompanyId, request.certificateId);
		const shares = byLedger.get(name) ?? { tokenRows: [], pendingRows: [], events: [], made: [], hints: {} };
		byLedger.set(name, shares);
		shares.tokenRows.push({ id: tokenId, tokenHash, ...request, createdAt, expiresAt });
		if (request.targetCompanyId) {
			shares.pendingRows.push({
				claimTokenId: tokenId,
				certificateId: request.certificateId,
				buyerCompanyId: request.targetCompanyId,
				status: "pending",
				createdAt,
			});
		}
		shares.made.push({ certificateId: request.certificateId, token, tokenId, expiresAt });
		for (const log of ["audit", "access"] as const) {
			const key = headKey(log, request.certificateId);
			const hint = hints[key];
			if (hint) shares.hints[key] = hint;
		}
		shares.events.push({
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
		});
	}

	const results: ShareResults = { made: [], unconfirmed: [], webhookEvents: [] };
	await Promise.all(
		[...byLedger].map(async ([name, shares]) => {
			const outcome = await appendToLedger(
				env,
				usage,
				name,
				{
					writes: [
						...chunkForParams(shares.tokenRows, TOKEN_PARAMS_PER_ROW).map((rows) =>
							toStatement(db.insert(claimTokens).values(rows)),
						),
						...chunkForParams(shares.pendingRows, CLAIM_PARAMS_PER_ROW).map((rows) =>
							toStatement(db.insert(claims).values(rows)),
						),
						...(alsoWrite ? await alsoWrite(shares.made) : []),
						...sharedEventWrites(env, db, shares.pendingRows),
					],
					events: shares.events,
				},
				shares.hints,
			);
			if (outcome.status === "written") {
				results.made.push(...shares.made);
				results.webhookEvents.push(...shares.pendingRows.map((row) => eventIds.shared(row.claimTokenId)));
			} else {
				const certificateIds = new Set(shares.made.map((m) => m.certificateId));
				results.unconfirmed.push(...[...certificateIds].map((certificateId) => ({ certificateId, outcome })));
			}
		}),
	);
	// Answer in the order asked, whatever order the ledgers answered in.
	const order = new Map(requests.map((r, i) => [r.certificateId, i]));
	results.made.sort((a, b) => (order.get(a.certificateId) ?? 0) - (order.get(b.certificateId) ?? 0));
	return results;
}
