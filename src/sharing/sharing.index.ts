import { and, eq, inArray } from "drizzle-orm";
import { chainHeadsQueries, headHints } from "../audit/append";
import { authenticate } from "../auth/authenticate";
import type { LeadContact } from "../certificates/record";
import { chunkForParams } from "../db/client";
import { readFreshOnMiss } from "../db/replica-reads";
import { certificates, claims, claimTokens, companies, partners, properties } from "../db/schema";
import { now } from "../lib/clock";
import { ApiError } from "../lib/errors";
import { setNoLeakHeaders } from "../lib/html";
import { type AppContext, clientIp, createRouter, publicOrigin } from "../lib/http";
import { enforceRateLimit } from "../lib/rate-limit";
import { verifyTokens } from "./batch-verify";
import { claimCertificate, claimCertificates } from "./claim";
import { renderClaimError, renderClaimPage, renderClaimResult, wantsHtml } from "./claim-page";
import { type MadeShare, makeShares } from "./shares";
import * as routes from "./sharing.routes";
import { claimUrl, hashClaimToken, isWellFormedClaimToken } from "./tokens";

/**
 * Shares certificates the caller publishes. One round trip reads (with authentication) the certificates, the
 * target company, the target's partnerships on those properties and the audit heads; one batch writes.
 */
async function shareCertificates(c: AppContext, certificateIds: string[], targetCompanyId: string | undefined) {
	const db = c.var.db;
	const ids = [...new Set(certificateIds)];
	// From a replica near the publisher; certificates (or a target company) it does not have yet are looked for again
	// at the primary.
	const { caller, results } = await readFreshOnMiss(
		c,
		() =>
			authenticate(c, () => ({
				targetRows: db
					.select({ id: companies.id })
					.from(companies)
					.where(eq(companies.id, targetCompanyId ?? "")),
				found: chunkForParams(ids, 1).map((chunk) =>
					db
						.select({ id: certificates.id, companyId: certificates.companyId, propertyId: certificates.propertyId })
						.from(certificates)
						.where(inArray(certificates.id, chunk)),
				),
				// Read-only partners get tokens that can be viewed but not claimed.
				readOnlyPartnerships: db
					.select({ propertyId: partners.propertyId })
					.from(partners)
					.where(
						and(
							eq(partners.partnerCompanyId, targetCompanyId ?? ""),
							eq(partners.status, "active"),
							eq(partners.accessLevel, "read"),
						),
					),
				heads: chainHeadsQueries(db, ids),
			})),
		({ results: read }) =>
			(targetCompanyId !== undefined && read.targetRows.length === 0) || read.found.length < ids.length,
	);
	const { targetRows, found } = results;
	const readOnlyProperties = new Set(results.readOnlyPartnerships.map((p) => p.propertyId));
	const hints = headHints(ids, results.heads);

	const owned = new Map(found.filter((f) => f.companyId === caller.companyId).map((f) => [f.id, f]));
	const notOwned = ids.filter((id) => !owned.has(id));
	if (notOwned.length > 0) {
		throw new ApiError("NOT_FOUND", `Certificate${notOwned.length > 1 ? "s" : ""} not found: ${notOwned.join(", ")}`, {
			details: { certificate_ids: notOwned },
		});
	}
	if (targetCompanyId === caller.companyId) {
		throw new ApiError("VALIDATION_FAILED", "A company cannot share with itself", {
			fields: [{ field: "target_company_id", message: "must be another company" }],
		});
	}
	if (targetCompanyId && !targetRows[0]) throw new ApiError("NOT_FOUND", "Target company not found");

	const { made, unconfirmed } = await makeShares(
		c.env,
		c.var.ledgerUsage,
		db,
		certificateIds.map((id) => ({
			certificateId: id,
			publisherCompanyId: caller.companyId,
			targetCompanyId: targetCompanyId ?? null,
			accessLevel: readOnlyProperties.has(owned.get(id)?.propertyId ?? "") ? "read" : "claim",
			autoSharePartnerId: null,
		})),
		{ companyId: caller.companyId, userId: caller.userId, ip: clientIp(c) },
		hints,
		now(),
	);
	const shared = made.map((share: MadeShare) => ({
		certificate_id: share.certificateId,
		claim_token: share.token,
		claim_url: claimUrl(publicOrigin(c), share.token),
		expires_at: share.expiresAt,
	}));
	if (unconfirmed.length > 0) {
		// Each certificate is written on its own, so some may have landed: hand their tokens over now, since only
		// their hashes are stored and they could never be shown again.
		throw new ApiError(
			"SERVICE_UNAVAILABLE",
			`${unconfirmed.length} of ${ids.length} certificates could not be shared right now; the others were`,
			{
				headers: { "Retry-After": "2" },
				details: { shared, not_shared: unconfirmed.map((u) => u.certificateId) },
			},
		);
	}
	return shared;
}

export const sharingRouter = createRouter()
	.openapi(routes.shareCertificate, async (c) => {
		const { target_company_id } = c.req.valid("json");
		const [share] = await shareCertificates(c, [c.req.valid("param").certificateId], target_company_id);
		if (!share) throw new Error("share was not made");
		const { certificate_id: _, ...body } = share;
		return c.json(body, 201);
	})
	.openapi(routes.batchShare, async (c) => {
		const { certificate_ids, target_company_id } = c.req.valid("json");
		return c.json({ data: await shareCertificates(c, certificate_ids, target_company_id) }, 201);
	})
	.openapi(routes.claimSummary, async (c) => {
		setNoLeakHeaders(c);
		await enforceRateLimit(c.env.CLAIM_SUMMARY_LIMITER, clientIp(c) ?? "unknown");
		const { token } = c.req.valid("param");
		const row = isWellFormedClaimToken(token)
			? (
					await c.var.db
						.select({
							certificateId: certificates.id,
							publisherName: companies.name,
							propertyDomain: properties.domain,
							consentCapturedAt: certificates.consentCapturedAt,
							recordingUrl: certificates.recordingUrl,
							expiresAt: claimTokens.expiresAt,
							claimStatus: claims.status,
						})
						.from(claimTokens)
						.innerJoin(certificates, eq(certificates.id, claimTokens.certificateId))
						.innerJoin(properties, eq(properties.id, certificates.propertyId))
						.innerJoin(companies, eq(companies.id, claimTokens.publisherCompanyId))
						.leftJoin(claims, eq(claims.claimTokenId, claimTokens.id))
						.where(eq(claimTokens.tokenHash, await hashClaimToken(token)))
				)[0]
			: undefined;
		if (!row) throw new ApiError("NOT_FOUND", "Claim token not found");
		const summary = {
			certificate_id: row.certificateId,
			publisher_name: row.publisherName,
			property_domain: row.propertyDomain,
			consent_captured_at: row.consentCapturedAt,
			has_recording: row.recordingUrl !== null,
			status:
				row.claimStatus && row.claimStatus !== "pending"
					? ("claimed" as const)
					: new Date(row.expiresAt).getTime() <= now().getTime()
						? ("expired" as const)
						: ("pending" as const),
			expires_at: row.expiresAt,
		};
		if (wantsHtml(c)) return renderClaimPage(c, token, summary);
		return c.json(summary, 200);
	})
	.openapi(routes.claimByToken, async (c) => {
		const { token } = c.req.valid("param");
		// The body is optional (a browser's Claim button sends none); when sent it may name the lead.
		const lead = (c.req.valid("json") as { lead?: LeadContact } | undefined)?.lead;
		if (!wantsHtml(c)) return c.json(await claimCertificate(c, { token }, lead), 200);
		try {
			return renderClaimResult(c, await claimCertificate(c, { token }, lead));
		} catch (error) {
			return renderClaimError(c, token, error);
		}
	})
	.openapi(routes.batchClaim, async (c) => {
		const { claims } = c.req.valid("json");
		return c.json({ results: await claimCertificates(c, claims) }, 200);
	})
	.openapi(routes.batchVerify, async (c) => {
		const { items } = c.req.valid("json");
		return c.json({ results: await verifyTokens(c, items) }, 200);
	});
