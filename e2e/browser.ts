// Headless Chromium from the system (Debian's `chromium` package), driven by playwright-core. No browser is ever
// downloaded; each launch gets a fresh, empty profile that is deleted afterwards.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { inject } from "vitest";

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
			viewport: { width: 1280, height: 900 },
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
