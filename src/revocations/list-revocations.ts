// The publisher's view of a certificate's revocations: each one, the companies its consent.revoked events went to
// (the shard's outbox holds one row per recipient, its id naming the revocation), and how each delivery to their
// endpoints went (the directory's deliveries). Two steps: the certificate's shard with authentication, then the
// directory for the deliveries of the events found.
import { and, asc, eq, gt, lt, or, sql } from "drizzle-orm";
import { authenticateBesideShard } from "../auth/authenticate";
import { chunkForParams } from "../db/client";
import { certificates, revocations, webhookDeliveries, webhookEvents } from "../db/schema";
import { ApiError } from "../lib/errors";
import type { AppContext } from "../lib/http";
import { eventIds } from "../webhooks/event-ids";
import { type RevocationRow, toRevocationJson } from "./revocations";

// Recipient company ids are lowercase hex, all below "~" (the last printable ASCII character).
const PAST_EVERY_RECIPIENT = "~";
const EVENT_PREFIX = eventIds.revoked("", "").slice(0, -1); // "evt_revoked_"

export async function listRevocations(c: AppContext, certificateId: string) {
	const { caller, results } = await authenticateBesideShard(c, c.var.shards.forCertificate(certificateId), (db) => ({
		certificate: db
			.select({ companyId: certificates.companyId })
			.from(certificates)
			.where(eq(certificates.id, certificateId)),
		revocations: db
			.select()
			.from(revocations)
			.where(eq(revocations.certificateId, certificateId))
			.orderBy(asc(revocations.createdAt), asc(revocations.id)),
		// Each revocation's events: the outbox's key range of its id, one index probe per revocation.
		events: db
			.select({
				revocationId: revocations.id,
				eventId: webhookEvents.eventId,
				companyId: webhookEvents.recipientCompanyId,
			})
			.from(revocations)
			.innerJoin(
				webhookEvents,
				and(
					gt(webhookEvents.eventId, sql`${EVENT_PREFIX} || ${revocations.id} || '_'`),
					lt(webhookEvents.eventId, sql`${EVENT_PREFIX} || ${revocations.id} || ${`_${PAST_EVERY_RECIPIENT}`}`),
				),
			)
			.where(eq(revocations.certificateId, certificateId)),
	}));
	if (results.certificate[0]?.companyId !== caller.companyId) throw new ApiError("NOT_FOUND", "Certificate not found");
	const rows = results.revocations;
	const events = results.events;
	if (events.length === 0) return { data: rows.map((row) => withNotifications(row, [], [])) };

	// By company and time first: the deliveries' index for a company's events, where an event id alone has none.
	const createdAtOf = new Map(rows.map((row) => [row.id, row.createdAt]));
	const deliveries = (
		await Promise.all(
			chunkForParams(events, 3).map((chunk) =>
				c.var.db
					.select({
						eventId: webhookDeliveries.eventId,
						endpointId: webhookDeliveries.endpointId,
						status: webhookDeliveries.status,
						attempts: webhookDeliveries.attempts,
						deliveredAt: webhookDeliveries.deliveredAt,
					})
					.from(webhookDeliveries)
					.where(
						or(
							...chunk.map((e) =>
								and(
									eq(webhookDeliveries.companyId, e.companyId),
									eq(webhookDeliveries.createdAt, createdAtOf.get(e.revocationId) ?? ""),
									eq(webhookDeliveries.eventId, e.eventId),
								),
							),
						),
					),
			),
		)
	).flat();
	return { data: rows.map((row) => withNotifications(row, events, deliveries)) };
}

function withNotifications(
	row: RevocationRow,
	events: readonly { revocationId: string; eventId: string; companyId: string }[],
	deliveries: readonly {
		eventId: string;
		endpointId: string;
		status: "pending" | "delivered" | "dead";
		attempts: number;
		deliveredAt: string | null;
	}[],
) {
	return {
		...toRevocationJson(row),
		notified: events
			.filter((e) => e.revocationId === row.id)
			.sort((a, b) => a.companyId.localeCompare(b.companyId))
			.map((e) => ({
				company_id: e.companyId,
				event_id: e.eventId,
				deliveries: deliveries
					.filter((d) => d.eventId === e.eventId)
					.map((d) => ({
						endpoint_id: d.endpointId,
						status: d.status,
						attempts: d.attempts,
						delivered_at: d.deliveredAt,
					})),
			})),
	};
}
