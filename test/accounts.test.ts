import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, fakeIp, PASSWORD, signup as quickSignup, signupThroughApi as signup, uniqueEmail } from "./helpers";

describe("signup, login, logout, me", () => {
	it("signs up a company with its first user and starts a session", async () => {
		const email = uniqueEmail();
		const res = await call("POST", "/auth/signup", {
			body: { company_name: "LeadGen Co", email, password: "correct horse battery" },
		});
		expect(res.status).toBe(201);
		expect(res.json.user.email).toBe(email);
		expect(res.json.company.id).toMatch(/^[0-9a-f]{24}$/);
		expect(res.json.company.name).toBe("LeadGen Co");
		const cookie = res.headers.get("set-cookie") ?? "";
		expect(cookie).toMatch(/^econsent_session=[0-9a-f]{64};/);
		expect(cookie).toContain("HttpOnly");
		expect(cookie).toContain("Secure");
		expect(cookie).toContain("SameSite=Lax");
		expect(cookie).toContain("Path=/");
		expect(cookie).toMatch(/Max-Age=\d+/);
		expect(cookie).toMatch(/Expires=/);
	});

	it("stores only a hash of the session id and a salted PBKDF2 hash of the password", async () => {
		const actor = await signup();
		const token = actor.cookie.split("=")[1]!;
		const sessions = await env.DB.prepare("SELECT id_hash FROM sessions").all<{ id_hash: string }>();
		expect(sessions.results.some((s) => s.id_hash === token)).toBe(false);
		const user = await env.DB.prepare("SELECT password_hash FROM users WHERE id = ?")
			.bind(actor.user.id)
			.first<{ password_hash: string }>();
		expect(user?.password_hash).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
	});

	it("gives the same hash for the same password only with the same salt", async () => {
		const a = await call("POST", "/auth/signup", {
			body: { company_name: "A", email: uniqueEmail(), password: "same password 123" },
		});
		const b = await call("POST", "/auth/signup", {
			body: { company_name: "B", email: uniqueEmail(), password: "same password 123" },
		});
		const rows = await env.DB.prepare("SELECT password_hash FROM users WHERE id IN (?, ?)")
			.bind(a.json.user.id, b.json.user.id)
			.all<{ password_hash: string }>();
		expect(rows.results[0]!.password_hash).not.toBe(rows.results[1]!.password_hash);
	});

	it("logs in with the right pair and refuses a wrong one the same way as an unknown email", async () => {
		const email = uniqueEmail();
		await call("POST", "/auth/signup", { body: { company_name: "X", email, password: "correct horse battery" } });
		const ok = await call("POST", "/auth/login", {
			body: { email: email.toUpperCase(), password: "correct horse battery" },
		});
		expect(ok.status).toBe(200);
		expect(ok.json.user.email).toBe(email);
		expect(ok.headers.get("set-cookie")).toContain("HttpOnly");

		const wrong = await call("POST", "/auth/login", { body: { email, password: "wrong password!!" } });
		const unknown = await call("POST", "/auth/login", { body: { email: uniqueEmail(), password: "whatever12345" } });
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(401);
		expect(wrong.json.error.code).toBe("UNAUTHORIZED");
		expect(wrong.json.error.message).toBe(unknown.json.error.message);
	});

	it("tells the caller who they are, and forgets the session on logout", async () => {
		const actor = await signup("Buyer Inc");
		const me = await call("GET", "/auth/me", { as: actor });
		expect(me.status).toBe(200);
		expect(me.json).toEqual({ user: actor.user, company: actor.company, authenticated_via: "session" });

		const out = await call("POST", "/auth/logout", { as: actor });
		expect(out.status).toBe(204);
		expect(out.headers.get("set-cookie")).toMatch(/econsent_session=;.*Max-Age=0/);
		const after = await call("GET", "/auth/me", { as: actor });
		expect(after.status).toBe(401);
		expect(after.json.error.code).toBe("UNAUTHORIZED");
	});

	it("refuses a duplicate email with 409 and writes nothing", async () => {
		const email = uniqueEmail();
		await call("POST", "/auth/signup", { body: { company_name: "One", email, password: "correct horse battery" } });
		const before = await env.DB.prepare("SELECT count(*) AS n FROM companies").first<{ n: number }>();
		const dup = await call("POST", "/auth/signup", {
			body: { company_name: "Two", email, password: "correct horse battery" },
		});
		expect(dup.status).toBe(409);
		expect(dup.json.error.code).toBe("CONFLICT");
		const after = await env.DB.prepare("SELECT count(*) AS n FROM companies").first<{ n: number }>();
		expect(after?.n).toBe(before?.n);
	});

	it("rejects an expired session", async () => {
		const actor = await signup();
		await env.DB.prepare("UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z' WHERE user_id = ?")
			.bind(actor.user.id)
			.run();
		expect((await call("GET", "/auth/me", { as: actor })).status).toBe(401);
	});
});

describe("API keys", () => {
	it("creates a key shown once, authenticates with it as the company, lists it without the secret, revokes it", async () => {
		const actor = await signup("Publisher");
		const created = await call("POST", "/auth/api-keys", { as: actor, body: { name: "lead server" } });
		expect(created.status).toBe(201);
		const key: string = created.json.key;
		expect(key).toMatch(/^eck_[0-9a-f]{48}$/);

		const bearer = { headers: { authorization: `Bearer ${key}` } };
		const me = await call("GET", "/auth/me", { as: bearer });
		expect(me.status).toBe(200);
		expect(me.json).toEqual({ user: null, company: actor.company, authenticated_via: "api_key" });

		const list = await call("GET", "/auth/api-keys", { as: actor });
		expect(list.json.data).toHaveLength(1);
		expect(list.json.data[0]).toEqual({
			id: created.json.id,
			name: "lead server",
			key_prefix: key.slice(0, 12),
			scopes: created.json.scopes,
			created_at: created.json.created_at,
			expires_at: null,
			last_used_at: expect.toSatisfy((v: string | null) => v === null || !Number.isNaN(Date.parse(v))),
		});
		expect(list.text).not.toContain(key);
		const stored = await env.DB.prepare("SELECT key_hash FROM api_keys WHERE id = ?").bind(created.json.id).first();
		expect(JSON.stringify(stored)).not.toContain(key);

		expect((await call("DELETE", `/auth/api-keys/${created.json.id}`, { as: actor })).status).toBe(204);
		expect((await call("GET", "/auth/me", { as: bearer })).status).toBe(401);
		expect((await call("GET", "/auth/api-keys", { as: actor })).json.data).toHaveLength(0);
	});

	it("does not let a key mint keys, nor one company revoke another's key", async () => {
		const a = await signup();
		const b = await signup();
		const key = (await call("POST", "/auth/api-keys", { as: a, body: { name: "k" } })).json;
		const bearer = { headers: { authorization: `Bearer ${key.key}` } };
		expect((await call("POST", "/auth/api-keys", { as: bearer, body: { name: "k2" } })).status).toBe(403);
		const other = await call("DELETE", `/auth/api-keys/${key.id}`, { as: b });
		expect(other.status).toBe(404);
		expect((await call("GET", "/auth/me", { as: bearer })).status).toBe(200);
	});

	it("rejects a malformed or unknown bearer token", async () => {
		expect((await call("GET", "/auth/me", { headers: { authorization: "Bearer eck_nope" } })).status).toBe(401);
		expect((await call("GET", "/auth/me", { headers: { authorization: "Basic abc" } })).status).toBe(401);
	});
});

describe("every authenticated endpoint answers 401 without credentials", () => {
	const endpoints: [string, string][] = [
		["GET", "/auth/me"],
		["POST", "/auth/api-keys"],
		["GET", "/auth/api-keys"],
		["DELETE", "/auth/api-keys/aaaaaaaaaaaaaaaaaaaaaaaa"],
		["POST", "/properties"],
		["GET", "/properties"],
		["GET", "/properties/aaaaaaaaaaaaaaaaaaaaaaaa"],
		["POST", "/certificates"],
		["GET", "/certificates"],
		["GET", "/certificates/EC-00000000-0000-0000-0000-000000000000"],
	];
	for (const [method, path] of endpoints) {
		it(`${method} ${path}`, async () => {
			const validBodies: Record<string, unknown> = {
				"/auth/api-keys": { name: "x" },
				"/properties": { domain: "a.example" },
				"/certificates": { property_id: "x", consent_text: "x", page_url: "https://a.example" },
			};
			const body = method === "POST" ? validBodies[path] : undefined;
			const res = await call(method, path, { body });
			expect(res.status).toBe(401);
			expect(res.json.error).toMatchObject({ code: "UNAUTHORIZED", request_id: expect.any(String) });
		});
	}
});

describe("the accounts other tests start from (signup() in test/helpers.ts)", () => {
	it("are accounts like any other: the real sign-in takes their password, their session authenticates, their hash is the real one", async () => {
		const actor = await quickSignup("Quick Co");
		const me = await call("GET", "/auth/me", { as: actor });
		expect(me.status).toBe(200);
		expect(me.json).toMatchObject({ user: actor.user, company: actor.company, authenticated_via: "session" });
		const user = await env.DB.prepare("SELECT password_hash FROM users WHERE id = ?")
			.bind(actor.user.id)
			.first<{ password_hash: string }>();
		expect(user?.password_hash).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
		const login = (password: string) =>
			call("POST", "/auth/login", {
				headers: { "cf-connecting-ip": fakeIp() },
				body: { email: actor.user.email, password },
			});
		expect((await login(PASSWORD)).status).toBe(200);
		expect((await login(`${PASSWORD} but wrong`)).status).toBe(401);
	});
});
