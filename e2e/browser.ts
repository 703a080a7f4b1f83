// Headless Chromium from the system (Debian's `chromium` package), driven by playwright-core. No browser is ever
// downloaded; each launch gets a fresh, empty profile that is deleted afterwards.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { beforeEach, inject } from "vitest";
import { ARTIFACTS } from "./server";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`No Chromium at ${CHROMIUM_PATH}: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH`,
		);
	}
	// Inside the run's scratch directory, so even an interrupted run leaves no profile behind.
	const profile = await mkdtemp(path.join(inject("scratchDir"), "chromium-"));
	try {
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM_PATH,
			headless: true,
			args: ARGS,
			viewport: DESKTOP,
			timeout: 60_000,
		});
		return {
			context,
			close: async () => {
				await context.close();
				await rm(profile, { recursive: true, force: true, maxRetries: 5 });
			},
		};
	} catch (error) {
		await rm(profile, { recursive: true, force: true, maxRetries: 5 });
		throw error;
	}
}

export interface PageProblems {
	/** Console errors, uncaught exceptions and Content-Security-Policy violations, across every page loaded. */
	readonly list: string[];
}

/**
 * Records everything a page reports as wrong. CSP violations are caught both from the console and from
 * `securitypolicyviolation` events; the listener and its way out are injected through DevTools, which the page's
 * own CSP does not apply to.
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
	const list: string[] = [];
	page.on("console", (message) => {
		if (message.type() !== "error") return;
		list.push(`console error on ${page.url()}: ${message.text()}`);
	});
	page.on("pageerror", (error) => list.push(`uncaught error on ${page.url()}: ${error.message}`));
	await page.exposeFunction("__e2eReportCspViolation", (violation: string) => {
		list.push(`CSP violation: ${violation}`);
	});
	await page.addInitScript(() => {
		document.addEventListener("securitypolicyviolation", (event) => {
			const report = (window as unknown as { __e2eReportCspViolation: (v: string) => void }).__e2eReportCspViolation;
			report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI}`);
		});
	});
	return { list };
}

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;
/** Letter paper at 96 px per inch less the stylesheet's 14 mm margins: the width a printed page lays out in. */
const PRINT = { width: 710, height: 1000 } as const;

// axe-core from the npm package, evaluated through DevTools: the pages' CSP allows no script, and must not be relaxed
// for the test (it would hide the CSP violations watchProblems looks for).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeResult {
	violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Every axe-core violation on the page as it is now, one line each (rule, impact, what, where). */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(AXE_SOURCE);
	const result = await page.evaluate(() =>
		(window as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe.run(document),
	);
	return result.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
	);
}

export interface PageCheck {
	name: string;
	/** The document's width at each size; anything over the viewport's width scrolls sideways. */
	widths: { phone: number; desktop: number; print: number };
	violations: string[];
	/** At phone size, the innermost elements reaching past the right edge (tag.class "text…" width), to fix first. */
	overflowing: string[];
}

function elementsPastRightEdge(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const limit = document.documentElement.clientWidth + 0.5;
		const describe = (el: Element, width: number) =>
			`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replaceAll(" ", ".")}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}" ${Math.round(width)} px`;
		const wide = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > limit);
		const boxes = wide
			.filter((el) => !wide.some((other) => other !== el && el.contains(other)))
			.map((el) => describe(el, el.getBoundingClientRect().width));
		// Text can run out of a box that itself fits (a long word that is not allowed to break).
		const texts: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const range = document.createRange();
			range.selectNodeContents(node);
			const rect = range.getBoundingClientRect();
			if (rect.right > limit && node.parentElement) texts.push(`text in ${describe(node.parentElement, rect.width)}`);
		}
		return [...boxes, ...texts].slice(0, 10);
	});
}

const documentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * The page at phone and desktop size and as printed: its width at each, axe-core's violations at each screen size,
 * and full-page screenshots (`<name>-390x844.png`, `<name>-1280x800.png`) in `dir`. Leaves the page at desktop size.
 */
export async function checkPage(page: Page, name: string, dir: string): Promise<PageCheck> {
	await mkdir(dir, { recursive: true });
	const violations: string[] = [];
	const widths = { phone: 0, desktop: 0, print: 0 };
	let overflowing: string[] = [];
	for (const [size, viewport] of [
		["phone", PHONE],
		["desktop", DESKTOP],
	] as const) {
		await page.setViewportSize(viewport);
		widths[size] = await documentWidth(page);
		if (size === "phone") overflowing = await elementsPastRightEdge(page);
		await page.screenshot({ path: path.join(dir, `${name}-${viewport.width}x${viewport.height}.png`), fullPage: true });
		violations.push(...(await axeViolations(page)).map((v) => `${viewport.width} px: ${v}`));
	}
	await page.emulateMedia({ media: "print" });
	await page.setViewportSize(PRINT);
	widths.print = await documentWidth(page);
	await page.emulateMedia({ media: null });
	await page.setViewportSize(DESKTOP);
	return { name, widths, violations, overflowing };
}

/**
 * For each test of the calling suite: when it fails, the page it left (`page()` at that moment) is saved as a
 * screenshot under e2e/artifacts/, and its address printed.
 */
export function screenshotWhenFailed(page: () => Page | undefined): void {
	beforeEach(({ onTestFailed, task }) => {
		onTestFailed(async () => {
			const open = page();
			if (!open || open.isClosed()) return;
			const file = path.join(ARTIFACTS, `failed-${task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}.png`);
			await mkdir(ARTIFACTS, { recursive: true });
			await open.screenshot({ path: file, fullPage: true }).catch(() => {});
			console.error(`Page at failure: ${open.url()} (screenshot ${file})`);
		});
	});
}
