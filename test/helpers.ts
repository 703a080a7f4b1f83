// Factories and a tiny client: every test seeds what it needs through the real API.
import { env, exports } from "cloudflare:workers";
import { vi } from "vitest";
import { SESSION_COOKIE } from "../src/auth/authenticate";
import { createDb } from "../src/db/client";
import { companies, sessions, users } from "../src/db/schema";
import { certificateShard, newCertificateId, shardDatabase } from "../src/db/shards";
import { addDays, now } from "../src/lib/clock";
import { newId, randomHex, sha256Hex } from "../src/lib/crypto";
import { certificateD1 } from "./shard-databases";

export const BASE = "https://api.test";

export interface Actor {
	cookie: string;
	company: { id: string; name: string };
	user: { id: string; email: string };
	headers: Record<string, string>;
}

export interface CallOptions {
	body?: unknown;
	rawBody?: string;
	headers?: Record<string, string>;
	as?: Actor | { headers: Record<string, string> };
	/** Cloudflare's per-request location data, as the edge would attach it. */
	cf?: Record<string, unknown>;
}

/**
 * What call() hands back. `json` is the parsed body, or null when the body is empty or not JSON. It is typed as `T`
 * when the caller names the shape (`call<{ id: string }>(…)`); left unnamed it is `any` on purpose: an escape hatch
 * so that the suite's many assertions can reach into any answer (`res.json.error.code`) without a cast each. The
 * envelope around it (status, headers, text, round trips) is always typed.
 */
export interface CallResult<T = any> {
	status: number;
	headers: Headers;
	json: T;
	text: string;
	/** The `X-D1-Round-Trips` header as a number (0 when the answer does not carry it). */
	roundTrips: number;
}

export async function call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
	const headers: Record<string, string> = {
		...(options.as?.headers ?? {}),
		...(options.headers ?? {}),
	};
	let body: string | undefined = options.rawBody;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers["content-type"] ??= "application/json";
	}
	const response = await exports.default.fetch(
		new Request(`${BASE}${path}`, { method, headers, body, cf: options.cf, redirect: "manual" }),
	);
	const text = await response.text();
	let json: unknown = null;
	try {
		json = text ? JSON.parse(text) : null;
	} catch {
		json = null;
	}
	return {
		status: response.status,
		headers: response.headers,
		json: json as T,
		text,
		roundTrips: Number(response.headers.get("x-d1-round-trips")),
	};
}

let counter = 0;
export const uniqueEmail = (prefix = "user") =>
	`${prefix}-${Date.now()}-${++counter}-${Math.random().toString(16).slice(2, 8)}@example.com`;

/**
 * A client address no other test uses (198.18.0.0/15, reserved for testing), so per-address sign-in and sign-up
 * limits counted in one test never reach another.
 */
export function fakeIp(): string {
	const n = ++counter * 7919 + Math.floor(Math.random() * 7919);
	return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}

/** What a page of this site sends with a form post or fetch: the site's own origin. */
export const SAME_ORIGIN = { origin: BASE } as const;

export const PASSWORD = "correct horse battery";

/** An account made through the real POST /auth/signup: hashes the password (100,000 PBKDF2 iterations), counts the
 * sign-up against the address's limit, and starts a session. Tests about accounts, passwords and sign-in limits use
 * this one. */
export async function signupThroughApi(companyName = "Test Co"): Promise<Actor> {
	const email = uniqueEmail();
	const res = await call<{ company: Actor["company"]; user: Actor["user"] }>("POST", "/auth/signup", {
		headers: { "cf-connecting-ip": fakeIp() },
		body: {
			company_name: companyName,
			email,
			password: PASSWORD,
		},
	});
	if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${res.text}`);
	const setCookie = res.headers.get("set-cookie") ?? "";
	const cookie = setCookie.split(";")[0] ?? "";
	return {
		cookie,
		company: res.json.company,
		user: res.json.user,
		// A browser on this site's own pages: the cookie, and the Origin it sends with unsafe requests.
		headers: { cookie, ...SAME_ORIGIN },
	};
}

/** The stored hash of PASSWORD from one real sign-up, reused for every other account of the run. The stored string
 * carries its own salt and iteration count ("pbkdf2-sha256$100000$<salt>$<hash>"), so it verifies PASSWORD for any
 * user it is copied to: those users sign in through the real path at the real cost. */
let passwordHashOfPASSWORD: Promise<string> | undefined;

function storedPasswordHash(): Promise<string> {
	passwordHashOfPASSWORD ??= (async () => {
		const real = await signupThroughApi("Password Hash Co");
		const row = await env.DB.prepare("SELECT password_hash FROM users WHERE id = ?")
			.bind(real.user.id)
			.first<{ password_hash: string }>();
		if (!row) throw new Error("the real sign-up stored no user");
		return row.password_hash;
	})();
	passwordHashOfPASSWORD.catch(() => {
		passwordHashOfPASSWORD = undefined;
	});
	return passwordHashOfPASSWORD;
}

/**
 * A company, its user (password PASSWORD) and a signed-in session, for tests that are not about accounts: the rows
 * sign-up would store, written straight into D1 with the schema's own tables, and a session cookie that the real
 * authentication reads as any other (only its SHA-256 is stored, as newSession() does). No password is hashed here:
 * the user gets the stored hash of one real sign-up. Tests about sign-up itself use signupThroughApi().
 */
export async function signup(companyName = "Test Co"): Promise<Actor> {
	const passwordHash = await storedPasswordHash();
	const company = { id: newId(), name: companyName, createdAt: now().toISOString() };
	const user = { id: newId(), companyId: company.id, email: uniqueEmail(), passwordHash, createdAt: company.createdAt };
	const token = randomHex(32);
	const db = createDb(env.DB);
	await db.batch([
		db.insert(companies).values(company),
		db.insert(users).values(user),
		db.insert(sessions).values({
			idHash: await sha256Hex(token),
			userId: user.id,
			companyId: company.id,
			createdAt: company.createdAt,
			expiresAt: addDays(now(), SESSION_DAYS).toISOString(),
		}),
	]);
	const cookie = `${SESSION_COOKIE}=${token}`;
	return {
		cookie,
		company: { id: company.id, name: company.name },
		user: { id: user.id, email: user.email },
		headers: { cookie, ...SAME_ORIGIN },
	};
}

/** How long a session made by sign-up lasts (src/auth/sign-in.ts). */
const SESSION_DAYS = 14;

export async function createProperty(actor: Actor, domain = "forms.leadgen.example") {
	const res = await call("POST", "/properties", {
		as: actor,
		body: { domain, name: "Main form" },
	});
	if (res.status !== 201) throw new Error(`property failed: ${res.status} ${res.text}`);
	return res.json as { id: string; domain: string };
}

export const SAMPLE_CONSENT =
	"By clicking Submit, I agree that Acme Insurance and its partners may call and text me at the number provided, including by autodialer and prerecorded messages. Consent is not required as a condition of purchase.";

export async function captureCertificate(
	actor: Actor,
	propertyId: string,
	overrides: Record<string, unknown> = {},
	headers: Record<string, string> = {},
) {
	const res = await call("POST", "/certificates", {
		as: actor,
		headers,
		body: {
			property_id: propertyId,
			consent_text: SAMPLE_CONSENT,
			page_url: "https://forms.leadgen.example/quote",
			consent_captured_at: "2026-04-17T11:00:00.000Z",
			consumer: { ip: "203.0.113.7", user_agent: "Mozilla/5.0 (test)" },
			geo: { country: "US", state: "FL", city: "Miami" },
			recording_url: "https://replay.leadgen.example/s/abc",
			lead: { email: "Jane@Example.com", phone: "(555) 010-0000" },
			...overrides,
		},
	});
	if (res.status !== 201) throw new Error(`certificate failed: ${res.status} ${res.text}`);
	return res.json as { certificate_id: string } & Record<string, any>;
}

/** An API key made by a signed-in user, with the scopes and expiry given (every scope and no expiry by default). */
export async function createApiKey(actor: Actor, options: { scopes?: string[]; expires_at?: string } = {}) {
	const res = await call("POST", "/auth/api-keys", { as: actor, body: { name: "test key", ...options } });
	if (res.status !== 201) throw new Error(`api key failed: ${res.status} ${res.text}`);
	const key = res.json as { id: string; key: string; scopes: string[]; expires_at: string | null };
	return { ...key, headers: { authorization: `Bearer ${key.key}` } };
}

/** Certificates straight into D1, for tests that need hundreds: sharing does not re-check signatures, and that
 * many captures through the API would be slow. */
export async function seedCertificates(companyId: string, propertyId: string, n: number): Promise<string[]> {
	const ids = Array.from({ length: n }, () => newCertificateId(env));
	const at = new Date().toISOString();
	// Spread over the shards as captures are, each shard with its copies of the publisher and property rows.
	const byShard = new Map<number, string[]>();
	for (const id of ids) byShard.set(certificateShard(id), [...(byShard.get(certificateShard(id)) ?? []), id]);
	for (const [shard, mine] of byShard) {
		const d1 = shardDatabase(env, shard);
		const [company, property] = await Promise.all([
			env.DB.prepare("SELECT id, name, created_at FROM companies WHERE id = ?").bind(companyId).first(),
			env.DB.prepare("SELECT id, company_id, domain, name, created_at FROM properties WHERE id = ?")
				.bind(propertyId)
				.first(),
		]);
		await d1.batch([
			d1
				.prepare("INSERT OR IGNORE INTO companies (id, name, created_at) VALUES (?, ?, ?)")
				.bind(company?.id, company?.name, company?.created_at),
			d1
				.prepare("INSERT OR IGNORE INTO properties (id, company_id, domain, name, created_at) VALUES (?, ?, ?, ?, ?)")
				.bind(property?.id, property?.company_id, property?.domain, property?.name, property?.created_at),
			...mine.map((id) =>
				d1
					.prepare(
						"INSERT INTO certificates (id, company_id, property_id, consent_text, page_url, consent_captured_at, created_at, hmac_key_id, hmac_signature) VALUES (?, ?, ?, 'I agree to Acme Insurance calls.', 'https://x.example/', ?, ?, 'test-2026-01', ?)",
					)
					.bind(id, companyId, propertyId, at, at, "0".repeat(64)),
			),
		]);
	}
	return ids;
}

/**
 * Waits until a certificate's access log holds `count` events: reads and verifications are recorded through the
 * access events queue after the answer, within seconds. Returns them in order.
 */
export async function accessesRecorded(certificateId: string, count: number) {
	return vi.waitFor(
		async () => {
			const { results } = await certificateD1(certificateId)
				.prepare(
					"SELECT seq, event_type, actor_company_id, details, request_id, hash FROM access_events WHERE certificate_id = ? ORDER BY seq",
				)
				.bind(certificateId)
				.all<{
					seq: number;
					event_type: string;
					actor_company_id: string | null;
					details: string;
					request_id: string | null;
					hash: string;
				}>();
			if (results.length < count) throw new Error(`${results.length} of ${count} accesses recorded so far`);
			return results;
		},
		{ timeout: 15_000, interval: 100 },
	);
}
