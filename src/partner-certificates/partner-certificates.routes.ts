import { z } from "@hono/zod-openapi";
import { ComplianceResultSchema } from "../compliance";
import { AccessLogFileV2Schema, EvidenceBundleV2Schema } from "../evidence/bundle";
import { OUTSIDE_STORABLE_YEARS, storableUtc } from "../lib/client-times";
import { jsonContent } from "../lib/http";
import { CursorOrCountedPageQuery, cursorOrCountedPageEnvelope } from "../lib/pagination";
import { rowIdParam, text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";

export const inboxStatuses = ["pending", "claimed", "flagged", "rejected"] as const;

const InboxItemSchema = z
	.object({
		claim_id: z.number().int(),
		certificate_id: z.string(),
		status: z.enum(inboxStatuses),
		access_level: z.enum(["claim", "read"]),
		publisher_company_id: z.string(),
		publisher_name: z.string(),
		property_domain: z.string(),
		consent_captured_at: z.string(),
		has_recording: z.boolean(),
		shared_at: z.string(),
		expires_at: z.string(),
		claimed_at: z.string().nullable(),
		compliance: z
			.object({ score: z.number(), status: z.string(), grade: z.string(), missing: z.array(z.string()) })
			.nullable(),
	})
	.openapi("PartnerCertificate");

/** An RFC 3339 date-time with its offset, as the UTC string the claims are stored with, so they compare as text. */
const claimedInstant = (description: string) =>
	z.iso
		.datetime({ offset: true })
		.max(40)
		.transform((value, ctx) => {
			const utc = storableUtc(value);
			if (utc !== null) return utc;
			ctx.issues.push({ code: "custom", input: value, message: OUTSIDE_STORABLE_YEARS });
			return z.NEVER;
		})
		.optional()
		.openapi({ description, example: "2026-04-18T00:00:00Z", format: "date-time", maxLength: 40 });

export const InboxQuery = CursorOrCountedPageQuery.extend({
	status: z
		.enum(inboxStatuses)
		.optional()
		.openapi({
			description:
				"`pending`: shared with the buyer and still claimable (expired shares leave the inbox); `claimed`: claimed, and " +
				"the buyer's rules (if any) passed; `flagged`: claimed, but the buyer's warn-mode rules found gaps; `rejected`: the buyer's reject-mode " +
				"rules refused it",
		}),
	certificate_id: text({ min: 1, max: 64 }).optional().openapi({
		description: "Only the shares of this certificate",
		example: "EC-9ea0cfa5-2f1c-4c56-9f43-5e3a1b0c7d21",
	}),
	claimed_after: claimedInstant(
		"Only items claimed at or after this time; orders the list by claim time, newest first. Not with `status=pending`",
	),
	claimed_before: claimedInstant(
		"Only items claimed before this time (exclusive); orders the list by claim time, newest first",
	),
}).superRefine((query, ctx) => {
	if (query.page !== undefined && query.cursor !== undefined) {
		ctx.addIssue({ code: "custom", path: ["page"], message: "use either page or cursor, not both" });
	}
	if (query.claimed_after !== undefined && query.claimed_before !== undefined) {
		if (query.claimed_after > query.claimed_before) {
			ctx.addIssue({ code: "custom", path: ["claimed_after"], message: "must not be later than claimed_before" });
		}
	}
	// Nothing pending has a claim time: the answer would always be empty, after reading the whole range.
	if (query.status === "pending" && (query.claimed_after !== undefined || query.claimed_before !== undefined)) {
		ctx.addIssue({
			code: "custom",
			path: ["status"],
			message: "pending items have no claim time: not with claimed_after or claimed_before",
		});
	}
});

const EvidenceSchema = z
	.object({
		claim_id: z.number().int(),
		certificate_id: z.string(),
		status: z.enum(["claimed", "flagged", "rejected"]),
		consent_text: z.string(),
		page_url: z.string(),
		publisher: z.object({ company_id: z.string(), name: z.string() }),
		property: z.object({ id: z.string(), domain: z.string() }),
		timestamps: z.object({
			consent_captured_at: z.string(),
			created_at: z.string(),
			shared_at: z.string(),
			claimed_at: z.string(),
			token_expires_at: z.string(),
		}),
		consumer: z.object({ ip: z.string().nullable(), user_agent: z.string().nullable() }),
		geo: z.object({ country: z.string().nullable(), state: z.string().nullable(), city: z.string().nullable() }),
		lead: z.object({ email_sha256: z.string().nullable(), phone_sha256: z.string().nullable() }),
		session_replay_url: z.string().nullable(),
		signature: z.object({
			algorithm: z.literal("HMAC-SHA256"),
			key_id: z.string(),
			value: z.string(),
			verified: z.boolean(),
			verification_error: z.string().optional(),
		}),
		compliance: ComplianceResultSchema.nullable().openapi({
			description: "The result of the buyer's consent rules at claim time; null if none was recorded",
		}),
		audit_trail: z
			.array(
				z.union([
					z.object({
						redacted: z.literal(true),
						seq: z.number().int(),
						event_type: z.string(),
						created_at: z.string(),
						form: z.enum(["legacy", "salted"]),
						leaf: z.string().optional(),
						prev_hash: z.string(),
						hash: z.string(),
					}),
					z.object({
						seq: z.number().int(),
						event_type: z.string(),
						actor_company_id: z.string().nullable(),
						actor_user_id: z.string().nullable(),
						ip: z.string().nullable(),
						details: z.record(z.string(), z.unknown()),
						created_at: z.string(),
						form: z.enum(["legacy", "salted"]),
						salt: z.string().optional(),
						prev_hash: z.string(),
						hash: z.string(),
					}),
				]),
			)
			.openapi({
				description:
					"The whole audit chain as this buyer may see it: its own actions, the certificate's created and signed events and the share it claimed through in full (with each salted event's salt); every other event (another buyer's share, claim or compliance result) `redacted`, as its seq, type, time, leaf and hashes only. The chain verifies end to end either way (see the bundle's methods).",
			}),
		access_log: z.object({ events: z.number().int(), head_hash: z.string(), url: z.string() }).openapi({
			description:
				"The access log (reads and verifications) with this read: its length, head hash, and where to get it",
		}),
	})
	.openapi("Evidence");

const AccessLogSchema = AccessLogFileV2Schema.openapi("AccessLog");

export const ClaimIdParam = z.object({ claimId: rowIdParam().openapi({ example: 42 }) });

export const listInbox = protectedRoute(
	{ scope: "evidence:read" },
	{
		operationId: "listPartnerCertificates",
		tag: "Buyer inbox",
		summary: "Certificates shared with the buyer",
		description:
			"Pending, claimed, flagged and rejected, newest share first (newest claim first with a claimed_after/claimed_before " +
			"range); expired pending shares leave the inbox. One page at a time: follow `next_cursor`, which costs the same " +
			"on any page of any inbox. The older `?page=` form still works and adds `page` and `total`, but skips and counts " +
			"rows, so it slows down as the inbox grows. Filters combine with each other and with both forms.",
	},
	{
		method: "get",
		path: "/certificate-sharing/partner-certificates",
		request: { query: InboxQuery },
		responses: {
			200: jsonContent(cursorOrCountedPageEnvelope(InboxItemSchema, "PartnerCertificatePage"), "A page of the inbox"),
		},
	},
);

export const getEvidence = protectedRoute(
	{ scope: "evidence:read" },
	{
		operationId: "getEvidence",
		tag: "Buyer inbox",
		summary: "The complete evidence for a claimed certificate",
		description:
			"Three forms of the same evidence, each read recorded as an `accessed_evidence` event on the certificate's access log within seconds (the answer does not wait for it): JSON (default); " +
			"`?format=bundle`, a self-contained evidence bundle that `npx econsent verify bundle.json` checks offline; " +
			"and, for a browser (`Accept: text/html`), a printable evidence report (a signed-out browser is sent to sign in). " +
			"Every form shows the buyer only what concerns it: its own actions, the certificate's `created` and `signed` events and the share it claimed through in full; " +
			"other buyers' shares, claims, compliance results and accesses only as commitments (seq, type, time and hashes), so the chain still verifies end to end " +
			"without naming them. Bundles are `econsent-evidence-bundle` v2; the verifier still accepts v1.",
		errors: ["NOT_FOUND"],
		signInRedirect: true,
	},
	{
		method: "get",
		path: "/certificate-sharing/partner-certificates/{claimId}/evidence",
		request: {
			params: ClaimIdParam,
			query: z.object({
				format: z
					.enum(["json", "bundle"])
					.optional()
					.openapi({ description: "`bundle` for the offline-verifiable evidence bundle; otherwise chosen by Accept" }),
			}),
		},
		responses: {
			200: {
				content: {
					"application/json": { schema: z.union([EvidenceSchema, EvidenceBundleV2Schema.openapi("EvidenceBundle")]) },
					"text/html": { schema: z.string().openapi({ description: "The printable evidence report" }) },
				},
				description: "The evidence, the evidence bundle, or the printable report",
			},
		},
	},
);

export const getAccessLog = protectedRoute(
	{ scope: "evidence:read" },
	{
		operationId: "getAccessLog",
		tag: "Buyer inbox",
		summary: "Every access to a claimed certificate's evidence (this read included)",
		description:
			"The certificate's access log: every evidence read and verification, hash-chained like the audit chain. " +
			"The caller's own accesses are shown in full, everyone else's only as commitments (seq, type, time and hashes). " +
			"Evidence and bundles carry only its length and head hash, so they stay the same size however often they are " +
			"read; `npx econsent verify bundle.json --access-log access-log.json` checks every access against them.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificate-sharing/partner-certificates/{claimId}/evidence/access-log",
		request: { params: ClaimIdParam },
		responses: { 200: jsonContent(AccessLogSchema, "The access log") },
	},
);
