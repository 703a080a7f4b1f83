import { createRoute, z } from "@hono/zod-openapi";
import { tokenize, US_STATE_CODES } from "../compliance";
import { errorResponses, jsonBody, jsonContent } from "../lib/http";

export const MAX_PHRASES = 200;
export const MAX_PHRASE_CHARS = 1_000;
// The same ceiling as a captured certificate's consent text: a rule's disclosure is the text a certificate carries.
export const MAX_CONSENT_TEXT_CHARS = 50_000;

const RuleMode = z.enum(["warn", "reject"]).openapi({
	description: "warn: flag a failing certificate but let it be claimed; reject: refuse it",
});

// A phrase with no word in it (blank, or punctuation only) is one the engine skips, so a rule made of them would
// pass everything.
const Phrase = z
	.string()
	.trim()
	.max(MAX_PHRASE_CHARS)
	.refine((phrase) => tokenize(phrase).length > 0, "must contain at least one word");
const PhraseList = z.array(Phrase).max(MAX_PHRASES);

const StateCode = z
	.string()
	.trim()
	.toUpperCase()
	.refine((code) => US_STATE_CODES.has(code), "must be a US state code like CA")
	.openapi({ example: "CA" });

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
		created_at: z.string(),
		updated_at: z.string(),
	})
	.openapi("ConsentRule");

export const ConsentRuleBody = z
	.strictObject({
		rule_name: z.string().trim().min(1).max(200),
		required_phrases: PhraseList.optional(),
		forbidden_phrases: PhraseList.optional(),
		consent_text: z.string().max(MAX_CONSENT_TEXT_CHARS).optional().openapi({
			description:
				"A whole disclosure to require: it is split into sentences and each becomes a required phrase, after any given in required_phrases",
		}),
		mode: RuleMode,
		states: z
			.array(StateCode)
			.max(100)
			.optional()
			.openapi({ description: "US state codes; absent or empty: every state" }),
	})
	.openapi("ConsentRuleInput");

export type ConsentRuleBody = z.infer<typeof ConsentRuleBody>;

const RuleId = z.union([z.number().int(), z.string()]);

export const ComplianceResultSchema = z
	.object({
		score: z.number().int().openapi({ example: 67, description: "Required phrases found, as a percentage" }),
		matched: z.array(z.string()).openapi({ example: ["Acme Insurance", "autodialer"] }),
		missing: z.array(z.string()).openapi({ example: ["consent is not required as a condition of purchase"] }),
		forbidden_found: z.array(z.string()),
		status: z.enum(["pass", "warn", "reject"]),
		grade: z.enum(["full", "partial", "failed"]),
		rules_evaluated: z.number().int(),
		state: z.string().nullable(),
		rules: z.array(
			z.object({
				rule_id: RuleId,
				rule_name: z.string(),
				mode: RuleMode,
				applies: z.literal(true),
				matched: z.array(z.string()),
				missing: z.array(z.string()),
				forbidden_found: z.array(z.string()),
				passed: z.boolean(),
				score: z.number().int(),
			}),
		),
		skipped_rules: z.array(z.object({ rule_id: RuleId, rule_name: z.string(), reason: z.literal("state") })),
	})
	.openapi("ComplianceResult");

const tags = ["Consent rules"];
const IdParam = z.object({ id: z.string().openapi({ example: "7" }) });

export const createConsentRule = createRoute({
	method: "post",
	path: "/certificate-sharing/consent-rules",
	tags,
	summary: "Create a consent rule",
	description:
		"Give the required phrases one by one, or paste a whole disclosure as consent_text, or both. Claims check every certificate's consent language against the buyer's rules.",
	request: { body: jsonBody(ConsentRuleBody) },
	responses: {
		201: jsonContent(ConsentRuleSchema, "Created"),
		...errorResponses("UNAUTHORIZED"),
	},
});

export const listConsentRules = createRoute({
	method: "get",
	path: "/certificate-sharing/consent-rules",
	tags,
	summary: "The company's consent rules, oldest first",
	responses: {
		200: jsonContent(z.object({ data: z.array(ConsentRuleSchema) }), "Consent rules"),
		...errorResponses("UNAUTHORIZED"),
	},
});

export const testConsentRules = createRoute({
	method: "post",
	path: "/certificate-sharing/consent-rules/test",
	tags,
	summary: "Dry run: check consent text against the company's rules",
	description: "Computes exactly what a claim would, without claiming or storing anything.",
	request: {
		body: jsonBody(
			z.strictObject({
				consent_text: z.string().min(1).max(MAX_CONSENT_TEXT_CHARS),
				state: StateCode.optional().openapi({ description: "The consumer's US state; state-specific rules apply" }),
			}),
		),
	},
	responses: {
		200: jsonContent(ComplianceResultSchema, "What a claim would compute"),
		...errorResponses("UNAUTHORIZED"),
	},
});

export const replaceConsentRule = createRoute({
	method: "put",
	path: "/certificate-sharing/consent-rules/{id}",
	tags,
	summary: "Replace a consent rule",
	description: "A full replace: a field left out takes its default, as it would on create.",
	request: { params: IdParam, body: jsonBody(ConsentRuleBody) },
	responses: {
		200: jsonContent(ConsentRuleSchema, "The rule as stored"),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});

export const deleteConsentRule = createRoute({
	method: "delete",
	path: "/certificate-sharing/consent-rules/{id}",
	tags,
	summary: "Delete a consent rule",
	request: { params: IdParam },
	responses: {
		204: { description: "Deleted" },
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});
