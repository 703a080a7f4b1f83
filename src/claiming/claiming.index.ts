import type { LeadContact } from "../certificates/record";
import { INBOX_PATH } from "../inbox/inbox-page";
import { now } from "../lib/clock";
import { ApiError } from "../lib/errors";
import { renderErrorPage, setNoLeakHeaders } from "../lib/html";
import { clientIp, createRouter } from "../lib/http";
import { enforceRateLimit } from "../lib/rate-limit";
import { verifyTokens } from "./batch-verify";
import { claimCertificate, claimCertificates } from "./claim";
import { renderClaimError, renderClaimPage, renderClaimResult, wantsHtml } from "./claim-page";
import { readClaimContext, toClaimSummary } from "./claim-summary";
import * as routes from "./claiming.routes";

export const claimingRouter = createRouter()
	.openapi(routes.claimSummary, async (c) => {
		setNoLeakHeaders(c);
		await enforceRateLimit(c.env.CLAIM_SUMMARY_LIMITER, clientIp(c) ?? "unknown");
		const { token } = c.req.valid("param");
		const context = await readClaimContext(c, token);
		if (!context) throw new ApiError("NOT_FOUND", "Claim token not found");
		const summary = toClaimSummary(context, now());
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
	})
	.openapi(routes.claimFromInbox, async (c) => {
		const claimId = c.req.valid("param").claimId;
		if (!wantsHtml(c)) return c.json(await claimCertificate(c, { claimId }), 200);
		// The Claim button of the inbox page: the same result page as a claim link's.
		try {
			return renderClaimResult(c, await claimCertificate(c, { claimId }));
		} catch (error) {
			return renderErrorPage(c, error, "This certificate cannot be claimed", INBOX_PATH);
		}
	});
