export type {
	ComplianceGrade,
	ComplianceResult,
	ComplianceStatus,
	ConsentRuleInput,
	PhraseLookup,
	RuleMode,
	RuleResult,
	SkippedRule,
} from "./engine";
export { ConsentTextIndex, evaluateConsent, US_STATE_CODES } from "./engine";
export { normalizeConsentText, tokenize } from "./normalize";
export { splitSentences } from "./sentences";
