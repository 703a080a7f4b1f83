// HTML markup in pasted consent texts: which tags disappear (inline), which break lines (block, <br>), and the
// content that is never rendered (scripts, styles, comments).
import { decodeEntity, HTML_ENTITY } from "./html-entities";

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
export const HIDDEN_MARKUP =
	/<!--[\s\S]*?(?:-->|$)|<(script|style|xml|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<[!?][^<>]*>/gi;
// `[^<>]` rather than `[^>]` so a stray "<" in prose cannot swallow text up to
// the next real tag.
export const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^<>]*)?\/?>/g;

function replaceTag(_tag: string, rawName: string): string {
	const name = rawName.toLowerCase();
	if (INLINE_TAGS.has(name)) return "";
	if (name === "br") return "\n";
	if (BLOCK_TAGS.has(name)) return "\n\n";
	// Unknown or replaced elements (img, input, td, sup...) still separate words;
	// gluing words together could create matches the reader never saw.
	return " ";
}

// Tags and entities in one left-to-right pass (one scan and one copy of the
// text instead of two). Decoded output is never rescanned, so an escaped
// "&lt;b&gt;" still ends up as visible text rather than as a tag.
export const HTML_TAG_OR_ENTITY = new RegExp(`${HTML_TAG.source}|${HTML_ENTITY.source}`, "g");

export function replaceTagOrEntity(
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
