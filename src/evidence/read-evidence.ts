// Reading a claimed certificate's evidence, in whichever form the buyer asks for. Every read is recorded on the
// certificate's access log.

import { and, eq, ne, sql } from "drizzle-orm";
import { queueAccessEvents } from "../access-log/access-events";
import { recordAccess } from "../access-log/record-access";
import { type AccessRow, accessEventsQuery, accessHeadQuery, chainEventsQuery } from "../audit/append";
import { type ChainLink, EMPTY_HEAD, type NewAuditEvent } from "../audit/chain";
import { authenticateBesideShard } from "../auth/authenticate";
import { sourceOf } from "../capture-sessions/witness-view";
import type { ComplianceResult } from "../compliance";
import { prefixedColumns } from "../db/client";
import { certificates, claims, claimTokens, companies, properties } from "../db/schema";
import { isoNow } from "../lib/clock";
import { notFound } from "../lib/errors";
import { type AppContext, clientIp, publicOrigin } from "../lib/http";
import { buyerReplayPath } from "../replay/replay-page";
import { revocationsInChain, revokedAt } from "../revocations/in-chain";
import { joinShare } from "../sharing/share-query";
import { ed25519KeyRing, hmacKeyRing } from "../signing/keys";
import { logIndexesQuery, readTransparency } from "../transparency-log/bundle-proofs";
import { type AccessLogSummary, checkAccessLogCommitments } from "../verification/access-log";
import { claimUnderTest, verifyCertificate } from "../verification/verify-certificate";
import { buildEvidenceBundle, type EvidenceBundle, toBundleEvent } from "./bundle";
import { partyView } from "./disclosure";

/** Stored details are canonical JSON; a row edited behind the database's back is shown as found, not hidden. */
function parseDetails(details: string): Record<string, unknown> {
	try {
		return JSON.parse(details) as Record<string, unknown>;
	} catch {
		return { unparseable_details: details };
	}
}

/** One place of the audit chain in the JSON form: as in the bundle, with details parsed. */
function toAuditJson(link: ChainLink) {
	const event = toBundleEvent(link);
	if ("redacted" in event) return event;
	const { certificate_id: _, details, ...rest } = event;
	return { ...rest, details: parseDetails(details) };
}

export type EvidenceFormat = "json" | "bundle" | "html";

/** The access-log event that records one read of a claim's evidence, in whichever form. */
function evidenceRead(
	c: AppContext,
	caller: { companyId: string; userId: string | null },
	claimId: number,
	format: EvidenceFormat | "access_log",
): NewAuditEvent {
	return {
		eventType: "accessed_evidence",
		actorCompanyId: caller.companyId,
		actorUserId: caller.userId,
		ip: clientIp(c),
		createdAt: isoNow(),
		details: { claim_id: claimId, accessor_company_id: caller.companyId, accessor_user_id: caller.userId, format },
	};
}

/**
 * Reads a claimed certificate's evidence for its buyer: one round trip to the claim's shard, which a replica near the
 * buyer may serve, reads the claim, certificate, audit chain and the access log's head, in parallel with
 * authentication on the directory; this read is recorded
 * as `accessed_evidence` on the access log through the access events queue, within seconds, and the answer does not
 * wait for it. Nothing is read back, and earlier reads are not in what is read: the cost and size of a read do not
 * grow with the reads before it. Everything is verified afresh.
 */
export async function readEvidence(c: AppContext, claimId: number, format: EvidenceFormat) {
	// The claim and everything about its certificate are on the claim's shard, read while the caller is
	// authenticated: the claim is this buyer's or it is the same 404 as no claim.
	const certificateOfClaim = sql`(select certificate_id from ${claims} where id = ${claimId})`;
	const { caller, results } = await authenticateBesideShard(c, c.var.shards.forClaim(claimId), (db) => ({
		found: joinShare(
			db
				.select({
					claim: prefixedColumns(claims, "claim"),
					token: prefixedColumns(claimTokens, "token"),
					certificate: prefixedColumns(certificates, "certificate"),
					publisherName: companies.name,
					propertyDomain: properties.domain,
				})
				.from(claimTokens)
				.$dynamic(),
		)
			.innerJoin(claims, eq(claims.claimTokenId, claimTokens.id))
			.where(and(eq(claims.id, claimId), ne(claims.status, "pending"))),
		trail: chainEventsQuery(db, certificateOfClaim),
		accessHead: accessHeadQuery(db, certificateOfClaim),
		logIndexes: logIndexesQuery(db, certificateOfClaim),
	}));
	const { found, trail, accessHead, logIndexes } = results;
	const row = found[0];
	if (!row || row.claim.buyerCompanyId !== caller.companyId) throw notFound("Claimed certificate");

	// Recorded on the access log within seconds, without the answer waiting for it (see src/access-log/access-events.ts).
	queueAccessEvents(c, [{ certificate: row.certificate, event: evidenceRead(c, caller, row.claim.id, format) }]);
	const head = accessHead[0];
	const verification = await verifyCertificate(
		row.certificate,
		trail,
		{ hmac: hmacKeyRing(c.env), ed25519: ed25519KeyRing(c.env) },
		claimUnderTest(row.claim),
		{ shares: [row.token], claims: [row.claim], scope: "own" },
	);
	// The log as this read found it (read together with the audit chain, so the two agree); this read comes after.
	const accessLog: AccessLogSummary = { events: head?.seq ?? EMPTY_HEAD.seq, head_hash: head?.hash ?? EMPTY_HEAD.hash };
	verification.checks.push(checkAccessLogCommitments(trail, accessLog));
	verification.valid = verification.checks.every((check) => check.valid);
	// Verified in full above; shown as this buyer may see it.
	const view = await partyView({ companyId: caller.companyId, role: "buyer" }, trail, "audit");
	return { ...row, view, accessLog, verification, logIndexes };
}

export type Evidence = Awaited<ReturnType<typeof readEvidence>>;

/**
 * The certificate's whole access log, for a buyer who wants to show every access (to check it offline, pass it to
 * the verifier with the bundle). Reading it is an access too, recorded before answering and included.
 */
export async function readAccessLog(c: AppContext, claimId: number) {
	const shard = c.var.shards.forClaim(claimId);
	const certificateOfClaim = sql`(select certificate_id from ${claims} where id = ${claimId})`;
	const { caller, results } = await authenticateBesideShard(c, shard, (db) => ({
		found: db
			.select({ id: certificates.id, companyId: certificates.companyId, buyerCompanyId: claims.buyerCompanyId })
			.from(claims)
			.innerJoin(certificates, eq(certificates.id, claims.certificateId))
			.where(and(eq(claims.id, claimId), ne(claims.status, "pending"))),
		accesses: accessEventsQuery(db, certificateOfClaim),
	}));
	const { found, accesses } = results;
	const claimed = found[0];
	if (!claimed || claimed.buyerCompanyId !== caller.companyId) throw notFound("Claimed certificate");
	const certificate = { id: claimed.id, companyId: claimed.companyId };
	const last = accesses.at(-1);
	const head = last && { seq: last.seq, hash: last.hash };
	const recorded = await recordAccess(c, certificate, head, evidenceRead(c, caller, claimId, "access_log"));
	let events: (AccessRow | typeof recorded)[] = [...accesses, recorded];
	if (recorded.seq !== (last?.seq ?? 0) + 1) {
		// Accesses recorded since the read above (from the access events queue) come between it and this one: read
		// the log again where the ledger just wrote, so the download is one unbroken chain.
		c.var.shards.moveToPrimary();
		events = await accessEventsQuery(shard.db, certificate.id);
	}
	const view = await partyView({ companyId: caller.companyId, role: "buyer" }, events, "access");
	return {
		format: "econsent-access-log" as const,
		version: 2 as const,
		certificate_id: certificate.id,
		claim_id: claimId,
		events: view.map(toBundleEvent),
	};
}

/**
 * A certificate's whole life for its publisher: both chains as the publisher may see them (buyers' compliance results
 * and accesses as commitments), in the bundle's event form so they verify offline. The read is recorded first.
 */
export async function readCertificateHistory(c: AppContext, certificateId: string) {
	const shard = c.var.shards.forCertificate(certificateId);
	const { caller, results } = await authenticateBesideShard(c, shard, (db) => ({
		found: db
			.select({ id: certificates.id, companyId: certificates.companyId })
			.from(certificates)
			.where(eq(certificates.id, certificateId)),
		trail: chainEventsQuery(db, certificateId),
		accesses: accessEventsQuery(db, certificateId),
	}));
	const { found, trail, accesses } = results;
	const certificate = found[0];
	if (!certificate || certificate.companyId !== caller.companyId) throw notFound("Certificate");
	const last = accesses.at(-1);
	const recorded = await recordAccess(c, certificate, last && { seq: last.seq, hash: last.hash }, {
		eventType: "accessed_evidence",
		actorCompanyId: caller.companyId,
		actorUserId: caller.userId,
		ip: clientIp(c),
		createdAt: isoNow(),
		details: { accessor_company_id: caller.companyId, accessor_user_id: caller.userId, format: "history" },
	});
	let accessLog: (AccessRow | typeof recorded)[] = [...accesses, recorded];
	if (recorded.seq !== (last?.seq ?? 0) + 1) {
		// As for a buyer's access log download: accesses queued since the read above come first, read them too.
		c.var.shards.moveToPrimary();
		accessLog = await accessEventsQuery(shard.db, certificate.id);
	}
	const viewer = { companyId: caller.companyId, role: "publisher" } as const;
	return {
		format: "econsent-certificate-history" as const,
		version: 1 as const,
		certificate_id: certificate.id,
		audit_chain: (await partyView(viewer, trail, "audit")).map(toBundleEvent),
		access_log: (await partyView(viewer, accessLog, "access", trail)).map(toBundleEvent),
	};
}

export const accessLogPath = (claimId: number) =>
	`/certificate-sharing/partner-certificates/${claimId}/evidence/access-log`;
const accessLogUrl = (c: AppContext, claimId: number) => `${publicOrigin(c)}${accessLogPath(claimId)}`;

export async function evidenceBundle(c: AppContext, evidence: Evidence): Promise<EvidenceBundle> {
	const { claim, token, certificate } = evidence;
	return buildEvidenceBundle({
		issuer: publicOrigin(c),
		generatedAt: isoNow(),
		claim: {
			claim_id: claim.id,
			claim_token_id: claim.claimTokenId,
			status: claim.status as EvidenceBundle["claim"]["status"],
			buyer_company_id: claim.buyerCompanyId,
			publisher_name: evidence.publisherName,
			property_domain: evidence.propertyDomain,
			shared_at: token.createdAt,
			claimed_at: claim.claimedAt,
			token_expires_at: token.expiresAt,
		},
		certificate,
		events: evidence.view,
		accessLog: { ...evidence.accessLog, url: accessLogUrl(c, claim.id) },
		compliance: claim.compliance as ComplianceResult | null,
		verification: evidence.verification,
		ed25519: ed25519KeyRing(c.env),
		transparency: await readTransparency(c.env, evidence.logIndexes, evidence.view),
	});
}

/** Whether and when the consumer revoked this consent, as the audit chain the buyer sees records it. */
function revocationFields(view: readonly ChainLink[]) {
	const revocations = revocationsInChain(view);
	return { revoked: revocations.length > 0, revoked_at: revokedAt(revocations), revocations };
}

/** The plain JSON form: the evidence as the buyer's systems read it, with the HMAC's verification of this moment. */
export function evidenceJson(c: AppContext, evidence: Evidence) {
	const { claim, token, certificate } = evidence;
	const hmac = evidence.verification.checks.find((check) => check.check === "hmac_signature");
	return {
		claim_id: claim.id,
		certificate_id: certificate.id,
		status: claim.status as "claimed" | "flagged" | "rejected",
		consent_text: certificate.consentText,
		page_url: certificate.pageUrl,
		publisher: { company_id: certificate.companyId, name: evidence.publisherName },
		property: { id: certificate.propertyId, domain: evidence.propertyDomain },
		timestamps: {
			consent_captured_at: certificate.consentCapturedAt,
			created_at: certificate.createdAt,
			shared_at: token.createdAt,
			claimed_at: claim.claimedAt ?? "",
			token_expires_at: token.expiresAt,
		},
		consumer: { ip: certificate.consumerIp, user_agent: certificate.consumerUserAgent },
		geo: { country: certificate.geoCountry, state: certificate.geoState, city: certificate.geoCity },
		lead: { email_sha256: certificate.leadEmailSha256, phone_sha256: certificate.leadPhoneSha256 },
		// A witnessed certificate's recording is ours, played on a page that checks it first; an asserted one's is
		// wherever the publisher said.
		session_replay_url:
			certificate.source === "witnessed" ? `${publicOrigin(c)}${buyerReplayPath(claim.id)}` : certificate.recordingUrl,
		source: sourceOf(certificate.source),
		witness: certificate.witness ?? null,
		signature: {
			algorithm: "HMAC-SHA256" as const,
			key_id: certificate.hmacKeyId,
			value: certificate.hmacSignature,
			verified: hmac?.valid === true,
			...(hmac?.valid ? {} : { verification_error: hmac?.detail }),
		},
		compliance: claim.compliance,
		...revocationFields(evidence.view),
		audit_trail: evidence.view.map(toAuditJson),
		access_log: { ...evidence.accessLog, url: accessLogUrl(c, claim.id) },
	};
}
