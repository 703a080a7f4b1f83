// HMAC-SHA256 certificate signatures with key ids, so keys can rotate: the active key signs new certificates and
// every key ever used stays in the key ring to verify old ones.
import { toHex } from "../lib/crypto";
import { type ConsentRecord, canonicalJson } from "./canonical";

export const HMAC_ALGORITHM = "HMAC-SHA256";

export interface HmacKeyRing {
	activeKeyId: string;
	keys: ReadonlyMap<string, string>;
}

export interface HmacSignature {
	algorithm: typeof HMAC_ALGORITHM;
	key_id: string;
	value: string; // lowercase hex
}

/** Reads the key ring from the Worker's secrets; fails loudly when it is misconfigured rather than signing badly. */
export function parseHmacKeyRing(keysJson: string | undefined, activeKeyId: string | undefined): HmacKeyRing {
	if (!keysJson || !activeKeyId) throw new Error("HMAC_SIGNING_KEYS and HMAC_ACTIVE_KEY_ID must be set");
	const parsed: unknown = JSON.parse(keysJson);
	if (typeof parsed !== "object" || parsed === null) throw new Error("HMAC_SIGNING_KEYS must be a JSON object");
	const keys = new Map<string, string>();
	for (const [id, secret] of Object.entries(parsed)) {
		if (typeof secret !== "string" || secret.length < 16) throw new Error(`HMAC key ${id} must be 16+ characters`);
		keys.set(id, secret);
	}
	if (!keys.has(activeKeyId)) throw new Error(`HMAC_ACTIVE_KEY_ID ${activeKeyId} is not in HMAC_SIGNING_KEYS`);
	return { activeKeyId, keys };
}

function importKey(secret: string) {
	return crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
		"sign",
		"verify",
	]);
}

export async function signHmac(record: ConsentRecord, ring: HmacKeyRing): Promise<HmacSignature> {
	const secret = ring.keys.get(ring.activeKeyId) as string;
	const mac = await crypto.subtle.sign(
		"HMAC",
		await importKey(secret),
		new TextEncoder().encode(canonicalJson(record)),
	);
	return {
		algorithm: HMAC_ALGORITHM,
		key_id: ring.activeKeyId,
		value: toHex(mac),
	};
}

export type HmacCheck = { valid: true } | { valid: false; reason: string };

export async function verifyHmac(
	record: ConsentRecord,
	signature: { key_id: string; value: string },
	ring: HmacKeyRing,
): Promise<HmacCheck> {
	const secret = ring.keys.get(signature.key_id);
	if (!secret) return { valid: false, reason: `unknown HMAC key id ${signature.key_id}` };
	if (!/^[0-9a-f]{64}$/.test(signature.value)) return { valid: false, reason: "signature is not 64 hex characters" };
	const bytes = new Uint8Array(signature.value.match(/../g)?.map((h) => Number.parseInt(h, 16)) ?? []);
	const ok = await crypto.subtle.verify(
		"HMAC",
		await importKey(secret),
		bytes,
		new TextEncoder().encode(canonicalJson(record)),
	);
	return ok ? { valid: true } : { valid: false, reason: "signature does not match the record" };
}
