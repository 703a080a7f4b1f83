// AES-256-GCM for data that must not be readable from the database alone (a stored answer can hold raw claim
// tokens). The keys live in a Worker secret, never in D1. Every sealed value names the key that sealed it, so keys
// can rotate: the active key seals, every key still in the ring opens.
import { fromBase64, toBase64 } from "./crypto";

export interface SealingKeyRing {
	activeKeyId: string;
	keys: ReadonlyMap<string, CryptoKey>;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const IV_BYTES = 12; // the size AES-GCM is designed for; random per value, so one key can seal ~2^32 values safely
const encoder = new TextEncoder();

/**
 * Reads a key ring: a JSON object {keyId: base64 of 32 random bytes} and the id of the key that seals new values.
 * Fails loudly when misconfigured rather than sealing badly.
 */
export async function parseSealingKeyRing(
	keysJson: string | undefined,
	activeKeyId: string | undefined,
): Promise<SealingKeyRing> {
	if (!keysJson || !activeKeyId) throw new Error("DATA_ENCRYPTION_KEYS and DATA_ENCRYPTION_ACTIVE_KEY_ID must be set");
	const parsed: unknown = JSON.parse(keysJson);
	if (typeof parsed !== "object" || parsed === null) throw new Error("DATA_ENCRYPTION_KEYS must be a JSON object");
	const keys = new Map<string, CryptoKey>();
	for (const [id, encoded] of Object.entries(parsed)) {
		if (!KEY_ID.test(id))
			throw new Error(`Data encryption key id ${JSON.stringify(id)} must be 1-64 of A-Z a-z 0-9 _ -`);
		const bytes = typeof encoded === "string" ? decodeBase64(encoded) : null;
		if (bytes?.length !== 32) throw new Error(`Data encryption key ${id} must be base64 of 32 bytes`);
		keys.set(id, await crypto.subtle.importKey("raw", bytes, "AES-GCM", false, ["encrypt", "decrypt"]));
	}
	if (!keys.has(activeKeyId))
		throw new Error(`DATA_ENCRYPTION_ACTIVE_KEY_ID ${activeKeyId} is not in DATA_ENCRYPTION_KEYS`);
	return { activeKeyId, keys };
}

// Parsed once per isolate and per secret value, not on every request.
let cachedRing: { source: string; ring: Promise<SealingKeyRing> } | undefined;

/** The service's data encryption key ring, from its DATA_ENCRYPTION_KEYS and DATA_ENCRYPTION_ACTIVE_KEY_ID secrets. */
export function dataKeyRing(env: Cloudflare.Env): Promise<SealingKeyRing> {
	const source = `${env.DATA_ENCRYPTION_ACTIVE_KEY_ID}\u0000${env.DATA_ENCRYPTION_KEYS}`;
	if (cachedRing?.source !== source) {
		cachedRing = { source, ring: parseSealingKeyRing(env.DATA_ENCRYPTION_KEYS, env.DATA_ENCRYPTION_ACTIVE_KEY_ID) };
	}
	return cachedRing.ring;
}

function decodeBase64(text: string): Uint8Array | null {
	try {
		return fromBase64(text);
	} catch {
		return null;
	}
}

/**
 * Seals `plaintext` as "<keyId>.<iv>.<ciphertext>" (base64). `context` names where the value belongs (for example
 * the row's key); it is authenticated but not stored, so a sealed value copied elsewhere does not open.
 */
export function seal(ring: SealingKeyRing, plaintext: string, context: string): Promise<string> {
	return sealBytes(ring, encoder.encode(plaintext), context);
}

/** Opens a value sealed by any key in the ring with the same `context`; throws if it was altered or the key is gone. */
export async function open(ring: SealingKeyRing, sealed: string, context: string): Promise<string> {
	return new TextDecoder().decode(await openBytes(ring, sealed, context));
}

/** `seal` for bytes (for example a compressed value). */
export async function sealBytes(ring: SealingKeyRing, plaintext: Uint8Array, context: string): Promise<string> {
	const key = ring.keys.get(ring.activeKeyId) as CryptoKey;
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const ciphertext = await crypto.subtle.encrypt(
		{ name: "AES-GCM", iv, additionalData: encoder.encode(context) },
		key,
		plaintext,
	);
	return `${ring.activeKeyId}.${toBase64(iv)}.${toBase64(ciphertext)}`;
}

/** `open` for bytes. */
export async function openBytes(ring: SealingKeyRing, sealed: string, context: string): Promise<Uint8Array> {
	const [keyId, iv, ciphertext, ...rest] = sealed.split(".");
	if (keyId === undefined || iv === undefined || ciphertext === undefined || rest.length > 0) {
		throw new Error("Not a sealed value");
	}
	const key = ring.keys.get(keyId);
	if (!key) throw new Error(`Sealed with unknown data encryption key ${keyId}`);
	const plaintext = await crypto.subtle.decrypt(
		{ name: "AES-GCM", iv: fromBase64(iv), additionalData: encoder.encode(context) },
		key,
		fromBase64(ciphertext),
	);
	return new Uint8Array(plaintext);
}
