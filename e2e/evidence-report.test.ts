// The buyer's whole path in a real browser: a claim link from a publisher, sign-in, claim, and the printable
// evidence report. The data is set up through the HTTP API, the way a publisher's lead server would.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Account, api, apiOk, baseUrl, PASSWORD, signup } from "./api";
import { type Browser, launchBrowser, type PageProblems, watchProblems } from "./browser";
import { ARTIFACTS } from "./server";

// Quotes and an ampersand: the report has to show the text exactly as the consumer saw it, not escaped twice.
const CONSENT_TEXT =
	'By clicking "Get my quote", I agree that Acme Insurance & its partners may call and text me at the number provided, including by autodialer and prerecorded messages. Consent is not required as a condition of purchase.';

const SCREENSHOT = path.join(ARTIFACTS, "evidence-report.png");
const PDF = path.join(ARTIFACTS, "evidence-report.pdf");

function expectNoLeakHeaders(response: Response) {
	const headers = response.headers();
	expect(headers["content-type"]).toContain("text/html");
	expect(headers["content-security-policy"]).toContain("default-src 'none'");
	expect(headers["referrer-policy"]).toBe("no-referrer");
	expect(headers["cache-control"]).toBe("no-store");
}

/** Clicks and returns the response of the top-level navigation the click causes. */
async function clickAndNavigate(page: Page, click: () => Promise<void>): Promise<Response> {
	const navigation = page.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame());
	await click();
	const response = await navigation;
	await page.waitForLoadState("load");
	return response;
}

describe("buyer claims a shared certificate in the browser and prints the evidence report", () => {
	let browser: Browser;
	let page: Page;
	let problems: PageProblems;
	let buyer: Account;
	let certificateId: string;
	let claimToken: string;
	let claimUrl: string;
	let claimId: string | undefined;
	let evidence: Response | undefined;

	beforeAll(async () => {
		const publisher = await signup("LeadGen Co", "publisher");
		buyer = await signup("Acme Insurance", "buyer");
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: "forms.leadgen.example", name: "Auto insurance quotes" },
		});
		const certificate = await apiOk<{ certificate_id: string }>(201, "POST", "/certificates", {
			as: publisher,
			body: {
				property_id: property.id,
				consent_text: CONSENT_TEXT,
				page_url: "https://forms.leadgen.example/quote",
				consumer: { ip: "203.0.113.7", user_agent: "Mozilla/5.0 (e2e)" },
				geo: { country: "US", state: "FL", city: "Tampa" },
				recording_url: "https://replay.leadgen.example/sessions/e2e",
				lead: { email: "jane@example.com", phone: "+1 555 010 0001" },
			},
		});
		certificateId = certificate.certificate_id;
		const share = await apiOk<{ claim_token: string; claim_url: string }>(
			201,
			"POST",
			`/certificate-sharing/certificates/${certificateId}/share`,
			{ as: publisher, body: {} },
		);
		claimToken = share.claim_token;
		claimUrl = share.claim_url;

		browser = await launchBrowser();
		page = browser.context.pages()[0] ?? (await browser.context.newPage());
		problems = await watchProblems(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	beforeEach(({ onTestFailed, task }) => {
		onTestFailed(async () => {
			if (!page || page.isClosed()) return;
			const file = path.join(ARTIFACTS, `failed-${task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}.png`);
			await mkdir(ARTIFACTS, { recursive: true });
			await page.screenshot({ path: file, fullPage: true }).catch(() => {});
			console.error(`Page at failure: ${page.url()} (screenshot ${file})`);
		});
	});

	it("the share points at this server's claim page", () => {
		expect(claimToken).toMatch(/^clm_/);
		expect(claimUrl).toBe(`${baseUrl()}/certificate-sharing/certificates/claim/${claimToken}`);
	});

	it("signs in through the claim link, claims, and follows the evidence link", async () => {
		const claimPage = await page.goto(claimUrl);
		expect(claimPage?.status()).toBe(200);
		if (claimPage) expectNoLeakHeaders(claimPage);
		await expect.poll(() => page.locator("h1").textContent()).toContain("Consent certificate shared with you");
		expect(await page.locator("main").textContent()).toContain(certificateId);

		// Signed out: the claim sends the buyer to sign in, and back to the claim link afterwards.
		await clickAndNavigate(page, () => page.getByRole("button", { name: "Claim certificate" }).click());
		expect(new URL(page.url()).pathname).toBe("/login");
		await page.getByLabel("Email").fill(buyer.email);
		await page.getByLabel("Password").fill(PASSWORD);
		await clickAndNavigate(page, () => page.getByRole("button", { name: "Sign in" }).click());
		expect(new URL(page.url()).pathname).toBe(`/certificate-sharing/certificates/claim/${claimToken}`);

		const claimButton = page.getByRole("button", { name: "Claim certificate" });
		if (await claimButton.count()) await clickAndNavigate(page, () => claimButton.click());
		await expect.poll(() => page.locator("h1").textContent()).toBe("Certificate claimed");
		const main = (await page.locator("main").textContent()) ?? "";
		expect(main).toContain(certificateId);
		claimId = main.match(/Claim id\s*(\d+)/)?.[1];
		expect(claimId).toBeDefined();

		evidence = await clickAndNavigate(page, () => page.getByRole("link", { name: "View the evidence" }).click());
		expect(page.url()).toBe(`${baseUrl()}/certificate-sharing/partner-certificates/${claimId}/evidence`);
		expect(evidence.status()).toBe(200);
		expect(problems.list).toEqual([]);
	});

	it("API clients still get the evidence as JSON from the same address", async () => {
		expect(claimId, "the browser flow did not get as far as the claim").toBeDefined();
		const res = await api<{ certificate_id: string; consent_text: string }>(
			"GET",
			`/certificate-sharing/partner-certificates/${claimId}/evidence`,
			{ as: buyer },
		);
		expect(res.status).toBe(200);
		expect(res.headers.get("content-type")).toContain("application/json");
		expect(res.body.certificate_id).toBe(certificateId);
		expect(res.body.consent_text).toBe(CONSENT_TEXT);
	});

	it("shows a printable evidence report with passing verification", async () => {
		expect(evidence, "the browser flow did not reach the evidence link").toBeDefined();
		if (!evidence) return;
		expectNoLeakHeaders(evidence);
		await expect.poll(() => page.locator("h1").textContent()).toContain("Consent evidence report");

		const text = (await page.locator("body").textContent()) ?? "";
		expect(text).toContain(certificateId);
		expect(text).toContain(CONSENT_TEXT);
		expect(text).toContain("All checks passed");
		expect(text).toContain("Ed25519");
		expect(text).toContain("HMAC-SHA256");
		expect(problems.list).toEqual([]);

		await mkdir(ARTIFACTS, { recursive: true });
		await page.screenshot({ path: SCREENSHOT, fullPage: true });
		expect(existsSync(SCREENSHOT)).toBe(true);

		const pdf = await page.pdf({ format: "Letter", printBackground: true });
		await writeFile(PDF, pdf);
		expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
		expect(pdf.length).toBeGreaterThan(10_000);
		expect((await readFile(PDF)).length).toBe(pdf.length);
	});
});
