// `npx econsent verify`, as a third party runs it: a bundle downloaded from the running API, saved to a file, and
// checked by the command in its own process with no server or database involved.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Account, apiOk, signup } from "./api";
import { CONSENT_TEXT, claimedEvidence } from "./evidence-files";
import { ROOT } from "./server";

function verifyCommand(...args: string[]) {
	// The same Node that runs the tests; `npx econsent` resolves to this file through package.json's "bin".
	const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "econsent.mjs"), "verify", ...args], {
		cwd: ROOT,
		encoding: "utf8",
		timeout: 60_000,
	});
	return { code: run.status, out: run.stdout, err: run.stderr };
}

describe("econsent verify on a downloaded bundle", () => {
	let dir: string;
	let bundlePath: string;
	let keysPath: string;

	beforeAll(async () => {
		const { bundle, keys } = await claimedEvidence();
		// Inside the run's scratch directory, which is deleted at the end.
		dir = await mkdtemp(path.join(inject("scratchDir"), "bundle-"));
		bundlePath = path.join(dir, "bundle.json");
		keysPath = path.join(dir, "keys.json");
		await writeFile(bundlePath, JSON.stringify(bundle, null, 2));
		await writeFile(keysPath, JSON.stringify(keys));
	});

	it("passes a bundle as downloaded and says what it checked", () => {
		const run = verifyCommand(bundlePath, "--keys", keysPath);
		expect(run.err).toBe("");
		expect(run.code).toBe(0);
		expect(run.out).toContain("Checked offline (no network, no database)");
		expect(run.out).toMatch(/PASS {2}ed25519_signature/);
		expect(run.out).toMatch(/PASS {2}audit_chain: .*\n\s+5 events, head [0-9a-f]{64}/);
		expect(run.out).toMatch(/SKIP {2}hmac_signature/);
		expect(run.out).toContain("RESULT: VALID (9 checks passed)");
	});

	it("fails a bundle edited by hand, naming the field or event", async () => {
		const bundle = JSON.parse(await readFile(bundlePath, "utf8"));
		bundle.certificate.consent_text = bundle.certificate.consent_text.replace("Acme", "Any");
		bundle.audit_chain[2].ip = "192.0.2.99";
		const edited = path.join(dir, "edited.json");
		await writeFile(edited, JSON.stringify(bundle, null, 2));

		const run = verifyCommand(edited);
		expect(run.code).toBe(1);
		expect(run.out).toMatch(/FAIL {2}ed25519_signature: .*\n\s+signature does not match the record/);
		expect(run.out).toMatch(
			/FAIL {2}audit_chain: .*\n\s+hash does not match the event's content, at audit event seq 3/,
		);
		expect(run.out).toContain("RESULT: NOT VALID (3 of 9 checks failed)");
	});

	it("exits 2 on a file it cannot read", () => {
		const run = verifyCommand(path.join(dir, "missing.json"));
		expect(run.code).toBe(2);
		expect(run.err).toContain("cannot read bundle");
	});
});

describe("econsent verify on a certificate several buyers claimed", () => {
	it("passes the first buyer's bundle downloaded after a second buyer with other rules claimed too", async () => {
		const publisher = await signup("LeadGen Co", "publisher");
		const first = await signup("Acme Insurance", "buyer");
		const second = await signup("Careful Lending", "buyer");
		// The second buyer's rule fails on this text, so the two claims record different compliance results.
		await apiOk(201, "POST", "/certificate-sharing/consent-rules", {
			as: second,
			body: { rule_name: "Names us", required_phrases: ["Careful Lending"], mode: "warn" },
		});
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: "forms.leadgen.example", name: "Quotes" },
		});
		const { certificate_id } = await apiOk<{ certificate_id: string }>(201, "POST", "/certificates", {
			as: publisher,
			body: { property_id: property.id, consent_text: CONSENT_TEXT, page_url: "https://forms.leadgen.example/q" },
		});
		const claimFor = async (buyer: Account) => {
			const { claim_token } = await apiOk<{ claim_token: string }>(
				201,
				"POST",
				`/certificate-sharing/certificates/${certificate_id}/share`,
				{ as: publisher, body: { target_company_id: buyer.company.id } },
			);
			return apiOk<{ claim_id: number; compliance: { status: string } }>(
				200,
				"POST",
				`/certificate-sharing/certificates/claim/${claim_token}`,
				{ as: buyer },
			);
		};
		const firstClaim = await claimFor(first);
		const secondClaim = await claimFor(second);
		expect([firstClaim.compliance.status, secondClaim.compliance.status]).toEqual(["pass", "warn"]);

		const bundle = await apiOk<unknown>(
			200,
			"GET",
			`/certificate-sharing/partner-certificates/${firstClaim.claim_id}/evidence?format=bundle`,
			{ as: first },
		);
		const dir = await mkdtemp(path.join(inject("scratchDir"), "bundle-"));
		const bundlePath = path.join(dir, "bundle.json");
		await writeFile(bundlePath, JSON.stringify(bundle, null, 2));

		const run = verifyCommand(bundlePath);
		expect(run.err).toBe("");
		expect(run.out).toMatch(
			/PASS {2}compliance_recorded: .*\n\s+matches this claim's compliance_checked event \(seq 5,/,
		);
		expect(run.out).toContain("RESULT: VALID (9 checks passed)");
		expect(run.code).toBe(0);
	});
});
