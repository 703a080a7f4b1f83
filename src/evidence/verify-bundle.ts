// Offline verification of an evidence bundle: no network, no database, only the bundle (and, optionally, public
// keys the verifier obtained independently). Runs the same checks as the service's verify endpoints, minus the
// HMAC (its key is secret), plus the checks that only make sense for a document that has left the service.
import { checkRecordingArchive } from "../recordings/check-archive";
import type { ChunkProblem } from "../recordings/manifest";
import { revocationsInChain } from "../revocations/in-chain";
import { canonicalJson } from "../signing/canonical";
import { type Ed25519PublicJwk, toBase64Url, verifyEd25519 } from "../signing/ed25519";
import { checkTransparency } from "../transparency-log/evidence-proofs";
import { checkAccessLog, checkAccessLogCommitments } from "../verification/access-log";
import { checkComplianceRecorded } from "../verification/compliance-recorded";
import { type VerificationCheck, type VerificationCheckName, verifyEvidence } from "../verification/verify-certificate";
import {
	AccessLogFileSchema,
	type AnyEvidenceBundle,
	BUNDLE_FORMAT,
	EvidenceBundleSchema,
	fromBundleEvent,
} from "./bundle";

export type BundleCheck = Omit<VerificationCheck, "check"> & {
	check:
		| VerificationCheckName
		| "bundle_format"
		| "bundle_signature"
		| "recording"
		| "transparency_log"
		| "revocations"
		| "log_consistency";
	/** The recording check's differences from the signed manifest, each with its chunk's place. */
	chunk_problems?: ChunkProblem[];
};

export interface BundleVerification {
	valid: boolean;
	certificate_id: string | null;
	checks: BundleCheck[];
	/** What this verification could not check, and why; none of it counts towards `valid`. */
	not_checked: { check: string; reason: string }[];
	/** Key id → RFC 7638 thumbprint of each public key used, to compare with the service's published keys. */
	key_thumbprints: Record<string, string>;
}

export interface JwkSet {
	keys: readonly (Ed25519PublicJwk & { kid: string })[];
	/** keys.json's transparency log key: when given, the bundle's checkpoint must be signed with it. */
	transparency_log?: { verifier_key: string };
}

/** RFC 7638 JWK thumbprint (SHA-256, base64url) of an Ed25519 public key. */
export async function jwkThumbprint(jwk: Ed25519PublicJwk): Promise<string> {
	const digest = await crypto.subtle.digest(
		"SHA-256",
		new TextEncoder().encode(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x })),
	);
	return toBase64Url(digest);
}

/**
 * @param input the parsed JSON of a bundle, as found (it is validated here)
 * @param trustedKeys public keys obtained separately (e.g. a saved copy of keys.json); when given, they are used
 * instead of the keys inside the bundle, so a bundle cannot vouch for itself.
 * @param accessLogInput the parsed JSON of the certificate's access log, downloaded after the bundle: every access
 * is then checked against the audit chain's and the bundle's commitments.
 * @param recordingInput the parsed JSON of the certificate's recording archive (GET …/recording): each chunk is then
 * checked against the manifest in the signed record.
 */
export async function verifyEvidenceBundle(
	input: unknown,
	trustedKeys?: JwkSet,
	accessLogInput?: unknown,
	recordingInput?: unknown,
): Promise<BundleVerification> {
	const parsed = EvidenceBundleSchema.safeParse(input);
	if (!parsed.success) {
		const where = parsed.error.issues
			.slice(0, 5)
			.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
			.join("; ");
		return {
			valid: false,
			certificate_id: null,
			checks: [{ check: "bundle_format", valid: false, detail: `not a ${BUNDLE_FORMAT} v1, v2 or v3: ${where}` }],
			not_checked: [],
			key_thumbprints: {},
		};
	}
	const bundle = parsed.data;
	const checks: BundleCheck[] = [
		{ check: "bundle_format", valid: true, detail: `${BUNDLE_FORMAT} v${bundle.version}` },
	];

	const keys = trustedKeys?.keys ?? bundle.public_keys.keys;
	const keyFor = (keyId: string) => keys.find((k) => k.kid === keyId);
	const ed25519 = signatureOf(bundle, "Ed25519");
	const hmac = signatureOf(bundle, "HMAC-SHA256");
	const key_thumbprints: Record<string, string> = {};
	for (const keyId of new Set([bundle.bundle_signature.key_id, ed25519?.key_id])) {
		const key = keyId === undefined ? undefined : keyFor(keyId);
		if (key) key_thumbprints[key.kid] = await jwkThumbprint(key);
	}

	// Over the document exactly as found, so a field added by hand shows as well as one changed.
	const { bundle_signature: _, ...signedPart } = input as Record<string, unknown>;
	const signerKey = keyFor(bundle.bundle_signature.key_id);
	const whole = signerKey
		? await verifyEd25519(signedPart, bundle.bundle_signature, signerKey)
		: ({ valid: false, reason: `unknown Ed25519 key id ${bundle.bundle_signature.key_id}` } as const);
	checks.push(
		whole.valid
			? { check: "bundle_signature", valid: true, detail: `signed by key ${bundle.bundle_signature.key_id}` }
			: { check: "bundle_signature", valid: false, detail: `${whole.reason}: not the bundle the service produced` },
	);

	const events = bundle.audit_chain.map(fromBundleEvent);
	// The revocations listed are those the chain's `revoked` events record: the list adds nothing the chain does not say.
	if ("revocations" in bundle && bundle.revocations !== undefined) {
		const agree = canonicalJson(bundle.revocations) === canonicalJson(revocationsInChain(events));
		checks.push({
			check: "revocations",
			valid: agree,
			detail: agree
				? `${bundle.revocations.length} revocation(s), as the audit chain records them`
				: "the revocations listed differ from the audit chain's revoked events",
		});
	}
	// The checks that read events' contents read the ones shown in full; the chain check reads them all.
	const shown = events.filter((e) => !e.redacted);
	const opaque = events.filter((e) => e.redacted && e.leaf === null).length;
	checks.push(
		...(await verifyEvidence(
			{
				record: bundle.certificate,
				// A bundle without an HMAC entry still gets every other check; the recorded-signature check then fails.
				hmac: hmac ?? { key_id: "", value: "" },
				ed25519,
				events,
			},
			{ ed25519PublicKey: keyFor },
		)),
	);
	checks.push(
		checkComplianceRecorded(
			shown,
			{
				claimTokenId: bundle.claim.claim_token_id,
				buyerCompanyId: bundle.claim.buyer_company_id,
				claimedAt: bundle.claim.claimed_at,
			},
			bundle.compliance,
		),
	);

	// Bundles exported before accesses had a log of their own carry them in the audit chain, checked above.
	if (bundle.access_log) {
		const accessLog = accessLogInput === undefined ? undefined : AccessLogFileSchema.safeParse(accessLogInput);
		if (accessLog && !accessLog.success) {
			checks.push({ check: "access_log", valid: false, detail: "the access log file is not an econsent-access-log" });
		} else if (
			accessLog?.data.certificate_id !== undefined &&
			accessLog.data.certificate_id !== bundle.certificate.certificate_id
		) {
			checks.push({ check: "access_log", valid: false, detail: "the access log is another certificate's" });
		} else {
			checks.push(
				accessLog
					? await checkAccessLog(accessLog.data.events.map(fromBundleEvent), shown, bundle.access_log)
					: checkAccessLogCommitments(shown, bundle.access_log),
			);
		}
	}

	// The manifest is part of the signed record, so this check is only as good as the signature checks above.
	const manifest = bundle.certificate.witness?.recording;
	if (recordingInput !== undefined) {
		const recording = await checkRecordingArchive(bundle.certificate, recordingInput);
		checks.push({
			check: "recording",
			valid: recording.valid,
			detail: recording.detail,
			...(recording.problems.length > 0 ? { chunk_problems: recording.problems } : {}),
		});
	}

	// v3: every audit event is in the transparency log under the bundle's checkpoint, or said to be pending.
	const transparency =
		bundle.version === 3
			? await checkTransparency(
					bundle.transparency,
					bundle.audit_chain.map((e) => ({ seq: e.seq, hash: e.hash })),
					trustedKeys?.transparency_log?.verifier_key,
				)
			: undefined;
	if (transparency) checks.push({ check: "transparency_log", valid: transparency.valid, detail: transparency.detail });

	const serviceHmac = bundle.verification.checks.find((c) => c.check === "hmac_signature");
	return {
		valid: checks.every((c) => c.valid),
		certificate_id: bundle.certificate.certificate_id,
		checks,
		not_checked: [
			{
				check: "hmac_signature",
				reason: `HMAC-SHA256 needs the service's secret key; the service reported it ${
					serviceHmac ? (serviceHmac.valid ? "valid" : `invalid (${serviceHmac.detail ?? "no detail"})`) : "nowhere"
				} when it generated the bundle at ${bundle.generated_at}`,
			},
			...(bundle.access_log && accessLogInput === undefined
				? [
						{
							check: "access_log_entries",
							reason: `the bundle carries only the access log's length (${bundle.access_log.events}) and head; download it from ${bundle.access_log.url} and pass it with --access-log to check every access`,
						},
					]
				: []),
			...(manifest && recordingInput === undefined
				? [
						{
							check: "recording",
							reason: `the certificate was witnessed and its record signs the manifest of a ${manifest.chunks.length}-chunk session recording; download the recording archive (GET /certificate-sharing/partner-certificates/${bundle.claim.claim_id}/recording) and pass it with --recording to check it`,
						},
					]
				: []),
			...(opaque > 0
				? [
						{
							check: "legacy_commitments",
							reason: `${opaque} event${opaque === 1 ? "" : "s"} of the audit chain, stored before salted chains and concerning another party, ${opaque === 1 ? "is" : "are"} shown by hash alone: ${opaque === 1 ? "its" : "their"} place in the chain holds, but ${opaque === 1 ? "its" : "their"} content cannot be recomputed from this bundle`,
						},
					]
				: []),
			...(transparency && transparency.pendingSeqs.length > 0
				? [
						{
							check: "transparency_log_pending",
							reason: `event seq ${transparency.pendingSeqs.join(", ")} ${transparency.pendingSeqs.length === 1 ? "was" : "were"} pending inclusion in the log at export; a bundle exported again seconds later proves ${transparency.pendingSeqs.length === 1 ? "it" : "them"}`,
						},
					]
				: []),
			...(bundle.version !== 3
				? [
						{
							check: "transparency_log",
							reason: `a v${bundle.version} bundle carries no transparency log proofs; export it again for them`,
						},
					]
				: []),
			...(trustedKeys
				? []
				: [
						{
							check: "public_key_origin",
							reason: `the public keys came from the bundle itself; compare their thumbprints with the keys published at ${bundle.keys_url} (or pass that file as trusted keys)`,
						},
					]),
		],
		key_thumbprints,
	};
}

function signatureOf(bundle: AnyEvidenceBundle, algorithm: "Ed25519" | "HMAC-SHA256") {
	const found = bundle.signatures.find((s) => s.algorithm === algorithm);
	return found ? { key_id: found.key_id, value: found.value } : null;
}
