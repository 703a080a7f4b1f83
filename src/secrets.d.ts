// Worker secrets (set with `wrangler secret put`, `.dev.vars` locally, fixed test values in vitest.config.ts).
// `wrangler types` cannot see them, so they are declared here and merged into the generated Env.
declare namespace Cloudflare {
	interface Env {
		/** JSON object {keyId: secret}: every HMAC key that may have signed a certificate. */
		HMAC_SIGNING_KEYS: string;
		/** The key id in HMAC_SIGNING_KEYS that signs new certificates. */
		HMAC_ACTIVE_KEY_ID: string;
		/** JSON object {keyId: private JWK {kty:"OKP",crv:"Ed25519",d,x}}: every Ed25519 key that may have signed a certificate. */
		ED25519_SIGNING_KEYS: string;
		/** The key id in ED25519_SIGNING_KEYS that signs new certificates. */
		ED25519_ACTIVE_KEY_ID: string;
		/** JSON object {keyId: base64 of 32 random bytes}: AES-256-GCM keys for data sealed at rest (stored idempotent answers). */
		DATA_ENCRYPTION_KEYS: string;
		/** The key id in DATA_ENCRYPTION_KEYS that seals new data. */
		DATA_ENCRYPTION_ACTIVE_KEY_ID: string;
		/** JSON object {keyId: 32+ character secret}: every HMAC key lead index rows may have been made with (src/lead-lookup/). */
		LEAD_INDEX_KEYS: string;
		/** The key id in LEAD_INDEX_KEYS that makes new lead index rows. */
		LEAD_INDEX_ACTIVE_KEY_ID: string;
		/** The transparency log's note signer key, "PRIVATE+KEY+<origin>+<hash>+<key>" (src/transparency-log/log-key.ts). */
		TRANSPARENCY_LOG_SIGNING_KEY: string;
	}
}
