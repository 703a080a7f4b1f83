import { foldAsciiCase, foldForMatching, scanTokens, TokenSpans } from "./normalize";

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
const WINDOW_HASH_BASE = 1_000_003;
// Hash-table slots hold id + 1 so that the zero-filled fresh array reads as empty.
const EMPTY = 0;
const NO_POSITION = -1;

/** Power of two keeping the load factor at most 0.8 even if every entry is distinct. */
function tableCapacity(entries: number): number {
	let capacity = 16;
	while (capacity < entries * 1.25) capacity *= 2;
	return capacity;
}

function hashPair(first: number, second: number): number {
	return Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b) ^ second;
}

// Prose averages well over four characters per token.
function initialSpanCapacity(textLength: number): number {
	return Math.max(64, textLength >> 2);
}

// Largest scratch memory kept between calls (in 32-bit cells, ~4 MB): covers
// consent texts up to roughly 100 KB; bigger ones allocate for themselves so a
// single outlier cannot pin its memory for the isolate's lifetime.
const MAX_RETAINED_CELLS = 1 << 20;
const MAX_RETAINED_TEXT_LENGTH = 1 << 17;

/**
 * Scratch memory reused by successive indexes. Each index allocates a couple of
 * hundred KB of typed arrays; those live outside the JS heap, and allocating
 * them on every claim made V8 run extra garbage collection that roughly
 * doubled the median evaluation time.
 */
export class IndexWorkspace {
	private memory = new Int32Array(0);
	private readonly spans = new TokenSpans();

	memoryFor(cells: number): Int32Array | undefined {
		if (cells > MAX_RETAINED_CELLS) return undefined;
		if (this.memory.length < cells) this.memory = new Int32Array(Math.min(MAX_RETAINED_CELLS, cells * 2));
		return this.memory;
	}

	spansFor(textLength: number): TokenSpans | undefined {
		return textLength > MAX_RETAINED_TEXT_LENGTH ? undefined : this.spans;
	}
}

const evaluationWorkspace = new IndexWorkspace();

/**
 * A consent text tokenised and indexed once, answering "does this phrase occur
 * on token boundaries?" in time proportional to the phrase, not the text.
 *
 * Construction is O(text length): one folding pass, one tokenizer pass, and
 * two open-addressing hash tables in a single typed-array allocation (no
 * per-token strings or objects):
 * - the vocabulary interns each distinct token to an integer id, compared by
 *   hash and then by characters against its first occurrence in the text;
 * - the bigram table maps each pair of consecutive ids to its occurrence count
 *   and a linked list of its positions.
 * Positions are indexed by bigram rather than by single token because bigrams
 * are far more selective: "you agree to" has hundreds of "you" candidates in a
 * long disclosure but few "you agree" ones.
 *
 * A lookup tokenises the phrase (O(phrase length) probes; any token or bigram
 * missing from the text answers "absent" at once, the common case), anchors on
 * its rarest bigram, and checks each candidate with an O(1) window hash,
 * confirming token by token only when the hash agrees. Cost per phrase is
 * O(phrase length + occurrences of its rarest bigram) — in realistic text a
 * handful — and never depends on the text length.
 */
export class ConsentTextIndex {
	readonly tokenCount: number;
	private readonly folded: string;
	private readonly tokenIds: Int32Array;
	private readonly prefixHashes: Int32Array;

	private readonly vocabularyMask: number;
	/** Per slot: token id + 1, or EMPTY. */
	private readonly vocabularySlots: Int32Array;
	private readonly vocabularySlotHashes: Int32Array;
	private readonly idStarts: Int32Array;
	private readonly idEnds: Int32Array;

	private readonly bigramMask: number;
	/** Per slot: first token id + 1, or EMPTY. */
	private readonly bigramFirstIds: Int32Array;
	private readonly bigramSecondIds: Int32Array;
	private readonly bigramLastPositions: Int32Array;
	private readonly bigramCounts: Int32Array;
	/** For each position, the previous position starting the same bigram, or NO_POSITION. */
	private readonly previousSameBigram: Int32Array;

	/**
	 * @param workspace Internal: scratch memory to build in instead of fresh
	 * allocations. Only for an index that is dropped before the workspace is
	 * used again (evaluateConsent's, which never outlives its synchronous call).
	 */
	constructor(consentText: string, workspace?: IndexWorkspace) {
		const folded = foldForMatching(consentText);
		this.folded = folded;
		const spans = workspace?.spansFor(folded.length) ?? new TokenSpans(initialSpanCapacity(folded.length));
		const tokenCount = scanTokens(folded, spans);
		this.tokenCount = tokenCount;

		const capacity = tableCapacity(tokenCount);
		const memoryLength = 6 * tokenCount + 1 + 6 * capacity;
		const memory = workspace?.memoryFor(memoryLength) ?? new Int32Array(memoryLength);
		let offset = 0;
		const carve = (length: number): Int32Array => {
			const view = memory.subarray(offset, offset + length);
			offset += length;
			return view;
		};
		this.tokenIds = carve(tokenCount);
		this.prefixHashes = carve(tokenCount + 1);
		this.idStarts = carve(tokenCount);
		this.idEnds = carve(tokenCount);
		this.previousSameBigram = carve(tokenCount);
		this.vocabularyMask = capacity - 1;
		this.vocabularySlots = carve(capacity);
		this.vocabularySlotHashes = carve(capacity);
		this.bigramMask = capacity - 1;
		this.bigramFirstIds = carve(capacity);
		this.bigramSecondIds = carve(capacity);
		this.bigramLastPositions = carve(capacity);
		this.bigramCounts = carve(capacity);
		// Reused memory holds the previous text's data. Only these need resetting:
		// every other cell is written before it is read.
		if (workspace) {
			this.vocabularySlots.fill(EMPTY);
			this.bigramFirstIds.fill(EMPTY);
			this.prefixHashes[0] = 0;
		}

		this.internTokens(spans);
		let windowHash = 0;
		for (let position = 0; position < tokenCount; position++) {
			const id = this.tokenIds[position] ?? 0;
			windowHash = (Math.imul(windowHash, WINDOW_HASH_BASE) + id + 1) | 0;
			this.prefixHashes[position + 1] = windowHash;
			if (position + 1 < tokenCount) this.addBigram(id, this.tokenIds[position + 1] ?? 0, position);
		}
	}

	has(phrase: string): boolean {
		return this.lookup(phrase) === "found";
	}

	lookup(phrase: string): PhraseLookup {
		const phraseIds = this.phraseTokenIds(phrase);
		if (phraseIds === "empty" || phraseIds === "absent") return phraseIds;
		const length = phraseIds.length;
		if (length === 1) return "found";

		let anchorSlot = NO_POSITION;
		let anchorOffset = 0;
		for (let offset = 0; offset + 1 < length; offset++) {
			const slot = this.bigramSlot(phraseIds[offset] ?? 0, phraseIds[offset + 1] ?? 0);
			if (slot === NO_POSITION) return "absent";
			if (anchorSlot === NO_POSITION || (this.bigramCounts[slot] ?? 0) < (this.bigramCounts[anchorSlot] ?? 0)) {
				anchorSlot = slot;
				anchorOffset = offset;
			}
		}

		let phraseHash = 0;
		let basePower = 1;
		for (const id of phraseIds) {
			phraseHash = (Math.imul(phraseHash, WINDOW_HASH_BASE) + id + 1) | 0;
			basePower = Math.imul(basePower, WINDOW_HASH_BASE);
		}
		const lastStart = this.tokenCount - length;
		let anchorPosition = this.bigramLastPositions[anchorSlot] ?? NO_POSITION;
		while (anchorPosition !== NO_POSITION) {
			const start = anchorPosition - anchorOffset;
			if (start >= 0 && start <= lastStart) {
				const windowHash =
					((this.prefixHashes[start + length] ?? 0) - Math.imul(this.prefixHashes[start] ?? 0, basePower)) | 0;
				if (windowHash === phraseHash && this.occursAt(phraseIds, start)) return "found";
			}
			anchorPosition = this.previousSameBigram[anchorPosition] ?? NO_POSITION;
		}
		return "absent";
	}

	private internTokens(spans: TokenSpans): void {
		let vocabularySize = 0;
		for (let position = 0; position < spans.count; position++) {
			const start = spans.starts[position] ?? 0;
			const end = spans.ends[position] ?? 0;
			const hash = spans.hashes[position] ?? 0;
			let slot = hash & this.vocabularyMask;
			let entry = this.vocabularySlots[slot] ?? EMPTY;
			while (entry !== EMPTY) {
				if (this.vocabularySlotHashes[slot] === hash && this.isTextToken(entry - 1, start, end)) break;
				slot = (slot + 1) & this.vocabularyMask;
				entry = this.vocabularySlots[slot] ?? EMPTY;
			}
			if (entry === EMPTY) {
				entry = ++vocabularySize;
				this.vocabularySlots[slot] = entry;
				this.vocabularySlotHashes[slot] = hash;
				this.idStarts[entry - 1] = start;
				this.idEnds[entry - 1] = end;
			}
			this.tokenIds[position] = entry - 1;
		}
	}

	private isTextToken(id: number, start: number, end: number): boolean {
		const idStart = this.idStarts[id] ?? 0;
		if ((this.idEnds[id] ?? 0) - idStart !== end - start) return false;
		for (let offset = 0; start + offset < end; offset++) {
			if (this.folded.charCodeAt(idStart + offset) !== this.folded.charCodeAt(start + offset)) return false;
		}
		return true;
	}

	/** Id of a phrase token (folded, or as written: compared folding ASCII case), or NO_POSITION. */
	private phraseTokenId(phrase: string, start: number, end: number, hash: number): number {
		let slot = hash & this.vocabularyMask;
		let entry = this.vocabularySlots[slot] ?? EMPTY;
		while (entry !== EMPTY) {
			if (this.vocabularySlotHashes[slot] === hash && this.isPhraseToken(entry - 1, phrase, start, end)) {
				return entry - 1;
			}
			slot = (slot + 1) & this.vocabularyMask;
			entry = this.vocabularySlots[slot] ?? EMPTY;
		}
		return NO_POSITION;
	}

	private isPhraseToken(id: number, phrase: string, start: number, end: number): boolean {
		const idStart = this.idStarts[id] ?? 0;
		if ((this.idEnds[id] ?? 0) - idStart !== end - start) return false;
		for (let offset = 0; start + offset < end; offset++) {
			if (this.folded.charCodeAt(idStart + offset) !== foldAsciiCase(phrase.charCodeAt(start + offset))) return false;
		}
		return true;
	}

	private addBigram(firstId: number, secondId: number, position: number): void {
		let slot = hashPair(firstId, secondId) & this.bigramMask;
		for (;;) {
			const slotFirst = this.bigramFirstIds[slot] ?? EMPTY;
			if (slotFirst === EMPTY) {
				this.bigramFirstIds[slot] = firstId + 1;
				this.bigramSecondIds[slot] = secondId;
				this.bigramLastPositions[slot] = position;
				this.bigramCounts[slot] = 1;
				this.previousSameBigram[position] = NO_POSITION;
				return;
			}
			if (slotFirst === firstId + 1 && this.bigramSecondIds[slot] === secondId) {
				this.previousSameBigram[position] = this.bigramLastPositions[slot] ?? NO_POSITION;
				this.bigramLastPositions[slot] = position;
				this.bigramCounts[slot] = (this.bigramCounts[slot] ?? 0) + 1;
				return;
			}
			slot = (slot + 1) & this.bigramMask;
		}
	}

	/** Slot of the bigram, or NO_POSITION when the pair never occurs in the text. */
	private bigramSlot(firstId: number, secondId: number): number {
		let slot = hashPair(firstId, secondId) & this.bigramMask;
		for (;;) {
			const slotFirst = this.bigramFirstIds[slot] ?? EMPTY;
			if (slotFirst === EMPTY) return NO_POSITION;
			if (slotFirst === firstId + 1 && this.bigramSecondIds[slot] === secondId) return slot;
			slot = (slot + 1) & this.bigramMask;
		}
	}

	private occursAt(phraseIds: readonly number[], start: number): boolean {
		for (let offset = 0; offset < phraseIds.length; offset++) {
			if (this.tokenIds[start + offset] !== phraseIds[offset]) return false;
		}
		return true;
	}

	/** Token ids of the phrase, or "absent" as soon as one token never occurs in the text. */
	private phraseTokenIds(phrase: string): number[] | "absent" | "empty" {
		const compiled = compilePhrase(phrase);
		if (compiled === undefined) return "empty";
		const { source, tokens } = compiled;
		const ids: number[] = [];
		for (let offset = 0; offset < tokens.length; offset += 3) {
			const id = this.phraseTokenId(source, tokens[offset] ?? 0, tokens[offset + 1] ?? 0, tokens[offset + 2] ?? 0);
			if (id === NO_POSITION) return "absent";
			ids.push(id);
		}
		return ids;
	}
}

/** A phrase tokenised independently of any text. */
interface CompiledPhrase {
	/** The phrase as written when plain ASCII (compared folding case), else its folded form. */
	source: string;
	/**
	 * start, end and hash of each token, flattened. A plain array: small typed
	 * arrays past 64 bytes get off-heap storage, whose churn slows GC.
	 */
	tokens: number[];
}

// Tokenising a phrase is half the cost of looking it up, and none of it
// depends on the consent text; a buyer's rules recur on every claim an isolate
// serves, so compiled phrases are cached. A fixed two-way set-associative
// table rather than a Map: a miss just overwrites a slot, so memory stays
// bounded and first-time phrases cost barely more than without a cache (a
// growing, periodically cleared Map made every miss ~3x dearer).
const PHRASE_CACHE_BUCKETS = 4096;
const cachedPhraseKeys: (string | undefined)[] = new Array(PHRASE_CACHE_BUCKETS * 2).fill(undefined);
const cachedPhrases: (CompiledPhrase | undefined)[] = new Array(PHRASE_CACHE_BUCKETS * 2).fill(undefined);
const phraseSpans = new TokenSpans();

function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
	return hash;
}

/** The phrase's tokens, or undefined when it has none (blank or punctuation only). */
function compilePhrase(phrase: string): CompiledPhrase | undefined {
	const first = (hashString(phrase) & (PHRASE_CACHE_BUCKETS - 1)) * 2;
	if (cachedPhraseKeys[first] === phrase) return cachedPhrases[first];
	if (cachedPhraseKeys[first + 1] === phrase) return cachedPhrases[first + 1];

	// Rule phrases are nearly always plain ASCII: scan them as written and fold
	// only when the scanner meets something that needs it.
	let source = phrase;
	let count = scanTokens(phrase, phraseSpans, true);
	if (count < 0) {
		source = foldForMatching(phrase);
		count = scanTokens(source, phraseSpans);
	}
	let compiled: CompiledPhrase | undefined;
	if (count > 0) {
		const tokens: number[] = [];
		for (let index = 0; index < count; index++) {
			tokens.push(phraseSpans.starts[index] ?? 0, phraseSpans.ends[index] ?? 0, phraseSpans.hashes[index] ?? 0);
		}
		compiled = { source, tokens };
	}
	// The previous occupant moves to the second way: least recently added goes.
	cachedPhraseKeys[first + 1] = cachedPhraseKeys[first];
	cachedPhrases[first + 1] = cachedPhrases[first];
	cachedPhraseKeys[first] = phrase;
	cachedPhrases[first] = compiled;
	return compiled;
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

export type ComplianceSummary = Pick<
	ComplianceResult,
	"score" | "matched" | "missing" | "forbidden_found" | "status" | "grade" | "rules_evaluated"
>;

/** What the claim response and the compliance_checked audit event carry; the full per-rule result stays on the claim. */
export function complianceSummary(result: ComplianceResult): ComplianceSummary {
	const { score, matched, missing, forbidden_found, status, grade, rules_evaluated } = result;
	return { score, matched, missing, forbidden_found, status, grade, rules_evaluated };
}
