import { setNoLeakHeaders, wantsHtml } from "../lib/html";
import { createRouter } from "../lib/http";
import * as routes from "./evidence.routes";
import { evidenceBundle, evidenceJson, readAccessLog, readEvidence } from "./read-evidence";
import { renderEvidenceError, renderEvidenceReport } from "./report-page";

export const evidenceRouter = createRouter()
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
