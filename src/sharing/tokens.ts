// Claim tokens: "clm_" + 48 lowercase hex (192 bits from crypto.getRandomValues). Only the SHA-256 is stored.
import { randomHex, sha256Hex } from "../lib/crypto";

export const CLAIM_TOKEN_TTL_DAYS = 90;
const TOKEN_PATTERN = /^clm_[0-9a-f]{48}$/;

export async function mintClaimToken(): Promise<{ token: string; tokenHash: string }> {
	const token = `clm_${randomHex(24)}`;
	return { token, tokenHash: await sha256Hex(token) };
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
