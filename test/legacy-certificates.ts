// Certificates as earlier releases stored them, written straight into D1 for tests of what must keep working on them.
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { firstEventsInserts } from "../src/audit/append";
import { signCertificate } from "../src/certificates/capture";
import { hashLeadContact, type LeadContact } from "../src/certificates/record";
import { createDb } from "../src/db/client";
import { afterReferenceCopies } from "../src/db/reference-copies";
import { certificates, companies, properties } from "../src/db/schema";
import { newCertificateId } from "../src/db/shards";
import { sha256Hex } from "../src/lib/crypto";
import { HMAC_ALGORITHM } from "../src/signing/hmac";
import { type Actor, SAMPLE_CONSENT } from "./helpers";
import { certificateDb } from "./shard-databases";

/**
 * A certificate as the release before salted leads stored it: the plain SHA-256 of each normalised value in the
 * record and its signatures, no salts. Stored the way capture stores one (the certificate with its created and signed
 * events in one batch, with copies of its publisher and property), so its chain and log entries are ordinary.
 */
export async function capturedBeforeSaltedLeads(publisher: Actor, propertyId: string, lead: LeadContact) {
	const directory = createDb(env.DB);
	const [company] = await directory.select().from(companies).where(eq(companies.id, publisher.company.id));
	const [property] = await directory.select().from(properties).where(eq(properties.id, propertyId));
	const id = newCertificateId(env);
	const createdAt = new Date().toISOString();
	const row = await signCertificate(env, {
		id,
		companyId: publisher.company.id,
		propertyId,
		consentText: SAMPLE_CONSENT,
		pageUrl: "https://forms.leadgen.example/quote",
		consentCapturedAt: createdAt,
		consumerIp: "203.0.113.7",
		consumerUserAgent: "Mozilla/5.0 (test)",
		geoCountry: "US",
		geoState: "FL",
		geoCity: null,
		recordingUrl: null,
		...(await hashLeadContact(lead)),
		leadEmailCommitment: null,
		leadPhoneCommitment: null,
		leadSalts: null,
		createdAt,
		source: "asserted",
		witness: null,
	});
	const db = certificateDb(id);
	const who = { actorCompanyId: publisher.company.id, actorUserId: null, ip: null, createdAt };
	const events = await firstEventsInserts(db, id, [
		{ ...who, eventType: "created", details: { publisher_company_id: row.companyId, property_id: propertyId } },
		{
			...who,
			eventType: "signed",
			details: {
				algorithm: HMAC_ALGORITHM,
				key_id: row.hmacKeyId,
				signature_sha256: await sha256Hex(row.hmacSignature),
				ed25519_key_id: row.ed25519KeyId,
				ed25519_signature_sha256: await sha256Hex(row.ed25519Signature as string),
			},
		},
	]);
	await db.batch(
		afterReferenceCopies(db, { companies: [company!], properties: [property!] }, [
			db.insert(certificates).values(row),
			...events,
		]),
	);
	return id;
}
