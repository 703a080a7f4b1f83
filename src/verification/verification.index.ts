import { and, eq, ne, sql } from "drizzle-orm";
import { queueAccessEvents } from "../access-log/access-events";
import { archiveLocatorQuery, certificateArchive } from "../archive/certificate-archive";
import { type AccessRow, type AuditRow, accessEventsQuery, chainEventsQuery } from "../audit/append";
import { authenticateBesideShard } from "../auth/authenticate";
import type { CertificateRow } from "../certificates/record";
import { prefixedColumns } from "../db/client";
import { certificates, claims, claimTokens } from "../db/schema";
import { isoNow } from "../lib/clock";
import { notFound } from "../lib/errors";
import { type AppContext, clientIp, createRouter } from "../lib/http";
import { ed25519KeyRing, hmacKeyRing } from "../signing/keys";
import { checkAccessLog } from "./access-log";
import type { SharesAndClaimsUnderTest } from "./claims-recorded";
import * as routes from "./verification.routes";
import { type ClaimUnderTest, claimUnderTest, type VerificationReport, verifyCertificate } from "./verify-certificate";

/** Verifies the audit chain and the access log as read; the verification is recorded on the access log within
 * seconds, through the access events queue, without the answer waiting for it. */
async function verifyAndRecord(
	c: AppContext,
	caller: { companyId: string; userId: string | null },
	certificate: CertificateRow,
	events: AuditRow[],
	accesses: AccessRow[],
	details: Record<string, unknown>,
	stored: { claim?: ClaimUnderTest; sharesAndClaims: SharesAndClaimsUnderTest },
): Promise<VerificationReport> {
	const report = await verifyCertificate(
		certificate,
		events,
		{ hmac: hmacKeyRing(c.env), ed25519: ed25519KeyRing(c.env) },
		stored.claim,
		stored.sharesAndClaims,
	);
	report.checks.push(await checkAccessLog(accesses, events));
	report.valid = report.checks.every((check) => check.valid);
	queueAccessEvents(c, [
		{
			certificate,
			event: {
				eventType: "verified",
				actorCompanyId: caller.companyId,
				actorUserId: caller.userId,
				ip: clientIp(c),
				createdAt: isoNow(),
				details: { ...details, valid: report.valid },
			},
		},
	]);
	return report;
}

export const verificationRouter = createRouter()
	.openapi(routes.verifyOwnCertificate, async (c) => {
		const id = c.req.valid("param").id;
		// The certificate's shard holds all of it, read while the caller is authenticated; another company's
		// certificate is the same 404 as none.
		const { caller, results } = await authenticateBesideShard(c, c.var.shards.forCertificate(id), (db) => ({
			found: db.select().from(certificates).where(eq(certificates.id, id)),
			events: chainEventsQuery(db, id),
			accesses: accessEventsQuery(db, id),
			archived: archiveLocatorQuery(db, id),
			// Every share and claim of the certificate, to hold against the chain (used only if it is the caller's).
			shares: db.select().from(claimTokens).where(eq(claimTokens.certificateId, id)),
			claims: db.select().from(claims).where(eq(claims.certificateId, id)),
		}));
		const { found, shares, claims: claimRows } = results;
		const certificate = found[0];
		if (!certificate || certificate.companyId !== caller.companyId) throw notFound("Certificate");
		const archive = await certificateArchive(c.env, results.archived);
		const events = archive.audit(results.events);
		const accesses = archive.access(results.accesses);
		return c.json(
			await verifyAndRecord(
				c,
				caller,
				certificate,
				events,
				accesses,
				{},
				{
					sharesAndClaims: { shares, claims: claimRows, scope: "certificate" },
				},
			),
			200,
		);
	})
	.openapi(routes.verifyClaimedCertificate, async (c) => {
		const claimId = c.req.valid("param").claimId;
		// As for the evidence: the claim's shard, read while the caller is authenticated; the claim is this buyer's
		// or the same 404 as none.
		const certificateOfClaim = sql`(select certificate_id from ${claims} where id = ${claimId})`;
		const { caller, results } = await authenticateBesideShard(c, c.var.shards.forClaim(claimId), (db) => ({
			found: db
				.select({
					certificate: prefixedColumns(certificates, "certificate"),
					claim: prefixedColumns(claims, "claim"),
					token: prefixedColumns(claimTokens, "token"),
				})
				.from(claims)
				.innerJoin(certificates, eq(certificates.id, claims.certificateId))
				.innerJoin(claimTokens, eq(claimTokens.id, claims.claimTokenId))
				.where(and(eq(claims.id, claimId), ne(claims.status, "pending"))),
			events: chainEventsQuery(db, certificateOfClaim),
			accesses: accessEventsQuery(db, certificateOfClaim),
			archived: archiveLocatorQuery(db, certificateOfClaim),
		}));
		const { found } = results;
		const row = found[0];
		if (!row || row.claim.buyerCompanyId !== caller.companyId) throw notFound("Claimed certificate");
		const archive = await certificateArchive(c.env, results.archived);
		const events = archive.audit(results.events);
		const accesses = archive.access(results.accesses);
		return c.json(
			await verifyAndRecord(
				c,
				caller,
				row.certificate,
				events,
				accesses,
				{ claim_id: claimId },
				{
					claim: claimUnderTest(row.claim),
					// The buyer's own share and claim only: what others did is not the buyer's to learn.
					sharesAndClaims: { shares: [row.token], claims: [row.claim], scope: "own" },
				},
			),
			200,
		);
	});
