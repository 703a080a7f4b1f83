import { describe, expect, it } from "vitest";
import { ConsentTextIndex, evaluateConsent } from "../../src/compliance";
import { DEBT_RELIEF_HTML, INSURANCE_HTML, MORTGAGE_TEXT, SOLAR_WORD_PASTE } from "./disclosures";

function found(text: string, phrase: string): boolean {
	return new ConsentTextIndex(text).has(phrase);
}

describe("phrases found in realistic disclosures", () => {
	it.each([
		// Insurance: HTML with inline tags, entities and a link inside the phrase.
		[INSURANCE_HTML, "Acme Insurance", true],
		[INSURANCE_HTML, "autodialer", true],
		[INSURANCE_HTML, "automatic telephone dialing system (ATDS)", true],
		[INSURANCE_HTML, "ATDS", true],
		[INSURANCE_HTML, "its agents and marketing partners", true],
		[INSURANCE_HTML, "consent is not required as a condition of purchase.", true],
		[INSURANCE_HTML, "Do Not Call registry", true],
		[INSURANCE_HTML, "Message & data rates may apply", true],
		[INSURANCE_HTML, '"Get My Quotes,"', true],
		[INSURANCE_HTML, "Acme's Terms of Use", true],
		[INSURANCE_HTML, "Acme\u2019s Privacy Policy", false],
		[INSURANCE_HTML, "prerecorded voice messages", true],
		[INSURANCE_HTML, "pre-recorded voice messages", false],
		[INSURANCE_HTML, "Acme Insurance Services", false],
		// A block boundary (<br>) is whitespace, so phrases still run across it.
		[INSURANCE_HTML, "Call registry. Message & data rates", true],
		// Solar: text pasted from Word (NBSPs, en dashes, non-breaking hyphens, curly apostrophes, ®).
		[SOLAR_WORD_PASTE, "SunBright Solar, LLC", true],
		[SOLAR_WORD_PASTE, "SunBright is a registered trademark", true],
		[SOLAR_WORD_PASTE, "auto-dialer", true],
		[SOLAR_WORD_PASTE, "auto dialer", true],
		[SOLAR_WORD_PASTE, "autodialer", false],
		[SOLAR_WORD_PASTE, "pre-recorded messages", true],
		[SOLAR_WORD_PASTE, "even if I'm on a state or federal Do Not Call list", true],
		[SOLAR_WORD_PASTE, "my consent isn't required to buy anything", true],
		[SOLAR_WORD_PASTE, "anything. I understand calls may be recorded", true],
		[SOLAR_WORD_PASTE, "up to 30%", true],
		[SOLAR_WORD_PASTE, "up to 30", true],
		[SOLAR_WORD_PASTE, "up to 3", false],
		[SOLAR_WORD_PASTE, "up to 30 percent", false],
		// Mortgage: plain text with line breaks, numbers and currency.
		[MORTGAGE_TEXT, "Keystone Home Lending, NMLS #12345", true],
		[MORTGAGE_TEXT, "NMLS 12345", true],
		[MORTGAGE_TEXT, "NMLS 1234", false],
		[MORTGAGE_TEXT, "6.125% APR", true],
		[MORTGAGE_TEXT, "6 125% APR", false],
		[MORTGAGE_TEXT, "$1,499.00", true],
		[MORTGAGE_TEXT, "$1499.00", false],
		[MORTGAGE_TEXT, "offers. Your consent is not a condition of any purchase", true],
		[MORTGAGE_TEXT, "reply STOP to opt out", true],
		[MORTGAGE_TEXT, "up to four (4) lenders", true],
		[MORTGAGE_TEXT, "up to four lenders", false],
		// Debt relief: nested spans, numeric entities, list items.
		[DEBT_RELIEF_HTML, "ClearPath Debt Relief, Inc.", true],
		[DEBT_RELIEF_HTML, "by telephone, including an automatic telephone dialing system", true],
		[DEBT_RELIEF_HTML, "15%-25% of enrolled debt", true],
		[DEBT_RELIEF_HTML, "15% \u2013 25% of enrolled debt", true],
		[DEBT_RELIEF_HTML, "your credit's standing", true],
		[DEBT_RELIEF_HTML, "your credit standing", false],
		// The possessive 's is its own token, so the bare noun is still found.
		[DEBT_RELIEF_HTML, "may adversely affect your credit", true],
		[DEBT_RELIEF_HTML, "Not all debts are eligible", true],
		[DEBT_RELIEF_HTML, "ClearPath does not pay or assume any debts", true],
		[DEBT_RELIEF_HTML, "ClearPath guarantees", false],
	])("%#: %j", (text, phrase, expected) => {
		expect(found(text, phrase)).toBe(expected);
	});
});

describe("phrase normalisation on the rule side", () => {
	const text = "By clicking Submit, I agree that Acme Insurance may contact me using an autodialer.";

	it.each([
		"Acme Insurance",
		"acme insurance",
		"ACME INSURANCE",
		"Acme Insurance,",
		"Acme\u00a0Insurance",
		"Acme&nbsp;Insurance",
		"<b>Acme</b> Insurance",
		" Acme\n  Insurance ",
		"\u201cAcme Insurance\u201d",
		"(Acme Insurance)",
		"autodialer.",
		"autodialer...",
		"an autodialer!",
		"\u201cSubmit,\u201d I agree",
		"Submit I agree",
	])("finds %j", (phrase) => {
		expect(found(text, phrase)).toBe(true);
	});
});

describe("no over-matching: phrases only match on word boundaries", () => {
	it.each([
		["autodialer", "we may call you using an auto dialer"],
		["autodialer", "we may call you using an auto-dialer"],
		["autodialer", "we may call you using an auto\u2011dialer"],
		["autodialer", "we may call you using autodialers"],
		["auto dialer", "we may call you using an autodialer"],
		["ATDS", "calls placed with ATDSX technology"],
		["ATDS", "calls placed with XATDS technology"],
		["ATDS", "calls placed with an A.T.D.S."],
		["Acme", "brought to you by Acmeco and partners"],
		["Acme", "brought to you by SuperAcme and partners"],
		["Acme Insurance", "Acme Insurancegroup"],
		["can", "you can't opt out by email"],
		["consent", "you consented to calls"],
		["texts", "text messages may be sent"],
		["Acme Insurance", "Acme Insurance\u200bGroup"],
		["Acme Insurance", "Acme Insur<b>ance</b>Group"],
	])("%j is not found in %j", (phrase, text) => {
		expect(found(text, phrase)).toBe(false);
	});

	it.each([
		["dialer", "we may call you using an auto-dialer"],
		["ATDS", "(ATDS)"],
		["ATDS", "an ATDS, prerecorded voice"],
		["Acme", "Acme's affiliates"],
		["Acme", "\u201cAcme\u201d"],
		["Acme Insurance", "<p>Acme Insurance</p>"],
		// A soft hyphen is invisible: the reader sees "Insurance".
		["Acme Insurance", "Acme Ins\u00adurance"],
	])("%j is found in %j", (phrase, text) => {
		expect(found(text, phrase)).toBe(true);
	});

	it("does not let a match run past the end of the text", () => {
		expect(found("calls from Acme", "Acme Insurance")).toBe(false);
		expect(found("Insurance quotes", "Acme Insurance")).toBe(false);
	});

	it("handles phrases whose words repeat many times in the text", () => {
		const text = `${"you agree to the terms of the offer and ".repeat(300)}you agree to receive calls from Acme.`;
		expect(found(text, "you agree to the terms of the offer and you")).toBe(true);
		expect(found(text, "you agree to receive calls")).toBe(true);
		expect(found(text, "you agree to the terms of the offer and you agree to receive")).toBe(true);
		expect(found(text, "you agree to the offer")).toBe(false);
		expect(found(text, "the the")).toBe(false);
	});

	it("finds a phrase longer than any common bigram's candidate list", () => {
		const sentence = "Consent is not required as a condition of purchase and you may revoke it at any time";
		const text = `${"the and of to a in ".repeat(500)}${sentence}.`;
		expect(found(text, sentence)).toBe(true);
		expect(found(text, `${sentence} now`)).toBe(false);
	});
});

describe("text size", () => {
	it("handles a consent text too large for the reused scratch memory, then a small one", () => {
		const rule = {
			id: 1,
			rule_name: "TCPA",
			mode: "reject" as const,
			required_phrases: ["Acme Insurance", "prerecorded voice messages", "closing paragraph ends here"],
			forbidden_phrases: [],
			states: [],
		};
		const huge = `${INSURANCE_HTML.repeat(300)}<p>The closing paragraph ends here.</p>`;
		expect(huge.length).toBeGreaterThan(200_000);
		expect(evaluateConsent(huge, null, [rule]).missing).toEqual([]);
		expect(evaluateConsent("Calls from Acme Insurance.", null, [rule]).missing).toEqual([
			"prerecorded voice messages",
			"closing paragraph ends here",
		]);
		expect(evaluateConsent(huge, null, [rule]).missing).toEqual([]);
	});
});

describe("evaluateConsent against realistic disclosures", () => {
	it("passes a well-formed insurance disclosure", () => {
		const result = evaluateConsent(INSURANCE_HTML, "TX", [
			{
				id: 1,
				rule_name: "TCPA one-to-one",
				mode: "reject",
				required_phrases: [
					"Acme Insurance",
					"express written consent",
					"automatic telephone dialing system",
					"Consent is not required as a condition of purchase.",
					"revoke consent at any time",
				],
				forbidden_phrases: ["marketing partners listed here", "consent is required"],
				states: [],
			},
		]);
		expect(result).toMatchObject({ score: 100, status: "pass", grade: "full", missing: [], forbidden_found: [] });
	});

	it("rejects a debt relief disclosure that guarantees results", () => {
		const text = `${DEBT_RELIEF_HTML}<p>We guarantee you will be debt free in 24&nbsp;months!</p>`;
		const result = evaluateConsent(text, "NY", [
			{
				id: "dr-1",
				rule_name: "Debt relief FTC TSR",
				mode: "reject",
				required_phrases: [
					"ClearPath Debt Relief",
					"Not all debts are eligible",
					"may negatively impact your credit score",
				],
				forbidden_phrases: ["guarantee you will be debt free", "no fees"],
				states: [],
			},
		]);
		expect(result.forbidden_found).toEqual(["guarantee you will be debt free"]);
		expect(result.missing).toEqual(["may negatively impact your credit score"]);
		expect(result.score).toBe(67);
		expect(result.status).toBe("reject");
		expect(result.grade).toBe("partial");
	});

	it("warns when the solar disclosure lacks a required autodialer phrasing", () => {
		const result = evaluateConsent(SOLAR_WORD_PASTE, "CA", [
			{
				id: 7,
				rule_name: "Solar TCPA",
				mode: "warn",
				required_phrases: ["SunBright Solar", "autodialer", "auto-dialer", "Do Not Call list"],
				forbidden_phrases: [],
				states: ["CA", "AZ"],
			},
		]);
		expect(result.matched).toEqual(["SunBright Solar", "auto-dialer", "Do Not Call list"]);
		expect(result.missing).toEqual(["autodialer"]);
		expect(result).toMatchObject({ score: 75, status: "warn", grade: "partial", state: "CA" });
	});
});
