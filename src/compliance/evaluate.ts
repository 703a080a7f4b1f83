// Evaluation: a consent text against a buyer's consent rules, into the compliance result (./result.ts).
import type {
	ComplianceGrade,
	ComplianceResult,
	ComplianceSummary,
	LeadMatch,
	PageCheck,
	RuleMode,
	RuleResult,
	SkippedRule,
} from "./result";
import { normalizeStateCode } from "./state-codes";
import { ConsentTextIndex, IndexWorkspace, type PhraseLookup } from "./text-index";

export interface ConsentRuleInput {
	id: number | string;
	rule_name: string;
	mode: RuleMode;
	/** As the buyer wrote them; reported back verbatim. */
	required_phrases: string[];
	forbidden_phrases: string[];
	/** US state codes; empty means the rule applies everywhere. */
	states: string[];
	/** The lead the buyer names must match the certificate's (see leadMatchPasses). */
	require_lead_match?: boolean;
	/** The certificate must be witnessed by our capture script, not only asserted by the publisher's server. */
	require_witnessed?: boolean;
	/** The consent notice's font size as the script measured it, at least this many CSS pixels. */
	min_font_size_px?: number | null;
	/** The notice's WCAG 2 contrast ratio against its background, at least this (4.5 is WCAG AA for body text). */
	min_contrast_ratio?: number | null;
	/** The opt-in control must not have been ticked before the consumer touched it. */
	forbid_prechecked_optin?: boolean;
}

/**
 * What the capture script measured on the form page, for the rules that check it; absent for an asserted
 * certificate, whose page nobody measured, so every such check fails on it.
 */
export interface WitnessedPage {
	notice: { font_size_px: number; contrast_ratio: number };
	optin: "checked_by_consumer" | "prechecked" | "none";
}

/** The checks a rule makes of the witnessed page, each with what it required and what the certificate showed. */
function pageChecks(rule: ConsentRuleInput, page: WitnessedPage | undefined): PageCheck[] {
	const checks: Omit<PageCheck, "passed">[] = [];
	if (rule.require_witnessed) checks.push({ check: "witnessed", required: true, actual: page !== undefined });
	if (rule.min_font_size_px != null) {
		const actual = page?.notice.font_size_px ?? null;
		checks.push({ check: "min_font_size_px", required: rule.min_font_size_px, actual });
	}
	if (rule.min_contrast_ratio != null) {
		const actual = page?.notice.contrast_ratio ?? null;
		checks.push({ check: "min_contrast_ratio", required: rule.min_contrast_ratio, actual });
	}
	if (rule.forbid_prechecked_optin) {
		checks.push({ check: "forbid_prechecked_optin", required: true, actual: page?.optin ?? null });
	}
	return checks.map((check) => ({ ...check, passed: pageCheckPasses(check) }));
}

function pageCheckPasses(check: Omit<PageCheck, "passed">): boolean {
	switch (check.check) {
		case "witnessed":
			return check.actual === true;
		case "min_font_size_px":
		case "min_contrast_ratio":
			return typeof check.actual === "number" && check.actual >= (check.required as number);
		case "forbid_prechecked_optin":
			// Unmeasured (asserted) proves nothing; "none" has no box to pre-tick.
			return check.actual !== null && check.actual !== "prechecked";
	}
}

/**
 * A rule requiring the lead to match passes only when some field was compared and matched and none mismatched:
 * nothing to compare (not provided, not captured) proves nothing about whose consent this is.
 */
export function leadMatchPasses(match: LeadMatch | undefined): boolean {
	if (!match) return false;
	const fields = [match.email, match.phone];
	return !fields.includes("mismatch") && fields.includes("match");
}

const evaluationWorkspace = new IndexWorkspace();

function ruleApplies(rule: ConsentRuleInput, consumerState: string | null): boolean {
	let restricted = false;
	for (const ruleState of rule.states) {
		const code = ruleState.trim().toUpperCase();
		if (code === "") continue;
		if (code === consumerState) return true;
		restricted = true;
	}
	return !restricted;
}

/**
 * Percentage of required phrases found. Rounded, except that 100 is reserved
 * for "all found" and 0 for "none found": 999 of 1,000 must not look perfect.
 */
function percentFound(matched: number, required: number): number {
	if (required === 0) return 100;
	const rounded = Math.round((matched / required) * 100);
	if (rounded === 100 && matched < required) return 99;
	if (rounded === 0 && matched > 0) return 1;
	return rounded;
}

// Not push(...items): spreading a "full consent text" rule with thousands of
// sentences as call arguments risks exceeding the engine's argument limit.
function appendAll(target: string[], items: readonly string[]): void {
	for (const item of items) target.push(item);
}

/**
 * Checks a consent text against a buyer's consent rules.
 *
 * Rules restricted to states apply only when the consumer's state is a known
 * US code among them; an unknown or missing state skips every restricted rule.
 * Phrases that normalise to nothing (blank, punctuation only) are ignored
 * rather than counted as matched or missing.
 */
export function evaluateConsent(
	consentText: string,
	state: string | null | undefined,
	rules: ConsentRuleInput[],
	/** The lead compared with the certificate's (the caller hashes; the engine stays pure); absent: none given. */
	leadMatch?: LeadMatch,
	/** What the capture script measured; absent: the certificate is asserted. */
	witnessedPage?: WitnessedPage,
): ComplianceResult {
	const consumerState = normalizeStateCode(state);
	const skippedRules: SkippedRule[] = [];
	const applicableRules: ConsentRuleInput[] = [];
	for (const rule of rules) {
		if (ruleApplies(rule, consumerState)) applicableRules.push(rule);
		else skippedRules.push({ rule_id: rule.id, rule_name: rule.rule_name, reason: "state" });
	}

	// Built on first use: a claim whose rules all skip never pays for indexing.
	// Repeated phrases are simply looked up again; a lookup costs less than
	// memoising it would.
	let index: ConsentTextIndex | undefined;
	const lookup = (phrase: string): PhraseLookup => {
		index ??= new ConsentTextIndex(consentText, evaluationWorkspace);
		return index.lookup(phrase);
	};

	const ruleResults: RuleResult[] = [];
	const matched: string[] = [];
	const missing: string[] = [];
	const forbiddenFound: string[] = [];
	let anyRejectFailure = false;
	let anyFailure = false;

	for (const rule of applicableRules) {
		const ruleMatched: string[] = [];
		const ruleMissing: string[] = [];
		const ruleForbiddenFound: string[] = [];
		for (const phrase of rule.required_phrases) {
			const result = lookup(phrase);
			if (result === "found") ruleMatched.push(phrase);
			else if (result === "absent") ruleMissing.push(phrase);
		}
		for (const phrase of rule.forbidden_phrases) {
			if (lookup(phrase) === "found") ruleForbiddenFound.push(phrase);
		}

		const leadPassed = rule.require_lead_match ? leadMatchPasses(leadMatch) : true;
		const checks = pageChecks(rule, witnessedPage);
		const passed =
			ruleMissing.length === 0 &&
			ruleForbiddenFound.length === 0 &&
			leadPassed &&
			checks.every((check) => check.passed);
		if (!passed) {
			anyFailure = true;
			if (rule.mode === "reject") anyRejectFailure = true;
		}
		ruleResults.push({
			rule_id: rule.id,
			rule_name: rule.rule_name,
			mode: rule.mode,
			applies: true,
			matched: ruleMatched,
			missing: ruleMissing,
			forbidden_found: ruleForbiddenFound,
			passed,
			score: percentFound(ruleMatched.length, ruleMatched.length + ruleMissing.length),
			...(rule.require_lead_match ? { lead_match: leadPassed ? ("passed" as const) : ("failed" as const) } : {}),
			// Only on rules that check the page: results recorded before such rules existed keep their shape.
			...(checks.length > 0 ? { page_checks: checks } : {}),
		});
		appendAll(matched, ruleMatched);
		appendAll(missing, ruleMissing);
		appendAll(forbiddenFound, ruleForbiddenFound);
	}

	const requiredCount = matched.length + missing.length;
	let grade: ComplianceGrade;
	if (matched.length * 2 < requiredCount) grade = "failed";
	else if (missing.length === 0 && forbiddenFound.length === 0) grade = "full";
	else grade = "partial";

	return {
		score: percentFound(matched.length, requiredCount),
		matched,
		missing,
		forbidden_found: forbiddenFound,
		status: anyRejectFailure ? "reject" : anyFailure ? "warn" : "pass",
		grade,
		rules_evaluated: applicableRules.length,
		state: consumerState,
		rules: ruleResults,
		skipped_rules: skippedRules,
		...(leadMatch ? { lead_match: leadMatch } : {}),
	};
}

/** What the claim response and the compliance_checked audit event carry; the full per-rule result stays on the claim. */
export function complianceSummary(result: ComplianceResult): ComplianceSummary {
	const { score, matched, missing, forbidden_found, status, grade, rules_evaluated, lead_match } = result;
	// No lead_match key at all when the result has none: the summaries of earlier claims, recorded without it, must
	// stay byte for byte what their compliance_checked events hold.
	return {
		score,
		matched,
		missing,
		forbidden_found,
		status,
		grade,
		rules_evaluated,
		...(lead_match ? { lead_match } : {}),
	};
}
