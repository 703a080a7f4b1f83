/**
 * Tokenisation shared by consent texts and rule phrases, after folding (./folding.ts).
 *
 * Tokenisation rule (see `scanTokens`):
 * - A word token is a run of letters, digits and combining marks (\p{L}\p{N}\p{M}).
 *   An apostrophe between two word characters stays inside the word
 *   ("don't", "can't", "o'brien") so "can" is never found inside "can't"; the
 *   possessive "'s" alone becomes a token of its own so "Acme" is found in
 *   "Acme's affiliates". "." or "," between two ASCII digits also stays inside
 *   ("3.5", "1,000", "$1.99" -> "$" "1.99"): splitting would let "3.5%" match
 *   "3 5%".
 * - Symbols (\p{S}, plus "%", "&" and "@") are single-character tokens: "3.5%"
 *   must not match "3.5", nor "Terms & Conditions" match "Terms, Conditions".
 *   Decorative marks (®, ™, ℠, ©) are dropped entirely so "Acme® Insurance"
 *   matches "Acme Insurance".
 * - Everything else (whitespace and punctuation, hyphens included) only
 *   separates tokens. Hence "auto-dialer" == "auto dialer" (a hyphen is a
 *   spelling variant, and Word inserts non-breaking hyphens at will) but neither
 *   ever equals "autodialer", and "dialer" is found inside "auto-dialer" the way
 *   a regex \b would find it. Punctuation at a phrase's ends is thereby
 *   ignorable on both sides, and commas inside a phrase do not have to agree
 *   with the text.
 */
import { needsFolding, normalizeConsentText } from "./folding";

// Character classes for the tokenizer, as small integers for a flat lookup table.
const SEPARATOR = 0;
const WORD = 1;
const SYMBOL = 2;
const APOSTROPHE = 3;
const DIGIT_SEPARATOR = 4;
type CharClass = typeof SEPARATOR | typeof WORD | typeof SYMBOL | typeof APOSTROPHE | typeof DIGIT_SEPARATOR;

const ASCII_CLASSES: CharClass[] = [];
for (let code = 0; code < 128; code++) {
	const char = String.fromCharCode(code);
	if (/[a-zA-Z0-9]/.test(char)) ASCII_CLASSES.push(WORD);
	else if ("$%&+<=>@^|~".includes(char)) ASCII_CLASSES.push(SYMBOL);
	else if (char === "'") ASCII_CLASSES.push(APOSTROPHE);
	else if (char === "." || char === ",") ASCII_CLASSES.push(DIGIT_SEPARATOR);
	else ASCII_CLASSES.push(SEPARATOR);
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SYMBOL_CHAR = /^\p{S}$/u;
const nonAsciiClasses = new Map<number, CharClass>();

function classifyNonAscii(codePoint: number): CharClass {
	let charClass = nonAsciiClasses.get(codePoint);
	if (charClass === undefined) {
		const char = String.fromCodePoint(codePoint);
		if (WORD_CHAR.test(char)) charClass = WORD;
		else if (SYMBOL_CHAR.test(char)) charClass = SYMBOL;
		else charClass = SEPARATOR;
		// Bounded so a hostile text cycling through code points cannot grow it forever.
		if (nonAsciiClasses.size < 4096) nonAsciiClasses.set(codePoint, charClass);
	}
	return charClass;
}

function classAt(text: string, index: number): CharClass {
	const code = text.charCodeAt(index);
	if (Number.isNaN(code)) return SEPARATOR;
	if (code < 128) return ASCII_CLASSES[code] ?? SEPARATOR;
	return classifyNonAscii(text.codePointAt(index) ?? code);
}

function isAsciiDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

const LOWER_S = 0x73;
const UPPER_S = 0x53;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const FNV_OFFSET_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Lower-cases an ASCII capital. Phrases may be scanned as written (see
 * `scanTokens`), so token hashes and comparisons fold ASCII case instead of
 * allocating a lower-cased copy; on folded text this is a no-op.
 */
export function foldAsciiCase(code: number): number {
	return code >= UPPER_A && code <= UPPER_Z ? code + 32 : code;
}

function mixHash(hash: number, code: number): number {
	return Math.imul(hash ^ foldAsciiCase(code), FNV_PRIME);
}

/**
 * Tokens as parallel arrays: UTF-16 offsets plus an FNV-1a hash of each
 * token's (ASCII-case-folded) code units, computed during the scan so callers
 * never re-read the characters to intern them. Reusable between scans without
 * reallocating: resetting a plain array's length releases its storage, and
 * per-phrase regrowth was measurably the costliest part of a lookup.
 */
export class TokenSpans {
	starts: Int32Array;
	ends: Int32Array;
	hashes: Int32Array;
	count = 0;

	constructor(initialCapacity = 64) {
		this.starts = new Int32Array(initialCapacity);
		this.ends = new Int32Array(initialCapacity);
		this.hashes = new Int32Array(initialCapacity);
	}

	add(start: number, end: number, hash: number): void {
		if (this.count === this.starts.length) this.grow();
		this.starts[this.count] = start;
		this.ends[this.count] = end;
		this.hashes[this.count] = hash;
		this.count++;
	}

	private grow(): void {
		const capacity = this.count * 2;
		const starts = new Int32Array(capacity);
		const ends = new Int32Array(capacity);
		const hashes = new Int32Array(capacity);
		starts.set(this.starts);
		ends.set(this.ends);
		hashes.set(this.hashes);
		this.starts = starts;
		this.ends = ends;
		this.hashes = hashes;
	}
}

/**
 * Fills `spans` with every token of `text`, in order, and returns the count.
 * Expects folded text (see `foldForMatching`), or, with `asWritten`, raw text
 * that `isFoldedExceptCase` would accept: it then differs from its folded form
 * only in case, and ASCII capitals are word characters like their lower-case
 * forms, so boundaries and hashes come out the same. With `asWritten`, returns
 * -1 as soon as a character needing folding shows up, saving phrases a
 * separate checking pass.
 */
export function scanTokens(text: string, spans: TokenSpans, asWritten = false): number {
	spans.count = 0;
	const length = text.length;
	let index = 0;
	let wordStart = -1;
	let wordHash = 0;
	while (index < length) {
		const code = text.charCodeAt(index);
		if (asWritten && needsFolding(code)) return -1;
		let width = 1;
		let charClass: CharClass;
		if (code < 128) {
			charClass = ASCII_CLASSES[code] ?? SEPARATOR;
		} else {
			const codePoint = text.codePointAt(index) ?? code;
			if (codePoint > 0xffff) width = 2;
			charClass = classifyNonAscii(codePoint);
		}

		if (charClass === WORD) {
			if (wordStart < 0) {
				wordStart = index;
				wordHash = FNV_OFFSET_BASIS;
			}
			wordHash = mixHash(wordHash, code);
			if (width === 2) wordHash = mixHash(wordHash, text.charCodeAt(index + 1));
			index += width;
			continue;
		}
		if (wordStart >= 0) {
			if (charClass === APOSTROPHE && classAt(text, index + 1) === WORD) {
				// The possessive "'s" is split off so "Acme" is still found in
				// "Acme's affiliates"; other contractions stay whole so "can"
				// is never found inside "can't".
				const next = text.charCodeAt(index + 1);
				if ((next === LOWER_S || next === UPPER_S) && classAt(text, index + 2) !== WORD) {
					spans.add(wordStart, index, wordHash);
					spans.add(index, index + 2, mixHash(mixHash(FNV_OFFSET_BASIS, code), next));
					wordStart = -1;
					index += 2;
				} else {
					wordHash = mixHash(wordHash, code);
					index += 1;
				}
				continue;
			}
			if (
				charClass === DIGIT_SEPARATOR &&
				isAsciiDigit(text.charCodeAt(index - 1)) &&
				isAsciiDigit(text.charCodeAt(index + 1))
			) {
				wordHash = mixHash(wordHash, code);
				index += 1;
				continue;
			}
			spans.add(wordStart, index, wordHash);
			wordStart = -1;
		}
		if (charClass === SYMBOL) {
			let symbolHash = mixHash(FNV_OFFSET_BASIS, code);
			if (width === 2) symbolHash = mixHash(symbolHash, text.charCodeAt(index + 1));
			spans.add(index, index + width, symbolHash);
		}
		index += width;
	}
	if (wordStart >= 0) spans.add(wordStart, length, wordHash);
	return spans.count;
}

/** Normalises `text` and returns its tokens (the unit phrases are matched in). */
export function tokenize(text: string): string[] {
	const normalized = normalizeConsentText(text);
	const spans = new TokenSpans();
	const count = scanTokens(normalized, spans);
	const tokens: string[] = [];
	for (let index = 0; index < count; index++) {
		tokens.push(normalized.slice(spans.starts[index], spans.ends[index]));
	}
	return tokens;
}
