// Capturing a certificate: validate the property, build the consent record, sign it, and write the certificate
// with its `created` and `signed` audit events in one atomic D1 batch, with the auto-share it owes its property's
// partners when there are any (src/jobs/pending-auto-shares.ts).

import type { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { firstEventsInserts } from "../audit/append";
import { authenticate } from "../auth/authenticate";
import { afterReferenceCopies } from "../db/reference-copies";
import { readFreshOnMiss } from "../db/replica-reads";
import { certificates, type companies, partners, properties } from "../db/schema";
import { newCertificateId } from "../db/shards";
import { deriveBytes } from "../idempotency/retry-scope";
import type { JobMessage } from "../jobs/messages";
import { pendingAutoShareInsert } from "../jobs/pending-auto-shares";
import { publisherLeadIndexInserts } from "../lead-lookup/lead-index";
import type { LeadDigests } from "../lead-lookup/lead-keys";
import { isoNow, now } from "../lib/clock";
import { sha256Hex } from "../lib/crypto";
import { notFound } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { dataKeyRing } from "../lib/sealed";
import { signEd25519 } from "../signing/ed25519";
import { HMAC_ALGORITHM, signHmac } from "../signing/hmac";
import { ed25519KeyRing, hmacKeyRing } from "../signing/keys";
import { pokeTransparencyLog } from "../transparency-log/log-client";
import type { CaptureCertificateBody } from "./certificates.routes";
import { commitLeadContact } from "./lead-commitments";
import { type CertificateRow, hashLeadContact, toConsentRecord } from "./record";

type CaptureInput = z.infer<typeof CaptureCertificateBody>;

export async function captureCertificate(c: AppContext, input: CaptureInput): Promise<CertificateRow> {
	const db = c.var.db;
	// A keyed capture's id is derived from its Idempotency-Key: a retry after a crash finds the certificate its dead
	// attempt stored and answers it, instead of capturing the consent a second time. The id names its shard.
	const scope = c.var.retryScope;
	const id = newCertificateId(c.env, scope ? await deriveBytes(scope, "certificate-id", "", 16) : undefined);
	const shard = c.var.shards.forCertificate(id).db;
	// From a replica near the publisher (the write goes to the primary anyway); a property it does not have yet is
	// looked for again at the primary. Only a keyed capture looks for what its dead attempt stored, on the shard.
	const [{ caller, results }, storedBefore] = await readFreshOnMiss(
		c,
		() =>
			Promise.all([
				authenticate(c, (company) => ({
					ownedProperty: db
						.select()
						.from(properties)
						.where(and(eq(properties.id, input.property_id), eq(properties.companyId, company))),
					autoSharePartners: db
						.select({ id: partners.id })
						.from(partners)
						.where(
							and(
								eq(partners.propertyId, input.property_id),
								eq(partners.status, "active"),
								eq(partners.autoShare, true),
							),
						)
						.limit(1),
				})),
				scope ? shard.select().from(certificates).where(eq(certificates.id, id)) : Promise.resolve([]),
			]),
		([read]) => read.results.ownedProperty.length === 0,
	);
	const { ownedProperty, autoSharePartners } = results;
	// A derived id is the caller's own: another company's certificate cannot have it.
	if (storedBefore[0]?.companyId === caller.companyId) return storedBefore[0];
	if (!ownedProperty[0]) throw notFound("Property");

	const createdAt = isoNow();
	// Within the years the service could have captured it (src/lib/client-times.ts), checked with the request.
	const capturedAt = input.consent_captured_at ? new Date(input.consent_captured_at) : now();

	const requestGeo = c.req.raw.cf as { country?: string; regionCode?: string; city?: string } | undefined;
	const geo = input.geo ?? {
		country: requestGeo?.country,
		state: requestGeo?.regionCode,
		city: requestGeo?.city,
	};
	const lead = await hashLeadContact(input.lead);
	const row = await signCertificate(c.env, {
		id,
		companyId: caller.companyId,
		propertyId: input.property_id,
		consentText: input.consent_text,
		pageUrl: input.page_url,
		consentCapturedAt: capturedAt.toISOString(),
		consumerIp: input.consumer?.ip ?? null,
		consumerUserAgent: input.consumer?.user_agent ?? null,
		geoCountry: geo.country?.toUpperCase() ?? null,
		geoState: geo.state ? normaliseState(geo.state) : null,
		geoCity: geo.city ?? null,
		recordingUrl: input.recording_url ?? null,
		...(await commitLeadContact(await dataKeyRing(c.env), id, input.lead)),
		createdAt,
		source: "asserted",
		witness: null,
	});
	await storeCertificate(c, row, {
		actorCompanyId: caller.companyId,
		actorUserId: caller.userId,
		ip: clientIp(c),
		createdAt,
		autoShare: autoSharePartners.length > 0,
		publisher: { id: caller.companyId, name: caller.companyName, createdAt: caller.companyCreatedAt },
		property: ownedProperty[0],
		lead,
	});
	return row;
}

type UnsignedCertificate = Omit<CertificateRow, "hmacKeyId" | "hmacSignature" | "ed25519KeyId" | "ed25519Signature">;

/** Signs a new certificate's record with both keys: the row as it will be stored. */
export async function signCertificate(env: Cloudflare.Env, unsigned: UnsignedCertificate): Promise<CertificateRow> {
	// Both signatures cover the same canonical record.
	const record = toConsentRecord({
		...unsigned,
		hmacKeyId: "",
		hmacSignature: "",
		ed25519KeyId: null,
		ed25519Signature: null,
	});
	const [signature, ed25519] = await Promise.all([
		signHmac(record, hmacKeyRing(env)),
		signEd25519(record, ed25519KeyRing(env)),
	]);
	return {
		...unsigned,
		hmacKeyId: signature.key_id,
		hmacSignature: signature.value,
		ed25519KeyId: ed25519.key_id,
		ed25519Signature: ed25519.value,
	};
}

/**
 * Stores a signed certificate with its `created` and `signed` audit events in one D1 batch, with the auto-share it
 * owes when its property has auto-share partners, and queues that auto-share. `extra` statements (a capture
 * session marked submitted) commit in the same batch.
 */
export async function storeCertificate(
	c: AppContext,
	row: CertificateRow,
	actor: {
		actorCompanyId: string;
		actorUserId: string | null;
		ip: string | null;
		createdAt: string;
		autoShare: boolean;
		/** The directory rows the certificate points at, copied to its shard (src/db/reference-copies.ts). */
		publisher: typeof companies.$inferSelect;
		property: typeof properties.$inferSelect;
		/** The lead values' hashes, as capture normalised them: what the publisher's lead index rows are made from. */
		lead: LeadDigests;
	},
	extra: BatchItem<"sqlite">[] = [],
): Promise<void> {
	const db = c.var.shards.forCertificate(row.id).db;
	const { autoShare, publisher, property, lead, ...who } = actor;
	const firstEvents = await firstEventsInserts(db, row.id, [
		{
			...who,
			eventType: "created",
			details: {
				publisher_company_id: row.companyId,
				property_id: row.propertyId,
				// Made by the capture script in the consumer's browser, not sent by the publisher's server.
				...(row.source === "witnessed" ? { source: "witnessed", witnessed_by: "capture script" } : {}),
			},
		},
		{
			...who,
			eventType: "signed",
			details: {
				algorithm: HMAC_ALGORITHM,
				key_id: row.hmacKeyId,
				signature_sha256: await sha256Hex(row.hmacSignature),
				ed25519_key_id: row.ed25519KeyId,
				ed25519_signature_sha256: row.ed25519Signature ? await sha256Hex(row.ed25519Signature) : null,
			},
		},
	]);
	// A new certificate's chain cannot race anything: its first events go in with the certificate itself. So does
	// the auto-share it owes, so that a certificate stored is a certificate whose auto-share will happen, and its
	// publisher's lead index rows, so that a certificate stored is one its publisher can look up by lead.
	await db.batch(
		afterReferenceCopies(db, { companies: [publisher], properties: [property] }, [
			db.insert(certificates).values(row),
			...(await publisherLeadIndexInserts(c.env, db, row, lead)),
			...firstEvents,
			...(autoShare ? [pendingAutoShareInsert(db, row.id, actor.createdAt)] : []),
			...extra,
		]),
	);
	c.executionCtx.waitUntil(pokeTransparencyLog(c.env));

	if (autoShare) {
		const message: JobMessage = { type: "auto_share", certificate_id: row.id };
		try {
			await c.env.JOBS.send(message);
		} catch (error) {
			// The certificate is stored and its auto-share is recorded: the sweep sends it within minutes.
			console.error(`[${c.var.requestId}] queueing the auto-share of ${row.id} failed; the sweep will`, error);
		}
	}
}

/** US state names or codes become the two-letter code the consent rules use; anything else is kept as given. */
export function normaliseState(state: string): string {
	const trimmed = state.trim();
	return /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}
