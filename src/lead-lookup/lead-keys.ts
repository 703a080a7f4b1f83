// The searchable form of a lead: HMAC-SHA256 under a key kept outside D1 (the LEAD_INDEX_KEYS secret) of
// "<email|phone>:" + the lowercase hex SHA-256 of the normalised value. Built over the SHA-256 rather than the value,
// so a certificate that stores only that hash (every certificate captured before the index existed) can be indexed
// from what it stores. Without the key, an index row is not a hash anyone can brute-force a phone number from.
// Keys rotate: rows name the key that made them, new rows use the active key, and a lookup tries every key listed.
import type { LeadContact } from "../certificates/record";
import { hashLeadContact } from "../certificates/record";
import { toHex } from "../lib/crypto";

export type LeadKind = "email" | "phone";

/** The SHA-256 (lowercase hex) of each normalised lead value a certificate or a lookup names; null where none. */
export interface LeadDigests {
	leadEmailSha256: string | null;
	leadPhoneSha256: string | null;
}

export interface LeadIndexKeyRing {
	activeKeyId: string;
	keys: ReadonlyMap<string, CryptoKey>;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads the key ring; fails loudly when misconfigured rather than indexing leads under a weak or unknown key. */
export async function parseLeadIndexKeyRing(
	keysJson: string | undefined,
	activeKeyId: string | undefined,
): Promise<LeadIndexKeyRing> {
	if (!keysJson || !activeKeyId) throw new Error("LEAD_INDEX_KEYS and LEAD_INDEX_ACTIVE_KEY_ID must be set");
	const parsed: unknown = JSON.parse(keysJson);
	if (typeof parsed !== "object" || parsed === null) throw new Error("LEAD_INDEX_KEYS must be a JSON object");
	const keys = new Map<string, CryptoKey>();
	for (const [id, secret] of Object.entries(parsed)) {
		if (!KEY_ID.test(id)) throw new Error(`Lead index key id ${JSON.stringify(id)} must be 1-64 of A-Z a-z 0-9 _ -`);
		if (typeof secret !== "string" || secret.length < 32)
			throw new Error(`Lead index key ${id} must be 32+ characters`);
		keys.set(
			id,
			await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
				"sign",
			]),
		);
	}
	if (!keys.has(activeKeyId)) throw new Error(`LEAD_INDEX_ACTIVE_KEY_ID ${activeKeyId} is not in LEAD_INDEX_KEYS`);
	return { activeKeyId, keys };
}

// Parsed once per isolate and per secret value, not on every request.
let cachedRing: { source: string; ring: Promise<LeadIndexKeyRing> } | undefined;

/** The service's lead index key ring, from its LEAD_INDEX_KEYS and LEAD_INDEX_ACTIVE_KEY_ID secrets. */
export function leadIndexKeyRing(env: Cloudflare.Env): Promise<LeadIndexKeyRing> {
	const source = `${env.LEAD_INDEX_ACTIVE_KEY_ID}\u0000${env.LEAD_INDEX_KEYS}`;
	if (cachedRing?.source !== source) {
		cachedRing = { source, ring: parseLeadIndexKeyRing(env.LEAD_INDEX_KEYS, env.LEAD_INDEX_ACTIVE_KEY_ID) };
	}
	return cachedRing.ring;
}

/** One lead value's searchable form under one key. */
export async function leadKey(key: CryptoKey, kind: LeadKind, sha256Hex: string): Promise<string> {
	return toHex(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${kind}:${sha256Hex}`)));
}

const kinds = (digests: LeadDigests) =>
	[
		["email", digests.leadEmailSha256],
		["phone", digests.leadPhoneSha256],
	] as const;

/** The searchable forms a new index row stores: each lead value the certificate holds, under the active key. */
export async function activeLeadKeys(
	ring: LeadIndexKeyRing,
	digests: LeadDigests,
): Promise<{ keyId: string; leadKey: string }[]> {
	const key = ring.keys.get(ring.activeKeyId) as CryptoKey;
	const present = kinds(digests).filter((entry): entry is readonly [LeadKind, string] => entry[1] !== null);
	return Promise.all(
		present.map(async ([kind, hash]) => ({ keyId: ring.activeKeyId, leadKey: await leadKey(key, kind, hash) })),
	);
}

/** Every searchable form a lead may have been indexed under: each value it names, under every key in the ring. */
export async function searchableLeadKeys(ring: LeadIndexKeyRing, lead: LeadContact): Promise<string[]> {
	const digests = await hashLeadContact(lead);
	const present = kinds(digests).filter((entry): entry is readonly [LeadKind, string] => entry[1] !== null);
	const keys = [...ring.keys.values()];
	return Promise.all(present.flatMap(([kind, hash]) => keys.map((key) => leadKey(key, kind, hash))));
}
