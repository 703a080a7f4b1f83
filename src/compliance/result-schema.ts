// The shape of evaluateConsent()'s result, for everything that shows it: the dry run, the evidence, the claim.
// Checked against the engine's own types, so the two cannot drift apart.
import { z } from "zod";
import type { ComplianceResult, ComplianceSummary } from "./engine";

const RuleMode = z.enum(["warn", "reject"]);
const RuleId = z.union([z.number().int(), z.string()]);
const Phrases = z.array(z.string());

export const ComplianceSummarySchema = z.object({
	score: z.number().int().min(0).max(100).meta({ description: "Required phrases found, as a percentage" }),
	matched: Phrases,
	missing: Phrases,
	forbidden_found: Phrases,
	status: z.enum(["pass", "warn", "reject"]),
	grade: z.enum(["full", "partial", "failed"]),
	rules_evaluated: z.number().int().min(0),
}) satisfies z.ZodType<ComplianceSummary>;

export const ComplianceResultSchema = ComplianceSummarySchema.extend({
	state: z.string().nullable(),
	rules: z.array(
		z.object({
			rule_id: RuleId,
			rule_name: z.string(),
			mode: RuleMode,
			applies: z.literal(true),
			matched: Phrases,
			missing: Phrases,
			forbidden_found: Phrases,
			passed: z.boolean(),
			score: z.number().int().min(0).max(100),
		}),
	),
	skipped_rules: z.array(z.object({ rule_id: RuleId, rule_name: z.string(), reason: z.literal("state") })),
}) satisfies z.ZodType<ComplianceResult>;
