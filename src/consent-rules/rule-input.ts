// zod checks each field of a rule on its own; what is left here depends on more than one field: the phrases a
// pasted disclosure adds, and the limits they must still fit in together with the ones given one by one.
import { type ConsentRuleInput, splitSentences, tokenize } from "../compliance";
import type { consentRules } from "../db/schema";
import { ApiError } from "../lib/errors";
import { type ConsentRuleBody, MAX_PHRASE_CHARS, MAX_PHRASES } from "./consent-rules.routes";

export interface RuleValues {
	ruleName: string;
	mode: "warn" | "reject";
	requiredPhrases: string[];
	forbiddenPhrases: string[];
	consentText: string | null;
	states: string[];
	requireLeadMatch: boolean;
	requireWitnessed: boolean;
	minFontSizePx: number | null;
	minContrastRatio: number | null;
	forbidPrecheckedOptin: boolean;
}

const invalid = (field: string, message: string) =>
	new ApiError("VALIDATION_FAILED", `Invalid request: ${field}`, { fields: [{ field, message }] });

// Phrases are matched token by token, ignoring case, spacing and punctuation; two phrases with the same tokens are
// one requirement, and keeping both would count it twice in every score.
const matchKey = (phrase: string) => tokenize(phrase).join(" ");

function distinct(values: readonly string[], key: (value: string) => string = (v) => v): string[] {
	const seen = new Set<string>();
	return values.filter((value) => {
		const k = key(value);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

export function ruleValuesFrom(body: ConsentRuleBody): RuleValues {
	const sentences = body.consent_text === undefined ? [] : splitSentences(body.consent_text);
	if (body.consent_text !== undefined && sentences.length === 0) {
		throw invalid("consent_text", "contains no sentence to require");
	}
	const long = sentences.findIndex((sentence) => sentence.length > MAX_PHRASE_CHARS);
	if (long !== -1) {
		throw invalid("consent_text", `sentence ${long + 1} is longer than ${MAX_PHRASE_CHARS} characters`);
	}

	const requiredPhrases = distinct([...(body.required_phrases ?? []), ...sentences], matchKey);
	// A rule that only asks for the lead to match, or only checks the witnessed page, needs no phrase; any other rule
	// without one would pass everything.
	const checksSomethingElse =
		body.require_lead_match ||
		body.require_witnessed ||
		body.min_font_size_px !== undefined ||
		body.min_contrast_ratio !== undefined ||
		body.forbid_prechecked_optin;
	if (requiredPhrases.length === 0 && !checksSomethingElse) {
		throw invalid(
			"required_phrases",
			"must hold at least one phrase unless consent_text, require_lead_match or a check of the witnessed page is given",
		);
	}
	if (requiredPhrases.length > MAX_PHRASES) {
		throw invalid(
			"consent_text",
			`adds up to ${requiredPhrases.length} required phrases; a rule holds at most ${MAX_PHRASES}`,
		);
	}

	return {
		ruleName: body.rule_name,
		mode: body.mode,
		requiredPhrases,
		forbiddenPhrases: distinct(body.forbidden_phrases ?? [], matchKey),
		consentText: body.consent_text ?? null,
		states: distinct(body.states ?? []),
		requireLeadMatch: body.require_lead_match ?? false,
		requireWitnessed: body.require_witnessed ?? false,
		minFontSizePx: body.min_font_size_px ?? null,
		minContrastRatio: body.min_contrast_ratio ?? null,
		forbidPrecheckedOptin: body.forbid_prechecked_optin ?? false,
	};
}

/** A stored rule as the compliance engine takes it. */
export const toRuleInput = (row: typeof consentRules.$inferSelect): ConsentRuleInput => ({
	id: row.id,
	rule_name: row.ruleName,
	mode: row.mode,
	required_phrases: row.requiredPhrases,
	forbidden_phrases: row.forbiddenPhrases,
	states: row.states,
	require_lead_match: row.requireLeadMatch,
	require_witnessed: row.requireWitnessed,
	min_font_size_px: row.minFontSizePx,
	min_contrast_ratio: row.minContrastRatio,
	forbid_prechecked_optin: row.forbidPrecheckedOptin,
});
