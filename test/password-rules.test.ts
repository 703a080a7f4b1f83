import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, fakeIp, PASSWORD, uniqueEmail } from "./helpers";

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
