import { z } from "@hono/zod-openapi";
import { ComplianceResultSchema as ComplianceResult, tokenize, US_STATE_CODES } from "../compliance";
import { jsonBody, jsonContent } from "../lib/http";
import { CursorQuery, cursorEnvelope } from "../lib/pagination";
import { text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";

export const MAX_PHRASES = 200;
export const MAX_PHRASE_CHARS = 1_000;
// The same ceiling as a captured certificate's consent text: a rule's disclosure is the text a certificate carries.
export const MAX_CONSENT_TEXT_CHARS = 50_000;

const RuleMode = z.enum(["warn", "reject"]).openapi({
	description: "warn: flag a failing certificate but let it be claimed; reject: refuse it",
});

// A phrase with no word in it (blank, or punctuation only) is one the engine skips, so a rule made of them would
// pass everything.
const Phrase = text({ max: MAX_PHRASE_CHARS, trim: true }).refine(
	(phrase) => tokenize(phrase).length > 0,
	"must contain at least one word",
);
const PhraseList = z.array(Phrase).max(MAX_PHRASES);

const StateCode = z
	.string()
	.trim()
	.toUpperCase()
	.max(2)
	.regex(/^[A-Z]{2}$/, "must be a US state code like CA")
	.refine((code) => US_STATE_CODES.has(code), "must be a US state code like CA")
	.openapi({ example: "CA" });

const RequireLeadMatchDescription =
	"The lead (email, phone) the buyer gives when claiming or checking must match the one captured: the rule fails, in its mode, unless at least one given field matches and none mismatches.";

const PAGE_CHECKS_NOTE =
	"Checked against what our capture script measured on the form page: an asserted certificate (captured through the API, page not witnessed) fails it.";
const RequireWitnessedDescription =
	"The certificate must be witnessed by our capture script (`source: witnessed`), not only asserted by the publisher's server.";
const MinFontSizeDescription = `The consent notice's rendered font size must be at least this many CSS pixels. ${PAGE_CHECKS_NOTE}`;
const MinContrastDescription = `The consent notice's WCAG 2 contrast ratio against its background must be at least this (4.5 is WCAG AA for body text, 7 AAA). ${PAGE_CHECKS_NOTE}`;
const ForbidPrecheckedDescription = `The opt-in control must not have been ticked when the page loaded. ${PAGE_CHECKS_NOTE}`;

const FontSize = z.number().positive().max(200);
const ContrastRatio = z.number().min(1).max(21);

export const ConsentRuleSchema = z
	.object({
		id: z.number().int().openapi({ example: 7 }),
		rule_name: z.string().openapi({ example: "TCPA Express Consent" }),
		required_phrases: z.array(z.string()).openapi({
			example: ["Acme Insurance", "autodialer", "consent is not required as a condition of purchase"],
		}),
		forbidden_phrases: z.array(z.string()),
		consent_text: z
			.string()
			.nullable()
			.openapi({ description: "The pasted disclosure, when the rule was made from one" }),
		mode: RuleMode,
		states: z.array(z.string()).openapi({ description: "Where the rule applies; empty means every state" }),
		require_lead_match: z.boolean().openapi({ description: RequireLeadMatchDescription }),
		require_witnessed: z.boolean().openapi({ description: RequireWitnessedDescription }),
		min_font_size_px: FontSize.nullable().openapi({ description: MinFontSizeDescription }),
		min_contrast_ratio: ContrastRatio.nullable().openapi({ description: MinContrastDescription }),
		forbid_prechecked_optin: z.boolean().openapi({ description: ForbidPrecheckedDescription }),
		created_at: z.string(),
		updated_at: z.string(),
	})
	.openapi("ConsentRule");

export const ConsentRuleBody = z
	.strictObject({
		rule_name: text({ min: 1, max: 200, trim: true }),
		required_phrases: PhraseList.optional(),
		forbidden_phrases: PhraseList.optional(),
		consent_text: text({ max: MAX_CONSENT_TEXT_CHARS }).optional().openapi({
			description:
				"A whole disclosure to require: it is split into sentences and each becomes a required phrase, after any given in required_phrases",
		}),
		mode: RuleMode,
		states: z
			.array(StateCode)
			.max(100)
			.optional()
			.openapi({ description: "US state codes; absent or empty: every state" }),
		require_lead_match: z
			.boolean()
			.optional()
			.openapi({ description: `${RequireLeadMatchDescription} Default false.` }),
		require_witnessed: z
			.boolean()
			.optional()
			.openapi({ description: `${RequireWitnessedDescription} Default false.` }),
		min_font_size_px: FontSize.optional().openapi({ description: `${MinFontSizeDescription} Default: none.` }),
		min_contrast_ratio: ContrastRatio.optional().openapi({ description: `${MinContrastDescription} Default: none.` }),
		forbid_prechecked_optin: z
			.boolean()
			.optional()
			.openapi({ description: `${ForbidPrecheckedDescription} Default false.` }),
	})
	.openapi("ConsentRuleInput", {
		example: {
			rule_name: "TCPA Express Consent",
			required_phrases: ["Acme Insurance", "autodialer", "consent is not required as a condition of purchase"],
			mode: "reject",
			states: ["FL"],
		},
	});

export type ConsentRuleBody = z.infer<typeof ConsentRuleBody>;

export const ComplianceResultSchema = ComplianceResult.openapi("ComplianceResult");

const IdParam = z.object({
	id: text({ max: 32 }).openapi({ example: "7", description: "The rule's id (another company's answers 404)" }),
});

export const createConsentRule = protectedRoute(
	{ scope: "rules:write" },
	{
		operationId: "createConsentRule",
		tag: "Consent rules",
		summary: "Create a consent rule",
		description:
			"Give the required phrases one by one, or paste a whole disclosure as consent_text, or both. Claims check every certificate's consent language against the buyer's rules.",
	},
	{
		method: "post",
		path: "/certificate-sharing/consent-rules",
		request: { body: jsonBody(ConsentRuleBody) },
		responses: { 201: jsonContent(ConsentRuleSchema, "Created") },
	},
);

// No separate read scope: managing rules includes seeing them, and the dry run is part of writing them.
export const listConsentRules = protectedRoute(
	{ scope: "rules:write" },
	{
		operationId: "listConsentRules",
		tag: "Consent rules",
		summary: "The company's consent rules",
		description: "Oldest first, one page at a time.",
	},
	{
		method: "get",
		path: "/certificate-sharing/consent-rules",
		request: { query: CursorQuery },
		responses: { 200: jsonContent(cursorEnvelope(ConsentRuleSchema, "ConsentRulePage"), "A page of consent rules") },
	},
);

export const testConsentRules = protectedRoute(
	{ scope: "rules:write" },
	{
		operationId: "testConsentRules",
		tag: "Consent rules",
		summary: "Dry run: check consent text against the company's rules",
		description:
			"Computes exactly what a claim would, without claiming or storing anything. A dry run names no lead, so a rule with require_lead_match fails here; rules that check the witnessed page use `witness` when given.",
	},
	{
		method: "post",
		path: "/certificate-sharing/consent-rules/test",
		request: {
			body: jsonBody(
				z
					.strictObject({
						consent_text: text({ min: 1, max: MAX_CONSENT_TEXT_CHARS }),
						state: StateCode.optional().openapi({
							description: "The consumer's US state; state-specific rules apply",
						}),
						witness: z
							.strictObject({
								notice: z.strictObject({ font_size_px: FontSize, contrast_ratio: ContrastRatio }),
								optin: z.enum(["checked_by_consumer", "prechecked", "none"]),
							})
							.optional()
							.openapi({
								description:
									"What the capture script measured on the form page, as a witnessed certificate's `witness` carries it. Left out, the text is judged as an asserted certificate's: rules checking the page fail.",
							}),
					})
					.openapi({
						example: {
							consent_text:
								"I agree that Acme Insurance may call me, including by autodialer. Consent is not required as a condition of purchase.",
							state: "FL",
						},
					}),
			),
		},
		responses: { 200: jsonContent(ComplianceResultSchema, "What a claim would compute") },
	},
);

export const replaceConsentRule = protectedRoute(
	{ scope: "rules:write" },
	{
		operationId: "replaceConsentRule",
		tag: "Consent rules",
		summary: "Replace a consent rule",
		description: "A full replace: a field left out takes its default, as it would on create.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "put",
		path: "/certificate-sharing/consent-rules/{id}",
		request: { params: IdParam, body: jsonBody(ConsentRuleBody) },
		responses: { 200: jsonContent(ConsentRuleSchema, "The rule as stored") },
	},
);

export const deleteConsentRule = protectedRoute(
	{ scope: "rules:write" },
	{
		operationId: "deleteConsentRule",
		tag: "Consent rules",
		summary: "Delete a consent rule",
		description: "Claims already made keep the compliance result they were given.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "delete",
		path: "/certificate-sharing/consent-rules/{id}",
		request: { params: IdParam },
		responses: { 204: { description: "Deleted" } },
	},
);
