import { describe, expect, it } from "vitest";
import {
	ComplianceResultSchema,
	ComplianceSummarySchema,
	type ConsentRuleInput,
	complianceSummary,
	evaluateConsent,
} from "../../src/compliance";

const rules: ConsentRuleInput[] = [
	{
		id: 1,
		rule_name: "TCPA",
		mode: "warn",
		required_phrases: ["Acme Insurance", "autodialer", "not a condition of purchase"],
		forbidden_phrases: ["no refunds"],
		states: [],
	},
	{
		id: "florida",
		rule_name: "FTSA",
		mode: "reject",
		required_phrases: ["text messages"],
		forbidden_phrases: [],
		states: ["FL"],
	},
	{ id: 3, rule_name: "Texas only", mode: "warn", required_phrases: ["Texas"], forbidden_phrases: [], states: ["TX"] },
];

describe("the declared compliance result", () => {
	it("describes exactly what the engine returns, field for field", () => {
		const result = evaluateConsent("I agree that Acme Insurance may call me by autodialer.", "fl", rules);
		expect(result.rules).toHaveLength(2);
		expect(result.skipped_rules).toHaveLength(1);
		expect(ComplianceResultSchema.strict().parse(result)).toEqual(result);
		for (const rule of result.rules)
			expect(ComplianceResultSchema.shape.rules.element.strict().parse(rule)).toEqual(rule);
	});

	it("has a summary that is exactly what complianceSummary keeps", () => {
		const summary = complianceSummary(
			evaluateConsent("Acme Insurance, autodialer", null, rules, { email: "match", phone: "not_provided" }),
		);
		expect(ComplianceSummarySchema.strict().parse(summary)).toEqual(summary);
		expect(Object.keys(summary).sort()).toEqual(Object.keys(ComplianceSummarySchema.shape).sort());
		// Without a lead there is no lead_match key at all, as in the summaries recorded before leads were compared.
		expect(complianceSummary(evaluateConsent("Acme Insurance, autodialer", null, rules))).not.toHaveProperty(
			"lead_match",
		);
	});
});
