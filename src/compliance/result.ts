// What checking a consent text against a buyer's consent rules produces, declared once. The claim stores the full
// result (claims.compliance), the claim response and the compliance_checked audit event carry the summary, and the
// API's routes and the evidence bundle describe both with these schemas. Plain zod, no HTTP: the engine stays pure.
// A namespace import lets esbuild drop what the schemas do not use (every locale, JSON Schema conversion), which
// keeps the offline verifier built from these modules small.
import * as z from "zod";

export const RuleModeSchema = z.enum(["warn", "reject"]);
export type RuleMode = z.infer<typeof RuleModeSchema>;

/** Rule ids are D1 integers for stored rules; a dry run may name its rules with strings. */
const RuleIdSchema = z.union([z.number().int(), z.string()]);

/**
 * One check of the form page as the capture script witnessed it. `actual` is null when the certificate is asserted
 * (nobody measured its page), and such a check fails.
 */
export const PageCheckSchema = z.object({
	check: z.enum(["witnessed", "min_font_size_px", "min_contrast_ratio", "forbid_prechecked_optin"]),
	required: z.union([z.boolean(), z.number()]),
	actual: z.union([z.boolean(), z.number(), z.enum(["checked_by_consumer", "prechecked", "none"])]).nullable(),
	passed: z.boolean(),
});
export type PageCheck = z.infer<typeof PageCheckSchema>;

export const RuleResultSchema = z.object({
	rule_id: RuleIdSchema,
	rule_name: z.string(),
	mode: RuleModeSchema,
	applies: z.literal(true),
	matched: z.array(z.string()),
	missing: z.array(z.string()),
	forbidden_found: z.array(z.string()),
	passed: z.boolean(),
	/** This rule alone; 100 when it has no required phrases. */
	score: z.number().int(),
	/** Only on a rule with require_lead_match: whether the lead the buyer gave matched the certificate's. */
	lead_match: z.enum(["passed", "failed"]).optional(),
	/** Only on a rule that checks the form page (witnessed, font size, contrast, opt-in): each check made. */
	page_checks: z.array(PageCheckSchema).optional(),
});
export type RuleResult = z.infer<typeof RuleResultSchema>;

export const SkippedRuleSchema = z.object({
	rule_id: RuleIdSchema,
	rule_name: z.string(),
	/** The rule names states and the consumer's is not among them (or is unknown). */
	reason: z.literal("state"),
});
export type SkippedRule = z.infer<typeof SkippedRuleSchema>;

/**
 * One lead contact field compared with the certificate after the same normalisation as at capture: committed with
 * the certificate's salt (or, for a certificate captured before salted leads, hashed) and compared with its record.
 * not_provided: the buyer gave none; not_captured: the certificate holds none (a value given is then not judged).
 */
export const LeadFieldMatchSchema = z.enum(["match", "mismatch", "not_provided", "not_captured"]);
export type LeadFieldMatch = z.infer<typeof LeadFieldMatchSchema>;

export const LeadMatchSchema = z.object({ email: LeadFieldMatchSchema, phone: LeadFieldMatchSchema });
export type LeadMatch = z.infer<typeof LeadMatchSchema>;

export const ComplianceStatusSchema = z.enum(["pass", "warn", "reject"]);
export type ComplianceStatus = z.infer<typeof ComplianceStatusSchema>;

export const ComplianceGradeSchema = z.enum(["full", "partial", "failed"]);
export type ComplianceGrade = z.infer<typeof ComplianceGradeSchema>;

export const ComplianceResultSchema = z.object({
	/** Required phrases found across every applicable rule, as a percentage. */
	score: z.number().int(),
	matched: z.array(z.string()),
	missing: z.array(z.string()),
	forbidden_found: z.array(z.string()),
	status: ComplianceStatusSchema,
	grade: ComplianceGradeSchema,
	rules_evaluated: z.number().int(),
	/** The consumer's state as a known US code, or null. */
	state: z.string().nullable(),
	rules: z.array(RuleResultSchema),
	skipped_rules: z.array(SkippedRuleSchema),
	/** The lead the claim or check was made for, compared with the certificate's; absent on claims made before
	 * leads were compared, so their recorded results stay as they were. */
	lead_match: LeadMatchSchema.optional(),
});
export type ComplianceResult = z.infer<typeof ComplianceResultSchema>;

/** What the claim response and the compliance_checked audit event carry; the per-rule detail stays on the claim. */
export const ComplianceSummarySchema = ComplianceResultSchema.pick({
	score: true,
	matched: true,
	missing: true,
	forbidden_found: true,
	status: true,
	grade: true,
	rules_evaluated: true,
	lead_match: true,
});
export type ComplianceSummary = z.infer<typeof ComplianceSummarySchema>;
