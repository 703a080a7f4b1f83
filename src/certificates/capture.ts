// Capturing a certificate: validate the property, build the consent record, sign it, and write the certificate
// with its `created` and `signed` audit events in one atomic D1 batch, with the auto-share it owes its property's
// partners when there are any (src/jobs/pending-auto-shares.ts).

import type { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { firstEventsInserts } from "../audit/append";
import { authenticate } from "../auth/authenticate";
import { readFreshOnMiss } from "../db/replica-reads";
import { certificates, partners, properties } from "../db/schema";
import { deriveUuid } from "../idempotency/retry-scope";
import type { JobMessage } from "../jobs/messages";
import { pendingAutoShareInsert } from "../jobs/pending-auto-shares";
import { isoNow, now } from "../lib/clock";
import { sha256Hex } from "../lib/crypto";
import { notFound } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { signEd25519 } from "../signing/ed25519";
import { HMAC_ALGORITHM, signHmac } from "../signing/hmac";
import { ed25519KeyRing, hmacKeyRing } from "../signing/keys";
import type { CaptureCertificateBody } from "./certificates.routes";
import { type CertificateRow, hashLeadContact, toConsentRecord } from "./record";

type CaptureInput = z.infer<typeof CaptureCertificateBody>;

export async function captureCertificate(c: AppContext, input: CaptureInput): Promise<CertificateRow> {
	const db = c.var.db;
	// A keyed capture's id is derived from its Idempotency-Key: a retry after a crash finds the certificate its dead
	// attempt stored and answers it, instead of capturing the consent a second time.
	const scope = c.var.retryScope;
	const id = `EC-${scope ? await deriveUuid(scope, "certificate-id", "") : crypto.randomUUID()}`;
	// From a replica near the publisher (the write goes to the primary anyway); a property it does not have yet is
	// looked for again at the primary.
	const { caller, results } = await readFreshOnMiss(
		c,
		() =>
			authenticate(c, (company) => ({
				ownedProperty: db
					.select({ id: properties.id })
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
				storedBefore: db
					.select()
					.from(certificates)
					.where(and(eq(certificates.id, scope ? id : ""), eq(certificates.companyId, company))),
			})),
		(read) => read.results.ownedProperty.length === 0,
	);
	const { ownedProperty, autoSharePartners, storedBefore } = results;
	if (storedBefore[0]) return storedBefore[0];
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
	const unsigned = {
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
		...(await hashLeadContact(input.lead)),
		createdAt,
		ed25519KeyId: null,
		ed25519Signature: null,
	};
	// Both signatures cover the same canonical record.
	const record = toConsentRecord({ ...unsigned, hmacKeyId: "", hmacSignature: "" });
	const [signature, ed25519] = await Promise.all([
		signHmac(record, hmacKeyRing(c.env)),
		signEd25519(record, ed25519KeyRing(c.env)),
	]);
	const row: CertificateRow = {
		...unsigned,
		hmacKeyId: signature.key_id,
		hmacSignature: signature.value,
		ed25519KeyId: ed25519.key_id,
		ed25519Signature: ed25519.value,
	};

	const actor = {
		actorCompanyId: caller.companyId,
		actorUserId: caller.userId,
		ip: clientIp(c),
		createdAt,
	};
	const firstEvents = await firstEventsInserts(db, row.id, [
		{
			...actor,
			eventType: "created",
			details: {
				publisher_company_id: row.companyId,
				property_id: row.propertyId,
			},
		},
		{
			...actor,
			eventType: "signed",
			details: {
				algorithm: HMAC_ALGORITHM,
				key_id: signature.key_id,
				signature_sha256: await sha256Hex(signature.value),
				ed25519_key_id: ed25519.key_id,
				ed25519_signature_sha256: await sha256Hex(ed25519.value),
			},
		},
	]);
	// A new certificate's chain cannot race anything: its first events go in with the certificate itself. So does
	// the auto-share it owes, so that a certificate stored is a certificate whose auto-share will happen.
	const autoShares = autoSharePartners.length > 0;
	await db.batch([
		db.insert(certificates).values(row),
		...firstEvents,
		...(autoShares ? [pendingAutoShareInsert(db, row.id, createdAt)] : []),
	]);

	if (autoShares) {
		const message: JobMessage = { type: "auto_share", certificate_id: row.id };
		try {
			await c.env.JOBS.send(message);
		} catch (error) {
			// The certificate is stored and its auto-share is recorded: the sweep sends it within minutes.
			console.error(`[${c.var.requestId}] queueing the auto-share of ${row.id} failed; the sweep will`, error);
		}
	}
	return row;
}

/** US state names or codes become the two-letter code the consent rules use; anything else is kept as given. */
function normaliseState(state: string): string {
	const trimmed = state.trim();
	return /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}
