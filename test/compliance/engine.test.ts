import { describe, expect, it } from "vitest";
import { type ConsentRuleInput, evaluateConsent, US_STATE_CODES } from "../../src/compliance";

const SPEC_TEXT =
	"By clicking Submit, I agree that Acme Insurance and its partners may contact me at the number provided using an autodialer or prerecorded messages.";

function rule(overrides: Partial<ConsentRuleInput> = {}): ConsentRuleInput {
	return {
		id: 1,
		rule_name: "TCPA Express Consent",
		mode: "warn",
		required_phrases: [],
		forbidden_phrases: [],
		states: [],
		...overrides,
	};
}

describe("the product spec example", () => {
	it("scores 2 of 3 required phrases as 67, warn, partial", () => {
		const result = evaluateConsent(SPEC_TEXT, "FL", [
			rule({
				required_phrases: ["Acme Insurance", "autodialer", "consent is not required as a condition of purchase"],
			}),
		]);
		expect(result).toEqual({
			score: 67,
			matched: ["Acme Insurance", "autodialer"],
			missing: ["consent is not required as a condition of purchase"],
			forbidden_found: [],
			status: "warn",
			grade: "partial",
			rules_evaluated: 1,
			state: "FL",
			rules: [
				{
					rule_id: 1,
					rule_name: "TCPA Express Consent",
					mode: "warn",
					applies: true,
					matched: ["Acme Insurance", "autodialer"],
					missing: ["consent is not required as a condition of purchase"],
					forbidden_found: [],
					passed: false,
					score: 67,
				},
			],
			skipped_rules: [],
		});
	});
});

describe("status", () => {
	const failingWarn = rule({ id: "w", mode: "warn", required_phrases: ["Acme Insurance", "missing phrase"] });
	const failingReject = rule({ id: "r", mode: "reject", required_phrases: ["another missing phrase"] });
	const passingReject = rule({ id: "p", mode: "reject", required_phrases: ["Acme Insurance"] });

	it.each([
		["every rule holds", [passingReject, rule({ required_phrases: ["autodialer"] })], "pass"],
		["only warn rules fail", [failingWarn, passingReject], "warn"],
		["a reject rule fails", [failingReject], "reject"],
		["reject wins over warn", [failingWarn, failingReject], "reject"],
		["reject wins regardless of order", [failingReject, failingWarn], "reject"],
		[
			"a forbidden phrase in a warn rule",
			[rule({ mode: "warn", required_phrases: ["Acme Insurance"], forbidden_phrases: ["prerecorded messages"] })],
			"warn",
		],
		[
			"a forbidden phrase in a reject rule",
			[rule({ mode: "reject", required_phrases: ["Acme Insurance"], forbidden_phrases: ["prerecorded messages"] })],
			"reject",
		],
	] as const)("%s -> %s", (_label, rules, status) => {
		expect(evaluateConsent(SPEC_TEXT, null, [...rules]).status).toBe(status);
	});
});

describe("grade and score", () => {
	it.each([
		["all found", ["Acme Insurance", "autodialer"], [], 100, "full"],
		["exactly half found is partial", ["Acme Insurance", "absent phrase"], [], 50, "partial"],
		["fewer than half found fails", ["Acme Insurance", "absent one", "absent two"], [], 33, "failed"],
		["nothing found fails", ["absent one", "absent two"], [], 0, "failed"],
		["all found but a forbidden phrase present", ["Acme Insurance"], ["autodialer"], 100, "partial"],
		["forbidden phrase and fewer than half found", ["Acme Insurance", "x y", "y z"], ["autodialer"], 33, "failed"],
		["no required phrases, nothing forbidden", [], [], 100, "full"],
		["no required phrases, something forbidden", [], ["autodialer"], 100, "partial"],
	] as const)("%s", (_label, required, forbidden, score, grade) => {
		const result = evaluateConsent(SPEC_TEXT, null, [
			rule({ required_phrases: [...required], forbidden_phrases: [...forbidden] }),
		]);
		expect(result.score).toBe(score);
		expect(result.grade).toBe(grade);
	});

	it("aggregates the score over all applicable rules, not per-rule averages", () => {
		const result = evaluateConsent(SPEC_TEXT, null, [
			rule({ id: 1, required_phrases: ["Acme Insurance"] }),
			rule({ id: 2, required_phrases: ["autodialer", "absent a", "absent b"] }),
		]);
		expect(result.score).toBe(50);
		expect(result.rules.map((r) => r.score)).toEqual([100, 33]);
		expect(result.matched).toEqual(["Acme Insurance", "autodialer"]);
		expect(result.missing).toEqual(["absent a", "absent b"]);
	});

	it("reserves 100 for all found and 0 for none found", () => {
		const present = Array.from({ length: 999 }, () => "Acme Insurance");
		const almost = evaluateConsent(SPEC_TEXT, null, [rule({ required_phrases: [...present, "absent phrase"] })]);
		expect(almost.score).toBe(99);
		expect(almost.grade).toBe("partial");

		const absent = Array.from({ length: 999 }, (_, i) => `absent phrase ${i}`);
		const barely = evaluateConsent(SPEC_TEXT, null, [rule({ required_phrases: ["Acme Insurance", ...absent] })]);
		expect(barely.score).toBe(1);
		expect(barely.grade).toBe("failed");
	});

	it("reports phrases as the buyer wrote them, duplicates included", () => {
		const result = evaluateConsent(SPEC_TEXT, null, [
			rule({ id: 1, required_phrases: ["ACME insurance,", "autodialer."] }),
			rule({ id: 2, required_phrases: ["ACME insurance,"], forbidden_phrases: ["Prerecorded Messages!"] }),
		]);
		expect(result.matched).toEqual(["ACME insurance,", "autodialer.", "ACME insurance,"]);
		expect(result.forbidden_found).toEqual(["Prerecorded Messages!"]);
		expect(result.rules[1]?.passed).toBe(false);
	});

	it("stays correct after the compiled-phrase cache fills up and starts over", () => {
		const manyPhrases = Array.from({ length: 12_000 }, (_, i) => `absent phrase number ${i}`);
		const first = evaluateConsent(SPEC_TEXT, null, [rule({ required_phrases: ["Acme Insurance", ...manyPhrases] })]);
		expect(first.matched).toEqual(["Acme Insurance"]);
		expect(first.missing).toHaveLength(12_000);
		const again = evaluateConsent(`${SPEC_TEXT} Absent phrase number 11999.`, null, [
			rule({ required_phrases: ["Acme Insurance", "absent phrase number 11999", "absent phrase number 5"] }),
		]);
		expect(again.matched).toEqual(["Acme Insurance", "absent phrase number 11999"]);
		expect(again.missing).toEqual(["absent phrase number 5"]);
	});

	it("ignores phrases that contain no words", () => {
		const result = evaluateConsent(SPEC_TEXT, null, [
			rule({ required_phrases: ["Acme Insurance", "", "  ", "..."], forbidden_phrases: ["", "—"] }),
		]);
		expect(result).toMatchObject({ score: 100, matched: ["Acme Insurance"], missing: [], forbidden_found: [] });
		expect(result.status).toBe("pass");
	});

	it("handles an empty consent text", () => {
		const result = evaluateConsent("", null, [
			rule({ required_phrases: ["Acme Insurance"], forbidden_phrases: ["x"] }),
		]);
		expect(result).toMatchObject({ score: 0, grade: "failed", status: "warn", missing: ["Acme Insurance"] });
	});
});

describe("state filtering", () => {
	const everywhere = rule({ id: 1, rule_name: "Federal TCPA", required_phrases: ["Acme Insurance"] });
	const floridaOnly = rule({
		id: 2,
		rule_name: "Florida FTSA",
		mode: "reject",
		required_phrases: ["Florida Telephone Solicitation Act"],
		states: ["FL"],
	});
	const westCoast = rule({
		id: 3,
		rule_name: "West coast",
		required_phrases: ["autodialer"],
		states: ["ca", " OR ", "WA"],
	});

	it("skips a Florida-only rule for a California consumer", () => {
		const result = evaluateConsent(SPEC_TEXT, "CA", [everywhere, floridaOnly, westCoast]);
		expect(result.state).toBe("CA");
		expect(result.rules_evaluated).toBe(2);
		expect(result.rules.map((r) => r.rule_id)).toEqual([1, 3]);
		expect(result.skipped_rules).toEqual([{ rule_id: 2, rule_name: "Florida FTSA", reason: "state" }]);
		expect(result).toMatchObject({ score: 100, status: "pass", grade: "full" });
	});

	it("applies the Florida-only rule to a Florida consumer", () => {
		const result = evaluateConsent(SPEC_TEXT, "fl", [everywhere, floridaOnly, westCoast]);
		expect(result.state).toBe("FL");
		expect(result.rules.map((r) => r.rule_id)).toEqual([1, 2]);
		expect(result.skipped_rules.map((r) => r.rule_id)).toEqual([3]);
		expect(result).toMatchObject({ score: 50, status: "reject", grade: "partial" });
	});

	it.each([null, undefined, "", "  ", "ZZ", "Florida"])(
		"skips every state-restricted rule when the state is %j",
		(state) => {
			const result = evaluateConsent(SPEC_TEXT, state, [everywhere, floridaOnly, westCoast]);
			expect(result.state).toBeNull();
			expect(result.rules.map((r) => r.rule_id)).toEqual([1]);
			expect(result.skipped_rules.map((r) => r.rule_id)).toEqual([2, 3]);
		},
	);

	it("treats a states list of blanks as unrestricted", () => {
		const result = evaluateConsent(SPEC_TEXT, null, [
			rule({ required_phrases: ["Acme Insurance"], states: [" ", ""] }),
		]);
		expect(result.rules_evaluated).toBe(1);
	});

	it("passes with full marks when no rule applies", () => {
		const result = evaluateConsent(SPEC_TEXT, "TX", [floridaOnly]);
		expect(result).toEqual({
			score: 100,
			matched: [],
			missing: [],
			forbidden_found: [],
			status: "pass",
			grade: "full",
			rules_evaluated: 0,
			state: "TX",
			rules: [],
			skipped_rules: [{ rule_id: 2, rule_name: "Florida FTSA", reason: "state" }],
		});
	});

	it("passes with full marks when there are no rules at all", () => {
		expect(evaluateConsent(SPEC_TEXT, "TX", [])).toMatchObject({
			score: 100,
			status: "pass",
			grade: "full",
			rules_evaluated: 0,
		});
	});

	it("knows the 50 states, DC and the five inhabited territories", () => {
		expect(US_STATE_CODES.size).toBe(56);
		for (const code of ["FL", "CA", "DC", "PR", "VI", "GU", "AS", "MP"]) expect(US_STATE_CODES.has(code)).toBe(true);
		expect(US_STATE_CODES.has("ZZ")).toBe(false);
	});
});

describe("checks of the witnessed page", () => {
	const page = (
		font_size_px: number,
		contrast_ratio: number,
		optin: "checked_by_consumer" | "prechecked" | "none",
	) => ({
		notice: { font_size_px, contrast_ratio },
		optin,
	});

	it("passes a threshold met exactly and fails one missed by a hair", () => {
		const rules = [rule({ mode: "reject", min_font_size_px: 12, min_contrast_ratio: 4.5 })];
		expect(evaluateConsent(SPEC_TEXT, null, rules, undefined, page(12, 4.5, "none")).status).toBe("pass");
		expect(evaluateConsent(SPEC_TEXT, null, rules, undefined, page(11.99, 4.5, "none")).status).toBe("reject");
		expect(evaluateConsent(SPEC_TEXT, null, rules, undefined, page(12, 4.49, "none")).status).toBe("reject");
	});

	it("fails every page check on an asserted certificate, whose page nobody measured", () => {
		const rules = [rule({ require_witnessed: true, min_font_size_px: 1, forbid_prechecked_optin: true })];
		const result = evaluateConsent(SPEC_TEXT, null, rules);
		expect(result.status).toBe("warn");
		expect(result.rules[0]?.page_checks?.map((check) => check.passed)).toEqual([false, false, false]);
	});

	it("forbids only a pre-ticked opt-in: no control at all has nothing to pre-tick", () => {
		const rules = [rule({ mode: "reject", forbid_prechecked_optin: true })];
		expect(evaluateConsent(SPEC_TEXT, null, rules, undefined, page(14, 7, "prechecked")).status).toBe("reject");
		expect(evaluateConsent(SPEC_TEXT, null, rules, undefined, page(14, 7, "checked_by_consumer")).status).toBe("pass");
		expect(evaluateConsent(SPEC_TEXT, null, rules, undefined, page(14, 7, "none")).status).toBe("pass");
	});

	it("leaves the score and grade to the phrases: a page check fails the rule, not the wording", () => {
		const rules = [rule({ required_phrases: ["Acme Insurance"], min_contrast_ratio: 7 })];
		const result = evaluateConsent(SPEC_TEXT, null, rules, undefined, page(14, 3, "none"));
		expect(result).toMatchObject({ score: 100, grade: "full", status: "warn" });
		expect(result.rules[0]?.passed).toBe(false);
	});

	it("skips page checks with the rest of a rule limited to other states", () => {
		const rules = [rule({ states: ["CA"], require_witnessed: true })];
		const result = evaluateConsent(SPEC_TEXT, "FL", rules);
		expect(result.status).toBe("pass");
		expect(result.skipped_rules).toHaveLength(1);
	});
});
