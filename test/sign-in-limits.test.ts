import { afterEach, describe, expect, it, vi } from "vitest";
import { call, fakeIp, PASSWORD, SAME_ORIGIN, signupThroughApi as signup, uniqueEmail } from "./helpers";

const FORM = { "content-type": "application/x-www-form-urlencoded", accept: "text/html", ...SAME_ORIGIN };

const jsonLogin = (email: string, password: string, ip: string) =>
	call("POST", "/auth/login", { headers: { "cf-connecting-ip": ip }, body: { email, password } });

const formLogin = (email: string, password: string, ip: string) =>
	call("POST", "/login", {
		headers: { ...FORM, "cf-connecting-ip": ip },
		rawBody: new URLSearchParams({ email, password, next: "/auth/me" }).toString(),
	});

function tally(statuses: number[]) {
	const counts: Record<number, number> = {};
	for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
	return counts;
}

afterEach(() => {
	vi.useRealTimers();
});

describe("failed sign-ins", () => {
	for (const [route, login] of [
		["POST /auth/login", jsonLogin],
		["POST /login (form)", formLogin],
	] as const) {
		it(`${route}: checks only 10 of 190 wrong passwords in a row and 100 in parallel, refusing the rest with 429`, {
			tags: ["stress"],
			timeout: 120_000,
		}, async () => {
			const { user } = await signup();
			const ip = fakeIp();
			const sequential: number[] = [];
			for (let i = 0; i < 190; i++) sequential.push((await login(user.email, `wrong guess ${i}!`, ip)).status);
			const parallel = await Promise.all(
				Array.from({ length: 100 }, (_, i) => login(user.email, `parallel guess ${i}!`, ip)),
			);
			expect(tally(sequential)).toEqual({ 401: 10, 429: 180 });
			expect(tally(parallel.map((r) => r.status))).toEqual({ 429: 100 });
			// Even the right password is not checked from this address until the window has passed.
			expect((await login(user.email, PASSWORD, ip)).status).toBe(429);
		});
	}

	it("lets no more than 10 of 100 parallel wrong passwords through on a fresh account", async () => {
		const { user } = await signup();
		const ip = fakeIp();
		const results = await Promise.all(Array.from({ length: 100 }, (_, i) => jsonLogin(user.email, `guess ${i}!!`, ip)));
		expect(tally(results.map((r) => r.status))).toEqual({ 401: 10, 429: 90 });
	}, 60_000);

	it("answers 429 RATE_LIMITED in the one error shape with Retry-After and the budget headers", async () => {
		const { user } = await signup();
		const ip = fakeIp();
		const first = await jsonLogin(user.email, "wrong password!", ip);
		expect(first.status).toBe(401);
		expect(first.headers.get("ratelimit-policy")).toBe('"signin-account";q=10;w=900, "signin-ip";q=50;w=900');
		expect(first.headers.get("ratelimit")).toMatch(/^"signin-account";r=9;t=(900|899), "signin-ip";r=49;t=(900|899)$/);
		for (let i = 0; i < 9; i++) await jsonLogin(user.email, "wrong password!", ip);
		const limited = await jsonLogin(user.email, "wrong password!", ip);
		expect(limited.status).toBe(429);
		expect(limited.json.error).toMatchObject({ code: "RATE_LIMITED", request_id: expect.any(String) });
		expect(limited.json.error.message).toMatch(/^Too many failed sign-in attempts; try again in 15 minutes$/);
		const retryAfter = Number(limited.headers.get("retry-after"));
		expect(retryAfter).toBeGreaterThan(890);
		expect(retryAfter).toBeLessThanOrEqual(900);
		expect(limited.headers.get("ratelimit")).toMatch(/^"signin-account";r=0;t=\d+, "signin-ip";r=40;t=\d+$/);
	});

	it("still lets the right password in from another address while one address is locked out", async () => {
		const { user } = await signup();
		const attacker = fakeIp();
		for (let i = 0; i < 11; i++) await jsonLogin(user.email, "not the password", attacker);
		expect((await jsonLogin(user.email, PASSWORD, attacker)).status).toBe(429);
		const owner = await jsonLogin(user.email, PASSWORD, fakeIp());
		expect(owner.status).toBe(200);
		expect(owner.headers.get("set-cookie")).toMatch(/^econsent_session=/);
	});

	it("treats a known and an unknown email alike: same statuses, same messages, same limit", async () => {
		const { user } = await signup();
		const ip = fakeIp();
		const unknown = uniqueEmail("nobody");
		const known: { status: number; message: string }[] = [];
		const unknowns: { status: number; message: string }[] = [];
		for (let i = 0; i < 11; i++) {
			const a = await jsonLogin(user.email, "wrong password!", ip);
			const b = await jsonLogin(unknown, "wrong password!", ip);
			known.push({ status: a.status, message: a.json.error.message });
			unknowns.push({ status: b.status, message: b.json.error.message });
		}
		expect(known).toEqual(unknowns);
		expect(known.at(-1)?.status).toBe(429);
	});

	it("limits one address spraying many accounts to 50 failures in 15 minutes", {
		tags: ["stress"],
		timeout: 60_000,
	}, async () => {
		const ip = fakeIp();
		const statuses: number[] = [];
		for (let i = 0; i < 5; i++) {
			const email = uniqueEmail("spray");
			for (let j = 0; j < 10; j++) statuses.push((await jsonLogin(email, "Winter2026!!", ip)).status);
		}
		expect(tally(statuses)).toEqual({ 401: 50 });
		const next = await jsonLogin(uniqueEmail("spray"), "Winter2026!!", ip);
		expect(next.status).toBe(429);
		expect(next.headers.get("ratelimit")).toMatch(/"signin-ip";r=0;/);
		expect((await jsonLogin(uniqueEmail("spray"), "Winter2026!!", fakeIp())).status).toBe(401);
	});

	it("counts an IPv6 client by its /64, so rotating addresses inside it gains nothing", async () => {
		const { user } = await signup();
		const prefix = `2001:db8:${(Math.random() * 0xffff) | 0}:${(Math.random() * 0xffff) | 0}`;
		for (let i = 0; i < 10; i++) await jsonLogin(user.email, "wrong password!", `${prefix}::${i + 1}`);
		expect((await jsonLogin(user.email, "wrong password!", `${prefix}:ffff:0:0:abcd`)).status).toBe(429);
		expect((await jsonLogin(user.email, "wrong password!", `2001:db8:ffff:1::1`)).status).toBe(401);
	});

	it("does not count a correct password, and forgets the account's failures from that address", async () => {
		const { user } = await signup();
		const ip = fakeIp();
		for (let i = 0; i < 9; i++) await jsonLogin(user.email, "wrong password!", ip);
		const ok = await jsonLogin(user.email, PASSWORD, ip);
		expect(ok.status).toBe(200);
		expect(ok.headers.get("ratelimit")).toMatch(/^"signin-account";r=10;t=0, "signin-ip";r=41;/);
		const after: number[] = [];
		for (let i = 0; i < 11; i++) after.push((await jsonLogin(user.email, "wrong password!", ip)).status);
		expect(tally(after)).toEqual({ 401: 10, 429: 1 });
	});

	it("lifts the limit once the 15-minute window has passed", async () => {
		const { user } = await signup();
		const ip = fakeIp();
		for (let i = 0; i < 10; i++) await jsonLogin(user.email, "wrong password!", ip);
		expect((await jsonLogin(user.email, PASSWORD, ip)).status).toBe(429);
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + 901_000);
		expect((await jsonLogin(user.email, PASSWORD, ip)).status).toBe(200);
	});

	it("shows a browser on /login a readable page with status 429 and Retry-After", async () => {
		const { user } = await signup();
		const ip = fakeIp();
		for (let i = 0; i < 10; i++) expect((await formLogin(user.email, "wrong password!", ip)).status).toBe(401);
		const page = await formLogin(user.email, "wrong password!", ip);
		expect(page.status).toBe(429);
		expect(page.headers.get("content-type")).toContain("text/html");
		expect(page.text).toContain("Too many failed sign-in attempts; try again in 15 minutes.");
		expect(page.text).toContain('<form method="post" action="/login">');
		expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
		expect(page.headers.get("ratelimit-policy")).toContain('"signin-account";q=10;w=900');
		expect(page.headers.get("set-cookie")).toBeNull();
	});
});

describe("sign-ups", () => {
	it("allows 20 sign-ups an hour from one address, then answers 429 with Retry-After", async () => {
		const ip = fakeIp();
		const statuses: number[] = [];
		for (let i = 0; i < 21; i++) {
			const res = await call("POST", "/auth/signup", {
				headers: { "cf-connecting-ip": ip },
				body: { company_name: "Flood Co", email: uniqueEmail("flood"), password: PASSWORD },
			});
			statuses.push(res.status);
			if (i === 20) {
				expect(res.json.error.code).toBe("RATE_LIMITED");
				expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(3500);
				expect(res.headers.get("ratelimit-policy")).toBe('"signup-ip";q=20;w=3600');
				expect(res.headers.get("ratelimit")).toMatch(/^"signup-ip";r=0;t=\d+$/);
			}
		}
		expect(tally(statuses)).toEqual({ 201: 20, 429: 1 });
		const elsewhere = await call("POST", "/auth/signup", {
			headers: { "cf-connecting-ip": fakeIp() },
			body: { company_name: "Honest Co", email: uniqueEmail(), password: PASSWORD },
		});
		expect(elsewhere.status).toBe(201);
	});
});

describe("the OpenAPI document", () => {
	it("documents the budget headers on sign-in's and sign-up's answers and 429, and Retry-After on the 429", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		for (const path of ["/auth/login", "/auth/signup"]) {
			const responses = doc.paths[path].post.responses;
			const counted = Object.entries<{ headers?: Record<string, unknown> }>(responses).filter(
				([status]) => status.startsWith("2") || status === "429",
			);
			expect(counted.length).toBe(2);
			for (const [status, response] of counted) {
				expect(Object.keys(response.headers ?? {}), `${path} ${status}`).toEqual(
					expect.arrayContaining(["RateLimit-Policy", "RateLimit"]),
				);
			}
			expect(Object.keys(responses["429"].headers)).toContain("Retry-After");
		}
	});
});
