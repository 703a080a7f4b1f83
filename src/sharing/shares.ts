// Making shares: one new claim token per share, a pending inbox row for a targeted share, and a `shared` audit
// event naming the token's id (never the token). Used by the share endpoints and by auto-share.
import type { BatchItem } from "drizzle-orm/batch";
import { type ChainAppend, writeWithAudit } from "../audit/append";
import type { ChainHead } from "../audit/chain";
import { chunkForParams, type Db } from "../db/client";
import { claims, claimTokens } from "../db/schema";
import { addDays } from "../lib/clock";
import { newId } from "../lib/crypto";
import { CLAIM_TOKEN_TTL_DAYS, mintClaimToken } from "./tokens";

export interface ShareRequest {
	certificateId: string;
	publisherCompanyId: string;
	targetCompanyId: string | null;
	accessLevel: "claim" | "read";
	autoSharePartnerId: number | null;
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

const TOKEN_PARAMS_PER_ROW = 9;
// Counted over every column, not just the ones set, so a row never exceeds its share of the 100 parameters.
const CLAIM_PARAMS_PER_ROW = 10;

/** Writes all shares, their inbox rows and audit events in one atomic batch; returns the raw tokens, once. */
export async function makeShares(
	db: Db,
	requests: readonly ShareRequest[],
	actor: ShareActor,
	heads: ReadonlyMap<string, ChainHead>,
	at: Date,
): Promise<MadeShare[]> {
	const createdAt = at.toISOString();
	const expiresAt = addDays(at, CLAIM_TOKEN_TTL_DAYS).toISOString();
	const tokenRows: (typeof claimTokens.$inferInsert)[] = [];
	const pendingRows: (typeof claims.$inferInsert)[] = [];
	const made: MadeShare[] = [];
	const appends = new Map<string, ChainAppend>();

	for (const request of requests) {
		const { token, tokenHash } = await mintClaimToken();
		const tokenId = newId();
		tokenRows.push({ id: tokenId, tokenHash, ...request, createdAt, expiresAt });
		if (request.targetCompanyId) {
			pendingRows.push({
				claimTokenId: tokenId,
				certificateId: request.certificateId,
				buyerCompanyId: request.targetCompanyId,
				status: "pending",
				createdAt,
			});
		}
		made.push({ certificateId: request.certificateId, token, tokenId, expiresAt });
		const append = appends.get(request.certificateId) ?? { certificateId: request.certificateId, events: [] };
		append.events.push({
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
		appends.set(request.certificateId, append);
	}

	const inserts: BatchItem<"sqlite">[] = [
		...chunkForParams(tokenRows, TOKEN_PARAMS_PER_ROW).map((rows) => db.insert(claimTokens).values(rows)),
		...chunkForParams(pendingRows, CLAIM_PARAMS_PER_ROW).map((rows) => db.insert(claims).values(rows)),
	];
	await writeWithAudit(db, [...appends.values()], heads, inserts);
	return made;
}
