// Claim tokens: "clm_" + 4 hex naming the shard of the certificate shared (src/db/shards.ts) + 48 lowercase hex
// (192 bits from crypto.getRandomValues, or derived for a keyed request, see retry-scope.ts). Tokens made before
// shards have the 48 hex only. Only the SHA-256 is stored.
import { certificateShard, tokenOn } from "../db/shards";
import { deriveHex, type RetryScope } from "../idempotency/retry-scope";
import { randomHex, sha256Hex } from "../lib/crypto";

export const CLAIM_TOKEN_TTL_DAYS = 90;
const TOKEN_PATTERN = /^clm_(?:[0-9a-f]{4})?[0-9a-f]{48}$/;

/** A new random token for a share of this certificate. */
export async function mintClaimToken(certificateId: string): Promise<{ token: string; tokenHash: string }> {
	const token = tokenOn(certificateShard(certificateId), randomHex(24));
	return { token, tokenHash: await sha256Hex(token) };
}

/** A token with the id of its row, as a share writes them. */
export interface MintedToken {
	token: string;
	tokenHash: string;
	tokenId: string;
}

/**
 * The token and token id a keyed request makes for `label` (a certificate and its place in the request): a retry of
 * the request derives the same pair, so it can find the token its dead attempt wrote.
 */
export async function deriveClaimToken(scope: RetryScope, label: string, certificateId: string): Promise<MintedToken> {
	const [secret, tokenId] = await Promise.all([
		deriveHex(scope, "claim-token", label, 24),
		deriveHex(scope, "claim-token-id", label, 12),
	]);
	const token = tokenOn(certificateShard(certificateId), secret);
	return { token, tokenHash: await sha256Hex(token), tokenId };
}

export function isWellFormedClaimToken(token: string): boolean {
	return TOKEN_PATTERN.test(token);
}

export const hashClaimToken = (token: string) => sha256Hex(token);

export function claimPath(token: string): string {
	return `/certificate-sharing/certificates/claim/${token}`;
}

/** Claim links point at the public base URL when one is configured, else at the origin the request came to. */
export function claimUrl(origin: string, token: string): string {
	return `${origin}${claimPath(token)}`;
}
