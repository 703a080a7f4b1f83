import { normalizeConsentText, scanTokens } from "./normalize";

export type RuleMode = "warn" | "reject";

export interface ConsentRuleInput {
	id: number | string;
	rule_name: string;
	mode: RuleMode;
	/** As the buyer wrote them; reported back verbatim. */
	required_phrases: string[];
	forbidden_phrases: string[];
	/** US state codes; empty means the rule applies everywhere. */
	states: string[];
}

export interface RuleResult {
	rule_id: number | string;
	rule_name: string;
	mode: RuleMode;
	applies: true;
	matched: string[];
	missing: string[];
	forbidden_found: string[];
	passed: boolean;
	/** This rule alone; 100 when it has no required phrases. */
	score: number;
}

export interface SkippedRule {
	rule_id: number | string;
	rule_name: string;
	reason: "state";
}

export type ComplianceStatus = "pass" | "warn" | "reject";
export type ComplianceGrade = "full" | "partial" | "failed";

export interface ComplianceResult {
	score: number;
	matched: string[];
	missing: string[];
	forbidden_found: string[];
	status: ComplianceStatus;
	grade: ComplianceGrade;
	rules_evaluated: number;
	state: string | null;
	rules: RuleResult[];
	skipped_rules: SkippedRule[];
}

/** The 50 states, DC and the inhabited territories. */
export const US_STATE_CODES: ReadonlySet<string> = new Set([
	"AL",
	"AK",
	"AZ",
	"AR",
	"CA",
	"CO",
	"CT",
	"DE",
	"FL",
	"GA",
	"HI",
	"ID",
	"IL",
	"IN",
	"IA",
	"KS",
	"KY",
	"LA",
	"ME",
	"MD",
	"MA",
	"MI",
	"MN",
	"MS",
	"MO",
	"MT",
	"NE",
	"NV",
	"NH",
	"NJ",
	"NM",
	"NY",
	"NC",
	"ND",
	"OH",
	"OK",
	"OR",
	"PA",
	"RI",
	"SC",
	"SD",
	"TN",
	"TX",
	"UT",
	"VT",
	"VA",
	"WA",
	"WV",
	"WI",
	"WY",
	"DC",
	"PR",
	"VI",
	"GU",
	"AS",
	"MP",
]);

/** Outcome of looking a phrase up; "empty" phrases have no tokens (e.g. "" or "..."). */
export type PhraseLookup = "found" | "absent" | "empty";

// Polynomial hashing mod 2^32 (Math.imul wraps) over token ids: any window of
// the text can be hashed in O(1) from prefix hashes, so checking a candidate
// position costs the same for a 3-word phrase as for a 60-word sentence.
const HASH_BASE = 1_000_003;

/**
 * A consent text tokenised and indexed once, answering "does this phrase occur
 * on token boundaries?" in time proportional to the phrase, not the text.
 *
 * Tokens are interned to integer ids. Positions are indexed by token bigram
 * (consecutive pair of ids) rather than by single token because bigrams are far
 * more selective: "you agree to" has hundreds of "you" candidates in a long
 * disclosure but few "you agree" ones. A phrase is anchored on its rarest
 * bigram, which also rejects most absent phrases in O(phrase length) lookups
 * before any candidate is touched; each remaining candidate is checked with an
 * O(1) window hash and confirmed token by token only when the hash agrees.
 */
export class ConsentTextIndex {
	readonly tokenCount: number;
	private readonly tokenIds: Int32Array;
	private readonly vocabulary = new Map<string, number>();
	private readonly bigramPositions = new Map<number, number[]>();
	private readonly prefixHashes: Int32Array;

	constructor(consentText: string) {
		const normalized = normalizeConsentText(consentText);
		const ids: number[] = [];
		const vocabulary = this.vocabulary;
		scanTokens(normalized, (start, end) => {
			const token = normalized.slice(start, end);
			let id = vocabulary.get(token);
			if (id === undefined) {
				id = vocabulary.size;
				vocabulary.set(token, id);
			}
			ids.push(id);
		});

		this.tokenCount = ids.length;
		this.tokenIds = Int32Array.from(ids);
		this.prefixHashes = new Int32Array(ids.length + 1);
		const vocabularySize = vocabulary.size;
		let hash = 0;
		let previousId = -1;
		for (let position = 0; position < ids.length; position++) {
			const id = ids[position] ?? 0;
			hash = (Math.imul(hash, HASH_BASE) + id + 1) | 0;
			this.prefixHashes[position + 1] = hash;
			if (previousId >= 0) {
				const key = previousId * vocabularySize + id;
				const positions = this.bigramPositions.get(key);
				if (positions === undefined) this.bigramPositions.set(key, [position - 1]);
				else positions.push(position - 1);
			}
			previousId = id;
		}
	}

	has(phrase: string): boolean {
		return this.lookup(phrase) === "found";
	}

	lookup(phrase: string): PhraseLookup {
		const phraseIds = this.phraseTokenIds(phrase);
		if (phraseIds === "empty" || phraseIds === "absent") return phraseIds;
		if (phraseIds.length === 1) return "found";

		const vocabularySize = this.vocabulary.size;
		let anchorPositions: number[] | undefined;
		let anchorOffset = 0;
		for (let offset = 0; offset + 1 < phraseIds.length; offset++) {
			const key = (phraseIds[offset] ?? 0) * vocabularySize + (phraseIds[offset + 1] ?? 0);
			const positions = this.bigramPositions.get(key);
			if (positions === undefined) return "absent";
			if (anchorPositions === undefined || positions.length < anchorPositions.length) {
				anchorPositions = positions;
				anchorOffset = offset;
			}
		}
		if (anchorPositions === undefined) return "absent";

		const length = phraseIds.length;
		let phraseHash = 0;
		let basePower = 1;
		for (const id of phraseIds) {
			phraseHash = (Math.imul(phraseHash, HASH_BASE) + id + 1) | 0;
			basePower = Math.imul(basePower, HASH_BASE);
		}
		const lastStart = this.tokenCount - length;
		for (const anchorPosition of anchorPositions) {
			const start = anchorPosition - anchorOffset;
			if (start < 0 || start > lastStart) continue;
			const windowHash =
				((this.prefixHashes[start + length] ?? 0) - Math.imul(this.prefixHashes[start] ?? 0, basePower)) | 0;
			if (windowHash === phraseHash && this.occursAt(phraseIds, start)) return "found";
		}
		return "absent";
	}

	private occursAt(phraseIds: number[], start: number): boolean {
		for (let offset = 0; offset < phraseIds.length; offset++) {
			if (this.tokenIds[start + offset] !== phraseIds[offset]) return false;
		}
		return true;
	}

	/** Token ids of the phrase, or "absent" as soon as one token never occurs in the text. */
	private phraseTokenIds(phrase: string): number[] | "absent" | "empty" {
		const normalized = normalizeConsentText(phrase);
		const ids: number[] = [];
		let unknownToken = false;
		scanTokens(normalized, (start, end) => {
			const id = this.vocabulary.get(normalized.slice(start, end));
			if (id === undefined) unknownToken = true;
			else ids.push(id);
		});
		if (unknownToken) return "absent";
		return ids.length === 0 ? "empty" : ids;
	}
}

function normalizeStateCode(state: string | null | undefined): string | null {
	const code = state?.trim().toUpperCase();
	return code && US_STATE_CODES.has(code) ? code : null;
}

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
): ComplianceResult {
	const consumerState = normalizeStateCode(state);
	const skippedRules: SkippedRule[] = [];
	const applicableRules: ConsentRuleInput[] = [];
	for (const rule of rules) {
		if (ruleApplies(rule, consumerState)) applicableRules.push(rule);
		else skippedRules.push({ rule_id: rule.id, rule_name: rule.rule_name, reason: "state" });
	}

	let index: ConsentTextIndex | undefined;
	// Buyers repeat boilerplate phrases across rules; look each up once.
	const lookups = new Map<string, PhraseLookup>();
	const lookup = (phrase: string): PhraseLookup => {
		let result = lookups.get(phrase);
		if (result === undefined) {
			index ??= new ConsentTextIndex(consentText);
			result = index.lookup(phrase);
			lookups.set(phrase, result);
		}
		return result;
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

		const passed = ruleMissing.length === 0 && ruleForbiddenFound.length === 0;
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
	};
}
