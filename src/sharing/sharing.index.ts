import { createRouter } from "../lib/http";
import { shareCertificates } from "./share-certificates";
import * as routes from "./sharing.routes";

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
	});
