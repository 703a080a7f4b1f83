import { describe, expect, it } from "vitest";
import { evaluateConsent, splitSentences, tokenize } from "../../src/compliance";
import { DEBT_RELIEF_HTML, INSURANCE_HTML, MORTGAGE_TEXT, SOLAR_WORD_PASTE } from "./disclosures";

describe("splitSentences", () => {
	it.each([
		[
			"plain sentences",
			"You agree to calls. You may opt out! Questions? Call us.",
			["You agree to calls.", "You may opt out!", "Questions?", "Call us."],
		],
		[
			"company suffixes mid-sentence",
			"Acme Insurance Agency, Inc. and its affiliates may call you. Acme Co. or its agents may text you.",
			["Acme Insurance Agency, Inc. and its affiliates may call you.", "Acme Co. or its agents may text you."],
		],
		[
			"company suffixes ending a sentence",
			"Offers are provided by Acme, Inc. You may opt out at any time.",
			["Offers are provided by Acme, Inc.", "You may opt out at any time."],
		],
		[
			"abbreviations that never end a sentence",
			"Available to U.S. residents only. Contact Dr. Smith or Mrs. Jones, e.g. by phone, i.e. not email. See No. 5 on St. Mary's Rd. Thanks.",
			[
				"Available to U.S. residents only.",
				"Contact Dr. Smith or Mrs. Jones, e.g. by phone, i.e. not email.",
				"See No. 5 on St. Mary's Rd.",
				"Thanks.",
			],
		],
		[
			"LLC., Ltd., Co., Jr., Sr. and etc. before lower-case words",
			"SunBright Solar LLC. and Acme Ltd. partners, Acme Co. agents, John Smith Jr. and Sr. staff, calls, texts, etc. may follow.",
			[
				"SunBright Solar LLC. and Acme Ltd. partners, Acme Co. agents, John Smith Jr. and Sr. staff, calls, texts, etc. may follow.",
			],
		],
		[
			"number prefixes only before numbers",
			"Call ext. 204 or visit Ste. 100 or Apt. #4. To opt out, reply NO. Then stop. Rates from 6.1% APR. Terms apply.",
			[
				"Call ext. 204 or visit Ste. 100 or Apt. #4.",
				"To opt out, reply NO.",
				"Then stop.",
				"Rates from 6.1% APR.",
				"Terms apply.",
			],
		],
		["initials", "Signed by John Q. Public today. Thanks.", ["Signed by John Q. Public today.", "Thanks."]],
		[
			"decimals, prices and percentages",
			"Rates start at 3.5% APR. Plans cost $1.99 per month. Save 2.5x more.",
			["Rates start at 3.5% APR.", "Plans cost $1.99 per month.", "Save 2.5x more."],
		],
		[
			"URLs and emails",
			"See www.acme.com/privacy for details. Terms: https://acme.com/terms.html. Email help@acme.com. Done.",
			["See www.acme.com/privacy for details.", "Terms: https://acme.com/terms.html.", "Email help@acme.com.", "Done."],
		],
		[
			"sentences ending inside quotes",
			'He said "Stop." Then the calls ended. Reply \u201cSTOP.\u201d To get help reply HELP.',
			['He said "Stop."', "Then the calls ended.", 'Reply "STOP."', "To get help reply HELP."],
		],
		[
			"quoted punctuation followed by lower case continues the sentence",
			'By clicking "Submit!" you agree. She asked "why?" and left.',
			['By clicking "Submit!" you agree.', 'She asked "why?" and left.'],
		],
		["parenthesised sentence", "(See terms.) You agree.", ["(See terms.)", "You agree."]],
		[
			"ellipses",
			"Calls may come from Acme\u2026 or its partners. We will call\u2026 Then we text.",
			["Calls may come from Acme... or its partners.", "We will call...", "Then we text."],
		],
		["repeated punctuation", "Really?! Yes!!! Ok.", ["Really?!", "Yes!!!", "Ok."]],
		[
			"no final punctuation",
			"You agree to calls. Reply STOP to opt out",
			["You agree to calls.", "Reply STOP to opt out"],
		],
		[
			"a blank line always ends a sentence",
			"TCPA CONSENT\n\nBy clicking below you agree to calls\n\nfrom Acme",
			["TCPA CONSENT", "By clicking below you agree to calls", "from Acme"],
		],
		[
			"a single line break ends a sentence only after terminal punctuation",
			"By clicking below you agree\nto receive calls.\nReply STOP to opt out.\nCo. names apply",
			["By clicking below you agree to receive calls.", "Reply STOP to opt out.", "Co. names apply"],
		],
		[
			"a line break after a company suffix ends the sentence",
			"Offers by Acme, Inc.\nyou may opt out.",
			["Offers by Acme, Inc.", "you may opt out."],
		],
		["Windows line breaks", "First line.\r\nSecond line.\r\n\r\nThird", ["First line.", "Second line.", "Third"]],
		[
			"list bullets",
			"You agree to receive:\n\u2022 calls\n\u2022 text messages\n- prerecorded messages\n* emails\n1. from Acme\n2) from partners\n(a) at any time",
			[
				"You agree to receive:",
				"calls",
				"text messages",
				"prerecorded messages",
				"emails",
				"from Acme",
				"from partners",
				"at any time",
			],
		],
		["inline bullets", "Calls \u2022 Texts \u2022 Emails", ["Calls", "Texts", "Emails"]],
		[
			"HTML paragraphs, line breaks, lists and entities",
			"<p>By clicking &ldquo;Submit&rdquo;, you agree.</p><p>Acme&rsquo;s partners<br>may call you.<br>Reply STOP.</p><ul><li>Calls</li><li>Texts</li></ul>",
			['By clicking "Submit", you agree.', "Acme's partners may call you.", "Reply STOP.", "Calls", "Texts"],
		],
		[
			"Word paste with NBSPs and dashes",
			"I agree\u00a0\u2014\u00a0by clicking below\u00a0\u2014 to calls.\u00a0 Msg\u00a0&\u00a0data rates may apply.",
			["I agree - by clicking below - to calls.", "Msg & data rates may apply."],
		],
		["drops empty fragments", "\n\n . \n\u2022\n...\n\nCalls.\n\n-", ["Calls."]],
		["empty input", "", []],
	])("%s", (_label, input, expected) => {
		expect(splitSentences(input)).toEqual(expected);
	});

	it("escapes text that would otherwise be re-read as markup", () => {
		const text = "Type &lt;b&gt; to bold. Write &amp;nbsp; literally. AT&amp;T may call.";
		const sentences = splitSentences(text);
		expect(sentences).toEqual(["Type &lt;b> to bold.", "Write &amp;nbsp; literally.", "AT&T may call."]);
		expect(tokenize(sentences.join(" "))).toEqual(tokenize(text));
	});

	it.each([
		["insurance HTML", INSURANCE_HTML],
		["solar Word paste", SOLAR_WORD_PASTE],
		["mortgage text", MORTGAGE_TEXT],
		["debt relief HTML", DEBT_RELIEF_HTML],
	])("every sentence of the %s is required and found (full consent text mode)", (_label, text) => {
		const sentences = splitSentences(text);
		expect(sentences.length).toBeGreaterThan(2);
		const result = evaluateConsent(text, null, [
			{ id: 1, rule_name: "Full text", mode: "reject", required_phrases: sentences, forbidden_phrases: [], states: [] },
		]);
		expect(result.missing).toEqual([]);
		expect(result).toMatchObject({ score: 100, status: "pass", grade: "full" });
		// Nothing was lost between sentences: together they hold every token.
		expect(tokenize(sentences.join(" "))).toEqual(tokenize(text));
	});

	it("splits the insurance disclosure where a reader would", () => {
		expect(splitSentences(INSURANCE_HTML)).toEqual([
			'By clicking "Get My Quotes," I provide my express written consent to be contacted by Acme Insurance, its agents and marketing partners at the phone number I provided, including my wireless number, regarding insurance products and services, using an automatic telephone dialing system (ATDS), an autodialer, artificial or prerecorded voice messages, and text messages (SMS/MMS), even if my number is on a state or federal Do Not Call registry.',
			"Message & data rates may apply.",
			"Consent is not required as a condition of purchase.",
			"I can revoke consent at any time by replying STOP.",
			"See our Privacy Policy and Acme's Terms of Use.",
		]);
	});

	it("flags a sentence removed from the reference text", () => {
		const reference = splitSentences(MORTGAGE_TEXT);
		const edited = MORTGAGE_TEXT.replace("Your consent is not a condition of any purchase or loan. ", "");
		const result = evaluateConsent(edited, null, [
			{ id: 1, rule_name: "Full text", mode: "reject", required_phrases: reference, forbidden_phrases: [], states: [] },
		]);
		expect(result.missing).toEqual(["Your consent is not a condition of any purchase or loan."]);
		expect(result.status).toBe("reject");
	});
});
