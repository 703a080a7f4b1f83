// The buyer's whole path in a real browser: a claim link from a publisher, sign-in, claim, and the printable
// evidence report. The data is set up through the HTTP API, the way a publisher's lead server would.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Account, api, apiOk, baseUrl, PASSWORD, signup } from "./api";
import {
	type Browser,
	checkPage,
	launchBrowser,
	type PageCheck,
	type PageProblems,
	PHONE,
	screenshotWhenFailed,
	watchProblems,
} from "./browser";
import { ARTIFACTS } from "./server";

// Quotes and an ampersand: the report has to show the text exactly as the consumer saw it, not escaped twice.
const CONSENT_TEXT =
	'By clicking "Get my quote", I agree that Acme Insurance & its partners may call and text me at the number provided, including by autodialer and prerecorded messages. Consent is not required as a condition of purchase.';

const SCREENSHOT = path.join(ARTIFACTS, "evidence-report.png");
const PDF = path.join(ARTIFACTS, "evidence-report.pdf");
/** Phone and desktop screenshots of every page, and widths.json with what checkPage measured. */
const PAGES = path.join(ARTIFACTS, "pages");
const checks: PageCheck[] = [];

/** The page fits a 390 px phone and printed paper without sideways scrolling, and axe-core finds nothing wrong. */
async function expectReadsWell(page: Page, name: string) {
	const check = await checkPage(page, name, PAGES);
	checks.push(check);
	const past = check.overflowing.join("; ");
	expect(check.widths.phone, `${name} is wider than a phone: ${past}`).toBeLessThanOrEqual(PHONE.width);
	expect(check.widths.print, `${name} is wider than printed paper`).toBeLessThanOrEqual(710);
	expect(check.violations, `${name}: axe-core violations`).toEqual([]);
}

/** Every <time> shows readable UTC and carries the exact ISO value. */
async function expectReadableTimes(page: Page) {
	const times = await page
		.locator("time")
		.evaluateAll((nodes) =>
			nodes.map((n) => ({ text: n.textContent ?? "", datetime: n.getAttribute("datetime") ?? "" })),
		);
	expect(times.length).toBeGreaterThan(0);
	for (const t of times) {
		expect(t.text).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC$/);
		expect(new Date(t.datetime).toISOString()).toBe(t.datetime);
	}
	expect(await page.locator("main").textContent()).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
}

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
		await mkdir(PAGES, { recursive: true });
		await writeFile(path.join(PAGES, "widths.json"), `${JSON.stringify(checks, null, "\t")}\n`);
	});

	screenshotWhenFailed(() => page);

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
		await expectReadableTimes(page);
		await expectReadsWell(page, "claim-card");

		// Signed out: the claim sends the buyer to a sign-in page that says what it is for.
		await clickAndNavigate(page, () => page.getByRole("button", { name: "Claim certificate" }).click());
		expect(new URL(page.url()).pathname).toBe("/login");
		expect(await page.locator("h1").textContent()).toBe("Sign in to claim this certificate from LeadGen Co");
		await expectReadsWell(page, "sign-in");
		await page.getByLabel("Email").fill(buyer.email);
		await page.getByLabel("Password").fill(PASSWORD);
		await clickAndNavigate(page, () => page.getByRole("button", { name: "Sign in" }).click());

		// Back on the claim card, signed in: claiming is the one step left, and the focused one.
		const back = new URL(page.url());
		expect(back.pathname + back.search).toBe(`/certificate-sharing/certificates/claim/${claimToken}?from=sign-in`);
		expect(await page.locator("main").textContent()).toContain("One step left");
		expect(await page.getByRole("button").count()).toBe(1);
		const claimButton = page.getByRole("button", { name: "Claim certificate" });
		expect(await claimButton.evaluate((button) => button === document.activeElement)).toBe(true);
		await expectReadsWell(page, "claim-card-signed-in");
		await clickAndNavigate(page, () => claimButton.click());

		await expect.poll(() => page.locator("h1").textContent()).toBe("Certificate claimed");
		const main = (await page.locator("main").textContent()) ?? "";
		expect(main).toContain(certificateId);
		claimId = main.match(/Claim id\s*(\d+)/)?.[1];
		expect(claimId).toBeDefined();
		await expectReadableTimes(page);
		await expectReadsWell(page, "claim-result");

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
		await expectReadableTimes(page);
		await expectReadsWell(page, "evidence-report");
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

	it("shows a spent claim link without a button, and a second claim as a 409 page that reads well", async () => {
		expect(claimId, "the browser flow did not get as far as the claim").toBeDefined();
		await page.goto(claimUrl);
		expect(await page.locator("main").textContent()).toContain("can no longer be claimed");
		expect(await page.getByRole("button").count()).toBe(0);
		// What a stale tab or a double submit sends: the same form POST again, as the signed-in buyer.
		const response = await clickAndNavigate(page, () =>
			page.evaluate((action) => {
				const form = document.createElement("form");
				form.method = "post";
				form.action = action;
				document.body.append(form);
				form.submit();
			}, new URL(claimUrl).pathname),
		);
		expect(response.status()).toBe(409);
		expectNoLeakHeaders(response);
		expect(await page.locator("h1").textContent()).toBe("This certificate cannot be claimed");
		expect(await page.locator("main").textContent()).toContain("claimed already");
		await expectReadsWell(page, "claim-already-claimed");
	});

	it("answers an unknown claim link with a 404 page that reads well", async () => {
		const response = await page.goto(`${baseUrl()}/certificate-sharing/certificates/claim/clm_${"0".repeat(48)}`);
		expect(response?.status()).toBe(404);
		if (response) expectNoLeakHeaders(response);
		expect(await page.locator("h1").textContent()).toBe("Claim link not found");
		await expectReadsWell(page, "claim-link-not-found");
		// Chromium reports every 4xx document as a failed resource load; nothing else may appear.
		expect(problems.list.filter((p) => !/status of 40[49]/.test(p))).toEqual([]);
	});

	it("answers a rate-limited browser with a 429 page that reads well", async () => {
		// A client address of its own (wrangler dev passes CF-Connecting-IP through), so no other test is slowed.
		const client = { "cf-connecting-ip": "198.51.100.29" };
		const unknown = `/certificate-sharing/certificates/claim/clm_${"1".repeat(48)}`;
		let status = 0;
		for (let i = 0; i < 200 && status !== 429; i++) status = (await api("GET", unknown, { headers: client })).status;
		expect(status).toBe(429);
		const limitedPage = await browser.context.newPage();
		try {
			await limitedPage.setExtraHTTPHeaders(client);
			const response = await limitedPage.goto(`${baseUrl()}${unknown}`);
			expect(response?.status()).toBe(429);
			expect(response?.headers()["retry-after"]).toBe("60");
			if (response) expectNoLeakHeaders(response);
			expect(await limitedPage.locator("h1").textContent()).toBe("Too many requests");
			await expectReadsWell(limitedPage, "rate-limited");
		} finally {
			await limitedPage.close();
		}
	});
});
