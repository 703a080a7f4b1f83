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

// Applied before NFKC because NFKC would decompose them into something worse:
// ™ -> "TM" (gluing onto the brand: "AcmeTM"), ´ -> space + combining accent,
// ″ -> two primes. Superscript digits are footnote markers in pasted text
// ("Insurance¹"); a leading space keeps them from fusing with the word.
const PRE_NFKC = /[\u00a9\u00ae\u2120\u2122\u00b4\u2033\u2034\u2036\u2037\u00b9\u00b2\u00b3\u2070-\u209f]/g;

function replacePreNfkc(char: string): string {
	switch (char) {
		case "\u00a9":
		case "\u00ae":
		case "\u2120":
		case "\u2122":
			return " ";
		case "\u00b4":
			return "'";
		case "\u2033":
		case "\u2034":
		case "\u2036":
		case "\u2037":
			return '"';
		default:
			return ` ${char}`;
	}
}

const SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u0060";
const DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u301d\u301e";
const DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2e3a\u2e3b\ufe31\ufe32";
// Invisible characters that must not even separate words: pasted text hides
// them inside words ("Ac\u00adme" renders as "Acme"). Variation selectors are
// combining marks that would otherwise glue onto tokens.
const INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060-\u2064\ufeff\ufe00-\ufe0f";

const CHARACTER_VARIANTS = new RegExp(`[${SINGLE_QUOTES}${DOUBLE_QUOTES}${DASHES}${INVISIBLE}]`, "g");
const SINGLE_QUOTE_SET = new Set(SINGLE_QUOTES);
const DOUBLE_QUOTE_SET = new Set(DOUBLE_QUOTES);
const DASH_SET = new Set(DASHES);

function replaceCharacterVariant(char: string): string {
	if (SINGLE_QUOTE_SET.has(char)) return "'";
	if (DOUBLE_QUOTE_SET.has(char)) return '"';
	if (DASH_SET.has(char)) return "-";
	return "";
}

const NON_ASCII = /[^\x00-\x7f]/;
const LINE_BREAKS = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;
// \s minus "\n": everything that should become a single plain space.
const HORIZONTAL_SPACE_RUN = /[^\S\n]+/g;
const SPACES_AROUND_NEWLINE = / ?\n ?/g;

/**
 * Strips markup and folds character variants but keeps case and line
 * structure: a <br> becomes "\n" and a block element a blank line, so the
 * sentence splitter can still see them. Horizontal whitespace is collapsed to
 * single spaces; the result is idempotent for text without literal "<" or "&".
 */
export function prepareConsentText(text: string): string {
	let prepared = text;
	if (prepared.includes("<")) {
		prepared = prepared.replace(HIDDEN_MARKUP, " ").replace(HTML_TAG, replaceTag);
	}
	// Decoded after tag stripping so an escaped "&lt;b&gt;" stays visible text.
	if (prepared.includes("&")) prepared = prepared.replace(HTML_ENTITY, decodeEntity);
	if (NON_ASCII.test(prepared)) {
		prepared = prepared.replace(PRE_NFKC, replacePreNfkc).normalize("NFKC");
		prepared = prepared.replace(CHARACTER_VARIANTS, replaceCharacterVariant);
	}
	if (prepared.includes("`")) prepared = prepared.replaceAll("`", "'");
	return prepared
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

// Printable ASCII without markup, entities or backticks is already in final
// form apart from case and spacing. Rule phrases nearly always qualify, which
// keeps per-phrase cost tiny.
const NEEDS_FULL_PIPELINE = /[^\x20-\x7e]|[&<`]/;
const SPACE_RUN = /\s+/g;

/** Case folding beyond toLowerCase: ß/ẞ -> "ss", final sigma -> σ. */
function foldCase(text: string): string {
	const lower = text.toLowerCase();
	return NON_ASCII.test(lower) ? lower.replace(/ß/g, "ss").replace(/ς/g, "σ") : lower;
}

/**
 * The canonical form both consent texts and rule phrases are compared in:
 * markup stripped, entities decoded, NFKC, case folded, quotes straightened,
 * dashes unified to "-", invisible characters removed, whitespace collapsed
 * to single spaces and trimmed.
 */
export function normalizeConsentText(text: string): string {
	if (!NEEDS_FULL_PIPELINE.test(text)) {
		const lower = text.toLowerCase();
		return (lower.includes("  ") ? lower.replace(SPACE_RUN, " ") : lower).trim();
	}
	return foldCase(prepareConsentText(text)).replace(SPACE_RUN, " ");
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

const LOWER_S = 115;

/**
 * Calls `onToken(start, end)` for every token of an already normalised string,
 * in order, as UTF-16 offsets so callers can slice or look up without building
 * intermediate arrays.
 */
export function scanTokens(normalized: string, onToken: (start: number, end: number) => void): void {
	const length = normalized.length;
	let index = 0;
	let wordStart = -1;
	while (index < length) {
		const code = normalized.charCodeAt(index);
		let width = 1;
		let charClass: CharClass;
		if (code < 128) {
			charClass = ASCII_CLASSES[code] ?? SEPARATOR;
		} else {
			const codePoint = normalized.codePointAt(index) ?? code;
			if (codePoint > 0xffff) width = 2;
			charClass = classifyNonAscii(codePoint);
		}

		if (charClass === WORD) {
			if (wordStart < 0) wordStart = index;
			index += width;
			continue;
		}
		if (wordStart >= 0) {
			if (charClass === APOSTROPHE && classAt(normalized, index + 1) === WORD) {
				// The possessive "'s" is split off so "Acme" is still found in
				// "Acme's affiliates"; other contractions stay whole so "can"
				// is never found inside "can't".
				if (normalized.charCodeAt(index + 1) === LOWER_S && classAt(normalized, index + 2) !== WORD) {
					onToken(wordStart, index);
					onToken(index, index + 2);
					wordStart = -1;
					index += 2;
				} else {
					index += 1;
				}
				continue;
			}
			if (
				charClass === DIGIT_SEPARATOR &&
				isAsciiDigit(normalized.charCodeAt(index - 1)) &&
				isAsciiDigit(normalized.charCodeAt(index + 1))
			) {
				index += 1;
				continue;
			}
			onToken(wordStart, index);
			wordStart = -1;
		}
		if (charClass === SYMBOL) onToken(index, index + width);
		index += width;
	}
	if (wordStart >= 0) onToken(wordStart, length);
}

/** Normalises `text` and returns its tokens (the unit phrases are matched in). */
export function tokenize(text: string): string[] {
	const normalized = normalizeConsentText(text);
	const tokens: string[] = [];
	scanTokens(normalized, (start, end) => {
		tokens.push(normalized.slice(start, end));
	});
	return tokens;
}
