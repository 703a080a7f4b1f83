import { authenticate } from "../auth/authenticate";
import { evidenceBundle, evidenceJson, readAccessLog, readEvidence } from "../evidence/read-evidence";
import { renderEvidenceError, renderEvidenceReport } from "../evidence/report-page";
import { isoNow } from "../lib/clock";
import { setNoLeakHeaders, wantsHtml } from "../lib/html";
import { createRouter } from "../lib/http";
import { inboxAnswer, inboxReads, readInboxCursor } from "./inbox";
import * as routes from "./partner-certificates.routes";

export const partnerCertificatesRouter = createRouter()
	.openapi(routes.listInbox, async (c) => {
		const query = c.req.valid("query");
		const from = readInboxCursor(query);
		const at = isoNow();
		const { results } = await authenticate(c, (company) => inboxReads(c.var.db, company, query, from, at));
		return c.json(inboxAnswer(query, results.rows, results.totals), 200);
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
