import { and, count, desc, eq, gt, ne, or, type SQL } from "drizzle-orm";
import { authenticate } from "../auth/authenticate";
import { prefixedColumns } from "../db/client";
import { certificates, claims, claimTokens, companies, properties } from "../db/schema";
import { evidenceBundle, evidenceJson, readAccessLog, readEvidence } from "../evidence/read-evidence";
import { renderEvidenceError, renderEvidenceReport } from "../evidence/report-page";
import { isoNow } from "../lib/clock";
import { setNoLeakHeaders, wantsHtml } from "../lib/html";
import { createRouter } from "../lib/http";
import { offsetOf } from "../lib/pagination";
import { claimCertificate } from "../sharing/claim";
import * as routes from "./partner-certificates.routes";

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
			return {
				rows: c.var.db
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
				totals: c.var.db
					.select({ total: count() })
					.from(claims)
					.innerJoin(claimTokens, eq(claimTokens.id, claims.claimTokenId))
					.where(where),
			};
		});
		const {
			rows,
			totals: [totals],
		} = results;
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
		const claimId = c.req.valid("param").claimId;
		const format = c.req.valid("query").format ?? (wantsHtml(c) ? "html" : "json");
		setNoLeakHeaders(c);
		if (format === "json") return c.json(evidenceJson(c, await readEvidence(c, claimId, format)), 200);
		if (format === "bundle") {
			const bundle = await evidenceBundle(c, await readEvidence(c, claimId, format));
			const name = `evidence-${bundle.certificate.certificate_id}-claim-${bundle.claim.claim_id}.json`;
			c.header("Content-Disposition", `attachment; filename="${name}"`);
			return c.json(bundle, 200);
		}
		try {
			return renderEvidenceReport(c, await evidenceBundle(c, await readEvidence(c, claimId, format)));
		} catch (error) {
			return renderEvidenceError(c, error);
		}
	})
	.openapi(routes.getAccessLog, async (c) => {
		setNoLeakHeaders(c);
		return c.json(await readAccessLog(c, c.req.valid("param").claimId), 200);
	});
