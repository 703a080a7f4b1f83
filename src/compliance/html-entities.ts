// HTML character references as browsers decode them: named entities (with the few a browser accepts without ";"),
// decimal and hex references, and Windows-1252 bytes disguised as numeric references.

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

export const HTML_ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}))(;?)/g;

function decodeNumericReference(codePoint: number): string {
	const remapped = WINDOWS_1252_C1[codePoint] ?? codePoint;
	if (remapped === 0 || remapped > 0x10ffff || (remapped >= 0xd800 && remapped <= 0xdfff)) {
		return "\ufffd";
	}
	return String.fromCodePoint(remapped);
}

export function decodeEntity(
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
