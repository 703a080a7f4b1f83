/**
 * Text normalisation shared by consent texts and rule phrases.
 *
 * Both sides go through exactly the same pipeline, so any spelling variation
 * folded here (HTML, entities, NBSPs, curly quotes, dash variants, case) can
 * never cause a missed match, and anything not folded here stays significant.
 */
import { decodeEntity, HTML_ENTITY } from "./html-entities";
import { HIDDEN_MARKUP, HTML_TAG, HTML_TAG_OR_ENTITY, replaceTagOrEntity } from "./html-tags";

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

/** True for a character folding could change: non-ASCII, or the start of markup, an entity or a backtick quote. */
export function needsFolding(code: number): boolean {
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
