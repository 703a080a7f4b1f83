// An endpoint's signing secrets at rest: sealed with the data encryption keys (src/lib/sealed.ts), bound to the
// endpoint's id, so a copy of D1 neither reveals a secret nor lets one be moved to another endpoint.
import type { webhookEndpoints } from "../db/schema";
import { open, type SealingKeyRing, seal } from "../lib/sealed";

/** After a rotation the previous secret signs too, for this long, so receivers can switch without losing events. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 3_600_000;

const context = (endpointId: string, which: "current" | "previous") => `webhook_endpoints:${endpointId}:${which}`;

export const sealSecret = (ring: SealingKeyRing, endpointId: string, secret: string, which: "current" | "previous") =>
	seal(ring, secret, context(endpointId, which));

type EndpointSecrets = Pick<
	typeof webhookEndpoints.$inferSelect,
	"id" | "sealedSecret" | "sealedPreviousSecret" | "previousSecretExpiresAt"
>;

/** The secrets that sign a delivery made at `at`: the current one, and the previous one within its grace period. */
export async function signingSecrets(ring: SealingKeyRing, endpoint: EndpointSecrets, at: Date): Promise<string[]> {
	const secrets = [await open(ring, endpoint.sealedSecret, context(endpoint.id, "current"))];
	if (
		endpoint.sealedPreviousSecret &&
		endpoint.previousSecretExpiresAt &&
		Date.parse(endpoint.previousSecretExpiresAt) > at.getTime()
	) {
		secrets.push(await open(ring, endpoint.sealedPreviousSecret, context(endpoint.id, "previous")));
	}
	return secrets;
}
