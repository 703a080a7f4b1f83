export type {
	ComplianceGrade,
	ComplianceResult,
	ComplianceStatus,
	ComplianceSummary,
	ConsentRuleInput,
	PhraseLookup,
	RuleMode,
	RuleResult,
	SkippedRule,
} from "./engine";
export { ConsentTextIndex, complianceSummary, evaluateConsent, US_STATE_CODES } from "./engine";
export { normalizeConsentText, tokenize } from "./normalize";
export { ComplianceResultSchema, ComplianceSummarySchema } from "./result-schema";
export { splitSentences } from "./sentences";
