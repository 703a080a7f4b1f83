// A certificate's revocations as its audit chain records them (`revoked` events, shown in full to the publisher and
// to every buyer that claimed it): what the evidence, the bundle and the report show, taken from the chain they
// verify rather than from a separate read. Pure.
import * as z from "zod";
import type { ChainLink } from "../audit/chain";
import { revocationChannels } from "./channels";

export const ChainRevocationSchema = z.object({
	revocation_id: z.string(),
	seq: z.number().int().describe("The `revoked` event's place on the audit chain"),
	channel: z.enum(revocationChannels),
	received_at: z.string(),
	honor_by: z.string(),
	recorded_by_company_id: z.string(),
	recorded_at: z.string(),
});

export type ChainRevocation = z.infer<typeof ChainRevocationSchema>;

const RevokedDetails = ChainRevocationSchema.pick({
	revocation_id: true,
	channel: true,
	received_at: true,
	honor_by: true,
	recorded_by_company_id: true,
});

/** The revocations the chain shows in full, in chain order; a `revoked` event whose details do not parse is left out. */
export function revocationsInChain(chain: readonly ChainLink[]): ChainRevocation[] {
	const found: ChainRevocation[] = [];
	for (const event of chain) {
		if (event.redacted || event.eventType !== "revoked") continue;
		let details: unknown;
		try {
			details = typeof event.details === "string" ? JSON.parse(event.details) : event.details;
		} catch {
			continue;
		}
		const parsed = RevokedDetails.safeParse(details);
		if (parsed.success) found.push({ ...parsed.data, seq: event.seq, recorded_at: event.createdAt });
	}
	return found;
}

/** When the consent was revoked: the earliest received_at among the revocations, or null. */
export const revokedAt = (revocations: readonly ChainRevocation[]): string | null =>
	revocations.reduce<string | null>(
		(earliest, r) => (earliest === null || r.received_at < earliest ? r.received_at : earliest),
		null,
	);
