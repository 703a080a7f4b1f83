// What a person with a browser sees: readable times, a sign-in page that says what it is for, and a page (not JSON)
// for every failure of a page route. API clients keep getting the one JSON error shape from the same addresses.
import { describe, expect, it } from "vitest";
import { formatUtc, time } from "../src/lib/html";
import { type CallResult, call, captureCertificate, createProperty, signup } from "./helpers";

const asBrowser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const claimLink = (token: string) => `/certificate-sharing/certificates/claim/${token}`;
const unknownToken = `clm_${"0".repeat(48)}`;

async function sharedCertificate() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, "forms.leadgen.example");
	const certificate = await captureCertificate(publisher, property.id);
	const share = await call("POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
		as: publisher,
		body: {},
	});
	return { publisher, certificate, token: share.json.claim_token as string };
}

describe("times on pages", () => {
	it("reads as day, month, year and UTC time, and keeps the exact ISO value in <time datetime>", () => {
		expect(formatUtc("2026-11-26T14:05:59.999Z")).toBe("26 Nov 2026, 14:05 UTC");
		expect(formatUtc("2027-01-02T03:04:00Z")).toBe("2 Jan 2027, 03:04 UTC");
		expect(formatUtc("not a time")).toBeUndefined();
		expect(time("2026-11-26T14:05:09.123Z").html).toBe(
			'<time datetime="2026-11-26T14:05:09.123Z" title="2026-11-26T14:05:09.123Z">26 Nov 2026, 14:05 UTC</time>',
		);
		expect(time(null).html).toBe("—");
		expect(time("<b>").html).toBe("&lt;b&gt;");
	});

	it("are readable on the claim card", async () => {
		const { token } = await sharedCertificate();
		const page = await call("GET", claimLink(token), { headers: asBrowser });
		expect(page.status).toBe(200);
		expect(page.text).toMatch(
			/<time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z" title="[^"]+">\d{1,2} \w{3} \d{4}, \d\d:\d\d UTC<\/time>/,
		);
		expect(page.text).not.toMatch(/>\d{4}-\d\d-\d\dT[\d:.]+Z</);
	});
});

describe("sign-in page", () => {
	it("names the publisher when the buyer comes from a claim link", async () => {
		const { token } = await sharedCertificate();
		const next = `${claimLink(token)}?from=sign-in`;
		const page = await call("GET", `/login?next=${encodeURIComponent(next)}`, { headers: asBrowser });
		expect(page.status).toBe(200);
		expect(page.text).toContain("<h1>Sign in to claim this certificate from LeadGen Co</h1>");
		expect(page.text).toContain("You come straight back to it, ready to claim.");
	});

	it("says which evidence it is for, and stays generic for an unknown token or no destination", async () => {
		const evidence = await call(
			"GET",
			`/login?next=${encodeURIComponent("/certificate-sharing/partner-certificates/42/evidence")}`,
			{
				headers: asBrowser,
			},
		);
		expect(evidence.text).toContain("<h1>Sign in to see the evidence</h1>");
		expect(evidence.text).toContain("the evidence report for claim 42");
		const unknown = await call("GET", `/login?next=${encodeURIComponent(claimLink(unknownToken))}`, {
			headers: asBrowser,
		});
		expect(unknown.text).toContain("<h1>Sign in</h1>");
		expect(unknown.text).not.toContain("claim this certificate from");
		const plain = await call("GET", "/login", { headers: asBrowser });
		expect(plain.text).toContain("<h1>Sign in</h1>");
	});

	it("shares the claim page's per-IP limit, so it cannot be used to test guessed tokens", async () => {
		const { token } = await sharedCertificate();
		const ip = { ...asBrowser, "cf-connecting-ip": "198.51.100.61" };
		// Until the limiter says no (its fixed windows can need more than 120 requests to reach).
		let limited = false;
		for (let i = 0; i < 250 && !limited; i++) {
			const res = await call("GET", claimLink(unknownToken), { headers: { "cf-connecting-ip": "198.51.100.61" } });
			limited = res.status === 429;
		}
		expect(limited).toBe(true);
		const page = await call("GET", `/login?next=${encodeURIComponent(claimLink(token))}`, { headers: ip });
		expect(page.status).toBe(200);
		expect(page.text).not.toContain("LeadGen Co");
		// Up to 250 requests in a row: seconds on a busy machine.
	}, 20_000);
});

describe("errors on page routes, for a browser", () => {
	it("answers an unknown or malformed claim link with a 404 page, and API clients with the JSON error", async () => {
		for (const token of [unknownToken, "clm_xyz", `clm_${"a".repeat(300)}`]) {
			const page = await call("GET", claimLink(token), { headers: asBrowser });
			expect(page.status, token).toBe(404);
			expect(page.headers.get("content-type")).toMatch(/^text\/html/);
			expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
			expect(page.headers.get("referrer-policy")).toBe("no-referrer");
			expect(page.text).toContain("<h1>Claim link not found</h1>");
			expect(page.text).not.toContain('{"error"');
		}
		const api = await call("GET", claimLink(unknownToken), { headers: { accept: "application/json" } });
		expect(api.status).toBe(404);
		expect(api.json.error.code).toBe("NOT_FOUND");
	});

	it("answers a malformed id in another page's address with a 404 page, once the person is signed in", async () => {
		const path = "/certificate-sharing/partner-certificates/not-a-number/evidence";
		const buyer = await signup("Buyer");
		const page = await call("GET", path, { as: buyer, headers: asBrowser });
		expect(page.status).toBe(404);
		expect(page.headers.get("content-type")).toMatch(/^text\/html/);
		expect(page.text).toContain("<h1>Page not found</h1>");
		const api = await call("GET", path, { as: buyer });
		expect(api.status).toBe(400);
		expect(api.json.error.code).toBe("VALIDATION_FAILED");
		// Without a session, who is asking comes first: sign in (a browser), 401 (an API client).
		const signedOut = await call("GET", path, { headers: asBrowser });
		expect(signedOut.status).toBe(303);
		expect(signedOut.headers.get("location")).toBe(`/login?next=${encodeURIComponent(path)}`);
		expect((await call("GET", path)).status).toBe(401);
	});

	it("answers a rate-limited browser with a 429 page that keeps Retry-After", async () => {
		let limited: CallResult | undefined;
		// The limiter counts in fixed 60-second windows: 130 requests could straddle two windows and stay under 120
		// in each, so keep going until one window is over (at most a little over two windows' worth).
		for (let i = 0; i < 250 && !limited; i++) {
			const res = await call("GET", claimLink(unknownToken), {
				headers: { ...asBrowser, "cf-connecting-ip": "198.51.100.62" },
			});
			if (res.status === 429) limited = res;
		}
		expect(limited?.headers.get("content-type")).toMatch(/^text\/html/);
		expect(limited?.headers.get("retry-after")).toBe("60");
		expect(limited?.text).toContain("<h1>Too many requests</h1>");
		expect(limited?.text).toContain("Wait a minute");
		// Up to 250 requests in a row: seconds on a busy machine.
	}, 20_000);

	it("shows an already claimed link as a 409 page", async () => {
		const { token } = await sharedCertificate();
		const buyer = await signup("Acme Insurance");
		const form = { ...asBrowser, "content-type": "application/x-www-form-urlencoded", ...buyer.headers };
		expect((await call("POST", claimLink(token), { headers: form, rawBody: "" })).status).toBe(200);
		const again = await call("POST", claimLink(token), { headers: form, rawBody: "" });
		expect(again.status).toBe(409);
		expect(again.headers.get("content-type")).toMatch(/^text\/html/);
		expect(again.text).toContain("This certificate cannot be claimed");
	});

	it("sends a signed-out browser from any page route to sign in, and back", async () => {
		const res = await call("GET", "/certificate-sharing/partner-certificates", { headers: asBrowser });
		expect(res.status).toBe(303);
		expect(res.headers.get("location")).toBe(
			`/login?next=${encodeURIComponent("/certificate-sharing/partner-certificates")}`,
		);
		const api = await call("GET", "/certificate-sharing/partner-certificates");
		expect(api.status).toBe(401);
		expect(api.json.error.code).toBe("UNAUTHORIZED");
	});
});
