// A publisher's form page with the capture script, filled in by Chromium as a consumer would: the certificate made
// is `witnessed` and says what the page showed and how each field was filled, and what the consumer typed is kept
// nowhere, neither in the database nor in the stored recording. The page is served from 127.0.0.1 on a port of its
// own (another origin than the API, as on a publisher's site); the demo form the Worker serves is tried too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Account, api, apiOk, baseUrl, signup } from "./api";
import { type Browser, launchBrowser, type PageProblems, screenshotWhenFailed, watchProblems } from "./browser";

const NOTICE =
	"By clicking Get My Quote, I agree that Bench Mutual and its partners may call and text me at the number I gave, including by autodialer. Consent is not required to buy.";
// Colours and size the certificate must report: text #4a4a4a on a #eef2f7 box, 15 px.
const NOTICE_COLOR = [0x4a, 0x4a, 0x4a] as const;
const NOTICE_BACKGROUND = [0xee, 0xf2, 0xf7] as const;

/** WCAG 2 contrast ratio, written out here independently of the script's own. */
function wcagContrast(a: readonly number[], b: readonly number[]): number {
	const luminance = (rgb: readonly number[]) => {
		const [r, g, bl] = rgb.map((v) => {
			const c = v / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

// Long enough (about 90 KB) that the page's first snapshot cannot fit in one recording chunk, so the script cuts it
// into fragments, which the replay page must join again.
const TERMS = Array.from(
	{ length: 600 },
	(_, i) => `<p>Term ${i + 1}: quotes are estimates and depend on the information you give us.</p>`,
).join("");

const hex = (rgb: readonly number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, "0")).join("")}`;

function formPage(apiOrigin: string, propertyId: string, blockedText: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quote</title>
<style>
body{font:16px/1.5 sans-serif;margin:2rem;background:#fff}
label{display:block;margin-top:1rem}
.notice{font-size:15px;color:${hex(NOTICE_COLOR)};padding:.75rem}
.box{background:${hex(NOTICE_BACKGROUND)}}
</style></head><body>
<h1>Auto insurance quote</h1>
<form method="post" action="/thanks">
<label>Full name <input name="full_name" id="full-name"></label>
<label>Email <input name="email" id="email" type="email" data-econsent="email"></label>
<label>Phone <input name="phone" id="phone" type="tel" data-econsent="phone"></label>
<div class="box"><p class="notice" data-econsent="notice">${NOTICE}</p></div>
<label><input type="checkbox" id="optin" name="consent" data-econsent="optin"> Yes, call me</label>
<button type="submit" name="action" value="quote">Get My Quote</button>
</form>
<div data-econsent-block>${blockedText}</div>
<section><h2>Terms</h2>${TERMS}</section>
<script src="${apiOrigin}/capture.js" data-property="${propertyId}" async></script>
</body></html>`;
}

/** A publisher's web server: the form page, and whatever the form posts. */
async function startFormServer(page: () => string) {
	const posted: string[] = [];
	const server: Server = createServer((req, res) => {
		if (req.method === "GET" && req.url === "/") {
			res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page());
			return;
		}
		if (req.method === "POST" && req.url === "/thanks") {
			let body = "";
			req.on("data", (chunk) => {
				body += chunk;
			});
			req.on("end", () => {
				posted.push(body);
				res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<p id=thanks>Thank you</p>");
			});
			return;
		}
		// Browsers ask for an icon; a 404 would show as a console error on the page.
		if (req.url === "/favicon.ico") {
			res.writeHead(204).end();
			return;
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	const port = typeof address === "object" && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		posted,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				// The browser keeps its connection open; close() alone would wait for it to time out.
				server.closeAllConnections();
			}),
	};
}

/** Every file under a folder, recursively (the local D1 database with its journal, the local R2 bucket's blobs). */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(full) : statSync(full).isFile() ? [full] : [];
	});
}

/** Each file under `dir`, read once, and a way to ask which of them contain a text (as UTF-8). */
function snapshotOf(dir: string) {
	const files = filesUnder(dir).map((file) => ({ file, bytes: readFileSync(file) }));
	return {
		count: files.length,
		containing: (text: string) =>
			files.filter(({ bytes }) => bytes.includes(Buffer.from(text, "utf8"))).map(({ file }) => file),
	};
}

interface WitnessedCertificate {
	certificate_id: string;
	source: string;
	consent_text: string;
	page_url: string;
	consumer: { ip: string | null; user_agent: string | null };
	geo: { country: string | null; state: string | null; city: string | null };
	lead: { email_commitment: string | null; phone_commitment: string | null };
	lead_salts: { email: string | null; phone: string | null };
	witness: {
		origin: string;
		notice: { font_size_px: number; contrast_ratio: number; visible: boolean };
		optin: string;
		seconds_on_page: number;
		fields: { name: string; kind: string; filled: string }[];
		recording: { chunks: string[]; total_bytes: number };
	};
}

describe("witnessed capture in Chromium", () => {
	let browser: Browser;
	let page: Page;
	let problems: PageProblems;
	let publisher: Account;

	beforeAll(async () => {
		publisher = await signup("Witness Publisher", "witness");
		browser = await launchBrowser();
		page = browser.context.pages()[0] ?? (await browser.context.newPage());
		problems = await watchProblems(page);
	});

	afterAll(async () => {
		await browser?.close();
	});

	screenshotWhenFailed(() => page);

	it("makes a witnessed certificate of what the page showed and how each field was filled, keeping no typed value", async () => {
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: "127.0.0.1", name: "Form on this machine" },
		});
		const unique = Date.now().toString(36);
		const typedEmail = `typed.${unique}@witness.example`;
		const typedName = `Zelda Typedname ${unique}`;
		const pastedPhone = "(555) 013-7788";
		const blockedText = `agent-only note ${unique}`;
		const site = await startFormServer(() => formPage(baseUrl(), property.id, blockedText));
		try {
			await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
			await page.goto(`${site.origin}/`);
			// The session is open once the form carries the certificate id.
			const hidden = page.locator('input[name="econsent_certificate_id"]');
			await expect.poll(() => hidden.inputValue(), { timeout: 20_000 }).toMatch(/^EC-[0-9a-f-]{36}$/);
			const certificateId = await hidden.inputValue();
			// biome-ignore lint/performance/useDomNodeTextContent: the text as the consumer saw it rendered
			const renderedNotice = await page.locator('[data-econsent="notice"]').innerText();

			await page.locator("#full-name").pressSequentially(typedName, { delay: 15 });
			await page.locator("#email").pressSequentially(typedEmail, { delay: 15 });
			await page.evaluate((text) => navigator.clipboard.writeText(text), pastedPhone);
			await page.locator("#phone").focus();
			await page.keyboard.press("ControlOrMeta+V");
			expect(await page.locator("#phone").inputValue()).toBe(pastedPhone);
			await page.locator("#optin").check();

			await Promise.all([
				page.waitForURL(`${site.origin}/thanks`),
				page.getByRole("button", { name: "Get My Quote" }).click(),
			]);
			// The form went on to the publisher as it would have without the script, with the certificate id.
			expect(site.posted).toHaveLength(1);
			const posted = new URLSearchParams(site.posted[0]);
			expect(posted.get("econsent_certificate_id")).toBe(certificateId);
			expect(posted.get("email")).toBe(typedEmail);
			expect(posted.get("action")).toBe("quote");
			expect(problems.list).toEqual([]);

			const res = await api<WitnessedCertificate>("GET", `/certificates/${certificateId}`, { as: publisher });
			expect(res.status).toBe(200);
			const certificate = res.body;
			expect(certificate.source).toBe("witnessed");
			expect(certificate.consent_text).toBe(renderedNotice.trim());
			expect(certificate.consent_text).toBe(NOTICE);
			expect(certificate.page_url).toBe(`${site.origin}/`);
			expect(certificate.consumer.ip).toBe("127.0.0.1");
			expect(certificate.consumer.user_agent).toContain("Chrome");
			expect(certificate.lead.email_commitment).toMatch(/^[0-9a-f]{64}$/);
			expect(certificate.lead.phone_commitment).toMatch(/^[0-9a-f]{64}$/);
			const { witness } = certificate;
			expect(witness.origin).toBe(site.origin);
			expect(witness.notice.font_size_px).toBe(15);
			expect(witness.notice.contrast_ratio).toBeCloseTo(wcagContrast(NOTICE_COLOR, NOTICE_BACKGROUND), 2);
			expect(witness.notice.visible).toBe(true);
			expect(witness.optin).toBe("checked_by_consumer");
			expect(witness.seconds_on_page).toBeGreaterThan(0);
			expect(witness.fields).toEqual([
				{ name: "full_name", kind: "other", filled: "typed" },
				{ name: "email", kind: "email", filled: "typed" },
				{ name: "phone", kind: "phone", filled: "pasted" },
			]);
			expect(witness.recording.chunks.length).toBeGreaterThan(0);
			expect(witness.recording.total_bytes).toBeGreaterThan(1000);

			// The lead is kept as salted commitments to its normalised form: with the salts the publisher is given, the
			// lead typed on the page opens them.
			const { createHash } = await import("node:crypto");
			const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
			expect(certificate.lead.email_commitment).toBe(
				sha256(`${certificate.lead_salts.email}${typedEmail.toLowerCase()}`),
			);
			expect(certificate.lead.phone_commitment).toBe(sha256(`${certificate.lead_salts.phone}+15550137788`));

			// Nothing the consumer typed or pasted is stored: not in the local D1 database (with its journal), not in
			// the recording's chunks in the local R2 bucket, which are there and hold the page (masked).
			const state = path.join(inject("scratchDir"), "state", "v3");
			const d1 = snapshotOf(path.join(state, "d1"));
			const r2 = snapshotOf(path.join(state, "r2"));
			// The right places: the certificate is in the database, the page's own text in the recording.
			expect(d1.containing(certificateId).length).toBeGreaterThan(0);
			expect(r2.containing(NOTICE.slice(0, 40)).length).toBeGreaterThan(0);
			for (const value of [typedEmail, typedName, pastedPhone, "5550137788", blockedText]) {
				expect(d1.containing(value), `${value} in D1`).toEqual([]);
				expect(r2.containing(value), `${value} in R2`).toEqual([]);
			}
			expect(r2.containing("econsent:fragment").length, "the page's snapshot was cut into fragments").toBeGreaterThan(
				0,
			);

			// A buyer claims it and watches the recording: checked against the signed manifest, its fragments joined,
			// played to the end, with the notice as it was at submit.
			const buyer = await signup("Witness Buyer", "witness-buyer");
			const share = await apiOk<{ claim_token: string }>(
				201,
				"POST",
				`/certificate-sharing/certificates/${certificateId}/share`,
				{ as: publisher, body: { target_company_id: buyer.company.id } },
			);
			const claim = await apiOk<{ claim_id: number }>(
				200,
				"POST",
				`/certificate-sharing/certificates/claim/${share.claim_token}`,
				{ as: buyer },
			);
			const [name, value] = buyer.cookie.split("=") as [string, string];
			await browser.context.addCookies([{ name, value, url: baseUrl() }]);
			await page.goto(`${baseUrl()}/certificate-sharing/partner-certificates/${claim.claim_id}/replay`);
			await page.locator('#status[data-state="verified"]').waitFor({ timeout: 30_000 });
			await page.getByRole("button", { name: "Skip to the end" }).click();
			await page.locator("#notice:not([hidden])").waitFor({ timeout: 30_000 });
			expect(await page.locator("#notice-text").textContent()).toBe(NOTICE);
			expect(await page.locator("#notice-match").textContent()).toBe("It is the consent text of the signed record.");
		} finally {
			await site.close();
		}
	});

	it("runs on the Worker's own demo form, whose page allows that script and nothing else", async () => {
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: "127.0.0.1", name: "Demo form" },
		});
		const response = await page.goto(`${baseUrl()}/demo/form?property_id=${property.id}`);
		expect(response?.status()).toBe(200);
		expect(response?.headers()["content-security-policy"]).toContain(`script-src ${baseUrl()}/capture.js;`);
		const hidden = page.locator('input[name="econsent_certificate_id"]');
		await expect.poll(() => hidden.inputValue(), { timeout: 20_000 }).toMatch(/^EC-/);
		const certificateId = await hidden.inputValue();
		await page.locator("#full-name").pressSequentially("Dana Demo", { delay: 10 });
		await page.locator("#email").pressSequentially("dana.demo@example.com", { delay: 10 });
		await page.locator("#phone").pressSequentially("555 010 4455", { delay: 10 });
		await page.locator("#optin").check();
		await Promise.all([
			page.waitForURL(`${baseUrl()}/demo/form`),
			page.getByRole("button", { name: "Get My Quote" }).click(),
		]);
		expect(await page.locator("#certificate-id").textContent()).toBe(certificateId);
		expect(problems.list).toEqual([]);

		const certificate = await apiOk<WitnessedCertificate>(200, "GET", `/certificates/${certificateId}`, {
			as: publisher,
		});
		expect(certificate.source).toBe("witnessed");
		expect(certificate.consent_text).toMatch(/^By clicking Get My Quote, I agree that Acme Insurance/);
		expect(certificate.witness.fields.map((f) => [f.name, f.filled])).toEqual([
			["full_name", "typed"],
			["email", "typed"],
			["phone", "typed"],
			["zip", "empty"],
		]);
		expect(certificate.witness.optin).toBe("checked_by_consumer");
	});
});
