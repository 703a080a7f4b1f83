import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeNext } from "../src/auth/login-page";
import { BASE, call, fakeIp, PASSWORD, SAME_ORIGIN, signup } from "./helpers";

const FORM = { "content-type": "application/x-www-form-urlencoded", accept: "text/html", ...SAME_ORIGIN };

/** Where a browser would go with this Location: it drops tabs and newlines and reads a backslash as a slash. */
function browserTarget(location: string): URL {
	return new URL(location.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), BASE);
}

// Strings built from the pieces open redirects and header injection are made of, plus anything at all.
const nextValues = fc.oneof(
	fc.string({ unit: "binary" }),
	fc
		.array(
			fc.constantFrom(
				"/",
				"//",
				"\\",
				"\t",
				"\r",
				"\n",
				"\r\n",
				"@",
				":",
				"evil.example",
				"https:",
				"%2F",
				"%0d%0a",
				".",
				"..",
				"?",
				"#",
				" ",
				"\u0000",
				"\u2028",
				"é",
				"\ud800",
				"javascript:",
			),
			{ maxLength: 12 },
		)
		.map((parts) => parts.join("")),
);

describe("where sign-in sends people", () => {
	it("goes back to a path on this site, query and fragment included", async () => {
		const { user } = await signup();
		const next = "/certificate-sharing/certificates/claim/clm_abc?x=1&y=%20#top";
		const res = await call("POST", "/login", {
			headers: { ...FORM, "cf-connecting-ip": fakeIp() },
			rawBody: new URLSearchParams({ email: user.email, password: PASSWORD, next }).toString(),
		});
		expect(res.status).toBe(303);
		expect(res.headers.get("location")).toBe(next);
	});

	it("ignores a next that a browser would read as another site, and one with CR or LF, without a 5xx", async () => {
		const { user } = await signup();
		const ip = fakeIp();
		for (const next of [
			"/\t/evil.example/phish",
			"/\n/evil.example",
			"/\\evil.example",
			"/x\r\nSet-Cookie: evil=1",
			"/x\nLocation: https://evil.example",
			"https://evil.example/",
			"//evil.example/x",
			"/..//evil.example/x", // its dot segments collapse to "//evil.example/x" once parsed
			"javascript:alert(1)",
			"evil.example",
		]) {
			const res = await call("POST", "/login", {
				headers: { ...FORM, "cf-connecting-ip": ip },
				rawBody: new URLSearchParams({ email: user.email, password: PASSWORD, next }).toString(),
			});
			expect(res.status, JSON.stringify(next)).toBe(303);
			expect(res.headers.get("location"), JSON.stringify(next)).toBe("/");
			expect(res.headers.get("set-cookie")).not.toContain("evil");
		}
	});

	it("property: for any next, the target stays on this site and is a valid header value", () => {
		fc.assert(
			fc.property(nextValues, (next) => {
				const target = safeNext(next);
				expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
				expect(target).toMatch(/^[\x21-\x7e]+$/);
				expect(browserTarget(target).origin).toBe(BASE);
			}),
			{ numRuns: 5000 },
		);
	});

	it("property: signing in with any next never answers 5xx nor leaves the site", async () => {
		const { user } = await signup();
		const ip = fakeIp();
		await fc.assert(
			fc.asyncProperty(nextValues, async (next) => {
				const res = await call("POST", "/login", {
					headers: { ...FORM, "cf-connecting-ip": ip },
					rawBody: new URLSearchParams({ email: user.email, password: PASSWORD, next }).toString(),
				});
				expect(res.status).toBe(303);
				expect(browserTarget(res.headers.get("location") ?? "").origin).toBe(BASE);
			}),
			{ numRuns: 40 },
		);
	}, 60_000);

	it("property: the sign-in page renders for any next in its query", async () => {
		await fc.assert(
			fc.asyncProperty(nextValues, async (next) => {
				const res = await call("GET", `/login?next=${new URLSearchParams({ next }).toString().slice("next=".length)}`);
				expect(res.status).toBe(200);
				const hidden = /name="next" value="([^"]*)"/.exec(res.text)?.[1] ?? "";
				expect(browserTarget(hidden.replaceAll("&amp;", "&")).origin).toBe(BASE);
			}),
			{ numRuns: 200 },
		);
	});
});

describe("addresses too long to send back", () => {
	const INBOX = "/certificate-sharing/partner-certificates";
	const long = "x".repeat(3000);

	it("sends a signed-out browser to the sign-in page without a next it cannot carry", async () => {
		const res = await call("GET", `${INBOX}?status=${long}`, { headers: { accept: "text/html" } });
		expect(res.status).toBe(303);
		expect(res.headers.get("location")).toBe("/login");
		const short = await call("GET", `${INBOX}?status=claimed`, { headers: { accept: "text/html" } });
		expect(short.headers.get("location")).toBe(`/login?next=${encodeURIComponent(`${INBOX}?status=claimed`)}`);
	});

	it("does not echo a page form's address without its empty fields when it is too long", async () => {
		const buyer = await signup("Long Address Buyer");
		const res = await call("GET", `${INBOX}?certificate_id=&status=${long}`, {
			as: buyer,
			headers: { accept: "text/html" },
		});
		// Answered as it is: the too-long status is refused like any invalid value, in the page form of the error.
		expect(res.status).toBe(400);
		const short = await call("GET", `${INBOX}?certificate_id=&status=claimed`, {
			as: buyer,
			headers: { accept: "text/html" },
		});
		expect(short.status).toBe(303);
		expect(short.headers.get("location")).toBe(`${INBOX}?status=claimed`);
	});
});

describe("response headers", () => {
	it("sends Strict-Transport-Security on every kind of response", async () => {
		const actor = await signup();
		const responses = [
			await call("GET", "/health"),
			await call("GET", "/nowhere"),
			await call("GET", "/auth/me"),
			await call("GET", "/auth/me", { as: actor }),
			await call("GET", "/login"),
			await call("POST", "/auth/logout", { headers: { cookie: actor.cookie, origin: "https://evil.example" } }),
			await call("POST", "/properties", { as: actor, rawBody: "{", headers: { "content-type": "application/json" } }),
		];
		for (const res of responses) {
			expect(res.headers.get("strict-transport-security"), String(res.status)).toBe(
				"max-age=63072000; includeSubDomains",
			);
		}
	});

	it("keeps the page protections on the sign-in page", async () => {
		const page = await call("GET", "/login");
		expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
		expect(page.headers.get("content-security-policy")).toContain("form-action 'self'");
		expect(page.headers.get("x-content-type-options")).toBe("nosniff");
		expect(page.headers.get("referrer-policy")).toBe("no-referrer");
	});
});
