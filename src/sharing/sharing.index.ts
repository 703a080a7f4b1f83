import type { BatchItemResult } from "../lib/batch-items";
import { itemError, noteUnfinishedItems } from "../lib/batch-items";
import { createRouter } from "../lib/http";
import { type SharedToken, shareCertificates } from "./share-certificates";
import * as routes from "./sharing.routes";

export const sharingRouter = createRouter()
	.openapi(routes.shareCertificate, async (c) => {
		const { target_company_id } = c.req.valid("json");
		const [outcome] = await shareCertificates(c, [c.req.valid("param").certificateId], target_company_id);
		if (!outcome) throw new Error("share was not made");
		if (!outcome.ok) throw outcome.error;
		const { certificate_id: _, ...body } = outcome.share;
		return c.json(body, 201);
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
