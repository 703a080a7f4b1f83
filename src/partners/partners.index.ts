import { and, asc, eq, gt, or, type SQL } from "drizzle-orm";
import { authenticate, rowIdOr404 } from "../auth/authenticate";
import { isUniqueViolation } from "../db/client";
import { companies, partners, properties } from "../db/schema";
import { isoNow } from "../lib/clock";
import { ApiError, notFound } from "../lib/errors";
import { createRouter } from "../lib/http";
import { cursorPage, decodeCursor } from "../lib/pagination";
import * as routes from "./partners.routes";

type PartnerRow = typeof partners.$inferSelect;

// Exactly the spec's shape: revoked_at stays internal, since the API only ever shows active partnerships.
export const toPartnerJson = (p: PartnerRow) => ({
	id: p.id,
	property_id: p.propertyId,
	publisher_company_id: p.publisherCompanyId,
	partner_company_id: p.partnerCompanyId,
	access_level: p.accessLevel,
	auto_share: p.autoShare,
	status: p.status,
	created_at: p.createdAt,
});

const activeFor = (company: SQL) =>
	and(
		eq(partners.status, "active"),
		or(eq(partners.publisherCompanyId, company), eq(partners.partnerCompanyId, company)),
	);

export const partnersRouter = createRouter()
	// Two round trips: the credential and both existence checks in one batch, then the insert. The partial unique
	// index on (property_id, partner_company_id) where active is what enforces "one active partnership", so two
	// concurrent creates cannot both land; the loser gets the same 409 as a sequential duplicate.
	.openapi(routes.createPartner, async (c) => {
		const body = c.req.valid("json");
		const db = c.var.db;
		const { caller, results } = await authenticate(c, (company) => ({
			ownedProperty: db
				.select({ id: properties.id })
				.from(properties)
				.where(and(eq(properties.id, body.property_id), eq(properties.companyId, company))),
			partnerCompany: db.select({ id: companies.id }).from(companies).where(eq(companies.id, body.partner_company_id)),
		}));
		// Someone else's property looks exactly like a missing one: its existence is not ours to reveal.
		if (!results.ownedProperty[0]) throw notFound("Property");
		if (body.partner_company_id === caller.companyId) {
			throw new ApiError("VALIDATION_FAILED", "A company cannot partner with itself", {
				fields: [{ field: "partner_company_id", message: "must be another company" }],
			});
		}
		if (!results.partnerCompany[0]) throw notFound("Partner company");

		try {
			const [row] = await db
				.insert(partners)
				.values({
					propertyId: body.property_id,
					publisherCompanyId: caller.companyId,
					partnerCompanyId: body.partner_company_id,
					accessLevel: body.access_level,
					autoShare: body.auto_share,
					status: "active",
					createdAt: isoNow(),
				})
				.returning();
			return c.json(toPartnerJson(row as PartnerRow), 201);
		} catch (error) {
			if (isUniqueViolation(error)) {
				throw new ApiError("CONFLICT", "This property already has an active partnership with that company");
			}
			throw error;
		}
	})
	// A buyer needs to see who shares with it as much as a publisher needs to see whom it shares with.
	.openapi(routes.listPartners, async (c) => {
		const { limit, cursor } = c.req.valid("query");
		const from = decodeCursor(cursor, ["number"]);
		const { results } = await authenticate(c, (company) => ({
			partners: c.var.db
				.select()
				.from(partners)
				.where(and(activeFor(company), from ? gt(partners.id, from[0]) : undefined))
				.orderBy(asc(partners.id))
				.limit(limit + 1),
		}));
		const page = cursorPage(results.partners, limit, (p) => [p.id]);
		return c.json({ data: page.rows.map(toPartnerJson), limit, next_cursor: page.next_cursor }, 200);
	})
	// One conditional update in the credential's batch: scoped to the caller as publisher and to active rows, it
	// changes nothing for the partner side, another company, a bad credential or an already revoked partnership.
	// Claims and claim tokens are deliberately left alone: what was shared stays shared.
	.openapi(routes.revokePartner, async (c) => {
		const id = await rowIdOr404(c, c.req.valid("param").id, "Partnership");
		const { results } = await authenticate(c, (company) => ({
			revoked: c.var.db
				.update(partners)
				.set({ status: "revoked", revokedAt: isoNow() })
				.where(and(eq(partners.id, id), eq(partners.publisherCompanyId, company), eq(partners.status, "active")))
				.returning({ id: partners.id }),
		}));
		if (results.revoked.length === 0) throw notFound("Partnership");
		return c.body(null, 204);
	});
