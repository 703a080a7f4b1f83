// Rate limits of every write and every protected read (src/rate-limits/): each class of operation answers 429
// RATE_LIMITED with Retry-After once its budget is spent, per company (another company is not affected) and per
// client address, and every answer of a limited operation reports its budgets in RateLimit-Policy and RateLimit.
// A budget is spent here by asking its counting object for slices until it has none left, as many Workers would; the
// Worker answering holds no slice of it yet, so its next call is refused at once. Setup that would count against the
// same budget is written straight into D1.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { randomHex } from "../src/lib/crypto";
import {
	classPolicies,
	RATE_LIMIT_WINDOW_SECONDS,
	type RateLimitClass,
	rateLimitScale,
} from "../src/rate-limits/policies";
import { type Actor, type CallResult, call, createProperty, fakeIp, seedCertificates, signup } from "./helpers";

/** Takes everything `subject` has left under the class's company or address budget. */
async function spend(limitClass: RateLimitClass, per: "company" | "address", subject: string) {
	const { perCompany, perAddress } = classPolicies(limitClass);
	const policy = per === "company" ? perCompany : perAddress;
	if (!policy) throw new Error(`${limitClass} has no ${per} budget`);
	const budget = env.RATE_BUDGETS.get(env.RATE_BUDGETS.idFromName(`${policy.name}/${subject}`));
	while ((await budget.slice(policy.limit, policy.windowSeconds * 1000)).granted > 0);
}

const spendCompany = (limitClass: RateLimitClass, actor: Actor) =>
	spend(limitClass, "company", `company:${actor.company.id}`);
const spendAddress = (limitClass: RateLimitClass, ip: string) => spend(limitClass, "address", `ip:${ip}`);

/** A property written straight into the directory, so that making it counts against no budget. */
async function propertyOf(actor: Actor): Promise<string> {
	const id = randomHex(12);
	await env.DB.prepare("INSERT INTO properties (id, company_id, domain, name, created_at) VALUES (?, ?, ?, ?, ?)")
		.bind(id, actor.company.id, "forms.leadgen.example", "Main form", new Date().toISOString())
		.run();
	return id;
}

function expectRefused(res: CallResult, limitClass: RateLimitClass, per: "company" | "address") {
	expect([res.status, res.json?.error?.code], res.text).toEqual([429, "RATE_LIMITED"]);
	const retryAfter = Number(res.headers.get("retry-after"));
	expect(retryAfter).toBeGreaterThanOrEqual(1);
	expect(retryAfter).toBeLessThanOrEqual(RATE_LIMIT_WINDOW_SECONDS);
	expect(res.json.error.details).toEqual({ retry_after_seconds: retryAfter, policies: [`${limitClass}-${per}`] });
	// The spent budget is reported as spent, and Retry-After is not earlier than its window's end.
	expect(res.headers.get("ratelimit")).toContain(`"${limitClass}-${per}";r=0;t=${retryAfter}`);
}

/** A successful answer reports the class's budgets: the company's first, then the address's when it has one. */
function expectBudgets(res: CallResult, limitClass: RateLimitClass, withAddress: boolean) {
	const { perCompany, perAddress } = classPolicies(limitClass);
	const policies = [perCompany, ...(withAddress ? [perAddress] : [])].filter((p) => p !== null);
	expect(res.headers.get("ratelimit-policy")).toBe(
		policies.map((p) => `"${p.name}";q=${p.limit};w=${p.windowSeconds}`).join(", "),
	);
	const items = (res.headers.get("ratelimit") ?? "").split(", ");
	expect(items).toHaveLength(policies.length);
	policies.forEach((policy, i) => {
		const match = new RegExp(`^"${policy.name}";r=(\\d+);t=(\\d+)$`).exec(items[i] ?? "");
		expect(match, items[i]).not.toBeNull();
		expect(Number(match?.[1])).toBeLessThan(policy.limit);
		expect(Number(match?.[2])).toBeGreaterThanOrEqual(1);
		expect(Number(match?.[2])).toBeLessThanOrEqual(policy.windowSeconds);
	});
}

/** Each class's operation, made for a company (and an address, when given), with what it needs set up beforehand. */
const classes: {
	name: string;
	limitClass: RateLimitClass;
	setup: (actor: Actor) => Promise<(headers?: Record<string, string>) => Promise<CallResult>>;
	success: number;
}[] = [
	{
		name: "capture",
		limitClass: "captures",
		success: 201,
		setup: async (actor) => {
			const propertyId = await propertyOf(actor);
			return (headers) =>
				call("POST", "/certificates", {
					as: actor,
					headers,
					body: {
						property_id: propertyId,
						consent_text: "I agree that Acme Insurance may call me, including by autodialer.",
						page_url: "https://forms.leadgen.example/quote",
						consumer: { ip: "203.0.113.7", user_agent: "Mozilla/5.0 (test)" },
					},
				});
		},
	},
	{
		name: "share",
		limitClass: "writes",
		success: 201,
		setup: async (actor) => {
			const [certificateId] = await seedCertificates(actor.company.id, await propertyOf(actor), 1);
			return (headers) =>
				call("POST", `/certificate-sharing/certificates/${certificateId}/share`, { as: actor, headers, body: {} });
		},
	},
	{
		name: "batch share",
		limitClass: "batches",
		success: 200,
		setup: async (actor) => {
			const ids = await seedCertificates(actor.company.id, (await createProperty(actor)).id, 3);
			return (headers) =>
				call("POST", "/certificate-sharing/certificates/batch-share", {
					as: actor,
					headers,
					body: { certificate_ids: ids },
				});
		},
	},
	{
		name: "API keys",
		limitClass: "writes",
		success: 201,
		setup: async (actor) => (headers) =>
			call("POST", "/auth/api-keys", { as: actor, headers, body: { name: "lead server" } }),
	},
	{
		name: "webhooks",
		limitClass: "writes",
		success: 201,
		setup: async (actor) => (headers) =>
			call("POST", "/webhooks", {
				as: actor,
				headers,
				body: { url: "https://hooks.example.com/econsent", events: ["job.completed"] },
			}),
	},
	{
		name: "a costly read (the publisher's certificates)",
		limitClass: "costly-reads",
		success: 200,
		setup: async (actor) => (headers) => call("GET", "/certificates", { as: actor, headers }),
	},
];

describe.each(classes)("$name", ({ limitClass, setup, success }) => {
	it("answers with its budgets, then 429 with Retry-After once the company's is spent; another company is not affected", async () => {
		const [spent, other] = await Promise.all([signup("Spent Co"), signup("Other Co")]);
		const [spentCall, otherCall] = await Promise.all([setup(spent), setup(other)]);

		const first = await otherCall();
		expect(first.status, first.text).toBe(success);
		expectBudgets(first, limitClass, false);

		await spendCompany(limitClass, spent);
		expectRefused(await spentCall(), limitClass, "company");

		const unaffected = await otherCall();
		expect(unaffected.status, unaffected.text).toBe(success);
		expectBudgets(unaffected, limitClass, false);
	});

	it("refuses a client address whose budget is spent, whichever company calls from it, and no other address", async () => {
		const actor = await signup("Address Co");
		const request = await setup(actor);
		const [spentIp, otherIp] = [fakeIp(), fakeIp()];

		const fromOther = await request({ "cf-connecting-ip": otherIp });
		expect(fromOther.status, fromOther.text).toBe(success);
		expectBudgets(fromOther, limitClass, true);

		await spendAddress(limitClass, spentIp);
		expectRefused(await request({ "cf-connecting-ip": spentIp }), limitClass, "address");

		const again = await request({ "cf-connecting-ip": otherIp });
		expect(again.status, again.text).toBe(success);
	});
});

describe("budgets", () => {
	it("are multiplied by RATE_LIMIT_SCALE, which is 1 unless set to a positive number", () => {
		expect(rateLimitScale(env)).toBe(1);
		expect(rateLimitScale({ ...env, RATE_LIMIT_SCALE: "2.5" })).toBe(2.5);
		for (const wrong of ["0", "-3", "lots", ""]) expect(rateLimitScale({ ...env, RATE_LIMIT_SCALE: wrong })).toBe(1);
		expect(classPolicies("writes", 2).perCompany?.limit).toBe(2 * (classPolicies("writes").perCompany?.limit ?? 0));
		expect(classPolicies("batches", 0.001).perAddress.limit).toBe(1);
	});

	it("count every call of a class against one budget and report what is left exactly while one Worker answers", async () => {
		const actor = await signup("Counting Co");
		const remaining = async (res: CallResult) =>
			Number(/"writes-company";r=(\d+)/.exec(res.headers.get("ratelimit") ?? "")?.[1]);
		const first = await call("POST", "/auth/api-keys", { as: actor, body: { name: "one" } });
		const second = await call("POST", "/webhooks", {
			as: actor,
			body: { url: "https://hooks.example.com/econsent", events: ["job.completed"] },
		});
		expect([first.status, second.status]).toEqual([201, 201]);
		const writes = classPolicies("writes").perCompany!;
		expect(await remaining(first)).toBe(writes.limit - 1);
		expect(await remaining(second)).toBe(writes.limit - 2);
		// Another class has a budget of its own.
		const read = await call("GET", "/certificates", { as: actor });
		expect(read.headers.get("ratelimit")).toMatch(
			new RegExp(`^"costly-reads-company";r=${classPolicies("costly-reads").perCompany!.limit - 1};t=\\d+$`),
		);
	});

	it("are reported on refusals too, once the company is known: a refused call counts", async () => {
		const actor = await signup("Refused Co");
		const invalid = await call("POST", "/webhooks", { as: actor, body: { url: "not a url" } });
		expect(invalid.status).toBe(400);
		expect(invalid.headers.get("ratelimit")).toMatch(/^"writes-company";r=1199;t=\d+$/);
		const unknown = await call("DELETE", `/webhooks/${"a".repeat(24)}`, { as: actor });
		expect(unknown.status).toBe(404);
		expect(unknown.headers.get("ratelimit")).toMatch(/^"writes-company";r=1198;t=\d+$/);
		// Without a credential there is no company to count against (and these calls come with no address).
		const stranger = await call("POST", "/webhooks", { body: { url: "https://hooks.example.com/x" } });
		expect(stranger.status).toBe(401);
		expect(stranger.headers.get("ratelimit-policy")).toBeNull();
	});

	it("release an Idempotency-Key reserved by a call the company's limit refused, so a retry runs at once", async () => {
		const actor = await signup("Retrying Co");
		await spendCompany("writes", actor);
		const key = `retry-${randomHex(8)}`;
		const refused = await call("POST", "/auth/api-keys", {
			as: actor,
			headers: { "idempotency-key": key },
			body: { name: "k" },
		});
		expectRefused(refused, "writes", "company");
		const row = await env.DB.prepare(
			"SELECT lease_expires_at, response FROM idempotency_keys WHERE company_id = ? AND idempotency_key = ?",
		)
			.bind(actor.company.id, key)
			.first<{ lease_expires_at: string; response: string | null }>();
		expect(row?.response).toBeNull();
		expect(Date.parse(row?.lease_expires_at ?? "")).toBeLessThanOrEqual(Date.now());
	});

	it("leave public reads alone, and sign-in and sign-up to their own attempt limits", async () => {
		const keys = await call("GET", "/.well-known/econsent/keys.json");
		expect(keys.status).toBe(200);
		expect(keys.headers.get("ratelimit-policy")).toBeNull();
		const login = await call("POST", "/auth/login", {
			headers: { origin: "https://api.test", "cf-connecting-ip": fakeIp() },
			body: { email: "nobody@example.com", password: "wrong password here" },
		});
		expect(login.status).toBe(401);
		expect(login.headers.get("ratelimit-policy")).toMatch(/^"signin-account";q=10;w=900, "signin-ip";q=50;w=900$/);
	});
});

describe("the document", () => {
	type Operation = { responses: Record<string, { headers?: Record<string, unknown> }>; description: string };

	it("documents 429 with Retry-After and the budget headers on every write and every protected read", async () => {
		const doc = (await call("GET", "/openapi.json")).json as {
			paths: Record<string, Record<string, Operation & { security?: unknown[] }>>;
		};
		// Limited by attempt windows of their own, which document their headers on the answers that carry them.
		const ownLimits = ["POST /auth/signup", "POST /auth/login"];
		const limited: string[] = [];
		const unlimited: string[] = [];
		for (const [path, operations] of Object.entries(doc.paths)) {
			for (const [method, operation] of Object.entries(operations)) {
				const isPublic = JSON.stringify(operation.security) === "[{}]";
				const name = `${method.toUpperCase()} ${path}`;
				const reportsBudgets = Object.values(operation.responses).every(
					(response) => response.headers?.["RateLimit-Policy"] && response.headers?.RateLimit,
				);
				if (reportsBudgets) limited.push(name);
				else unlimited.push(name);
				if (method === "get" && isPublic) continue;
				expect(operation.responses["429"]?.headers?.["Retry-After"], name).toBeDefined();
				if (ownLimits.includes(name)) continue;
				expect(reportsBudgets, name).toBe(true);
			}
		}
		// Only public reads are left out: the signing keys, the transparency log, the capture script, the /verify page
		// and claim summaries (guarded per address on their own).
		expect(unlimited.filter((name) => !name.startsWith("GET ") && !ownLimits.includes(name))).toEqual([]);
		expect(limited.length).toBeGreaterThan(50);
	});
});
