import { and, asc, eq, type SQL } from "drizzle-orm";
import { authenticate, rowIdOr404 } from "../auth/authenticate";
import { evaluateConsent } from "../compliance";
import { consentRules } from "../db/schema";
import { isoNow } from "../lib/clock";
import { notFound } from "../lib/errors";
import { type AppContext, createRouter } from "../lib/http";
import { after, cursorPage, decodeCursor } from "../lib/pagination";
import * as routes from "./consent-rules.routes";
import { ruleValuesFrom, toRuleInput } from "./rule-input";

type ConsentRuleRow = typeof consentRules.$inferSelect;

export const toConsentRuleJson = (r: ConsentRuleRow) => ({
	id: r.id,
	rule_name: r.ruleName,
	required_phrases: r.requiredPhrases,
	forbidden_phrases: r.forbiddenPhrases,
	consent_text: r.consentText,
	mode: r.mode,
	states: r.states,
	require_lead_match: r.requireLeadMatch,
	require_witnessed: r.requireWitnessed,
	min_font_size_px: r.minFontSizePx,
	min_contrast_ratio: r.minContrastRatio,
	forbid_prechecked_optin: r.forbidPrecheckedOptin,
	created_at: r.createdAt,
	updated_at: r.updatedAt,
});

const companyRules = (c: AppContext, company: SQL, from?: SQL) =>
	c.var.db
		.select()
		.from(consentRules)
		.where(and(eq(consentRules.companyId, company), from))
		.orderBy(asc(consentRules.createdAt), asc(consentRules.id));

export const consentRulesRouter = createRouter()
	.openapi(routes.createConsentRule, async (c) => {
		const values = ruleValuesFrom(c.req.valid("json"));
		const { caller } = await authenticate(c);
		const now = isoNow();
		const [row] = await c.var.db
			.insert(consentRules)
			.values({ ...values, companyId: caller.companyId, createdAt: now, updatedAt: now })
			.returning();
		return c.json(toConsentRuleJson(row as ConsentRuleRow), 201);
	})
	.openapi(routes.listConsentRules, async (c) => {
		const { limit, cursor } = c.req.valid("query");
		const from = decodeCursor(cursor, ["string", "number"]);
		const { results } = await authenticate(c, (company) => ({
			rules: companyRules(c, company, from ? after([consentRules.createdAt, consentRules.id], from) : undefined).limit(
				limit + 1,
			),
		}));
		const page = cursorPage(results.rules, limit, (r) => [r.createdAt, r.id]);
		return c.json({ data: page.rows.map(toConsentRuleJson), limit, next_cursor: page.next_cursor }, 200);
	})
	// Registered before the {id} routes so "test" can never be taken for a rule id, whatever methods those gain.
	.openapi(routes.testConsentRules, async (c) => {
		const body = c.req.valid("json");
		const { results } = await authenticate(c, (company) => ({ rules: companyRules(c, company) }));
		return c.json(
			evaluateConsent(body.consent_text, body.state ?? null, results.rules.map(toRuleInput), undefined, body.witness),
			200,
		);
	})
	// The write rides in the same batch as the credential lookup. Scoped by the caller's company subquery, it
	// touches nothing when the credential is bad (the subquery is null) or the rule is another company's.
	.openapi(routes.replaceConsentRule, async (c) => {
		const values = ruleValuesFrom(c.req.valid("json"));
		const id = await rowIdOr404(c, c.req.valid("param").id, "Consent rule");
		const { results } = await authenticate(c, (company) => ({
			replaced: c.var.db
				.update(consentRules)
				.set({ ...values, updatedAt: isoNow() })
				.where(and(eq(consentRules.id, id), eq(consentRules.companyId, company)))
				.returning(),
		}));
		const row = results.replaced[0];
		if (!row) throw notFound("Consent rule");
		return c.json(toConsentRuleJson(row), 200);
	})
	.openapi(routes.deleteConsentRule, async (c) => {
		const id = await rowIdOr404(c, c.req.valid("param").id, "Consent rule");
		const { results } = await authenticate(c, (company) => ({
			deleted: c.var.db
				.delete(consentRules)
				.where(and(eq(consentRules.id, id), eq(consentRules.companyId, company)))
				.returning({ id: consentRules.id }),
		}));
		if (results.deleted.length === 0) throw notFound("Consent rule");
		return c.body(null, 204);
	});
