import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
	BASE,
	call,
	captureCertificate,
	createApiKey,
	createProperty,
	fakeIp,
	PASSWORD,
	SAME_ORIGIN,
	signup,
} from "./helpers";

const EVIL = "https://evil.example";
const origins = { same: BASE, evil: EVIL, absent: undefined } as const;
const fetchSites = [undefined, "same-origin", "none", "same-site", "cross-site"] as const;
const contentTypes = {
	json: { type: "application/json", body: JSON.stringify({ domain: "csrf.example" }) },
	form: { type: "application/x-www-form-urlencoded", body: "domain=csrf.example" },
	multipart: {
		type: "multipart/form-data; boundary=x",
		body: '--x\r\nContent-Disposition: form-data; name="domain"\r\n\r\ncsrf.example\r\n--x--\r\n',
	},
	text: { type: "text/plain", body: '{"domain":"csrf.example"}' },
	none: { type: undefined, body: '{"domain":"csrf.example"}' },
} as const;

function browserHeaders(origin: string | undefined, fetchSite: string | undefined, contentType: string | undefined) {
	const headers: Record<string, string> = {};
	if (origin) headers.origin = origin;
	if (fetchSite) headers["sec-fetch-site"] = fetchSite;
	if (contentType) headers["content-type"] = contentType;
	return headers;
}

const isRefused = (res: { status: number; json: any }) =>
	res.status === 403 && res.json?.error?.code === "CROSS_SITE_REQUEST";

describe("unsafe requests a session cookie would authenticate", () => {
	for (const [name, { type, body }] of Object.entries(contentTypes)) {
		it(`are refused unless same-origin, for every Origin × Sec-Fetch-Site (${name} body)`, async () => {
			const actor = await signup();
			const key = await createApiKey(actor);
			const wrong: string[] = [];
			for (const [originName, origin] of Object.entries(origins)) {
				for (const fetchSite of fetchSites) {
					const sameOrigin = origin === BASE || fetchSite === "same-origin" || fetchSite === "none";
					const headers = browserHeaders(origin, fetchSite, type);
					const withCookie = await call("POST", "/properties", {
						headers: { ...headers, cookie: actor.cookie },
						rawBody: body,
					});
					if (isRefused(withCookie) === sameOrigin)
						wrong.push(`cookie origin=${originName} site=${fetchSite}: ${withCookie.status}`);
					const withKey = await call("POST", "/properties", { headers: { ...headers, ...key.headers }, rawBody: body });
					if (isRefused(withKey)) wrong.push(`bearer origin=${originName} site=${fetchSite}: ${withKey.status}`);
				}
			}
			expect(wrong).toEqual([]);
		});
	}

	it("lets a same-origin page create what it asked for, and a cross-site one nothing", async () => {
		const actor = await signup();
		const ok = await call("POST", "/properties", { as: actor, body: { domain: "mine.example" } });
		expect(ok.status).toBe(201);
		const evil = await call("POST", "/properties", {
			headers: { cookie: actor.cookie, origin: EVIL },
			body: { domain: "evil.example" },
		});
		expect(evil.status).toBe(403);
		expect(evil.json.error).toMatchObject({ code: "CROSS_SITE_REQUEST", request_id: expect.any(String) });
		const stored = await env.DB.prepare("SELECT domain FROM properties WHERE company_id = ?")
			.bind(actor.company.id)
			.all<{ domain: string }>();
		expect(stored.results.map((r) => r.domain)).toEqual(["mine.example"]);
	});

	it("covers PUT, PATCH and DELETE too, but never GET", async () => {
		const actor = await signup();
		for (const method of ["PUT", "PATCH", "DELETE"]) {
			const res = await call(method, "/certificate-sharing/consent-rules/1", {
				headers: { cookie: actor.cookie, origin: EVIL },
			});
			expect(res.json.error.code, method).toBe("CROSS_SITE_REQUEST");
		}
		const read = await call("GET", "/auth/me", {
			headers: { cookie: actor.cookie, origin: EVIL, "sec-fetch-site": "cross-site" },
		});
		expect(read.status).toBe(200);
	});

	it("refuses a text/plain or form claim from another site and leaves the token unclaimed", async () => {
		const publisher = await signup();
		const buyer = await signup();
		const certificate = await captureCertificate(publisher, (await createProperty(publisher)).id);
		const share = await call("POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
			as: publisher,
			body: {},
		});
		const path = `/certificate-sharing/certificates/claim/${share.json.claim_token}`;
		for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
			const res = await call("POST", path, {
				headers: { cookie: buyer.cookie, origin: EVIL, "content-type": type },
				rawBody: "",
			});
			expect(res.status, type).toBe(403);
			expect(res.json.error.code).toBe("CROSS_SITE_REQUEST");
		}
		const summary = await call("GET", path, { headers: { "cf-connecting-ip": fakeIp() } });
		expect(summary.json.status).toBe("pending");
		expect((await call("POST", path, { as: buyer })).status).toBe(200);
	});

	it("refuses a cross-site logout and keeps the session", async () => {
		const actor = await signup();
		const evil = await call("POST", "/auth/logout", { headers: { cookie: actor.cookie, origin: EVIL } });
		expect(evil.status).toBe(403);
		expect(evil.json.error.code).toBe("CROSS_SITE_REQUEST");
		expect(evil.headers.get("set-cookie")).toBeNull();
		expect((await call("GET", "/auth/me", { as: actor })).status).toBe(200);
		expect((await call("POST", "/auth/logout", { as: actor })).status).toBe(204);
	});

	it("refuses a cookie request that says nothing about where it came from", async () => {
		const actor = await signup();
		const res = await call("POST", "/auth/logout", { headers: { cookie: actor.cookie } });
		expect(res.status).toBe(403);
		expect(res.json.error.code).toBe("CROSS_SITE_REQUEST");
	});

	it("lets a Bearer call through whatever its Origin, even with a cookie beside it", async () => {
		const actor = await signup();
		const key = await createApiKey(actor);
		const variants: Record<string, string>[] = [{ origin: EVIL }, { origin: EVIL, cookie: actor.cookie }, {}];
		for (const headers of variants) {
			const res = await call("POST", "/properties", {
				headers: { ...headers, ...key.headers },
				body: { domain: "server.example" },
			});
			expect(res.status, JSON.stringify(headers)).toBe(201);
		}
	});

	it("accepts the origin the request was sent to when PUBLIC_BASE_URL names another, and the public one", async () => {
		const actor = await signup();
		const original = env.PUBLIC_BASE_URL;
		(env as { PUBLIC_BASE_URL: string }).PUBLIC_BASE_URL = "https://app.econsent.example";
		try {
			for (const origin of [BASE, "https://app.econsent.example"]) {
				const res = await call("POST", "/properties", {
					headers: { cookie: actor.cookie, origin },
					body: { domain: "mine.example" },
				});
				expect(res.status, origin).toBe(201);
			}
			const evil = await call("POST", "/properties", {
				headers: { cookie: actor.cookie, origin: "https://econsent.example" },
				body: { domain: "mine.example" },
			});
			expect(evil.status).toBe(403);
		} finally {
			(env as { PUBLIC_BASE_URL: string }).PUBLIC_BASE_URL = original;
		}
	});
});

describe("signing in from another site", () => {
	const form = (email: string) => new URLSearchParams({ email, password: PASSWORD, next: "/auth/me" }).toString();
	const formType = { "content-type": "application/x-www-form-urlencoded", accept: "text/html" };

	it("refuses the sign-in form posted from another site or from nowhere, without a cookie", async () => {
		const { user } = await signup();
		for (const [name, headers] of Object.entries<Record<string, string>>({
			evil: { origin: EVIL },
			"evil, cross-site": { origin: EVIL, "sec-fetch-site": "cross-site" },
			"same-site": { "sec-fetch-site": "same-site" },
			"null origin": { origin: "null" },
			neither: {},
		})) {
			const res = await call("POST", "/login", {
				headers: { ...formType, ...headers, "cf-connecting-ip": fakeIp() },
				rawBody: form(user.email),
			});
			expect(res.status, name).toBe(403);
			expect(res.json.error.code).toBe("CROSS_SITE_REQUEST");
			expect(res.headers.get("set-cookie"), name).toBeNull();
		}
	});

	it("accepts the sign-in form from this site's own page or a typed address", async () => {
		const { user } = await signup();
		for (const headers of [SAME_ORIGIN, { "sec-fetch-site": "same-origin" }, { "sec-fetch-site": "none" }]) {
			const res = await call("POST", "/login", {
				headers: { ...formType, ...headers, "cf-connecting-ip": fakeIp() },
				rawBody: form(user.email),
			});
			expect(res.status).toBe(303);
			expect(res.headers.get("set-cookie")).toMatch(/^econsent_session=/);
		}
	});

	it("refuses JSON sign-in and sign-up that a browser says come from another site, not command-line clients", async () => {
		const { user } = await signup();
		const evil = await call("POST", "/auth/login", {
			headers: { origin: EVIL, "cf-connecting-ip": fakeIp() },
			body: { email: user.email, password: PASSWORD },
		});
		expect(evil.status).toBe(403);
		expect(evil.json.error.code).toBe("CROSS_SITE_REQUEST");
		const signupFromEvil = await call("POST", "/auth/signup", {
			headers: { "sec-fetch-site": "cross-site", "cf-connecting-ip": fakeIp() },
			body: { company_name: "X", email: `x${Date.now()}@example.com`, password: PASSWORD },
		});
		expect(signupFromEvil.json.error.code).toBe("CROSS_SITE_REQUEST");
		const cli = await call("POST", "/auth/login", {
			headers: { "cf-connecting-ip": fakeIp() },
			body: { email: user.email, password: PASSWORD },
		});
		expect(cli.status).toBe(200);
	});
});
