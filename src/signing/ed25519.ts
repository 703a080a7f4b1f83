// Ed25519 certificate signatures over the same RFC 8785 canonical record as the HMAC. Unlike the HMAC, anyone can
// verify these with the public keys published at /.well-known/econsent/keys.json. Keys have ids so they can
// rotate: the active key signs new certificates and every key ever used stays in the ring (and the JWK set).
import { canonicalJson } from "./canonical";

export const ED25519_ALGORITHM = "Ed25519";

export interface Ed25519PrivateJwk {
	kty: "OKP";
	crv: "Ed25519";
	d: string;
	x: string;
}

export interface Ed25519PublicJwk {
	kty: "OKP";
	crv: "Ed25519";
	x: string;
}

export interface Ed25519KeyRing {
	activeKeyId: string;
	keys: ReadonlyMap<string, Ed25519PrivateJwk>;
}

export interface Ed25519Signature {
	algorithm: typeof ED25519_ALGORITHM;
	key_id: string;
	value: string; // base64url, no padding
}

export interface PublishedJwk extends Ed25519PublicJwk {
	kid: string;
	alg: "EdDSA";
	use: "sig";
}

export type Ed25519Check = { valid: true } | { valid: false; reason: string };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Reads the key ring from the Worker's secrets; fails loudly when it is misconfigured rather than signing badly. */
export function parseEd25519KeyRing(keysJson: string | undefined, activeKeyId: string | undefined): Ed25519KeyRing {
	if (!keysJson || !activeKeyId) throw new Error("ED25519_SIGNING_KEYS and ED25519_ACTIVE_KEY_ID must be set");
	const parsed: unknown = JSON.parse(keysJson);
	if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
		throw new Error("ED25519_SIGNING_KEYS must be a JSON object");
	const keys = new Map<string, Ed25519PrivateJwk>();
	for (const [id, jwk] of Object.entries(parsed as Record<string, unknown>)) {
		const k = jwk as Partial<Ed25519PrivateJwk> | null;
		if (
			typeof k !== "object" ||
			k === null ||
			k.kty !== "OKP" ||
			k.crv !== "Ed25519" ||
			typeof k.d !== "string" ||
			typeof k.x !== "string" ||
			!BASE64URL.test(k.d) ||
			!BASE64URL.test(k.x)
		)
			throw new Error(`Ed25519 key ${id} must be a private JWK {kty:"OKP",crv:"Ed25519",d,x}`);
		keys.set(id, { kty: "OKP", crv: "Ed25519", d: k.d, x: k.x });
	}
	if (!keys.has(activeKeyId)) throw new Error(`ED25519_ACTIVE_KEY_ID ${activeKeyId} is not in ED25519_SIGNING_KEYS`);
	return { activeKeyId, keys };
}

export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let binary = "";
	for (const byte of view) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(text: string): Uint8Array {
	const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
	const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}

// Imported private keys, per ring: importing is async, parsing the ring is not.
const privateKeys = new WeakMap<Ed25519PrivateJwk, Promise<CryptoKey>>();

function importPrivate(jwk: Ed25519PrivateJwk): Promise<CryptoKey> {
	let key = privateKeys.get(jwk);
	if (!key) {
		key = crypto.subtle.importKey("jwk", { ...jwk }, { name: ED25519_ALGORITHM }, false, [
			"sign",
		]) as Promise<CryptoKey>;
		privateKeys.set(jwk, key);
	}
	return key;
}

/** Signs the RFC 8785 canonical JSON of `signed`: a certificate's record, or a whole evidence bundle. */
export async function signEd25519(signed: object, ring: Ed25519KeyRing): Promise<Ed25519Signature> {
	const jwk = ring.keys.get(ring.activeKeyId) as Ed25519PrivateJwk;
	const signature = await crypto.subtle.sign(
		ED25519_ALGORITHM,
		await importPrivate(jwk),
		new TextEncoder().encode(canonicalJson(signed)),
	);
	return { algorithm: ED25519_ALGORITHM, key_id: ring.activeKeyId, value: toBase64Url(signature) };
}

/** Verifies with a public key only, exactly as an outside party holding the published JWK would. */
export async function verifyEd25519(
	signed: object,
	signature: { value: string },
	publicJwk: Ed25519PublicJwk,
): Promise<Ed25519Check> {
	// One character over a multiple of four is no base64 at all (atob throws on it): refuse it like any other.
	if (!BASE64URL.test(signature.value) || signature.value.length % 4 === 1) {
		return { valid: false, reason: "signature is not base64url" };
	}
	const bytes = fromBase64Url(signature.value);
	if (bytes.length !== 64) return { valid: false, reason: "signature is not 64 bytes" };
	let key: CryptoKey;
	try {
		key = (await crypto.subtle.importKey(
			"jwk",
			{ kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x },
			{ name: ED25519_ALGORITHM },
			false,
			["verify"],
		)) as CryptoKey;
	} catch {
		return { valid: false, reason: "public key is not a valid Ed25519 JWK" };
	}
	const ok = await crypto.subtle.verify(ED25519_ALGORITHM, key, bytes, new TextEncoder().encode(canonicalJson(signed)));
	return ok ? { valid: true } : { valid: false, reason: "signature does not match the record" };
}

/** The public half of one key in the ring, or undefined when the id is unknown. */
export function publicJwk(ring: Ed25519KeyRing, keyId: string): Ed25519PublicJwk | undefined {
	const jwk = ring.keys.get(keyId);
	return jwk ? { kty: "OKP", crv: "Ed25519", x: jwk.x } : undefined;
}

/** Every public key in the ring as JWK set entries (old keys stay so old certificates keep verifying). */
export function publicJwks(ring: Ed25519KeyRing): PublishedJwk[] {
	return [...ring.keys.entries()].map(([kid, jwk]) => ({
		kty: "OKP",
		crv: "Ed25519",
		x: jwk.x,
		kid,
		alg: "EdDSA",
		use: "sig",
	}));
}
