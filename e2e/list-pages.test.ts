// The two lists in a real browser: a buyer signs in from the inbox's address, walks it by its Next page link and
// claims a pending share with its button; a publisher signs in with no destination, lands on the home page, opens
// the certificates list and shares one. Every page fits a 390 px phone and has no axe-core violations, at 390 and
// 1280 px. The data is set up through the HTTP API.
import path from "node:path";
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Account, apiOk, baseUrl, PASSWORD, signup } from "./api";
import {
	type Browser,
	checkPage,
	launchBrowser,
	type PageProblems,
	PHONE,
	screenshotWhenFailed,
	watchProblems,
} from "./browser";
import { ARTIFACTS } from "./server";

const PAGES = path.join(ARTIFACTS, "pages");
const INBOX = "/certificate-sharing/partner-certificates";

async function expectReadsWell(page: Page, name: string) {
	const check = await checkPage(page, name, PAGES);
	expect(check.widths.phone, `${name} is wider than a phone: ${check.overflowing.join("; ")}`).toBeLessThanOrEqual(
		PHONE.width,
	);
	expect(check.violations, `${name}: axe-core violations`).toEqual([]);
}

async function clickAndNavigate(page: Page, click: () => Promise<void>): Promise<Response> {
	const navigation = page.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame());
	await click();
	const response = await navigation;
	await page.waitForLoadState("load");
	return response;
}

async function signIn(page: Page, account: Account) {
	await page.getByLabel("Email").fill(account.email);
	await page.getByLabel("Password").fill(PASSWORD);
	await clickAndNavigate(page, () => page.getByRole("button", { name: "Sign in" }).click());
}

describe("the inbox and certificates pages in a browser", () => {
	let browser: Browser;
	let page: Page;
	let problems: PageProblems;
	let publisher: Account;
	let buyer: Account;
	const certificateIds: string[] = [];

	beforeAll(async () => {
		publisher = await signup("LeadGen Co", "publisher");
		buyer = await signup("Acme Insurance", "buyer");
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: "forms.leadgen.example", name: "Auto insurance quotes" },
		});
		for (let i = 0; i < 3; i++) {
			const certificate = await apiOk<{ certificate_id: string }>(201, "POST", "/certificates", {
				as: publisher,
				body: {
					property_id: property.id,
					consent_text: "By clicking Submit, I agree that Acme Insurance may call and text me.",
					page_url: `https://forms.leadgen.example/quote/a-rather-long-path-that-must-wrap-on-a-phone-${i}`,
					consumer: { ip: "203.0.113.7", user_agent: "Mozilla/5.0 (e2e)" },
					lead: { email: "jane@example.com", phone: "+1 555 010 0001" },
				},
			});
			certificateIds.push(certificate.certificate_id);
			await apiOk(201, "POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
				as: publisher,
				body: { target_company_id: buyer.company.id },
			});
		}
		// A second share of the first, claimed through its token: the inbox holds three pending items and a claimed one.
		const share = await apiOk<{ claim_token: string }>(
			201,
			"POST",
			`/certificate-sharing/certificates/${certificateIds[0]}/share`,
			{ as: publisher, body: { target_company_id: buyer.company.id } },
		);
		await apiOk(200, "POST", `/certificate-sharing/certificates/claim/${share.claim_token}`, { as: buyer });

		browser = await launchBrowser();
		page = browser.context.pages()[0] ?? (await browser.context.newPage());
		problems = await watchProblems(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	screenshotWhenFailed(() => page);

	it("a buyer signs in from the inbox's address, walks it page by page and claims with the button", async () => {
		await page.goto(`${baseUrl()}${INBOX}?limit=2`);
		expect(new URL(page.url()).pathname).toBe("/login");
		await signIn(page, buyer);
		const back = new URL(page.url());
		expect(back.pathname + back.search).toBe(`${INBOX}?limit=2`);
		expect(await page.locator("h1").textContent()).toBe("Certificates shared with you");
		await expectReadsWell(page, "inbox");

		// Two items on the first page, and the rest by the Next page link.
		expect(await page.locator(".items > li").count()).toBe(2);
		await clickAndNavigate(page, () => page.getByRole("link", { name: "Next page" }).click());
		expect(new URL(page.url()).searchParams.get("cursor")).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await page.locator(".items > li").count()).toBeGreaterThan(0);
		await expectReadsWell(page, "inbox-next-page");

		// The filters form: pending items only.
		await page.goto(`${baseUrl()}${INBOX}`);
		await page.getByLabel("Status").selectOption("pending");
		await clickAndNavigate(page, () => page.getByRole("button", { name: "Show" }).click());
		expect(new URL(page.url()).search).toBe("?status=pending");
		const claimButtons = page.getByRole("button", { name: "Claim certificate" });
		expect(await claimButtons.count()).toBe(3);
		await expectReadsWell(page, "inbox-pending");

		await clickAndNavigate(page, () => claimButtons.first().click());
		expect(await page.locator("h1").textContent()).toBe("Certificate claimed");
		await clickAndNavigate(page, () => page.getByRole("link", { name: "View the evidence" }).click());
		expect(await page.locator("h1").textContent()).toContain("Consent evidence report");
		expect(problems.list).toEqual([]);
	});

	it("a publisher signs in without a destination, lands on the home page and shares a certificate", async () => {
		await browser.context.clearCookies();
		await page.goto(`${baseUrl()}/login`);
		await signIn(page, publisher);
		expect(new URL(page.url()).pathname).toBe("/");
		await expectReadsWell(page, "home");

		await clickAndNavigate(page, () => page.getByRole("link", { name: "Your certificates" }).click());
		expect(new URL(page.url()).pathname).toBe("/certificates");
		const text = (await page.locator("main").textContent()) ?? "";
		for (const id of certificateIds) expect(text).toContain(id);
		await expectReadsWell(page, "certificates");

		await clickAndNavigate(page, () => page.getByRole("button", { name: "Share" }).first().click());
		expect(await page.locator("h1").textContent()).toBe("Claim link made");
		const link = (await page.locator("code.value").textContent()) ?? "";
		expect(link).toMatch(new RegExp(`^${baseUrl()}/certificate-sharing/certificates/claim/clm_`));
		await expectReadsWell(page, "share-result");
		expect(problems.list).toEqual([]);
	});
});
