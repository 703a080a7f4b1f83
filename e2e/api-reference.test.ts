// The API reference at /docs in a real browser with every request to another origin blocked: the page must render
// the operations from this service alone, under its Content-Security-Policy, with nothing reported wrong.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "./api";
import { type Browser, launchBrowser, type PageProblems, watchProblems } from "./browser";

describe("the API reference at /docs", () => {
	let browser: Browser;
	let page: Page;
	let problems: PageProblems;
	const blocked: string[] = [];

	beforeAll(async () => {
		browser = await launchBrowser();
		const origin = new URL(baseUrl()).origin;
		await browser.context.route(
			(url) => url.origin !== origin,
			async (route) => {
				blocked.push(route.request().url());
				await route.abort("blockedbyclient");
			},
		);
		page = await browser.context.newPage();
		problems = await watchProblems(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	it("renders every tag and operation from this origin only, under a strict CSP", async () => {
		const response = await page.goto(`${baseUrl()}/docs`);
		expect(response?.status()).toBe(200);
		const csp = response?.headers()["content-security-policy"] ?? "";
		expect(csp).toContain("default-src 'none'");
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toContain("unsafe-eval");

		const document = (await (await fetch(`${baseUrl()}/openapi.json`)).json()) as {
			tags: { name: string }[];
			paths: Record<string, Record<string, { summary: string }>>;
		};
		const [first, ...summaries] = Object.values(document.paths).flatMap((item) =>
			Object.values(item).map((op) => op.summary),
		);
		expect(first).toBeDefined();
		await expect
			.poll(() => page.getByText(first ?? "", { exact: true }).count(), { timeout: 30_000 })
			.toBeGreaterThan(0);
		// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, which is what is checked
		const text = await page.locator("body").innerText();
		for (const tag of document.tags) expect(text).toContain(tag.name);
		for (const summary of summaries) expect(text, summary).toContain(summary);

		expect(blocked).toEqual([]);
		// The bundled zod probes for `new Function` inside a try/catch to pick a faster validator; the CSP refuses it
		// (that refusal is the point of leaving out 'unsafe-eval') and zod carries on without it.
		expect(problems.list.filter((problem) => !/^CSP violation: script-src blocked eval /.test(problem))).toEqual([]);
	});
});
