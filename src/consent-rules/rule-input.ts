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
	// A rule that only asks for the lead to match needs no phrase; any other rule without one would pass everything.
	if (requiredPhrases.length === 0 && !body.require_lead_match) {
		throw invalid(
			"required_phrases",
			"must hold at least one phrase unless consent_text or require_lead_match is given",
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
});
