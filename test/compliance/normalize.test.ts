import { describe, expect, it } from "vitest";
import { normalizeConsentText, tokenize } from "../../src/compliance";

describe("normalizeConsentText", () => {
	it.each([
		["lower-cases and trims", "  Acme INSURANCE  ", "acme insurance"],
		["NFKC: fullwidth letters and ligatures", "Ａｃｍｅ ﬁnancial", "acme financial"],
		["folds ß and ẞ to ss", "Straße STRAẞE", "strasse strasse"],
		["folds the Greek final sigma", "ΟΔΟΣ", "οδοσ"],
		[
			"collapses NBSP, figure and narrow spaces",
			"Acme\u00a0Insurance\u2007and\u202fpartners",
			"acme insurance and partners",
		],
		["collapses line breaks and tabs", "Acme\r\nInsurance\n\n\tand  partners", "acme insurance and partners"],
		["collapses Unicode line and paragraph separators", "Acme\u2028Insurance\u2029now", "acme insurance now"],
		["removes zero-width characters and BOM", "\ufeffAc\u200bme\u200c Insur\u200dance", "acme insurance"],
		["removes soft hyphens Word leaves inside words", "auto\u00addialer", "autodialer"],
		["straightens curly single quotes and primes", "I\u2019m \u2018Acme\u2019 5\u2032", "i'm 'acme' 5'"],
		[
			"straightens curly double quotes and guillemets",
			"\u201cSubmit\u201d \u201eok\u201f \u00abyes\u00bb",
			'"submit" "ok" "yes"',
		],
		["maps backticks and acute accents used as apostrophes", "don`t can\u00b4t", "don't can't"],
		[
			"unifies every dash variant to a hyphen",
			"a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\ufe58i\ufe63j\uff0dk",
			"a-b-c-d-e-f-g-h-i-j-k",
		],
		[
			"decodes named entities",
			"Acme&nbsp;Insurance &amp; Co &quot;x&quot; &apos;y&apos; &lt;z&gt;",
			"acme insurance & co \"x\" 'y' <z>",
		],
		[
			"decodes typographic entities",
			"I&rsquo;m &lsquo;in&rsquo; &ldquo;it&rdquo; a&ndash;b&mdash;c wait&hellip;",
			"i'm 'in' \"it\" a-b-c wait...",
		],
		["drops trademark entities", "Acme&reg; Shield&trade; &copy; 2025", "acme shield 2025"],
		["decodes decimal and hex references", "I&#8217;m &#x2019;ok&#X2019; &#65;", "i'm 'ok' a"],
		["remaps Windows-1252 references", "I&#146;m &#147;in&#148; a&#150;b", 'i\'m "in" a-b'],
		["leaves unknown entities alone", "AT&T &bogus; & more", "at&t &bogus; & more"],
		["decodes only once", "&amp;nbsp;", "&nbsp;"],
		["keeps escaped markup as text", "&lt;b&gt;Acme&lt;/b&gt;", "<b>acme</b>"],
		["inline tags vanish", "<b>Ac</b>me <strong>Insurance</strong> <a href='/x'>link</a>", "acme insurance link"],
		[
			"block tags and <br> separate words",
			"Acme<br>Insurance<br/>partners<p>calls</p><div>texts</div>",
			"acme insurance partners calls texts",
		],
		["unknown tags separate words", "Acme<img src=x.png>Insurance<sup>1</sup>", "acme insurance 1"],
		[
			"drops comments, scripts and styles",
			"Acme<!-- hidden --> <style>p{}</style>Insurance<script>x()</script>",
			"acme insurance",
		],
		[
			"drops Word conditional comments and namespaced tags",
			"<!--[if gte mso 9]><xml>junk</xml><![endif]-->Acme<o:p></o:p>",
			"acme",
		],
		["a stray < is text, not a tag", "rates < 5% and >2", "rates < 5% and >2"],
		["trademark signs become spaces instead of TM", "Acme\u2122 Shield\u00ae Plus\u2120", "acme shield plus"],
		["superscript footnote markers do not fuse with words", "Insurance\u00b9", "insurance 1"],
		["ellipsis becomes three periods", "wait\u2026", "wait..."],
		["composes combining marks onto ASCII letters", "Cafe\u0301 Pen\u0303a", "caf\u00e9 pe\u00f1a"],
		["composes combining marks next to folded quotes", "\u2018Cafe\u0301\u2019", "'caf\u00e9'"],
	])("%s", (_label, input, expected) => {
		expect(normalizeConsentText(input)).toBe(expected);
	});

	it("leaves no quote, dash, invisible or trademark variant behind for any BMP character", () => {
		// NFKC can produce characters the fold pass handles (\u2033 -> primes,
		// \ufe58 -> em dash); they must be folded too, so check every input.
		const leftovers =
			/[\u2018-\u201f\u2032-\u2037\u2057\u02bc\u00b4`\u00ab\u00bb\u2039\u203a\u2010-\u2015\u2212\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u00a9\u00ae\u2120\u2122\u00a0\u00df\u03c2]/;
		const offenders: string[] = [];
		for (let code = 0x80; code <= 0xffff; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			if (leftovers.test(normalizeConsentText(`a${String.fromCharCode(code)}b`))) offenders.push(code.toString(16));
		}
		expect(offenders).toEqual([]);
	});

	it("is idempotent on its own output for plain text", () => {
		const once = normalizeConsentText("By clicking \u201cSubmit\u201d\u00a0\u2014 you agree\u2026");
		expect(normalizeConsentText(once)).toBe(once);
	});
});

describe("tokenize", () => {
	it.each([
		["splits words on whitespace and punctuation", 'Acme, Inc. (the "Company")', ["acme", "inc", "the", "company"]],
		["hyphens separate words", "auto-dialer non‑marketing", ["auto", "dialer", "non", "marketing"]],
		["keeps autodialer whole", "autodialer", ["autodialer"]],
		["keeps contractions whole", "can't don\u2019t you're", ["can't", "don't", "you're"]],
		["splits off the possessive 's", "Acme\u2019s agents", ["acme", "'s", "agents"]],
		["drops a trailing plural-possessive apostrophe", "consumers' rights", ["consumers", "rights"]],
		["keeps decimals and thousands together", "3.5% of $1,000.00", ["3.5", "%", "of", "$", "1,000.00"]],
		["splits dotted abbreviations and domains", "U.S. acme.com", ["u", "s", "acme", "com"]],
		["emails keep the @ as a token", "help@acme.com", ["help", "@", "acme", "com"]],
		["ampersand is a token", "Terms & Conditions", ["terms", "&", "conditions"]],
		["non-Latin letters and combining marks form words", "Peña café 東京", ["peña", "café", "東京"]],
		["emoji are symbol tokens", "call ☎ now", ["call", "☎", "now"]],
		["punctuation-only input has no tokens", "... --- ,;:!?", []],
	])("%s", (_label, input, expected) => {
		expect(tokenize(input)).toEqual(expected);
	});
});
