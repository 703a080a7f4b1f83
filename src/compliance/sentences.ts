import { escapeMarkupLookalikes, prepareConsentText } from "./folding";

/**
 * Sentence splitting for the "full consent text" rule mode, where every
 * sentence of a reference disclosure becomes a required phrase.
 *
 * Every returned sentence is a contiguous stretch of the prepared text, so it
 * is always found again when the same text is evaluated; a wrong split only
 * changes how finely the report itemises, never whether the text passes.
 * Sentences keep their case and trailing punctuation (matching ignores it),
 * with whitespace collapsed, list markers dropped and markup stripped.
 */

// Abbreviations that qualify what follows them ("Dr. Smith", "No. 5",
// "St. Petersburg", "U.S. residents"): a period after them never ends a
// sentence. Stored lower-case without the final period. "Apr" is left out on
// purpose: in lending disclosures "APR." ends sentences far more often.
const NEVER_FINAL_ABBREVIATIONS = new Set([
	"mr",
	"mrs",
	"ms",
	"mx",
	"dr",
	"prof",
	"rev",
	"hon",
	"sen",
	"rep",
	"gov",
	"gen",
	"col",
	"capt",
	"lt",
	"sgt",
	"st",
	"mt",
	"ft",
	"vs",
	"e.g",
	"i.e",
	"cf",
	"approx",
	"bldg",
	"dept",
	"p.o",
	"a.k.a",
	"jan",
	"feb",
	"mar",
	"jun",
	"jul",
	"aug",
	"sep",
	"sept",
	"oct",
	"nov",
	"dec",
	"u.s",
	"u.s.a",
]);

// Abbreviations that introduce a number ("No. 5", "Ste. 100", "ext. 12"): not
// final before a digit, otherwise ordinary words ("Reply NO. Then...").
const NUMBER_PREFIX_ABBREVIATIONS = new Set(["no", "nos", "apt", "ste", "ext", "tel", "fig", "vol", "pp"]);

// Abbreviations that often end a sentence ("... provided by Acme, Inc. You
// agree"): the period ends one only when a capitalised word or a line break
// follows.
const MAYBE_FINAL_ABBREVIATIONS = new Set([
	"inc",
	"ltd",
	"co",
	"corp",
	"llc",
	"llp",
	"lp",
	"plc",
	"pllc",
	"pc",
	"n.a",
	"jr",
	"sr",
	"etc",
	"al",
	"esq",
	"a.m",
	"p.m",
	"bros",
	"assn",
	"intl",
]);

const BULLET_GLYPHS = "•◦▪▫‣∙●○■□➢►▶✓✔";
// A bullet glyph between spaces inside a line (pasted lists often lose their
// line breaks) starts a new list item.
const INLINE_BULLET = new RegExp(` [${BULLET_GLYPHS}](?= )`, "g");
// Markers at the start of a line: bullets, "-"/"*"/"+", "1." "2)" "(a)" "iv.".
const LIST_MARKER = new RegExp(`^(?:[${BULLET_GLYPHS}·*+-]+|\\(?(?:\\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)])(?: |$)`);

// A run of terminal punctuation (an ellipsis included, NFKC turns "…" into
// "...") plus any closing quotes/brackets, followed by whitespace or the end.
const SENTENCE_END = /(\.{2,}|[.!?]+)(["')\]]*)(?=\s|$)/g;
const ENDS_WITH_TERMINAL = /[.!?]["')\]]*$/;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const UPPERCASE_START = /^\p{Lu}/u;
const LOWERCASE_START = /^\p{Ll}/u;
const DIGIT_START = /^#?\d/;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const WHITESPACE_RUN = /\s+/g;
const LEADING_OPENERS = /^["'([]+/;

export function splitSentences(text: string): string[] {
	const sentences: string[] = [];
	const prepared = prepareConsentText(text).replace(INLINE_BULLET, "\n•");
	for (const paragraph of prepared.split(/\n{2,}/)) {
		for (const block of joinLines(paragraph)) splitBlock(block, sentences);
	}
	return sentences;
}

/**
 * Joins a paragraph's lines into blocks that can each hold several sentences.
 * A line break survives (as "\n", a strong sentence-end hint) only after
 * terminal punctuation; otherwise it was a soft wrap and becomes a space. A
 * list item always starts a new block.
 */
function joinLines(paragraph: string): string[] {
	const blocks: string[] = [];
	let current = "";
	for (const rawLine of paragraph.split("\n")) {
		let line = rawLine.trim();
		const marker = LIST_MARKER.exec(line);
		if (marker) line = line.slice(marker[0].length).trim();
		if (line === "") {
			if (marker && current !== "") {
				blocks.push(current);
				current = "";
			}
			continue;
		}
		if (current === "") {
			current = line;
		} else if (marker) {
			blocks.push(current);
			current = line;
		} else {
			current += ENDS_WITH_TERMINAL.test(current) ? `\n${line}` : ` ${line}`;
		}
	}
	if (current !== "") blocks.push(current);
	return blocks;
}

function splitBlock(block: string, sentences: string[]): void {
	let sentenceStart = 0;
	for (const match of block.matchAll(SENTENCE_END)) {
		const end = match.index + match[0].length;
		if (end < block.length && !endsSentence(block, match.index, end, match[1] ?? "", match[2] ?? "")) {
			continue;
		}
		pushSentence(block.slice(sentenceStart, end), sentences);
		sentenceStart = end;
	}
	pushSentence(block.slice(sentenceStart), sentences);
}

function endsSentence(
	block: string,
	terminatorStart: number,
	end: number,
	terminator: string,
	closers: string,
): boolean {
	const following = /^\s*/.exec(block.slice(end, end + 16))?.[0] ?? "";
	const atLineBreak = following.includes("\n");
	const nextText = block.slice(end + following.length, end + following.length + 2);

	if (terminator === "." && closers === "") {
		const word = wordBefore(block, terminatorStart);
		const abbreviation = word.toLowerCase();
		if (NEVER_FINAL_ABBREVIATIONS.has(abbreviation) || SINGLE_CAPITAL.test(word)) return false;
		if (NUMBER_PREFIX_ABBREVIATIONS.has(abbreviation) && DIGIT_START.test(nextText)) return false;
		if (MAYBE_FINAL_ABBREVIATIONS.has(abbreviation) || DOTTED_ACRONYM.test(word)) {
			return atLineBreak || UPPERCASE_START.test(nextText);
		}
	}
	// A lower-case continuation means the punctuation was not final:
	// 'said "wait..." and then', 'He asked "why?" and left'.
	return atLineBreak || !LOWERCASE_START.test(nextText);
}

function wordBefore(block: string, terminatorStart: number): string {
	const wordStart = block.lastIndexOf(" ", terminatorStart - 1);
	const newlineStart = block.lastIndexOf("\n", terminatorStart - 1);
	const start = Math.max(wordStart, newlineStart) + 1;
	return block.slice(start, terminatorStart).replace(LEADING_OPENERS, "");
}

function pushSentence(fragment: string, sentences: string[]): void {
	const sentence = fragment.replace(WHITESPACE_RUN, " ").trim();
	if (HAS_WORD_CHARACTER.test(sentence)) sentences.push(escapeMarkupLookalikes(sentence));
}
