// The API reference at /docs in a real browser with every request to another origin blocked: the page must render
// the operations from this service alone (the renderer is a static asset beside the Worker), under its
// Content-Security-Policy, with nothing reported wrong; and it must fit a 390 px phone with no critical axe-core
// violation, at 390 and 1280 px.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl } from "./api";
import {
	type Browser,
	checkPage,
	DESKTOP,
	launchBrowser,
	type PageProblems,
	PHONE,
	screenshotWhenFailed,
	watchProblems,
} from "./browser";
import { ARTIFACTS } from "./server";

// The renderer builds the page in the browser from /openapi.json, and only renders an operation once it is near the
// view: slow on a busy machine, hence the long waits (for visible elements).
const RENDERED = { timeout: 60_000 } as const;

interface OpenApiDocument {
	info: { title: string };
	tags: { name: string }[];
	paths: Record<string, Record<string, { summary: string }>>;
}

describe("the API reference at /docs", () => {
	let browser: Browser;
	let page: Page;
	let problems: PageProblems;
	let document: OpenApiDocument;
	let summaries: string[];
	const blocked: string[] = [];

	beforeAll(async () => {
		document = (await (await fetch(`${baseUrl()}/openapi.json`)).json()) as OpenApiDocument;
		summaries = Object.values(document.paths).flatMap((item) => Object.values(item).map((op) => op.summary));
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

	screenshotWhenFailed(() => page);

	/** Opens /docs at the viewport's size, and waits for the renderer to have drawn the document's title. */
	async function open(viewport: { width: number; height: number }) {
		await page.setViewportSize(viewport);
		const response = await page.goto(`${baseUrl()}/docs`);
		expect(response?.status()).toBe(200);
		await expect.poll(() => page.getByRole("heading", { name: document.info.title }).count(), RENDERED).toBe(1);
		return response;
	}

	const operationHeading = (summary: string) => page.getByRole("heading", { name: summary, exact: true });

	/** Clicks the operation's entry in the sidebar (or the phone's menu), and waits for the operation to be rendered. */
	async function followSidebarLink(summary: string) {
		await page.getByRole("link", { name: summary }).filter({ visible: true }).click();
		await operationHeading(summary).waitFor(RENDERED);
	}

	it("renders every tag and operation from this origin only, its renderer a static asset, under a strict CSP", async () => {
		const response = await open(DESKTOP);
		const csp = response?.headers()["content-security-policy"] ?? "";
		expect(csp).toContain("default-src 'none'");
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toContain("unsafe-eval");

		// The renderer came from the asset server: the headers of dist/assets/_headers, not the Worker's.
		const script = await page.evaluate(() => window.document.querySelector<HTMLScriptElement>("script[src]")?.src);
		expect(script).toMatch(/\/docs\/assets\/api-reference\.[0-9a-f]{16}\.js$/);
		const asset = await fetch(script ?? "");
		expect(asset.status).toBe(200);
		expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
		expect(asset.headers.has("x-request-id"), "the Worker did not answer it").toBe(false);
		await asset.arrayBuffer();

		const [first, ...rest] = summaries;
		const last = rest.at(-1);
		expect(first && last).toBeTruthy();
		const sectionHeadings = await page.evaluate(() =>
			[...window.document.querySelectorAll("h2")].map((h) => (h.textContent ?? "").replaceAll("\u200b", "").trim()),
		);
		expect(sectionHeadings).toEqual(expect.arrayContaining(document.tags.map((tag) => tag.name)));
		await operationHeading(first ?? "").waitFor(RENDERED);
		// The sidebar lists every operation by its summary; following one renders it.
		// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, which is what is checked
		const text = await page.locator("body").innerText();
		for (const summary of summaries) expect(text, summary).toContain(summary);
		await followSidebarLink(last ?? "");

		expect(blocked).toEqual([]);
		// The bundled zod probes for `new Function` inside a try/catch to pick a faster validator; the CSP refuses it
		// (that refusal is the point of leaving out 'unsafe-eval') and zod carries on without it.
		expect(problems.list.filter((problem) => !/^CSP violation: script-src blocked eval /.test(problem))).toEqual([]);
	});

	it("fits a 390 px phone, where its menu leads to every operation, with no critical axe violation at 390 and 1280 px", async () => {
		await open(PHONE);
		const check = await checkPage(page, "docs", path.join(ARTIFACTS, "pages"));
		expect(check.widths.phone, `/docs is wider than a phone: ${check.overflowing.join("; ")}`).toBeLessThanOrEqual(
			PHONE.width,
		);
		// The renderer is a third-party component: what it still gets wrong (contrast of some grey text, an icon-only
		// link) is serious at most; nothing critical may remain.
		expect(check.violations.filter((v) => / \(critical\): /.test(v))).toEqual([]);

		await open(PHONE);
		await page.getByRole("button", { name: "Open Menu" }).click();
		await followSidebarLink(summaries.at(-1) ?? "");
		expect(await page.evaluate(() => window.document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	});
});
