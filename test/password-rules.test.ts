import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, fakeIp, PASSWORD, SAME_ORIGIN, uniqueEmail } from "./helpers";

async function signupWith(password: string, email = uniqueEmail()) {
	return call("POST", "/auth/signup", {
		headers: { "cf-connecting-ip": fakeIp() },
		body: { company_name: "Password Co", email, password },
	});
}

describe("new passwords", () => {
	const refused: [string, string, RegExp][] = [
		["ten spaces", "          ", /too common or too easy to guess/],
		["one letter repeated", "aaaaaaaaaa", /too common or too easy to guess/],
		["a digit sequence", "1234567890", /too common or too easy to guess/],
		["a breached password", "password12", /too common or too easy to guess/],
		["a keyboard walk", "qwertyuiop", /too common or too easy to guess/],
		["a common phrase", "iloveyou12", /too common or too easy to guess/],
		["too short", "Xk3#vQ9", /at least 10 characters|>=10 characters/],
	];
	for (const [name, password, rule] of refused) {
		it(`refuses ${name} with 400 naming the rule, and creates nothing`, async () => {
			const email = uniqueEmail();
			const res = await signupWith(password, email);
			expect(res.status).toBe(400);
			expect(res.json.error.code).toBe("VALIDATION_FAILED");
			expect(res.json.error.fields).toEqual([{ field: "password", message: expect.stringMatching(rule) }]);
			const user = await env.DB.prepare("SELECT id FROM users WHERE email = ?").bind(email).first();
			expect(user).toBeNull();
		});
	}

	it("refuses the account's own email, or a password containing the part before the @", async () => {
		const local = `margarethe${Math.random().toString(36).slice(2, 8)}`;
		const email = `${local}@example.com`;
		for (const password of [email, `${local}!`, `Rocks-${local.toUpperCase()}-2026`]) {
			const res = await signupWith(password, email);
			expect(res.status, password).toBe(400);
			expect(res.json.error.fields[0]).toEqual({
				field: "password",
				message: "must not contain your email address or the part of it before the @",
			});
		}
	});

	it("accepts long passphrases up to 200 characters, spaces and any script included, and refuses 201", async () => {
		for (const password of [
			PASSWORD,
			"demo-password-123",
			"Ünïcödé pässwörd ✓ 日本語",
			`${"lamp cable river ".repeat(11)}ok!`.slice(0, 200),
		]) {
			expect((await signupWith(password)).status, password).toBe(201);
		}
		const tooLong = await signupWith("x".repeat(201));
		expect(tooLong.status).toBe(400);
		expect(tooLong.json.error.fields[0].field).toBe("password");
	});

	it("still signs in with a password set before these rules", async () => {
		const email = uniqueEmail();
		expect((await signupWith(PASSWORD, email)).status).toBe(201);
		const { hashPassword } = await import("../src/auth/passwords");
		await env.DB.prepare("UPDATE users SET password_hash = ? WHERE email = ?")
			.bind(await hashPassword("1234567890"), email)
			.run();
		const login = await call("POST", "/auth/login", {
			headers: { "cf-connecting-ip": fakeIp() },
			body: { email, password: "1234567890" },
		});
		expect(login.status).toBe(200);
	});
});

describe("one length rule at every door", () => {
	// 150 different emoji, each one code point outside the Basic Multilingual Plane: 150 characters as the rule
	// counts them, 300 UTF-16 units.
	const emoji = (count: number, from = 0) =>
		Array.from({ length: count }, (_, i) => String.fromCodePoint(0x1f300 + (((from + i) * 37) % 0x250))).join("");
	const FORM = { "content-type": "application/x-www-form-urlencoded", accept: "text/html", ...SAME_ORIGIN };
	const formLogin = (email: string, password: string, ip: string) =>
		call("POST", "/login", {
			headers: { ...FORM, "cf-connecting-ip": ip },
			rawBody: new URLSearchParams({ email, password, next: "/auth/me" }).toString(),
		});
	const jsonLogin = (email: string, password: string, ip: string) =>
		call("POST", "/auth/login", { headers: { "cf-connecting-ip": ip }, body: { email, password } });

	it("takes a password of 150 emoji (300 UTF-16 units) at sign-up, /auth/login and the /login form", async () => {
		const password = emoji(150);
		expect([[...password].length, password.length]).toEqual([150, 300]);
		const email = uniqueEmail();
		expect((await signupWith(password, email)).status).toBe(201);
		const ip = fakeIp();
		expect((await jsonLogin(email, password, ip)).status).toBe(200);
		const form = await formLogin(email, password, ip);
		expect(form.status, form.text).toBe(303);
		expect(form.headers.get("set-cookie")).toContain("session=");
	});

	it("takes 200 emoji everywhere and refuses 201 everywhere with 400, counting no failed sign-in", async () => {
		const longest = emoji(200);
		const email = uniqueEmail();
		expect((await signupWith(longest, email)).status).toBe(201);
		const ip = fakeIp();
		expect((await jsonLogin(email, longest, ip)).status).toBe(200);
		expect((await formLogin(email, longest, ip)).status).toBe(303);

		const tooLong = emoji(201);
		const refusedSignup = await signupWith(tooLong);
		expect(refusedSignup.status).toBe(400);
		expect(refusedSignup.json.error.fields).toEqual([{ field: "password", message: "must be at most 200 characters" }]);
		const refusedJson = await jsonLogin(email, tooLong, ip);
		expect(refusedJson.status).toBe(400);
		expect(refusedJson.json.error.fields).toEqual([{ field: "password", message: "must be at most 200 characters" }]);
		const refusedForm = await formLogin(email, tooLong, ip);
		expect(refusedForm.status).toBe(400);
		expect(refusedForm.text).toContain("Password must be at most 200 characters.");
		expect(refusedForm.headers.get("set-cookie")).toBeNull();
		// Neither refusal was a failed sign-in: the first wrong password is still the account's first.
		const wrong = await jsonLogin(email, "wrong password!", ip);
		expect(wrong.status).toBe(401);
		expect(wrong.headers.get("ratelimit")).toMatch(/^"signin-account";r=9;/);
	});

	it("lets the sign-in form's password field hold the longest password the rule accepts", async () => {
		const page = await call("GET", "/login");
		const field = page.text.match(/<input id="password"[^>]*>/)?.[0] ?? "";
		expect(field).not.toBe("");
		// A browser's maxlength counts UTF-16 units; 200 emoji are 400 of them.
		expect(Number(field.match(/maxlength="(\d+)"/)?.[1])).toBeGreaterThanOrEqual(emoji(200).length);
	});

	it("states the rule in the OpenAPI document, whose minLength and maxLength count code points", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		const password = (path: string) =>
			doc.paths[path].post.requestBody.content["application/json"].schema.properties.password;
		expect(password("/auth/signup")).toMatchObject({ type: "string", minLength: 10, maxLength: 200 });
		expect(password("/auth/login")).toMatchObject({ type: "string", minLength: 1, maxLength: 200 });
	});
});
