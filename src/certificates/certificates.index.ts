import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { authenticate } from "../auth/authenticate";
import { certificates } from "../db/schema";
import { readCertificateHistory } from "../evidence/read-evidence";
import { notFound } from "../lib/errors";
import { createRouter } from "../lib/http";
import { before, cursorPage, decodeCursor, offsetOf } from "../lib/pagination";
import { captureCertificate } from "./capture";
import * as routes from "./certificates.routes";
import { toCertificateJson } from "./record";

export const certificatesRouter = createRouter()
	.openapi(routes.captureCertificate, async (c) => {
		const row = await captureCertificate(c, c.req.valid("json"));
		return c.json(toCertificateJson(row), 201);
	})
	.openapi(routes.getCertificate, async (c) => {
		const { results } = await authenticate(c, (company) => ({
			certificate: c.var.db
				.select()
				.from(certificates)
				.where(and(eq(certificates.id, c.req.valid("param").id), eq(certificates.companyId, company))),
		}));
		const row = results.certificate[0];
		if (!row) throw notFound("Certificate");
		return c.json(toCertificateJson(row), 200);
	})
	.openapi(routes.getCertificateHistory, async (c) =>
		c.json(await readCertificateHistory(c, c.req.valid("param").id), 200),
	)
	.openapi(routes.listCertificates, async (c) => {
		const query = c.req.valid("query");
		const from = decodeCursor(query.cursor, ["string", "string"]);
		const { results } = await authenticate(c, (company) => {
			const where: SQL | undefined = and(
				eq(certificates.companyId, company),
				query.property_id ? eq(certificates.propertyId, query.property_id) : undefined,
			);
			return {
				rows: c.var.db
					.select()
					.from(certificates)
					.where(and(where, from ? before([certificates.createdAt, certificates.id], from) : undefined))
					.orderBy(desc(certificates.createdAt), desc(certificates.id))
					.limit(query.limit + 1)
					// A cursor says where the page starts; page numbers are the older way of saying it.
					.offset(from ? 0 : offsetOf(query)),
				totals: c.var.db.select({ total: count() }).from(certificates).where(where),
			};
		});
		const {
			rows,
			totals: [totals],
		} = results;
		const page = cursorPage(rows, query.limit, (row) => [row.createdAt, row.id]);
		return c.json(
			{
				data: page.rows.map(toCertificateJson),
				page: query.page,
				limit: query.limit,
				total: totals?.total ?? 0,
				next_cursor: page.next_cursor,
			},
			200,
		);
	});
