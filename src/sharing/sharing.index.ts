import { CERTIFICATES_PATH, renderShareResult } from "../certificates/certificates-page";
import type { BatchItemResult } from "../lib/batch-items";
import { itemError, noteUnfinishedItems } from "../lib/batch-items";
import { renderErrorPage, wantsHtml } from "../lib/html";
import { createRouter } from "../lib/http";
import { type SharedToken, shareCertificates } from "./share-certificates";
import * as routes from "./sharing.routes";

export const sharingRouter = createRouter()
	.openapi(routes.shareCertificate, async (c) => {
		const certificateId = c.req.valid("param").certificateId;
		// The Share button's form carries no JSON: an open token.
		const target = (c.req.valid("json") as { target_company_id?: string } | undefined)?.target_company_id;
		const share = async () => {
			const [outcome] = await shareCertificates(c, [certificateId], target);
			if (!outcome) throw new Error("share was not made");
			if (!outcome.ok) throw outcome.error;
			const { certificate_id: _, ...body } = outcome.share;
			return body;
		};
		if (!wantsHtml(c)) return c.json(await share(), 201);
		try {
			return renderShareResult(c, certificateId, await share());
		} catch (error) {
			return renderErrorPage(c, error, "This certificate cannot be shared", CERTIFICATES_PATH);
		}
	})
	.openapi(routes.batchShare, async (c) => {
		const { certificate_ids, target_company_id } = c.req.valid("json");
		const outcomes = await shareCertificates(c, certificate_ids, target_company_id);
		const results = outcomes.map(
			(outcome, index): BatchItemResult<SharedToken> =>
				outcome.ok ? { index, ok: true, ...outcome.share } : { index, ok: false, error: itemError(outcome.error) },
		);
		noteUnfinishedItems(c, results);
		return c.json({ results }, 200);
	});
