// What a keyed request makes is derived, not drawn at random: claim tokens, token ids and certificate ids come from
// an HMAC over a secret seed that the request's Idempotency-Key row keeps (sealed) from the first attempt through
// every retry that takes its lease over. A retry after a crash therefore names exactly what the dead attempt made:
// it can look those ids up, hand back what was committed and make only what was not, instead of minting anew.
// Without the seed nobody can compute the tokens; with it they are as unguessable as random ones (HMAC-SHA256).
import { toHex } from "../lib/crypto";

export interface RetryScope {
	/** The company the key belongs to: whatever a retry finds must be this company's. */
	companyId: string;
	key: CryptoKey;
}

export async function retryScopeFromSeed(companyId: string, seed: Uint8Array): Promise<RetryScope> {
	const key = await crypto.subtle.importKey("raw", seed, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
	return { companyId, key };
}

/**
 * Up to 32 bytes for `purpose` and `label` (for example "claim-token" and a certificate id with its place in the
 * request): the same scope, purpose and label always give the same bytes.
 */
export async function deriveBytes(scope: RetryScope, purpose: string, label: string, bytes = 32): Promise<Uint8Array> {
	const message = new TextEncoder().encode(`${purpose}\u0000${label}`);
	return new Uint8Array(await crypto.subtle.sign("HMAC", scope.key, message)).slice(0, bytes);
}

export async function deriveHex(scope: RetryScope, purpose: string, label: string, bytes: number): Promise<string> {
	return toHex(await deriveBytes(scope, purpose, label, bytes));
}

/** A version-4-shaped UUID from derived bytes, for ids that are UUIDs elsewhere. */
export async function deriveUuid(scope: RetryScope, purpose: string, label: string): Promise<string> {
	const b = await deriveBytes(scope, purpose, label, 16);
	b[6] = ((b[6] as number) & 0x0f) | 0x40;
	b[8] = ((b[8] as number) & 0x3f) | 0x80;
	const h = toHex(b);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
