import { type Ed25519KeyRing, parseEd25519KeyRing } from "./ed25519";
import { type HmacKeyRing, parseHmacKeyRing } from "./hmac";

// Parsed once per isolate and per secret value, not on every request.
let cached: { source: string; ring: HmacKeyRing } | undefined;
let cachedEd25519: { source: string; ring: Ed25519KeyRing } | undefined;

export function hmacKeyRing(env: Cloudflare.Env): HmacKeyRing {
	const source = `${env.HMAC_ACTIVE_KEY_ID}\u0000${env.HMAC_SIGNING_KEYS}`;
	if (cached?.source !== source)
		cached = {
			source,
			ring: parseHmacKeyRing(env.HMAC_SIGNING_KEYS, env.HMAC_ACTIVE_KEY_ID),
		};
	return cached.ring;
}

export function ed25519KeyRing(env: Cloudflare.Env): Ed25519KeyRing {
	const source = `${env.ED25519_ACTIVE_KEY_ID}\u0000${env.ED25519_SIGNING_KEYS}`;
	if (cachedEd25519?.source !== source)
		cachedEd25519 = {
			source,
			ring: parseEd25519KeyRing(env.ED25519_SIGNING_KEYS, env.ED25519_ACTIVE_KEY_ID),
		};
	return cachedEd25519.ring;
}
