import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	ConsentTextIndex,
	evaluateConsent,
	normalizeConsentText,
	splitSentences,
	tokenize,
} from "../../src/compliance";

const WORDS = [
	"you",
	"agree",
	"to",
	"the",
	"receive",
	"calls",
	"and",
	"text",
	"messages",
	"from",
	"Acme",
	"Insurance",
	"autodialer",
	"ATDS",
	"prerecorded",
	"consent",
	"is",
	"not",
	"required",
	"purchase",
	"can't",
	"Acme's",
	"3.5%",
	"$1,499.00",
	"SunBright",
	"Café",
	"STOP",
];

// Every separator contains at least one word boundary; the variety covers what
// real texts put between words.
const SEPARATORS = [
	" ",
	"  ",
	", ",
	". ",
	"; ",
	" - ",
	" \u2014 ",
	"\u00a0",
	"&nbsp;",
	"\n",
	"\r\n\r\n",
	"\t",
	" (",
	") ",
	' "',
	'" ',
	" \u201c",
	"\u201d ",
	"<br>",
	"</p><p>",
	" <strong>",
	"</strong> ",
	"<a href='https://acme.example/x'> ",
	" </a>",
	"\u202f",
	"\u2028",
	"/",
	": ",
];

const textWords = fc.array(fc.record({ word: fc.constantFrom(...WORDS), separator: fc.constantFrom(...SEPARATORS) }), {
	minLength: 1,
	maxLength: 60,
});

function render(parts: { word: string; separator: string }[]): string {
	return parts.map(({ word, separator }) => `${word}${separator}`).join("");
}

describe("properties", () => {
	it("finds any run of whole words cut out of a text, however it is marked up", () => {
		fc.assert(
			fc.property(textWords, fc.nat(), fc.nat(), (parts, a, b) => {
				const start = a % parts.length;
				const end = start + 1 + (b % (parts.length - start));
				const phrase = parts
					.slice(start, end)
					.map((part) => part.word)
					.join(" ");
				expect(new ConsentTextIndex(render(parts)).has(phrase)).toBe(true);
			}),
		);
	});

	it("successive evaluations never see a previous text (scratch memory is reused)", () => {
		fc.assert(
			fc.property(
				fc.array(textWords, { minLength: 2, maxLength: 4 }),
				fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
				(texts, phraseWords) => {
					const phrases = phraseWords.map((words) => words.join(" "));
					for (const parts of texts) {
						const text = render(parts);
						const fresh = new ConsentTextIndex(text);
						const result = evaluateConsent(text, null, [
							{ id: 1, rule_name: "r", mode: "warn", required_phrases: phrases, forbidden_phrases: [], states: [] },
						]);
						expect(result.matched).toEqual(phrases.filter((phrase) => fresh.has(phrase)));
					}
				},
			),
		);
	});

	const PHRASES = [
		"Acme Insurance",
		"consent is not required as a condition of purchase",
		"you agree to receive autodialed calls",
		"I'm on the Do Not Call list",
		"Acme's marketing partners",
		"non-marketing calls",
		"3.5% APR",
	];
	const SPACE_VARIANTS = [" ", "\u00a0", "&nbsp;", "\n", " \t ", "\u202f", "\u2007", "<br>", "\u200b "];
	const APOSTROPHE_VARIANTS = ["'", "\u2019", "&rsquo;", "&#8217;", "&#x2019;", "`"];
	const DASH_VARIANTS = ["-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212", "&ndash;", "&mdash;", "\uff0d"];

	const variant = fc
		.record({
			phrase: fc.constantFrom(...PHRASES),
			seed: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
			before: fc.constantFrom("", ".", ",", "(", '"', "\u201c", "<b>", "<p>"),
			after: fc.constantFrom("", ".", ",", ")", '"', "\u201d", "!", "</b>", "</p>", "..."),
		})
		.map(({ phrase, seed, before, after }) => {
			let picks = 0;
			const pick = <T>(options: readonly T[]): T => {
				const value = seed[picks++ % seed.length] ?? 0;
				return options[value % options.length] as T;
			};
			const words = phrase.split(" ").map((word) => {
				let rendered = [...word]
					.map((char) => (pick([0, 1]) === 0 ? char.toUpperCase() : char.toLowerCase()))
					.join("")
					.replace("'", () => pick(APOSTROPHE_VARIANTS))
					.replace("-", () => pick(DASH_VARIANTS));
				const wrapper = pick(["", "", "b", "strong", "span", "em"]);
				if (wrapper !== "") rendered = `<${wrapper}>${rendered}</${wrapper}>`;
				return rendered;
			});
			const spaced = words.reduce((joined, word) => `${joined}${pick(SPACE_VARIANTS)}${word}`);
			return { phrase, text: `We disclose that ${before}${spaced}${after} at all times.` };
		});

	it("finds a phrase written with any mix of case, spaces, quotes, dashes and inline markup", () => {
		fc.assert(
			fc.property(variant, ({ phrase, text }) => {
				const result = evaluateConsent(text, null, [
					{ id: 1, rule_name: "r", mode: "reject", required_phrases: [phrase], forbidden_phrases: [], states: [] },
				]);
				expect(result.matched).toEqual([phrase]);
			}),
		);
	});

	it("never finds a word glued to other letters or digits", () => {
		const glue = fc.string({ unit: fc.constantFrom(..."abcxyzXYZ019é"), minLength: 1, maxLength: 3 });
		fc.assert(
			fc.property(
				fc.constantFrom("autodialer", "ATDS", "Acme", "consent", "STOP"),
				glue,
				glue,
				fc.constantFrom("prefix", "suffix", "both"),
				(word, prefix, suffix, where) => {
					const glued = `${where !== "suffix" ? prefix : ""}${word}${where !== "prefix" ? suffix : ""}`;
					const text = `Calls may be placed with ${glued} technology.`;
					expect(new ConsentTextIndex(text).has(word)).toBe(false);
				},
			),
		);
	});

	it("plain-ASCII phrases matched as written agree with the full folding pipeline", () => {
		const index = new ConsentTextIndex(
			"By clicking SUBMIT you agree that Acme's agents may call 1-800-555-0100 using an ATDS; rates 3.5% APR & fees $1,499.00 apply.",
		);
		const asciiPhrase = fc.string({ unit: fc.constantFrom(..."acmeACME's yuoSUBMIT-.,;%$&35 1"), maxLength: 30 });
		fc.assert(
			fc.property(asciiPhrase, (phrase) => {
				// A zero-width space folds away to nothing but forces the full pipeline.
				expect(index.lookup(phrase)).toBe(index.lookup(`${phrase}\u200b`));
			}),
			{ numRuns: 500 },
		);
	});

	it("normalisation is idempotent on markup-free text", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (raw) => {
				const text = raw.replace(/[&<]/g, " ");
				const once = normalizeConsentText(text);
				expect(normalizeConsentText(once)).toBe(once);
			}),
		);
	});

	it("phrases match exactly when their token sequences occur in the text", () => {
		const word = fc.constantFrom("a", "b", "ab", "c");
		fc.assert(
			fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { minLength: 1, maxLength: 5 }), (text, phrase) => {
				const haystack = ` ${text.join(" ")} `;
				const expected = haystack.includes(` ${phrase.join(" ")} `);
				expect(new ConsentTextIndex(text.join(", ")).has(phrase.join(" "))).toBe(expected);
			}),
		);
	});

	const SENTENCE_PARTS = [
		"Acme Insurance Agency, Inc. and its affiliates may call you.",
		"Offers are provided by Acme, Inc.",
		"You agree to calls from U.S. agents, e.g. Dr. Smith.",
		"Rates start at 3.5% APR or $1.99 per month.",
		"Visit www.acme.com/privacy or email help@acme.com.",
		'He said "Stop."',
		"Then calls end\u2026",
		"Why?",
		"Reply STOP!",
		"By clicking \u201cSubmit\u201d you consent",
		"TCPA CONSENT",
		"Acme&rsquo;s partners&nbsp;may text you.",
		"<strong>Consent</strong> is not required.",
	];
	const JOINERS = [
		" ",
		"  ",
		"\n",
		"\n\n",
		"<br>",
		"<p>",
		"</p><p>",
		"\n\u2022 ",
		"\n- ",
		" \u2022 ",
		"\u00a0 ",
		"<li>",
	];

	it("sentences cover the whole text and are each found in it", () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ part: fc.constantFrom(...SENTENCE_PARTS), joiner: fc.constantFrom(...JOINERS) }), {
					minLength: 1,
					maxLength: 12,
				}),
				(pieces) => {
					const text = pieces.map(({ part, joiner }) => `${part}${joiner}`).join("");
					const sentences = splitSentences(text);
					expect(tokenize(sentences.join(" "))).toEqual(tokenize(text));
					const index = new ConsentTextIndex(text);
					for (const sentence of sentences) expect(index.has(sentence)).toBe(true);
				},
			),
		);
	});
});
