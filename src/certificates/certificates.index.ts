import { eq } from "drizzle-orm";
import { authenticateBesideShard } from "../auth/authenticate";
import { certificates } from "../db/schema";
import { readCertificateHistory } from "../evidence/read-evidence";
import { notFound } from "../lib/errors";
import { wantsHtml } from "../lib/html";
import { type AppContext, createRouter } from "../lib/http";
import { dataKeyRing } from "../lib/sealed";
import { captureCertificate } from "./capture";
import * as routes from "./certificates.routes";
import { renderCertificatesPage } from "./certificates-page";
import { openLeadSalts } from "./lead-commitments";
import { listCertificates } from "./list-certificates";
import { type CertificateRow, toCertificateJson } from "./record";

/** The publisher's certificate with the salts of its lead, which only the publisher and claimers are given. */
async function publisherJson(c: AppContext, row: CertificateRow) {
	return toCertificateJson(row, await openLeadSalts(await dataKeyRing(c.env), row));
}

export const certificatesRouter = createRouter()
	.openapi(routes.captureCertificate, async (c) => {
		const row = await captureCertificate(c, c.req.valid("json"));
		return c.json(await publisherJson(c, row), 201);
	})
	.openapi(routes.getCertificate, async (c) => {
		const id = c.req.valid("param").id;
		// Read on the certificate's shard while the caller is authenticated; another company's is the same 404.
		const { caller, results } = await authenticateBesideShard(c, c.var.shards.forCertificate(id), (db) => ({
			certificate: db.select().from(certificates).where(eq(certificates.id, id)),
		}));
		const row = results.certificate[0];
		if (!row || row.companyId !== caller.companyId) throw notFound("Certificate");
		return c.json(await publisherJson(c, row), 200);
	})
	.openapi(routes.getCertificateHistory, async (c) =>
		c.json(await readCertificateHistory(c, c.req.valid("param").id), 200),
	)
	.openapi(routes.listCertificates, async (c) => {
		const query = c.req.valid("query");
		const page = await listCertificates(c, query);
		if (wantsHtml(c)) return renderCertificatesPage(c, query.cursor !== undefined || query.page > 1, page);
		return c.json(
			{
				data: await Promise.all(page.rows.map((row) => publisherJson(c, row))),
				page: query.page,
				limit: query.limit,
				total: page.total,
				next_cursor: page.next_cursor,
			},
			200,
		);
	});
