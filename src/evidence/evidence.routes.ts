import { z } from "@hono/zod-openapi";
import { SourceSchema } from "../capture-sessions/witness-view";
import { ComplianceResultSchema } from "../compliance";
import { ClaimIdParam } from "../inbox/inbox.routes";
import { jsonContent } from "../lib/http";
import { NO_LEAK_HEADERS, PAGE_HEADERS, protectedRoute } from "../lib/routes";
import { ChainRevocationSchema } from "../revocations/in-chain";
import { WitnessSchema } from "../signing/canonical";
import { AccessLogFileV2Schema, EvidenceBundleV3Schema } from "./bundle";

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
		session_replay_url: z.string().nullable().openapi({
			description:
				"A witnessed certificate: this buyer's replay page, which checks the recording against the signed record before playing it. An asserted one: the publisher's recording_url, or null",
		}),
		source: SourceSchema,
		witness: WitnessSchema.nullable().openapi({
			description:
				"What the capture script witnessed on the form page, as signed in the certificate's record (witnessed certificates; null for asserted ones): the page's origin, when the session started, the notice's size, contrast and visibility, the opt-in, time on page, how each field was filled, and the recording's manifest (each chunk's SHA-256 in order, and their total bytes).",
		}),
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
		revoked: z.boolean().openapi({ description: "The consumer revoked this consent (see Revocations)" }),
		revoked_at: z.string().nullable().openapi({
			format: "date-time",
			description: "When the revocation was received (the earliest, if several); null while consent stands",
		}),
		revocations: z.array(ChainRevocationSchema.openapi("ChainRevocation")).openapi({
			description: "Each revocation, as its `revoked` event on the audit chain below records it",
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

export const getEvidence = protectedRoute(
	{ scope: "evidence:read" },
	{
		operationId: "getEvidence",
		sends: { always: PAGE_HEADERS, onSuccess: ["Content-Disposition"] },
		tag: "Buyer inbox",
		summary: "The complete evidence for a claimed certificate",
		description:
			"Three forms of the same evidence, each read recorded as an `accessed_evidence` event on the certificate's access log within seconds (the answer does not wait for it): JSON (default); " +
			"`?format=bundle`, a self-contained evidence bundle that `npx econsent verify bundle.json` checks offline; " +
			"and, for a browser (`Accept: text/html`), a printable evidence report (a signed-out browser is sent to sign in). " +
			"Every form shows the buyer only what concerns it: its own actions, the certificate's `created` and `signed` events and the share it claimed through in full; " +
			"other buyers' shares, claims, compliance results and accesses only as commitments (seq, type, time and hashes), so the chain still verifies end to end " +
			"without naming them. Bundles are `econsent-evidence-bundle` v3 (v2 with each audit event's proof of inclusion in the transparency log); the verifier still accepts v1 and v2.",
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
					"application/json": { schema: z.union([EvidenceSchema, EvidenceBundleV3Schema.openapi("EvidenceBundle")]) },
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
		sends: { always: NO_LEAK_HEADERS },
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
