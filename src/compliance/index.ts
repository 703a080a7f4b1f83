export type { ConsentRuleInput, WitnessedPage } from "./evaluate";
export { complianceSummary, evaluateConsent, leadMatchPasses } from "./evaluate";
export { normalizeConsentText } from "./folding";
export type {
	ComplianceGrade,
	ComplianceResult,
	ComplianceStatus,
	ComplianceSummary,
	LeadFieldMatch,
	LeadMatch,
	PageCheck,
	RuleMode,
	RuleResult,
	SkippedRule,
} from "./result";
export {
	ComplianceGradeSchema,
	ComplianceResultSchema,
	ComplianceStatusSchema,
	ComplianceSummarySchema,
	LeadFieldMatchSchema,
	LeadMatchSchema,
	PageCheckSchema,
	RuleModeSchema,
	RuleResultSchema,
	SkippedRuleSchema,
} from "./result";
export { splitSentences } from "./sentences";
export { US_STATE_CODES } from "./state-codes";
export type { PhraseLookup } from "./text-index";
export { ConsentTextIndex } from "./text-index";
export { tokenize } from "./tokenizer";
