// A witnessed certificate's session recording, end to end: a form page recorded for real in Chromium with
// @rrweb/record, its events uploaded through the capture endpoints as the capture script would, and the buyer's replay
// page playing it back after checking it against the signed record. A chunk changed in the server's R2 storage
// afterwards stops the page, which names the chunk. The same recording goes through `econsent verify --recording`
// and the /verify page.
import { spawnSync } from "node:child_process";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Account, apiOk, baseUrl, signup } from "./api";
import { type Browser, checkPage, launchBrowser, type PageProblems, PHONE, watchProblems } from "./browser";
import { ARTIFACTS, ROOT } from "./server";

const DOMAIN = "replay.leadgen.example";
const ORIGIN = `https://forms.${DOMAIN}`;
const NOTICE =
	"By clicking Get my quote, I agree that Acme Insurance & its partners may call and text me at the number provided, including by autodialer. Consent is not required to buy.";

// The pinned package's browser build (its exports name only the module builds, which sit beside it).
const RECORD_SCRIPT = await readFile(
	path.join(path.dirname(createRequire(import.meta.url).resolve("@rrweb/record")), "..", "umd", "record.min.js"),
	"utf8",
);

/** The form page the consumer saw, with the notice marked the way the capture script finds it. */
const FORM_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Get a quote</title>
<style>body{font:16px sans-serif;margin:2rem}.notice{font-size:13px;color:#333;max-width:30rem}</style></head>
<body><h1>Get a quote</h1><form><label for="email">Email</label> <input id="email" type="email" name="email">
<p><label><input type="checkbox" id="optin"> Yes, contact me</label></p>
<p class="notice" data-econsent="notice">${NOTICE.replace("&", "&amp;")}</p>
<button type="button" id="submit">Get my quote</button></form></body></html>`;

/** Records the form page in Chromium while a consumer fills it in: rrweb events, split into chunks of JSON. */
async function recordFormPage(browser: Browser): Promise<string[]> {
	const page = await browser.context.newPage();
	await page.setContent(FORM_PAGE);
	await page.addScriptTag({ content: RECORD_SCRIPT });
	await page.evaluate(() => {
		const w = window as unknown as { events: unknown[]; rrwebRecord: { record(o: { emit(e: unknown): void }): void } };
		w.events = [];
		w.rrwebRecord.record({ emit: (event) => w.events.push(event) });
	});
	await page.locator("#email").pressSequentially("jane@example.com", { delay: 20 });
	await page.locator("#optin").check();
	await page.mouse.move(40, 300);
	await page.locator("#submit").click();
	await page.waitForTimeout(300);
	const events = (await page.evaluate(() => (window as unknown as { events: unknown[] }).events)) as unknown[];
	await page.close();
	expect(events.length).toBeGreaterThan(10);
	// Three chunks at least, as the script uploads them while the consumer is on the page.
	const size = Math.ceil(events.length / 3);
	const chunks = [0, 1, 2].map((i) => JSON.stringify(events.slice(i * size, (i + 1) * size)));
	for (const chunk of chunks) expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(60 * 1024);
	return chunks;
}

const captureHeaders = { "content-type": "text/plain;charset=UTF-8", origin: ORIGIN };

/** Through the capture endpoints, as the capture script on the form page calls them; the certificate's id. */
async function witness(propertyId: string, chunks: string[]): Promise<string> {
	const session = await fetchJson(201, "/capture/sessions", {
		property_id: propertyId,
		page_url: `${ORIGIN}/quote`,
	});
	for (const [seq, chunk] of chunks.entries()) {
		await fetchJson(201, `/capture/sessions/${session.session_id}/chunks/${seq}?key=${session.upload_key}`, chunk);
	}
	const submitted = await fetchJson(201, `/capture/sessions/${session.session_id}/submit?key=${session.upload_key}`, {
		chunk_count: chunks.length,
		notice: { text: NOTICE, font_size_px: 13, contrast_ratio: 12.6, visible: true },
		optin: "checked_by_consumer",
		seconds_on_page: 3,
		fields: [{ name: "email", kind: "email", filled: "typed" }],
		lead: { email: "jane@example.com" },
	});
	return submitted.certificate_id as string;
}

async function fetchJson(expected: number, pathname: string, body: unknown) {
	const res = await fetch(`${baseUrl()}${pathname}`, {
		method: "POST",
		headers: captureHeaders,
		body: typeof body === "string" ? body : JSON.stringify(body),
	});
	const text = await res.text();
	if (res.status !== expected) throw new Error(`POST ${pathname}: expected ${expected}, got ${res.status} ${text}`);
	return JSON.parse(text) as Record<string, string>;
}

/** The file under the server's local state that holds exactly these bytes (R2 keeps each object's bytes as a blob). */
async function storedBlob(bytes: Buffer): Promise<string> {
	const found: string[] = [];
	async function walk(dir: string) {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) await walk(file);
			else if (entry.isFile() && (await stat(file)).size === bytes.length && (await readFile(file)).equals(bytes))
				found.push(file);
		}
	}
	await walk(path.join(inject("scratchDir"), "state"));
	expect(found, "one stored copy of the chunk").toHaveLength(1);
	return found[0] as string;
}

/** `econsent verify <bundle> --recording <archive>`, in its own process. */
function verifyCommand(bundlePath: string, archivePath: string) {
	const run = spawnSync(
		process.execPath,
		[path.join(ROOT, "bin", "econsent.mjs"), "verify", bundlePath, "--recording", archivePath],
		{ cwd: ROOT, encoding: "utf8", timeout: 60_000 },
	);
	return { code: run.status, out: run.stdout, err: run.stderr };
}

const asFile = (name: string, json: unknown) => ({
	name,
	mimeType: "application/json",
	buffer: Buffer.from(JSON.stringify(json)),
});

/** The /verify page's verdict on a bundle and a recording archive, and its recording check's line. */
async function verifyPage(page: Page, bundle: unknown, archive: unknown) {
	await page.goto(`${baseUrl()}/verify`);
	await page.setInputFiles("#recording-file", asFile("recording.json", archive));
	await page.setInputFiles("#bundle-file", asFile("bundle.json", bundle));
	await page.locator('#result[data-valid="true"], #result[data-valid="false"]').waitFor({ timeout: 30_000 });
	const recording = page.locator('#result li[data-check="recording"]');
	return {
		valid: await page.locator("#result").getAttribute("data-valid"),
		status: await recording.getAttribute("data-status"),
		text: (await recording.textContent()) ?? "",
	};
}

async function signIn(browser: Browser, account: Account) {
	const [name, value] = account.cookie.split("=") as [string, string];
	await browser.context.addCookies([{ name, value, url: baseUrl() }]);
}

describe("the replay page of a witnessed certificate", () => {
	let browser: Browser;
	let page: Page;
	let problems: PageProblems;
	let chunks: string[];
	let buyer: Account;
	let certificateId: string;
	let claimId: number;
	let dir: string;

	beforeAll(async () => {
		browser = await launchBrowser();
		chunks = await recordFormPage(browser);
		const publisher = await signup("LeadGen Co", "publisher");
		buyer = await signup("Acme Insurance", "buyer");
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: DOMAIN, name: "Quotes" },
		});
		certificateId = await witness(property.id, chunks);
		const { claim_token } = await apiOk<{ claim_token: string }>(
			201,
			"POST",
			`/certificate-sharing/certificates/${certificateId}/share`,
			{ as: publisher, body: { target_company_id: buyer.company.id } },
		);
		({ claim_id: claimId } = await apiOk<{ claim_id: number }>(
			200,
			"POST",
			`/certificate-sharing/certificates/claim/${claim_token}`,
			{ as: buyer },
		));
		page = await browser.context.newPage();
		problems = await watchProblems(page);
		dir = inject("scratchDir");
	});

	afterAll(async () => {
		await browser?.close();
	});

	/** The buyer's bundle and recording archive, as downloaded now, and the files they were saved to. */
	async function downloads() {
		const claim = `/certificate-sharing/partner-certificates/${claimId}`;
		const archive = await apiOk(200, "GET", `${claim}/recording`, { as: buyer });
		const bundle = await apiOk(200, "GET", `${claim}/evidence?format=bundle`, { as: buyer });
		const saved = async (name: string, json: unknown) => {
			const file = path.join(dir, `${name}-${Date.now()}.json`);
			await writeFile(file, JSON.stringify(json));
			return { file, json };
		};
		return { archive: await saved("recording", archive), bundle: await saved("bundle", bundle) };
	}

	const replayUrl = () => `${baseUrl()}/certificate-sharing/partner-certificates/${claimId}/replay`;

	it("sends a signed-out browser to sign in", async () => {
		const response = await page.goto(replayUrl());
		expect(response?.status()).toBe(200);
		expect(new URL(page.url()).pathname).toBe("/login");
	});

	it("checks the recording against the signed record, plays it, and shows the notice as it was at submit", async () => {
		await signIn(browser, buyer);
		const response = await page.goto(replayUrl());
		expect(response?.status()).toBe(200);
		await page.locator('#status[data-state="verified"]').waitFor({ timeout: 30_000 });
		expect(await page.locator("#status").textContent()).toContain("3 chunks");
		// The recording plays to its end by itself (a few seconds), then the notice is outlined and quoted.
		await page.locator("#notice:not([hidden])").waitFor({ timeout: 30_000 });
		expect(await page.locator("#notice-text").textContent()).toBe(NOTICE);
		expect(await page.locator("#notice-match").textContent()).toBe("It is the consent text of the signed record.");
		const frame = page.frameLocator("#player iframe");
		expect(await frame.locator("#email").inputValue()).toBe("jane@example.com");
		expect(await frame.locator("#optin").isChecked()).toBe(true);
		const outline = await frame
			.locator('[data-econsent="notice"]')
			.evaluate((n) => (n as HTMLElement).style.outlineStyle);
		expect(outline).toBe("solid");
		expect(problems.list).toEqual([]);

		const check = await checkPage(page, "replay-page", path.join(ARTIFACTS, "pages"));
		expect(check.widths.phone, check.overflowing.join("; ")).toBeLessThanOrEqual(PHONE.width);
		expect(check.violations).toEqual([]);

		// "Skip to the end" shows the same notice at once.
		await page.reload();
		await page.locator('#status[data-state="verified"]').waitFor({ timeout: 30_000 });
		await page.getByRole("button", { name: "Skip to the end" }).click();
		expect(await page.locator("#notice-text").textContent()).toBe(NOTICE);
		expect(problems.list).toEqual([]);

		// The archive as downloaded passes the offline verifiers: the command line and the /verify page.
		const { archive, bundle } = await downloads();
		const run = verifyCommand(bundle.file, archive.file);
		expect(run.err).toBe("");
		expect(run.code).toBe(0);
		expect(run.out).toMatch(/PASS {2}recording: .*\n\s+3 chunks, \d+ bytes/);
		const checked = await verifyPage(page, bundle.json, archive.json);
		expect(checked).toMatchObject({ valid: "true", status: "PASS" });
		expect(problems.list).toEqual([]);
	});

	it("refuses to play once one byte of a stored chunk has changed, and names that chunk", async () => {
		const blob = await storedBlob(Buffer.from(chunks[1] as string));
		const bytes = await readFile(blob);
		const at = bytes.indexOf("jane");
		bytes[at === -1 ? 10 : at] = "J".charCodeAt(0);
		await writeFile(blob, bytes);

		await page.goto(replayUrl());
		await page.locator('#status[data-state="failed"]').waitFor({ timeout: 30_000 });
		const problem = page.locator("#chunk-problems li");
		expect(await problem.count()).toBe(1);
		expect(await problem.getAttribute("data-seq")).toBe("1");
		expect(await problem.getAttribute("data-problem")).toBe("changed");
		expect(await problem.textContent()).toMatch(/^chunk seq 1 changed/);
		expect(await page.locator("#player iframe").count()).toBe(0);
		expect(await page.locator("#notice").isHidden()).toBe(true);

		// The download now carries the changed chunk, and the offline verifiers say the same.
		const { archive, bundle } = await downloads();
		const run = verifyCommand(bundle.file, archive.file);
		expect(run.code).toBe(1);
		expect(run.out).toMatch(/FAIL {2}recording: .*\n\s+chunk seq 1 changed/);
		const checked = await verifyPage(page, bundle.json, archive.json);
		expect(checked).toMatchObject({ valid: "false", status: "FAIL" });
		expect(checked.text).toContain("chunk seq 1 changed");
	});
});
