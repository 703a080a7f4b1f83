/**
 * Text normalisation and tokenisation shared by consent texts and rule phrases.
 *
 * Both sides go through exactly the same pipeline, so any spelling variation
 * folded here (HTML, entities, NBSPs, curly quotes, dash variants, case) can
 * never cause a missed match, and anything not folded here stays significant.
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

const INLINE_TAGS = new Set([
	"a",
	"abbr",
	"acronym",
	"b",
	"bdi",
	"bdo",
	"big",
	"cite",
	"code",
	"data",
	"del",
	"dfn",
	"em",
	"font",
	"i",
	"ins",
	"kbd",
	"label",
	"mark",
	"nobr",
	"o:p",
	"q",
	"s",
	"samp",
	"small",
	"span",
	"strike",
	"strong",
	"time",
	"tt",
	"u",
	"var",
	"wbr",
]);

const BLOCK_TAGS = new Set([
	"address",
	"article",
	"aside",
	"blockquote",
	"caption",
	"center",
	"dd",
	"details",
	"dialog",
	"div",
	"dl",
	"dt",
	"fieldset",
	"figcaption",
	"figure",
	"footer",
	"form",
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
	"header",
	"hr",
	"legend",
	"li",
	"main",
	"nav",
	"ol",
	"p",
	"pre",
	"section",
	"summary",
	"table",
	"tbody",
	"tfoot",
	"thead",
	"tr",
	"ul",
]);

// Non-rendered content and markup declarations: removing them wholesale keeps
// CSS, scripts and Word's conditional comments out of the matchable text.
const HIDDEN_MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style|xml|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<[!?][^<>]*>/gi;
// `[^<>]` rather than `[^>]` so a stray "<" in prose cannot swallow text up to
// the next real tag.
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^<>]*)?\/?>/g;

function replaceTag(_tag: string, rawName: string): string {
	const name = rawName.toLowerCase();
	if (INLINE_TAGS.has(name)) return "";
	if (name === "br") return "\n";
	if (BLOCK_TAGS.has(name)) return "\n\n";
	// Unknown or replaced elements (img, input, td, sup...) still separate words;
	// gluing words together could create matches the reader never saw.
	return " ";
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	nbsp: "\u00a0",
	ensp: "\u2002",
	emsp: "\u2003",
	thinsp: "\u2009",
	zwsp: "\u200b",
	zwnj: "\u200c",
	zwj: "\u200d",
	shy: "\u00ad",
	lrm: "\u200e",
	rlm: "\u200f",
	amp: "&",
	quot: '"',
	apos: "'",
	lt: "<",
	gt: ">",
	lsquo: "\u2018",
	rsquo: "\u2019",
	sbquo: "\u201a",
	ldquo: "\u201c",
	rdquo: "\u201d",
	bdquo: "\u201e",
	laquo: "\u00ab",
	raquo: "\u00bb",
	lsaquo: "\u2039",
	rsaquo: "\u203a",
	prime: "\u2032",
	Prime: "\u2033",
	ndash: "\u2013",
	mdash: "\u2014",
	minus: "\u2212",
	hyphen: "\u2010",
	dash: "\u2010",
	hellip: "\u2026",
	bull: "\u2022",
	middot: "\u00b7",
	reg: "\u00ae",
	trade: "\u2122",
	copy: "\u00a9",
	sect: "\u00a7",
	para: "\u00b6",
	deg: "\u00b0",
	cent: "\u00a2",
	pound: "\u00a3",
	euro: "\u20ac",
	yen: "\u00a5",
	dollar: "$",
	percnt: "%",
	commat: "@",
	num: "#",
	period: ".",
	comma: ",",
	colon: ":",
	semi: ";",
	excl: "!",
	quest: "?",
	lpar: "(",
	rpar: ")",
	sol: "/",
	times: "\u00d7",
	frac12: "\u00bd",
	frac14: "\u00bc",
	frac34: "\u00be",
	sup1: "\u00b9",
	sup2: "\u00b2",
	sup3: "\u00b3",
};

// HTML parsers accept these few without the trailing ";" (legacy pages and
// hand-typed snippets rely on it); anything else needs the semicolon.
const SEMICOLON_OPTIONAL_ENTITIES = new Set(["nbsp", "amp", "quot", "lt", "gt", "copy", "reg"]);

// Numeric references in 0x80–0x9F are Windows-1252 bytes in disguise (Word
// exports &#146; for ’ and &#150; for –); browsers remap them, so do we.
const WINDOWS_1252_C1: Readonly<Record<number, number>> = {
	128: 0x20ac,
	130: 0x201a,
	131: 0x0192,
	132: 0x201e,
	133: 0x2026,
	134: 0x2020,
	135: 0x2021,
	136: 0x02c6,
	137: 0x2030,
	138: 0x0160,
	139: 0x2039,
	140: 0x0152,
	142: 0x017d,
	145: 0x2018,
	146: 0x2019,
	147: 0x201c,
	148: 0x201d,
	149: 0x2022,
	150: 0x2013,
	151: 0x2014,
	152: 0x02dc,
	153: 0x2122,
	154: 0x0161,
	155: 0x203a,
	156: 0x0153,
	158: 0x017e,
	159: 0x0178,
};

const HTML_ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}))(;?)/g;
// Tags and entities in one left-to-right pass (one scan and one copy of the
// text instead of two). Decoded output is never rescanned, so an escaped
// "&lt;b&gt;" still ends up as visible text rather than as a tag.
const HTML_TAG_OR_ENTITY = new RegExp(`${HTML_TAG.source}|${HTML_ENTITY.source}`, "g");

function replaceTagOrEntity(
	markup: string,
	tagName: string | undefined,
	decimal: string | undefined,
	hex: string | undefined,
	entityName: string | undefined,
	semicolon: string | undefined,
): string {
	return tagName !== undefined
		? replaceTag(markup, tagName)
		: decodeEntity(markup, decimal, hex, entityName, semicolon ?? "");
}

function decodeNumericReference(codePoint: number): string {
	const remapped = WINDOWS_1252_C1[codePoint] ?? codePoint;
	if (remapped === 0 || remapped > 0x10ffff || (remapped >= 0xd800 && remapped <= 0xdfff)) {
		return "\ufffd";
	}
	return String.fromCodePoint(remapped);
}

function decodeEntity(
	reference: string,
	decimal: string | undefined,
	hex: string | undefined,
	name: string | undefined,
	semicolon: string,
): string {
	if (decimal !== undefined) return decodeNumericReference(Number.parseInt(decimal, 10));
	if (hex !== undefined) return decodeNumericReference(Number.parseInt(hex, 16));
	if (name === undefined) return reference;
	const decoded = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
	if (decoded === undefined) return reference;
	if (semicolon === "" && !SEMICOLON_OPTIONAL_ENTITIES.has(name.toLowerCase())) return reference;
	return decoded;
}

const SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u00b4\uff40\u1fef`";
const DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u301d\u301e\u2033\u2034\u2036\u2037\u2057";
const DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b\ufe31\ufe32";
// Invisible characters that must not even separate words: pasted text hides
// them inside words ("Ac\u00adme" renders as "Acme"). Variation selectors are
// combining marks that would otherwise glue onto tokens.
const INVISIBLE =
	"\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f";
// Decoration, not words: dropped so "Acme\u00ae Insurance" matches "Acme
// Insurance". NFKC would otherwise turn \u2122 into "TM" glued onto the brand.
const TRADEMARK_SIGNS = "\u00a9\u00ae\u2120\u2122";
// NFKC maps these to a plain space anyway; folding them here lets typical
// HTML (full of &nbsp;) come out as pure ASCII and skip NFKC altogether.
const SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000";
// Superscript digits are footnote markers in pasted text ("Insurance\u00b9"); a
// leading space keeps NFKC from fusing them into the word ("insurance1").
const SUPERSCRIPTS =
	"\u00b9\u00b2\u00b3\u2070\u2071\u2074\u2075\u2076\u2077\u2078\u2079\u207a\u207b\u207c\u207d\u207e\u207f\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u208a\u208b\u208c\u208d\u208e";

/**
 * Replacement per folded character, applied before NFKC. Quotes and dashes
 * are listed together with the compatibility characters NFKC would turn into
 * them (\u2033 -> two primes, \ufe58 -> em dash), so nothing needs folding
 * after NFKC.
 */
const CHARACTER_FOLDS = new Map<number, string>();
for (const [characters, replacement] of [
	[SINGLE_QUOTES, "'"],
	[DOUBLE_QUOTES, '"'],
	[DASHES, "-"],
	[INVISIBLE, ""],
	[TRADEMARK_SIGNS, " "],
	[SPACES, " "],
] as const) {
	for (const character of characters) CHARACTER_FOLDS.set(character.charCodeAt(0), replacement);
}
for (const superscript of SUPERSCRIPTS) {
	// NFKC of the superscript minus is U+2212, itself a dash to fold.
	CHARACTER_FOLDS.set(superscript.charCodeAt(0), ` ${superscript.normalize("NFKC").replace("\u2212", "-")}`);
}
// NFKC spells \u0149 with a modifier-letter apostrophe.
CHARACTER_FOLDS.set(0x0149, "'n");

const BACKTICK = 0x60;

/**
 * Folds character variants, then applies NFKC. One hand-written pass instead
 * of a regex per character family (on a 20 KB text each regex character-class
 * pass costs more than the whole tokenizer), and NFKC is skipped altogether
 * when folding left nothing but ASCII, as it does for typical HTML and Word
 * text.
 */
function foldCharactersAndNfkc(text: string): string {
	let folded = "";
	let copiedUpTo = 0;
	let nonAsciiLeft = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80 && code !== BACKTICK) continue;
		const replacement = CHARACTER_FOLDS.get(code);
		if (replacement === undefined) {
			nonAsciiLeft = true;
			continue;
		}
		folded += text.slice(copiedUpTo, index) + replacement;
		copiedUpTo = index + 1;
	}
	if (copiedUpTo !== 0) folded += text.slice(copiedUpTo);
	else folded = text;
	return nonAsciiLeft ? normalizeNfkc(folded) : folded;
}

/**
 * NFKC applied only to the non-ASCII runs, each with the character before it
 * (a combining mark composes with its base). Exact, because no character ever
 * composes with or reorders across a following ASCII character (checked over
 * every code point), and much cheaper than normalising a 20 KB text whose few
 * non-ASCII characters would force ICU to copy all of it.
 */
function normalizeNfkc(text: string): string {
	let normalized = "";
	let copiedUpTo = 0;
	let index = 0;
	while (index < text.length) {
		if (text.charCodeAt(index) < 0x80) {
			index++;
			continue;
		}
		const runStart = Math.max(copiedUpTo, index - 1);
		while (index < text.length && text.charCodeAt(index) >= 0x80) index++;
		const run = text.slice(runStart, index);
		const normalizedRun = run.normalize("NFKC");
		if (normalizedRun !== run) {
			normalized += text.slice(copiedUpTo, runStart) + normalizedRun;
			copiedUpTo = index;
		}
	}
	return copiedUpTo === 0 ? text : normalized + text.slice(copiedUpTo);
}

/** Markup, entities and character variants folded; case and whitespace untouched. */
function foldMarkupAndCharacters(text: string): string {
	let folded = text;
	const hasTags = folded.includes("<");
	if (hasTags) folded = folded.replace(HIDDEN_MARKUP, " ");
	if (hasTags || folded.includes("&")) folded = folded.replace(HTML_TAG_OR_ENTITY, replaceTagOrEntity);
	return foldCharactersAndNfkc(folded);
}

/** Case folding beyond toLowerCase: \u00df/\u1e9e -> "ss", final sigma -> \u03c3. */
function foldCase(text: string): string {
	let lower = text.toLowerCase();
	if (lower.includes("\u00df")) lower = lower.replaceAll("\u00df", "ss");
	if (lower.includes("\u03c2")) lower = lower.replaceAll("\u03c2", "\u03c3");
	return lower;
}

/**
 * The form the matcher tokenises: `normalizeConsentText` without the
 * whitespace collapsing, which changes nothing for the tokenizer (every
 * whitespace character is a separator) but costs a full regex pass.
 */
export function foldForMatching(text: string): string {
	return isFoldedExceptCase(text) ? text.toLowerCase() : foldCase(foldMarkupAndCharacters(text));
}

const AMPERSAND = 0x26;
const LESS_THAN = 0x3c;

/**
 * True for ASCII without markup, entities or backticks: text that is already
 * folded apart from case (whitespace is left alone by folding anyway). Rule
 * phrases nearly always qualify.
 */
function isFoldedExceptCase(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		if (needsFolding(text.charCodeAt(index))) return false;
	}
	return true;
}

function needsFolding(code: number): boolean {
	return code >= 0x80 || code === AMPERSAND || code === LESS_THAN || code === BACKTICK;
}

const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
const HORIZONTAL_SPACE_RUN = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const SPACES_AROUND_NEWLINE = / ?\n ?/g;

/**
 * Strips markup and folds character variants but keeps case and line
 * structure: a <br> becomes "\n" and a block element a blank line, so the
 * sentence splitter can still see them. Horizontal whitespace is collapsed to
 * single spaces; the result is idempotent for text without literal "<" or "&".
 */
export function prepareConsentText(text: string): string {
	return foldMarkupAndCharacters(text)
		.replace(LINE_BREAKS, "\n")
		.replace(HORIZONTAL_SPACE_RUN, " ")
		.replace(SPACES_AROUND_NEWLINE, "\n")
		.trim();
}

/**
 * Escapes just the "&" and "<" that `prepareConsentText` would read as an
 * entity or a tag, so text that already went through it (a sentence cut from
 * a prepared consent text) normalises to the same tokens a second time.
 */
export function escapeMarkupLookalikes(text: string): string {
	let escaped = text;
	if (escaped.includes("&")) {
		escaped = escaped.replace(HTML_ENTITY, (reference, decimal, hex, name, semicolon) =>
			decodeEntity(reference, decimal, hex, name, semicolon) === reference ? reference : `&amp;${reference.slice(1)}`,
		);
	}
	if (escaped.includes("<")) {
		const escapeTag = (markup: string): string => `&lt;${markup.slice(1)}`;
		escaped = escaped.replace(HIDDEN_MARKUP, escapeTag).replace(HTML_TAG, escapeTag);
	}
	return escaped;
}

// Only runs of two or more, or single non-space whitespace, need rewriting;
// matching every lone space would make this the slowest step.
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/**
 * The canonical form both consent texts and rule phrases are compared in:
 * markup stripped, entities decoded, NFKC, case folded, quotes straightened,
 * dashes unified to "-", invisible characters removed, whitespace collapsed
 * to single spaces and trimmed.
 */
export function normalizeConsentText(text: string): string {
	return foldForMatching(text).replace(WHITESPACE_TO_COLLAPSE, " ").trim();
}

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
