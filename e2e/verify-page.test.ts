// The /verify page as an expert, a clerk or opposing counsel uses it: a bundle picked or dropped in Chromium is
// verified by the page's own script, with no request to anyone, also when the page was saved and opened from disk.
// Tampered bundles fail at the check that catches them.
import { generateKeyPairSync, sign } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { canonicalJson } from "../src/signing/canonical";
import { baseUrl } from "./api";
import {
	type Browser,
	checkPage,
	launchBrowser,
	type PageProblems,
	PHONE,
	screenshotWhenFailed,
	watchProblems,
} from "./browser";
import { claimedEvidence, type EvidenceFiles, v1Evidence } from "./evidence-files";
import { ARTIFACTS } from "./server";

const PAGES = path.join(ARTIFACTS, "pages");

type Bundle = Record<string, unknown> & {
	certificate: { consent_text: string };
	signatures: { algorithm: string; key_id: string; value: string }[];
	public_keys: { keys: { kid: string; x: string }[] };
	audit_chain: { seq: number; event_type: string }[];
	bundle_signature: { algorithm: string; key_id: string; value: string };
};

const asFile = (name: string, json: unknown) => ({
	name,
	mimeType: "application/json",
	buffer: Buffer.from(JSON.stringify(json, null, 2)),
});

/** Waits for the page's verdict and returns it with every check's status and text. */
async function verdict(page: Page) {
	await page.locator('#result[data-valid="true"], #result[data-valid="false"]').waitFor({ timeout: 30_000 });
	const checks = await page
		.locator("#result li[data-check]")
		.evaluateAll((items) =>
			Object.fromEntries(
				items.map((li) => [
					li.getAttribute("data-check"),
					{ status: li.getAttribute("data-status"), text: li.textContent ?? "" },
				]),
			),
		);
	return {
		heading: (await page.locator("#verdict").textContent()) ?? "",
		checks: checks as Record<string, { status: string; text: string }>,
		thumbprints: (await page.locator("#thumbprints").textContent()) ?? "",
	};
}

/** Whoever altered a bundle and re-signed it with a key of their own, put in place of the service's. */
function resignedWithAnotherKey(original: Bundle): Bundle {
	const { privateKey, publicKey } = generateKeyPairSync("ed25519");
	const x = publicKey.export({ format: "jwk" }).x as string;
	const signature = (value: unknown) => sign(null, Buffer.from(canonicalJson(value)), privateKey).toString("base64url");
	const bundle = structuredClone(original);
	bundle.certificate.consent_text = bundle.certificate.consent_text.replace("may call", "may call and email");
	for (const key of bundle.public_keys.keys) key.x = x;
	for (const s of bundle.signatures) if (s.algorithm === "Ed25519") s.value = signature(bundle.certificate);
	const { bundle_signature: _, ...signed } = bundle;
	bundle.bundle_signature = { ...bundle.bundle_signature, value: signature(signed) };
	return bundle;
}

describe("verifying a bundle in the browser at /verify", () => {
	let browser: Browser;
	let page: Page;
	let problems: PageProblems;
	let files: EvidenceFiles;
	let bundle: Bundle;
	/** Every request the page makes after it has loaded. */
	let requests: string[];

	/** Opens the page and starts recording requests once it has loaded. */
	async function open(url: string) {
		const response = await page.goto(url);
		await page.waitForLoadState("load");
		requests = [];
		return response;
	}

	async function verifyFiles(bundleJson: unknown, extra: { keys?: unknown; accessLog?: unknown } = {}) {
		await open(`${baseUrl()}/verify`);
		// The bundle last: a verdict only shows once a bundle is chosen, so the one awaited has every file.
		if (extra.keys) await page.setInputFiles("#keys-file", asFile("keys.json", extra.keys));
		if (extra.accessLog) await page.setInputFiles("#access-log-file", asFile("access-log.json", extra.accessLog));
		await page.setInputFiles("#bundle-file", asFile("bundle.json", bundleJson));
		return verdict(page);
	}

	beforeAll(async () => {
		// Another buyer claimed the certificate first: this buyer's bundle shows its events only as commitments.
		files = await claimedEvidence({ otherBuyer: true });
		bundle = files.bundle as Bundle;
		browser = await launchBrowser();
		page = browser.context.pages()[0] ?? (await browser.context.newPage());
		problems = await watchProblems(page);
		page.on("request", (request) => requests?.push(request.url()));
	});

	afterAll(async () => {
		await browser?.close();
	});

	screenshotWhenFailed(() => page);

	it("shows a downloaded bundle VALID, every check passing, without a single request", async () => {
		const response = await open(`${baseUrl()}/verify`);
		expect(response?.status()).toBe(200);
		expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'sha256-[^']+';/);
		await page.setInputFiles("#bundle-file", asFile("bundle.json", bundle));
		const result = await verdict(page);
		expect(result.heading).toContain("VALID");
		expect(result.heading).not.toContain("INVALID");
		for (const check of [
			"bundle_format",
			"bundle_signature",
			"ed25519_signature",
			"audit_chain",
			"signatures_recorded",
			"compliance_recorded",
			"access_log",
			"transparency_log",
		]) {
			expect(result.checks[check]?.status, check).toBe("PASS");
		}
		expect(result.checks.hmac_signature?.status).toBe("SKIP");
		expect(result.checks.public_key_origin?.status).toBe("SKIP");
		expect(result.thumbprints).toMatch(/[A-Za-z0-9_-]{43}/);
		expect(requests).toEqual([]);
		expect(problems.list).toEqual([]);
	});

	it("verifies a v4 bundle whose chain shows another buyer's events only as commitments", async () => {
		expect(bundle.version).toBe(4);
		const redacted = bundle.audit_chain.filter((e) => (e as { redacted?: boolean }).redacted === true);
		expect(redacted.map((e) => e.event_type)).toEqual(["shared", "claimed", "compliance_checked"]);
		const result = await verifyFiles(bundle, { accessLog: files.accessLog });
		expect(result.heading).toContain("VALID");
		expect(result.heading).not.toContain("INVALID");
		expect(result.checks.bundle_format?.text).toContain("econsent-evidence-bundle v4");
		expect(result.checks.audit_chain?.text).toMatch(/8 events \(3 shown as commitments\)/);
		expect(result.checks.access_log?.status).toBe("PASS");
		expect(requests).toEqual([]);
	});

	it("still shows a v1 bundle handed out before salted chains VALID, with its access log", async () => {
		const v1 = await v1Evidence();
		const result = await verifyFiles(v1.bundle, { accessLog: v1.accessLog });
		expect(result.heading).toContain("VALID");
		expect(result.heading).not.toContain("INVALID");
		expect(result.checks.bundle_format?.text).toContain("econsent-evidence-bundle v1");
		expect(result.checks.audit_chain?.status).toBe("PASS");
		expect(result.checks.access_log?.text).toMatch(/accesses on an unbroken chain/);
		expect(requests).toEqual([]);
	});

	it("fits a 390 px phone and has no axe-core violations, before and after a verification", async () => {
		await open(`${baseUrl()}/verify`);
		for (const name of ["verify-page", "verify-page-result"]) {
			if (name === "verify-page-result") {
				await page.setInputFiles("#bundle-file", asFile("bundle.json", bundle));
				await verdict(page);
			}
			const check = await checkPage(page, name, PAGES);
			expect(check.widths.phone, `${name}: ${check.overflowing.join("; ")}`).toBeLessThanOrEqual(PHONE.width);
			expect(check.violations, name).toEqual([]);
		}
		expect(requests).toEqual([]);
		expect(problems.list).toEqual([]);
	});

	it("checks the keys' origin with a saved keys.json, and every access with the access log", async () => {
		const result = await verifyFiles(bundle, { keys: files.keys, accessLog: files.accessLog });
		expect(result.heading).toContain("VALID");
		expect(result.checks.bundle_signature?.status).toBe("PASS");
		expect(result.checks.access_log?.text).toMatch(/accesses on an unbroken chain/);
		expect(result.checks.public_key_origin).toBeUndefined();
		expect(result.checks.access_log_entries).toBeUndefined();
		expect(await page.locator("#result").textContent()).toContain("the public keys in keys.json");
		expect(requests).toEqual([]);
	});

	it("shows INVALID at the signatures when one character of the consent text changed", async () => {
		const edited = structuredClone(bundle);
		edited.certificate.consent_text = edited.certificate.consent_text.replace("call", "cell");
		const result = await verifyFiles(edited);
		expect(result.heading).toContain("INVALID");
		expect(result.checks.ed25519_signature?.status).toBe("FAIL");
		expect(result.checks.ed25519_signature?.text).toContain("signature does not match the record");
		expect(result.checks.bundle_signature?.status).toBe("FAIL");
		expect(result.checks.audit_chain?.status).toBe("PASS");
	});

	it("shows INVALID at the audit chain, naming where it breaks, when one event was removed", async () => {
		const edited = structuredClone(bundle);
		const removed = edited.audit_chain.findIndex((e) => e.event_type === "shared");
		expect(removed).toBeGreaterThan(0);
		const seq = edited.audit_chain[removed]?.seq;
		edited.audit_chain.splice(removed, 1);
		const result = await verifyFiles(edited);
		expect(result.heading).toContain("INVALID");
		expect(result.checks.audit_chain?.status).toBe("FAIL");
		expect(result.checks.audit_chain?.text).toContain(`seq ${seq}`);
		expect(result.checks.bundle_signature?.status).toBe("FAIL");
	});

	it("shows INVALID at the recorded signatures when the record was changed and re-signed with another key", async () => {
		const forged = resignedWithAnotherKey(bundle);
		const alone = await verifyFiles(forged);
		// The forger's own key vouches for the forgery, but the audit chain recorded the real signature.
		expect(alone.checks.bundle_signature?.status).toBe("PASS");
		expect(alone.checks.ed25519_signature?.status).toBe("PASS");
		expect(alone.checks.signatures_recorded?.status).toBe("FAIL");
		expect(alone.heading).toContain("INVALID");
		const genuine = await verifyFiles(bundle);
		expect(alone.thumbprints).not.toBe(genuine.thumbprints);

		// With the service's published keys, the forger's signatures fail too.
		const withKeys = await verifyFiles(forged, { keys: files.keys });
		expect(withKeys.heading).toContain("INVALID");
		expect(withKeys.checks.bundle_signature?.status).toBe("FAIL");
		expect(withKeys.checks.ed25519_signature?.status).toBe("FAIL");
		expect(requests).toEqual([]);
	});

	it("sorts dropped files by what they are and verifies them", async () => {
		await open(`${baseUrl()}/verify`);
		// A drop as the browser delivers it, with the files in a DataTransfer.
		await page.evaluate(
			([bundleText, keysText]) => {
				const transfer = new DataTransfer();
				transfer.items.add(new File([keysText as string], "keys.json", { type: "application/json" }));
				transfer.items.add(new File([bundleText as string], "evidence.json", { type: "application/json" }));
				document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
			},
			[JSON.stringify(bundle), JSON.stringify(files.keys)],
		);
		const result = await verdict(page);
		expect(result.heading).toContain("VALID");
		expect(await page.locator("#result").textContent()).toContain("the public keys in keys.json");
		expect(requests).toEqual([]);
	});

	it("works saved to a file and opened from file://, with no server", async () => {
		const html = await (await fetch(`${baseUrl()}/verify`)).text();
		const dir = await mkdtemp(path.join(inject("scratchDir"), "saved-page-"));
		const saved = path.join(dir, "verify.html");
		await writeFile(saved, html);
		await open(pathToFileURL(saved).href);
		await page.setInputFiles("#bundle-file", asFile("bundle.json", bundle));
		expect((await verdict(page)).heading).toContain("VALID");

		const edited = structuredClone(bundle);
		edited.audit_chain.pop();
		await page.setInputFiles("#bundle-file", asFile("edited.json", edited));
		await page.locator('#result[data-valid="false"]').waitFor();
		expect(requests).toEqual([]);
		expect(problems.list).toEqual([]);
	});
});
