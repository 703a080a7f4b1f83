// The consent text's index: tokenised and hashed once, then each phrase lookup costs time in the phrase's length,
// not the text's.
//
// Its cache, and the trade-off: IndexWorkspace keeps one set of scratch arrays between evaluations instead of
// allocating a couple of hundred KB of typed arrays per claim. Those arrays live outside the JS heap, and allocating
// them on every claim made V8 run extra garbage collection. The price is up to ~4 MB held for the isolate's lifetime
// (texts over ~100 KB allocate for themselves, so one outlier cannot pin more) and the rule that an index built in the
// workspace must be dropped before the next one is built (evaluateConsent's never outlives its synchronous call).
// Measured with `npm run bench:compliance` (20 KB text, 2-core machine shared with other work, four paired runs on
// 2026-11-26): median for 1,000 phrases 0.96-2.23 ms with the workspace, 1.32-2.87 ms with a fresh index per call;
// index only 0.50-1.08 ms against 0.89-1.40 ms. The quietest pair shows a 2x gain (0.96 against 1.99 ms); in the
// others the difference is within the machine's +-40% load swings, so it is a gain under allocation pressure rather
// than on every call.

import { foldForMatching } from "./folding";
import { compilePhrase } from "./phrase-cache";
import { foldAsciiCase, scanTokens, TokenSpans } from "./tokenizer";

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
