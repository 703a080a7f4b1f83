import { type HmacKeyRing, parseHmacKeyRing } from "./hmac";

// Parsed once per isolate and per secret value, not on every request.
let cached: { source: string; ring: HmacKeyRing } | undefined;

export function hmacKeyRing(env: Cloudflare.Env): HmacKeyRing {
	const source = `${env.HMAC_ACTIVE_KEY_ID}\u0000${env.HMAC_SIGNING_KEYS}`;
	if (cached?.source !== source)
		cached = {
			source,
			ring: parseHmacKeyRing(env.HMAC_SIGNING_KEYS, env.HMAC_ACTIVE_KEY_ID),
		};
	return cached.ring;
}
