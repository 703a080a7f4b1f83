import { and, count, desc, eq, gt, ne, or, type SQL, sql } from "drizzle-orm";
import { type AuditRow, appendAfterRead, chainEventsQuery } from "../audit/append";
import { authenticate } from "../auth/authenticate";
import { toConsentRecord } from "../certificates/record";
import { prefixedColumns } from "../db/client";
import { certificates, claims, claimTokens, companies, properties } from "../db/schema";
import { isoNow } from "../lib/clock";
import { notFound } from "../lib/errors";
import { clientIp, createRouter } from "../lib/http";
import { offsetOf } from "../lib/pagination";
import { claimCertificate } from "../sharing/claim";
import { verifyHmac } from "../signing/hmac";
import { hmacKeyRing } from "../signing/keys";
import * as routes from "./partner-certificates.routes";

const toAuditJson = (e: AuditRow) => ({
	seq: e.seq,
	event_type: e.eventType,
	actor_company_id: e.actorCompanyId,
	actor_user_id: e.actorUserId,
	ip: e.ip,
	details: JSON.parse(e.details) as Record<string, unknown>,
	created_at: e.createdAt,
	prev_hash: e.prevHash,
	hash: e.hash,
});

export const partnerCertificatesRouter = createRouter()
	.openapi(routes.listInbox, async (c) => {
		const query = c.req.valid("query");
		const at = isoNow();
		const { results } = await authenticate(c, (company) => {
			// Pending shares that expired can no longer be claimed, so they leave the inbox.
			const visible = or(ne(claims.status, "pending"), gt(claimTokens.expiresAt, at));
			const where: SQL | undefined = and(
				eq(claims.buyerCompanyId, company),
				visible,
				query.status ? eq(claims.status, query.status) : undefined,
			);
			return [
				c.var.db
					.select({
						claim: prefixedColumns(claims, "claim"),
						token: prefixedColumns(claimTokens, "token"),
						publisherName: companies.name,
						propertyDomain: properties.domain,
						consentCapturedAt: certificates.consentCapturedAt,
						recordingUrl: certificates.recordingUrl,
					})
					.from(claims)
					.innerJoin(claimTokens, eq(claimTokens.id, claims.claimTokenId))
					.innerJoin(certificates, eq(certificates.id, claims.certificateId))
					.innerJoin(properties, eq(properties.id, certificates.propertyId))
					.innerJoin(companies, eq(companies.id, claimTokens.publisherCompanyId))
					.where(where)
					.orderBy(desc(claims.createdAt), desc(claims.id))
					.limit(query.limit)
					.offset(offsetOf(query)),
				c.var.db
					.select({ total: count() })
					.from(claims)
					.innerJoin(claimTokens, eq(claimTokens.id, claims.claimTokenId))
					.where(where),
			];
		});
		const [rows, [totals]] = results;
		const data = rows.map((r) => {
			const compliance = r.claim.compliance as {
				score: number;
				status: string;
				grade: string;
				missing: string[];
			} | null;
			return {
				claim_id: r.claim.id,
				certificate_id: r.claim.certificateId,
				status: r.claim.status,
				access_level: r.token.accessLevel,
				publisher_company_id: r.token.publisherCompanyId,
				publisher_name: r.publisherName,
				property_domain: r.propertyDomain,
				consent_captured_at: r.consentCapturedAt,
				has_recording: r.recordingUrl !== null,
				shared_at: r.token.createdAt,
				expires_at: r.token.expiresAt,
				claimed_at: r.claim.claimedAt,
				compliance: compliance
					? { score: compliance.score, status: compliance.status, grade: compliance.grade, missing: compliance.missing }
					: null,
			};
		});
		return c.json({ data, page: query.page, limit: query.limit, total: totals?.total ?? 0 }, 200);
	})
	.openapi(routes.claimFromInbox, async (c) => {
		return c.json(await claimCertificate(c, { claimId: c.req.valid("param").claimId }), 200);
	})
	.openapi(routes.getEvidence, async (c) => {
		const db = c.var.db;
		const claimId = c.req.valid("param").claimId;
		const { caller, results } = await authenticate(c, (company) => [
			db
				.select({
					claim: prefixedColumns(claims, "claim"),
					token: prefixedColumns(claimTokens, "token"),
					certificate: prefixedColumns(certificates, "certificate"),
					publisherName: companies.name,
					propertyDomain: properties.domain,
				})
				.from(claims)
				.innerJoin(claimTokens, eq(claimTokens.id, claims.claimTokenId))
				.innerJoin(certificates, eq(certificates.id, claims.certificateId))
				.innerJoin(properties, eq(properties.id, certificates.propertyId))
				.innerJoin(companies, eq(companies.id, certificates.companyId))
				.where(and(eq(claims.id, claimId), eq(claims.buyerCompanyId, company), ne(claims.status, "pending"))),
			chainEventsQuery(db, sql`(select certificate_id from ${claims} where id = ${claimId})`),
		]);
		const [found, events] = results;
		const row = found[0];
		if (!row) throw notFound("Claimed certificate");
		const { claim, token, certificate } = row;

		// Record the read before answering: evidence is never shown without leaving a trace.
		const [trail] = (await appendAfterRead(
			db,
			certificate.id,
			events,
			{
				eventType: "accessed_evidence",
				actorCompanyId: caller.companyId,
				actorUserId: caller.userId,
				ip: clientIp(c),
				createdAt: isoNow(),
				details: { claim_id: claim.id, accessor_company_id: caller.companyId, accessor_user_id: caller.userId },
			},
			[chainEventsQuery(db, certificate.id)],
		)) as [AuditRow[]];

		const hmac = await verifyHmac(
			toConsentRecord(certificate),
			{ key_id: certificate.hmacKeyId, value: certificate.hmacSignature },
			hmacKeyRing(c.env),
		);
		return c.json(
			{
				claim_id: claim.id,
				certificate_id: certificate.id,
				status: claim.status as "claimed" | "flagged" | "rejected",
				consent_text: certificate.consentText,
				page_url: certificate.pageUrl,
				publisher: { company_id: certificate.companyId, name: row.publisherName },
				property: { id: certificate.propertyId, domain: row.propertyDomain },
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
				session_replay_url: certificate.recordingUrl,
				signature: {
					algorithm: "HMAC-SHA256" as const,
					key_id: certificate.hmacKeyId,
					value: certificate.hmacSignature,
					verified: hmac.valid,
					...(hmac.valid ? {} : { verification_error: hmac.reason }),
				},
				compliance: claim.compliance,
				audit_trail: trail.map(toAuditJson),
			},
			200,
		);
	});
