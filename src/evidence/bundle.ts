// The evidence bundle: one self-contained JSON document that lets a buyer, their lawyer or an expert witness check a
// claimed certificate years later with no network and no database. It carries the exact record that was signed,
// both signatures, the public keys, the whole audit chain as stored, the compliance result and the service's own
// verification, plus a plain statement of the methods, so it can be checked with this project's verifier or by hand.
// The service signs the bundle as a whole, so fields no other signature covers (the claim's details, the service's
// verification) cannot be edited unnoticed either.
// A namespace import lets esbuild drop what the schemas do not use (every locale, JSON Schema conversion), which
// keeps the offline verifier built from these modules small.
import * as z from "zod";
import { type ChainLink, GENESIS_HASH } from "../audit/chain";
import { type CertificateRow, toConsentRecord } from "../certificates/record";
import type { ComplianceResult } from "../compliance";
import { ChainRevocationSchema, revocationsInChain } from "../revocations/in-chain";
import { ConsentRecordSchema } from "../signing/canonical";
import { type Ed25519KeyRing, type PublishedJwk, publicJwks, signEd25519 } from "../signing/ed25519";
import { TRANSPARENCY_METHOD, type Transparency, TransparencySchema } from "../transparency-log/evidence-proofs";
import type { VerificationReport } from "../verification/verify-certificate";

export const BUNDLE_FORMAT = "econsent-evidence-bundle";
/**
 * The version this service writes. v1 (every event in full, legacy hashes only) and v2 (no transparency log proofs)
 * still verify.
 */
export const BUNDLE_VERSION = 3;

const nullableString = z.string().nullable();

/** An audit or access event in full, as v1 bundles carry every event (always in the legacy form). */
const FullEventV1 = z.object({
	certificate_id: z.string(),
	seq: z.number().int(),
	event_type: z.string(),
	actor_company_id: nullableString,
	actor_user_id: nullableString,
	ip: nullableString,
	details: z.string().describe("Canonical JSON, exactly as hashed"),
	created_at: z.string(),
	prev_hash: z.string(),
	hash: z.string(),
});

const form = z
	.enum(["legacy", "salted"])
	.describe("How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)");

/** v2: an event shown in full, with its salt when salted. */
const FullEventV2 = FullEventV1.extend({
	form,
	salt: z.string().optional().describe("The event's random salt (hex), present exactly when form is salted"),
});

/** v2: an event shown only as its commitment. */
const RedactedEventV2 = z.object({
	redacted: z.literal(true).describe("Shown only as a commitment: the event concerns another party"),
	seq: z.number().int(),
	event_type: z.string(),
	created_at: z.string(),
	form,
	leaf: z.string().optional().describe("SHA-256 hex of the salt and the event's content, present exactly when salted"),
	prev_hash: z.string(),
	hash: z.string(),
});

export const ViewEventSchema = z
	.union([RedactedEventV2, FullEventV2])
	.refine((e) => (e.form === "salted") === ("redacted" in e ? e.leaf !== undefined : e.salt !== undefined), {
		message: "a salted event carries its salt (or, redacted, its leaf); a legacy one neither",
	});
export type ViewEvent = z.infer<typeof ViewEventSchema>;

const BundleFields = z.object({
	format: z.literal(BUNDLE_FORMAT),
	generated_at: z.string(),
	issuer: z.string().describe("Origin of the service that produced the bundle"),
	keys_url: z.string().describe("Where the service publishes its Ed25519 public keys, to compare with public_keys"),
	methods: z.object({
		canonicalization: z.string(),
		certificate_signatures: z.string(),
		bundle_signature: z.string(),
		audit_chain: z.string(),
		access_log: z.string().optional(),
		disclosure: z.string().optional(),
		// Added later: bundles exported before them lack these and still verify.
		signature_encoding: z.string().optional(),
		lead_contact: z.string().optional(),
		transparency_log: z.string().optional(),
	}),
	claim: z.object({
		claim_id: z.number().int(),
		claim_token_id: z
			.string()
			.optional()
			.describe(
				"The claim token's id, as the claimed audit event records it: which claim in the chain is this one. Bundles exported before it was added identify their claim by buyer and claimed_at.",
			),
		status: z.enum(["claimed", "flagged", "rejected"]),
		buyer_company_id: z.string(),
		publisher_name: z.string(),
		property_domain: z.string(),
		shared_at: z.string(),
		claimed_at: nullableString,
		token_expires_at: z.string(),
	}),
	certificate: ConsentRecordSchema.describe("The exact record both signatures cover, as RFC 8785 canonical JSON"),
	signatures: z.array(
		z.object({ algorithm: z.enum(["HMAC-SHA256", "Ed25519"]), key_id: z.string(), value: z.string() }),
	),
	public_keys: z.object({
		keys: z.array(
			z.object({
				kty: z.literal("OKP"),
				crv: z.literal("Ed25519"),
				x: z.string(),
				kid: z.string(),
				alg: z.literal("EdDSA"),
				use: z.literal("sig"),
			}),
		),
	}),
	access_log: z
		.object({
			events: z.number().int().min(0),
			head_hash: z.string(),
			url: z.string(),
		})
		.optional()
		.describe(
			"The certificate's access log (evidence reads and verifications) as this export read it: its length and head hash. This export's own read is recorded on it within seconds, after the answer. The log itself is at `url`. Bundles exported before accesses had a log of their own carry them in audit_chain instead.",
		),
	compliance: z.record(z.string(), z.unknown()).nullable(),
	revocations: z
		.array(ChainRevocationSchema)
		.optional()
		.describe(
			"The consumer's revocations of this consent, as the audit chain's `revoked` events (shown in full) record them; empty while consent stands. Bundles exported before revocations lack it.",
		),
	verification: z.object({
		valid: z.boolean(),
		checks: z.array(
			z.object({
				check: z.string(),
				valid: z.boolean(),
				detail: z.string().optional(),
				broken_at_seq: z.number().int().optional(),
				event_id: z.number().int().optional(),
			}),
		),
	}),
	bundle_signature: z
		.object({ algorithm: z.literal("Ed25519"), key_id: z.string(), value: z.string() })
		.describe("The service's Ed25519 signature over the canonical JSON of every other field of this bundle"),
});

export const EvidenceBundleV1Schema = BundleFields.extend({
	version: z.literal(1),
	audit_chain: z.array(FullEventV1),
});

export const EvidenceBundleV2Schema = BundleFields.extend({
	version: z.literal(2),
	audit_chain: z
		.array(ViewEventSchema)
		.describe(
			"The whole audit chain as the bundle's buyer may see it: the events that concern it in full, every other one as its commitment",
		),
});

/** v3: v2 with each audit event's proof of inclusion in the transparency log. */
export const EvidenceBundleV3Schema = EvidenceBundleV2Schema.extend({
	version: z.literal(BUNDLE_VERSION),
	transparency: TransparencySchema,
});

/** Every bundle version the verifier accepts. */
export const EvidenceBundleSchema = z.discriminatedUnion("version", [
	EvidenceBundleV1Schema,
	EvidenceBundleV2Schema,
	EvidenceBundleV3Schema,
]);

export type EvidenceBundle = z.infer<typeof EvidenceBundleV3Schema>;
export type AnyEvidenceBundle = z.infer<typeof EvidenceBundleSchema>;

/** The access log as downloaded (GET …/evidence/access-log): events in the same form as the bundle's audit chain
 * (v2: the caller's own accesses in full, everyone else's as commitments). */
export const AccessLogFileV2Schema = z.object({
	format: z.literal("econsent-access-log"),
	version: z.literal(2),
	certificate_id: z.string(),
	claim_id: z.number().int(),
	events: z
		.array(ViewEventSchema)
		.describe("Every access in seq order: the caller's own in full, everyone else's as commitments"),
});

/** A certificate's whole life as its publisher may see it (GET /certificates/{id}/history): both chains, each
 * buyer's compliance result and accesses as commitments. */
export const CertificateHistorySchema = z.object({
	format: z.literal("econsent-certificate-history"),
	version: z.literal(1),
	certificate_id: z.string(),
	audit_chain: z
		.array(ViewEventSchema)
		.describe("The audit chain: every share and claim in full, each buyer's compliance result as a commitment"),
	access_log: z
		.array(ViewEventSchema)
		.describe("The access log, this read included: the publisher's own accesses in full, buyers' as commitments"),
});

export const AccessLogFileSchema = z.discriminatedUnion("version", [
	z.object({
		format: z.literal("econsent-access-log"),
		version: z.literal(1),
		certificate_id: z.string(),
		claim_id: z.number().int(),
		events: z.array(FullEventV1),
	}),
	AccessLogFileV2Schema,
]);
export type UnsignedEvidenceBundle = Omit<EvidenceBundle, "bundle_signature">;

export const BUNDLE_METHODS: EvidenceBundle["methods"] = {
	canonicalization: "RFC 8785 JSON Canonicalization Scheme (JCS), UTF-8 encoded",
	certificate_signatures:
		"Ed25519 (RFC 8032) over the canonical JSON of `certificate`, verifiable with the public key whose kid matches; " +
		"HMAC-SHA256 over the same bytes with the service's secret key, verifiable only by the service (its result is in `verification`).",
	bundle_signature:
		"Ed25519 by the service over the canonical JSON of the whole bundle without `bundle_signature`: any field changed after export shows.",
	access_log:
		'The access log is a second chain per certificate, of evidence reads and verifications, with the same formula (both forms, salts and redaction alike) except that content also has "log": "access". A party\'s download of the log shows its own accesses in full and everyone else\'s redacted, so it verifies end to end without naming anyone else. The first audit event of each write (a share, a claim) made while the log has events records its length and head as details.access_log = {events, head_hash}; access_log in the bundle states them at export. Download the log from access_log.url and pass it to the verifier to check every access.',
	signature_encoding:
		"Ed25519 signature values (the certificate's and bundle_signature) are the 64 signature bytes in base64url without padding (RFC 4648 section 5), and public keys are JWKs (RFC 8037) whose x is the 32-byte key in the same encoding. HMAC-SHA256 values are 64 lowercase hex characters. In the `signed` audit event, signature_sha256 and ed25519_signature_sha256 are the lowercase hex SHA-256 of the UTF-8 text of those signature values as written in `signatures` (the hex or base64url string, not the decoded bytes).",
	lead_contact:
		'certificate.lead.email_sha256 and phone_sha256 are the lowercase hex SHA-256 of the UTF-8 text of a normalised form, or null when none was given. Email: surrounding whitespace removed, then lower-cased (JavaScript trim() and toLowerCase()). Phone: every character but the ASCII digits 0-9 removed; exactly 10 digits (a US number without its country code) get "+1" in front, any other count "+". So "(555) 010-0001" and "+1 555 010 0001" both hash "+15550100001".',
	audit_chain: `Events in seq order from 1; the first event's prev_hash is ${GENESIS_HASH}, each later prev_hash the previous event's hash. content = canonical JSON of {certificate_id, seq, event_type, actor_company_id, actor_user_id, ip, details, created_at}, where details is the stored string as-is. A salted event (form "salted", every event appended since salts were introduced): leaf = lowercase hex SHA-256 of (salt + "\\n" + content), where salt is the event's own random hex (16 bytes from a CSPRNG, never reused); hash = lowercase hex SHA-256 of (prev_hash + "\\n" + canonical JSON of {seq, event_type, created_at, leaf}). A legacy event (form "legacy", chained before salts; every event of a v1 bundle): hash = lowercase hex SHA-256 of (prev_hash + "\\n" + content). A chain is legacy events first, then salted ones only. An event that concerns another party is shown redacted: only seq, event_type, created_at, form, prev_hash, hash and, when salted, its leaf; its hash is recomputed from those, and without the salt the leaf cannot be tested against guessed content. A redacted legacy event has no leaf: its hash is taken as found, bound by the next event's prev_hash. The signed event records the key ids and SHA-256 of both signature values.`,
	transparency_log: TRANSPARENCY_METHOD,
	disclosure:
		"Each party sees in full the events that concern it: its own actions, the certificate's created and signed events, and, for a buyer, the shares addressed to it or the open shares it redeemed; for the publisher, every share and claim. Every other event (another buyer's share, claim, compliance result, evidence read or verification) is shown redacted. The publisher sees no buyer's compliance result or accesses in full. The chain verifies end to end from any party's view.",
};

export interface BundleSource {
	issuer: string;
	generatedAt: string;
	claim: EvidenceBundle["claim"];
	certificate: CertificateRow;
	/** The audit chain as the bundle's buyer may see it (see src/evidence/disclosure.ts). */
	events: readonly ChainLink[];
	accessLog: { events: number; head_hash: string; url: string };
	compliance: ComplianceResult | null;
	verification: VerificationReport;
	ed25519: Ed25519KeyRing;
	transparency: Transparency;
}

/** One place on a chain, in full or redacted, as a v2 bundle or access log file writes it. */
export function toBundleEvent(e: ChainLink): ViewEvent {
	if (e.redacted) {
		return {
			redacted: true,
			seq: e.seq,
			event_type: e.eventType,
			created_at: e.createdAt,
			form: e.leaf === null ? "legacy" : "salted",
			...(e.leaf === null ? {} : { leaf: e.leaf }),
			prev_hash: e.prevHash,
			hash: e.hash,
		};
	}
	return {
		certificate_id: e.certificateId,
		seq: e.seq,
		event_type: e.eventType,
		actor_company_id: e.actorCompanyId,
		actor_user_id: e.actorUserId,
		ip: e.ip,
		details: e.details,
		created_at: e.createdAt,
		form: e.salt === null ? "legacy" : "salted",
		...(e.salt === null ? {} : { salt: e.salt }),
		prev_hash: e.prevHash,
		hash: e.hash,
	};
}

/** A bundle's or access log file's event (v1 or v2) back as a place on a chain. A v1 event is in the legacy form. */
export function fromBundleEvent(e: ViewEvent | z.infer<typeof FullEventV1>): ChainLink {
	const salted = "form" in e && e.form === "salted";
	if ("redacted" in e) {
		return {
			redacted: true,
			seq: e.seq,
			eventType: e.event_type,
			createdAt: e.created_at,
			leaf: salted ? (e.leaf ?? "") : null,
			prevHash: e.prev_hash,
			hash: e.hash,
		};
	}
	return {
		certificateId: e.certificate_id,
		seq: e.seq,
		eventType: e.event_type,
		actorCompanyId: e.actor_company_id,
		actorUserId: e.actor_user_id,
		ip: e.ip,
		details: e.details,
		createdAt: e.created_at,
		salt: salted && "salt" in e ? (e.salt ?? "") : null,
		prevHash: e.prev_hash,
		hash: e.hash,
	};
}

/** The bundle, signed as a whole with the active Ed25519 key so that nothing in it can be edited unnoticed. */
export async function buildEvidenceBundle(source: BundleSource): Promise<EvidenceBundle> {
	const row = source.certificate;
	const ring = source.ed25519;
	const signatures: EvidenceBundle["signatures"] = [
		{ algorithm: "HMAC-SHA256", key_id: row.hmacKeyId, value: row.hmacSignature },
	];
	if (row.ed25519KeyId && row.ed25519Signature) {
		signatures.push({ algorithm: "Ed25519", key_id: row.ed25519KeyId, value: row.ed25519Signature });
	}
	// Only the keys this bundle relies on: the certificate's and the one signing the bundle now.
	const needed = new Set([row.ed25519KeyId, ring.activeKeyId]);
	const keys: PublishedJwk[] = publicJwks(ring).filter((k) => needed.has(k.kid));
	const unsigned: UnsignedEvidenceBundle = {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		generated_at: source.generatedAt,
		issuer: source.issuer,
		keys_url: `${source.issuer}/.well-known/econsent/keys.json`,
		methods: BUNDLE_METHODS,
		claim: source.claim,
		certificate: toConsentRecord(row),
		signatures,
		public_keys: { keys },
		audit_chain: source.events.map(toBundleEvent),
		access_log: source.accessLog,
		compliance: source.compliance as Record<string, unknown> | null,
		revocations: revocationsInChain(source.events),
		verification: source.verification,
		transparency: source.transparency,
	};
	const { algorithm, key_id, value } = await signEd25519(unsigned, ring);
	return { ...unsigned, bundle_signature: { algorithm, key_id, value } };
}
