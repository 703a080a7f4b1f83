// One certificate, many buyers: each claim records its own compliance result in the one audit chain, and each
// buyer's evidence must be checked against its own claim's result, not whichever claim came last.
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXIT_VALID, runCli } from "../src/evidence/cli";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import { signEd25519 } from "../src/signing/ed25519";
import { ed25519KeyRing } from "../src/signing/keys";
import { checkComplianceRecorded } from "../src/verification/compliance-recorded";
import type { StoredAuditEvent } from "../src/verification/verify-certificate";
import { type Actor, call, captureCertificate, createProperty, signup } from "./helpers";
import { certificateD1 } from "./shard-databases";

// Each run is dozens of requests through the worker; on a loaded 2-core machine the default 5 s is not enough.
const PROPERTY_TIMEOUT_MS = 90_000;
const MANY_BUYERS_TIMEOUT_MS = 30_000;

const evidencePath = (claimId: number) => `/certificate-sharing/partner-certificates/${claimId}/evidence`;
const asBrowser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

/**
 * A buyer whose one warn-mode rule requires both phrases the sample consent text has plus `missing` phrases it
 * lacks: buyer n's score is 2 / (2 + n), so every buyer's compliance result differs from every other's.
 */
async function buyerWithOwnRule(missing: number): Promise<Actor> {
	const buyer = await signup(`Buyer ${missing}`);
	const absent = Array.from({ length: missing }, (_, i) => `zebra crossing number ${i + 1}`);
	const rule = await call("POST", "/certificate-sharing/consent-rules", {
		as: buyer,
		body: {
			rule_name: `Rule of buyer ${missing}`,
			required_phrases: ["Acme Insurance", "autodialer", ...absent],
			mode: "warn",
		},
	});
	expect(rule.status).toBe(201);
	return buyer;
}

async function share(publisher: Actor, certificateId: string, buyer: Actor): Promise<string> {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	expect(res.status).toBe(201);
	return res.json.claim_token;
}

async function claim(token: string, buyer: Actor) {
	const res = await call("POST", `/certificate-sharing/certificates/claim/${token}`, { as: buyer });
	expect(res.status).toBe(200);
	return res.json as { claim_id: number; compliance: { score: number; status: string } };
}

async function downloadBundle(claimId: number, buyer: Actor) {
	const res = await call("GET", `${evidencePath(claimId)}?format=bundle`, { as: buyer });
	expect(res.status).toBe(200);
	return res.json;
}

const checkNamed = (report: { checks: { check: string }[] }, name: string) =>
	report.checks.find((c) => c.check === name) as { check: string; valid: boolean; detail?: string } | undefined;

/** The seq of the compliance_checked event that followed this claim's claimed event, read from the database. */
async function ownComplianceSeq(certificateId: string, claimId: number): Promise<number> {
	const row = await certificateD1(certificateId)
		.prepare(
			`SELECT e.seq FROM audit_events e
		 JOIN audit_events c ON c.certificate_id = e.certificate_id AND c.seq = e.seq - 1
		 JOIN claims ON json_extract(c.details, '$.claim_token_id') = claims.claim_token_id
		 WHERE e.certificate_id = ? AND e.event_type = 'compliance_checked' AND c.event_type = 'claimed' AND claims.id = ?`,
		)
		.bind(certificateId, claimId)
		.first<{ seq: number }>();
	if (!row) throw new Error(`no compliance_checked event for claim ${claimId}`);
	return row.seq;
}

/** Re-signs a bundle as the service did before bundles named their claim token: a v1 bundle as already handed out. */
async function asIssuedBeforeTokenIds(bundle: Record<string, any>): Promise<Record<string, any>> {
	const { bundle_signature: _, ...unsigned } = structuredClone(bundle);
	delete unsigned.claim.claim_token_id;
	const { algorithm, key_id, value } = await signEd25519(unsigned, ed25519KeyRing(env));
	return { ...unsigned, bundle_signature: { algorithm, key_id, value } };
}

async function cliOutput(bundle: unknown) {
	const out: string[] = [];
	const code = await runCli(["verify", "bundle.json"], {
		readFile: async () => JSON.stringify(bundle),
		out: (line) => out.push(line),
		err: (line) => out.push(line),
	});
	return { code, out: out.join("\n") };
}

describe("evidence of a certificate claimed by several buyers", () => {
	it.each([2, 5])(
		"is valid for each of %i buyers and shows each buyer its own compliance result",
		async (count) => {
			const publisher = await signup("LeadGen Co");
			const property = await createProperty(publisher, "forms.leadgen.com");
			const cert = await captureCertificate(publisher, property.id);
			const buyers = await Promise.all(Array.from({ length: count }, (_, n) => buyerWithOwnRule(n)));
			const claims = [];
			for (const buyer of buyers) {
				claims.push(await claim(await share(publisher, cert.certificate_id, buyer), buyer));
			}
			expect(new Set(claims.map((c) => c.compliance.score)).size).toBe(count);

			for (const [n, buyer] of buyers.entries()) {
				const { claim_id: claimId, compliance } = claims[n]!;
				const ownSeq = await ownComplianceSeq(cert.certificate_id, claimId);
				const ownDetail = `matches this claim's compliance_checked event (seq ${ownSeq}, claimed at seq ${ownSeq - 1})`;

				const json = await call("GET", evidencePath(claimId), { as: buyer });
				expect(json.status).toBe(200);
				expect(json.json.compliance).toMatchObject({ score: compliance.score, status: compliance.status });
				expect(json.json.signature.verified).toBe(true);

				const bundle = await downloadBundle(claimId, buyer);
				expect(bundle.claim).toMatchObject({ claim_id: claimId, buyer_company_id: buyer.company.id });
				expect(bundle.compliance).toMatchObject({ score: compliance.score });
				expect(bundle.verification.valid).toBe(true);
				expect(checkNamed(bundle.verification, "compliance_recorded")).toEqual({
					check: "compliance_recorded",
					valid: true,
					detail: ownDetail,
				});
				const offline = await verifyEvidenceBundle(bundle);
				expect(offline.checks.filter((c) => !c.valid)).toEqual([]);
				expect(checkNamed(offline, "compliance_recorded")?.detail).toBe(ownDetail);
				const run = await cliOutput(bundle);
				expect(run.code).toBe(EXIT_VALID);
				expect(run.out).toMatch(/PASS {2}compliance_recorded: /);
				expect(run.out).toContain(ownDetail);

				const report = await call("GET", evidencePath(claimId), { as: buyer, headers: asBrowser });
				expect(report.status).toBe(200);
				expect(report.text).toContain("All checks passed");
				expect(report.text).toContain(`score ${compliance.score}%`);
				expect(report.text).toContain(`Rule of buyer ${n}`);
				expect(report.text).toContain(`compliance_checked event (seq ${ownSeq}, claimed at seq ${ownSeq - 1})`);

				const verify = await call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, { as: buyer });
				expect(verify.status).toBe(200);
				expect(verify.json.valid).toBe(true);
				expect(checkNamed(verify.json, "compliance_recorded")).toEqual({
					check: "compliance_recorded",
					valid: true,
					detail: ownDetail,
				});
			}
		},
		MANY_BUYERS_TIMEOUT_MS,
	);

	it("verifies bundles issued without the claim token id against their own claim, and catches another claim's result", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher, "forms.leadgen.com");
		const cert = await captureCertificate(publisher, property.id);
		const [first, second] = [await buyerWithOwnRule(0), await buyerWithOwnRule(1)];
		const firstClaim = await claim(await share(publisher, cert.certificate_id, first), first);
		const secondClaim = await claim(await share(publisher, cert.certificate_id, second), second);

		const firstV1 = await asIssuedBeforeTokenIds(await downloadBundle(firstClaim.claim_id, first));
		const secondV1 = await asIssuedBeforeTokenIds(await downloadBundle(secondClaim.claim_id, second));
		for (const [bundle, claimId] of [
			[firstV1, firstClaim.claim_id],
			[secondV1, secondClaim.claim_id],
		] as const) {
			expect(bundle.claim).not.toHaveProperty("claim_token_id");
			const report = await verifyEvidenceBundle(bundle);
			expect(report.checks.filter((c) => !c.valid)).toEqual([]);
			const ownSeq = await ownComplianceSeq(cert.certificate_id, claimId);
			expect(checkNamed(report, "compliance_recorded")?.detail).toContain(`(seq ${ownSeq},`);
		}

		// The first buyer's bundle carrying the second buyer's result, signed as the service would: the chain says no.
		const swapped = await asIssuedBeforeTokenIds({ ...firstV1, compliance: secondV1.compliance });
		const swappedReport = await verifyEvidenceBundle(swapped);
		expect(checkNamed(swappedReport, "bundle_signature")?.valid).toBe(true);
		expect(checkNamed(swappedReport, "compliance_recorded")).toMatchObject({
			valid: false,
			detail: "compliance result differs from the one recorded for this claim in the audit chain",
			broken_at_seq: await ownComplianceSeq(cert.certificate_id, firstClaim.claim_id),
		});
		// And a bundle whose claim time matches no claimed event of its buyer names nothing to compare with.
		const misdated = await asIssuedBeforeTokenIds({
			...firstV1,
			claim: { ...firstV1.claim, claimed_at: "2020-01-01T00:00:00.000Z" },
		});
		expect(checkNamed(await verifyEvidenceBundle(misdated), "compliance_recorded")).toMatchObject({ valid: false });
	});

	it("matches a compliance_checked event that names its claim token wherever it sits in the chain", () => {
		const event = (seq: number, eventType: string, details: Record<string, unknown>): StoredAuditEvent => ({
			certificateId: "EC-1",
			seq,
			eventType,
			actorCompanyId: "buyer-b",
			actorUserId: null,
			ip: null,
			details: JSON.stringify(details),
			createdAt: "2026-11-26T10:00:00.000Z",
			salt: null,
			prevHash: "",
			hash: "",
		});
		const summary = (score: number) => ({
			score,
			matched: [],
			missing: [],
			forbidden_found: [],
			status: "pass",
			grade: "A",
			rules_evaluated: 1,
		});
		const claimedBy = (company: string, token: string) => ({
			claim_token_id: token,
			claiming_company_id: company,
			status: "claimed",
		});
		const events = [
			event(1, "claimed", claimedBy("buyer-a", "token-a")),
			event(2, "claimed", claimedBy("buyer-b", "token-b")),
			event(3, "compliance_checked", { ...summary(50), claim_token_id: "token-b" }),
			event(4, "compliance_checked", { ...summary(90), claim_token_id: "token-a" }),
		];
		const claimA = { claimTokenId: "token-a", buyerCompanyId: "buyer-a", claimedAt: "2026-11-26T10:00:00.000Z" };
		expect(checkComplianceRecorded(events, claimA, summary(90))).toMatchObject({ valid: true });
		expect(checkComplianceRecorded(events, claimA, summary(50))).toMatchObject({ valid: false, broken_at_seq: 4 });
		const claimB = { ...claimA, claimTokenId: "token-b", buyerCompanyId: "buyer-b" };
		expect(checkComplianceRecorded(events, claimB, summary(50))).toMatchObject({ valid: true });
		// A claimed event naming no token still owns only the compliance event right after it, not the first untagged one.
		const untagged = [
			event(1, "claimed", claimedBy("buyer-a", "token-a")),
			event(2, "compliance_checked", summary(90)),
			event(3, "claimed", { claiming_company_id: "buyer-b", status: "claimed" }),
			event(4, "compliance_checked", summary(50)),
		];
		const claimBAtTime = { buyerCompanyId: "buyer-b", claimedAt: "2026-11-26T10:00:00.000Z" };
		expect(checkComplianceRecorded(untagged, claimBAtTime, summary(50))).toMatchObject({ valid: true });
		expect(checkComplianceRecorded(untagged, claimBAtTime, summary(90))).toMatchObject({
			valid: false,
			broken_at_seq: 4,
		});
		// A token id names the claim only together with its buyer.
		expect(checkComplianceRecorded(events, { ...claimB, buyerCompanyId: "buyer-a" }, summary(50))).toMatchObject({
			valid: false,
		});
	});

	it(
		"keeps every bundle ever downloaded verifying, whatever the order of shares, claims and reads",
		async () => {
			const publisher = await signup("LeadGen Co");
			const property = await createProperty(publisher, "forms.leadgen.com");
			const buyers = [await buyerWithOwnRule(0), await buyerWithOwnRule(1), await buyerWithOwnRule(2)];
			const formats = ["bundle", "json", "html"] as const;
			const action = fc.oneof(
				fc.record({ kind: fc.constant("share" as const), buyer: fc.nat({ max: buyers.length - 1 }) }),
				fc.record({ kind: fc.constant("claim" as const), pick: fc.nat() }),
				fc.record({ kind: fc.constant("read" as const), pick: fc.nat(), format: fc.constantFrom(...formats) }),
			);

			await fc.assert(
				fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 12 }), async (actions) => {
					const cert = await captureCertificate(publisher, property.id);
					const unclaimed: { token: string; buyer: Actor }[] = [];
					const claimed: { claimId: number; buyer: Actor; score: number }[] = [];
					const downloaded: { bundle: unknown; claimId: number; score: number }[] = [];
					for (const step of actions) {
						if (step.kind === "share") {
							const buyer = buyers[step.buyer]!;
							unclaimed.push({ token: await share(publisher, cert.certificate_id, buyer), buyer });
						} else if (step.kind === "claim" && unclaimed.length > 0) {
							const [{ token, buyer }] = unclaimed.splice(step.pick % unclaimed.length, 1) as [
								(typeof unclaimed)[number],
							];
							const outcome = await claim(token, buyer);
							claimed.push({ claimId: outcome.claim_id, buyer, score: outcome.compliance.score });
						} else if (step.kind === "read" && claimed.length > 0) {
							const { claimId, buyer, score } = claimed[step.pick % claimed.length]!;
							const path = `${evidencePath(claimId)}${step.format === "bundle" ? "?format=bundle" : ""}`;
							const res = await call("GET", path, { as: buyer, headers: step.format === "html" ? asBrowser : {} });
							expect(res.status).toBe(200);
							if (step.format === "bundle") downloaded.push({ bundle: res.json, claimId, score });
						}
					}
					for (const { bundle, claimId, score } of downloaded) {
						const report = await verifyEvidenceBundle(bundle);
						expect({ claimId, failed: report.checks.filter((c) => !c.valid) }).toEqual({ claimId, failed: [] });
						expect((bundle as { compliance: { score: number } }).compliance.score).toBe(score);
					}
					// Every claim's evidence as of now verifies too, on the service and offline.
					for (const { claimId, buyer } of claimed) {
						const bundle = await downloadBundle(claimId, buyer);
						expect(bundle.verification.valid).toBe(true);
						expect((await verifyEvidenceBundle(bundle)).valid).toBe(true);
					}
				}),
				{ numRuns: 15 },
			);
		},
		PROPERTY_TIMEOUT_MS,
	);
});
