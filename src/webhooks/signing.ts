// Signing deliveries the Standard Webhooks way (https://www.standardwebhooks.com): the headers webhook-id,
// webhook-timestamp (Unix seconds) and webhook-signature, "v1," + base64 HMAC-SHA256 of "id.timestamp.body" keyed by
// the secret's bytes (the base64 after "whsec_"). Several signatures are space-separated: during a rotation both the
// new and the previous secret sign, so receivers may switch at their own pace. No Hono, no storage.
import { fromBase64, toBase64 } from "../lib/crypto";

export const SECRET_PREFIX = "whsec_";
const encoder = new TextEncoder();

const WEBHOOK_SECRET_BYTES = 32;

/** A new signing secret: "whsec_" + base64 of 32 random bytes (or of the bytes given, derived for a keyed request). */
export function newWebhookSecret(
	bytes: Uint8Array = crypto.getRandomValues(new Uint8Array(WEBHOOK_SECRET_BYTES)),
): string {
	return `${SECRET_PREFIX}${toBase64(bytes)}`;
}

function secretBytes(secret: string): Uint8Array {
	if (!secret.startsWith(SECRET_PREFIX)) throw new Error("a webhook secret starts with whsec_");
	return fromBase64(secret.slice(SECRET_PREFIX.length));
}

/** One "v1,<base64>" signature of a message. */
export async function signMessage(secret: string, id: string, timestamp: number, body: string): Promise<string> {
	const key = await crypto.subtle.importKey("raw", secretBytes(secret), { name: "HMAC", hash: "SHA-256" }, false, [
		"sign",
	]);
	const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${id}.${timestamp}.${body}`));
	return `v1,${toBase64(mac)}`;
}

/** The three headers of a delivery, signed by every secret given (the current one first). */
export async function webhookHeaders(
	secrets: readonly string[],
	id: string,
	at: Date,
	body: string,
): Promise<Record<string, string>> {
	const timestamp = Math.floor(at.getTime() / 1000);
	const signatures = await Promise.all(secrets.map((secret) => signMessage(secret, id, timestamp, body)));
	return {
		"content-type": "application/json",
		"webhook-id": id,
		"webhook-timestamp": String(timestamp),
		"webhook-signature": signatures.join(" "),
	};
}
