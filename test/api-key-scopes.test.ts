import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type ApiKeyScope, apiKeyScopes } from "../src/auth/scopes";
import worker from "../src/index";
import { BASE, call, captureCertificate, createApiKey, createProperty, SAMPLE_CONSENT, signup } from "./helpers";

const CERT = "EC-00000000-0000-0000-0000-000000000000";
const RULE = { rule_name: "TCPA", required_phrases: ["autodialer"], mode: "warn" };

// One request per scoped operation that passes validation, so what answers is the handler's own authentication.
const sampleRequests: Record<string, { path: string; body?: unknown }> = {
	"POST /properties": { path: "/properties", body: { domain: "scopes.example" } },
	"GET /properties": { path: "/properties" },
	"GET /properties/{id}": { path: "/properties/aaaaaaaaaaaaaaaaaaaaaaaa" },
	"POST /certificates": {
		path: "/certificates",
		body: { property_id: "aaaaaaaaaaaaaaaaaaaaaaaa", consent_text: SAMPLE_CONSENT, page_url: "https://a.example/f" },
	},
	"GET /certificates": { path: "/certificates" },
	"GET /certificates/{id}": { path: `/certificates/${CERT}` },
	"GET /certificates/{id}/verify": { path: `/certificates/${CERT}/verify` },
	"GET /certificates/{id}/history": { path: `/certificates/${CERT}/history` },
	"GET /certificates/{id}/recording": { path: `/certificates/${CERT}/recording` },
	"POST /certificates/{id}/revocations": {
		path: `/certificates/${CERT}/revocations`,
		body: { channel: "web", received_at: "2026-01-02T03:04:05Z" },
	},
	"GET /certificates/{id}/revocations": { path: `/certificates/${CERT}/revocations` },
	"POST /certificate-sharing/certificates/{certificateId}/share": {
		path: `/certificate-sharing/certificates/${CERT}/share`,
		body: {},
	},
	"POST /certificate-sharing/certificates/batch-share": {
		path: "/certificate-sharing/certificates/batch-share",
		body: { certificate_ids: [CERT] },
	},
	"POST /certificate-sharing/certificates/claim/{token}": {
		path: `/certificate-sharing/certificates/claim/clm_${"0".repeat(48)}`,
	},
	"POST /certificate-sharing/certificates/batch-claim": {
		path: "/certificate-sharing/certificates/batch-claim",
		body: { claims: [{ token: `clm_${"0".repeat(48)}` }] },
	},
	"POST /certificate-sharing/certificates/batch-verify": {
		path: "/certificate-sharing/certificates/batch-verify",
		body: { items: [{ token: `clm_${"0".repeat(48)}` }] },
	},
	"POST /consent-revocations": {
		path: "/consent-revocations",
		body: { phone: "+1 555 010 0000", channel: "sms", received_at: "2026-11-25T15:04:05Z" },
	},
	"POST /certificate-sharing/lookups": {
		path: "/certificate-sharing/lookups",
		body: { leads: [{ phone: "+1 555 010 0000" }] },
	},
	"GET /certificate-sharing/partner-certificates": { path: "/certificate-sharing/partner-certificates" },
	"POST /certificate-sharing/partner-certificates/{claimId}/claim": {
		path: "/certificate-sharing/partner-certificates/999999/claim",
	},
	"POST /certificate-sharing/partner-certificates/{claimId}/revocations": {
		path: "/certificate-sharing/partner-certificates/999999/revocations",
		body: { channel: "call", received_at: "2026-01-02T03:04:05Z" },
	},
	"GET /certificate-sharing/partner-certificates/{claimId}/evidence": {
		path: "/certificate-sharing/partner-certificates/999999/evidence",
	},
	"GET /certificate-sharing/partner-certificates/{claimId}/recording": {
		path: "/certificate-sharing/partner-certificates/999999/recording",
	},
	"GET /certificate-sharing/partner-certificates/{claimId}/evidence/access-log": {
		path: "/certificate-sharing/partner-certificates/999999/evidence/access-log",
	},
	"GET /certificate-sharing/partner-certificates/{claimId}/verify": {
		path: "/certificate-sharing/partner-certificates/999999/verify",
	},
	"POST /certificate-sharing/consent-rules": { path: "/certificate-sharing/consent-rules", body: RULE },
	"GET /certificate-sharing/consent-rules": { path: "/certificate-sharing/consent-rules" },
	"POST /certificate-sharing/consent-rules/test": {
		path: "/certificate-sharing/consent-rules/test",
		body: { consent_text: SAMPLE_CONSENT },
	},
	"PUT /certificate-sharing/consent-rules/{id}": { path: "/certificate-sharing/consent-rules/999999", body: RULE },
	"DELETE /certificate-sharing/consent-rules/{id}": { path: "/certificate-sharing/consent-rules/999999" },
	"POST /certificate-sharing/partners": {
		path: "/certificate-sharing/partners",
		body: { property_id: "aaaaaaaaaaaaaaaaaaaaaaaa", partner_company_id: "b".repeat(24) },
	},
	"GET /certificate-sharing/partners": { path: "/certificate-sharing/partners" },
	"POST /certificate-sharing/jobs": {
		path: "/certificate-sharing/jobs",
		body: { type: "batch_share", certificate_ids: [CERT] },
	},
	"GET /certificate-sharing/jobs": { path: "/certificate-sharing/jobs" },
	"GET /certificate-sharing/jobs/{jobId}": { path: "/certificate-sharing/jobs/aaaaaaaaaaaaaaaaaaaaaaaa" },
	"GET /certificate-sharing/jobs/{jobId}/results": {
		path: "/certificate-sharing/jobs/aaaaaaaaaaaaaaaaaaaaaaaa/results",
	},
	"POST /certificate-sharing/jobs/{jobId}/cancel": {
		path: "/certificate-sharing/jobs/aaaaaaaaaaaaaaaaaaaaaaaa/cancel",
	},
	"DELETE /certificate-sharing/partners/{id}": { path: "/certificate-sharing/partners/999999" },
	"POST /webhooks": {
		path: "/webhooks",
		body: { url: "https://hooks.example.com/econsent", events: ["job.completed"] },
	},
	"GET /webhooks": { path: "/webhooks" },
	"GET /webhooks/events": { path: "/webhooks/events" },
	"GET /webhooks/{id}": { path: `/webhooks/${"a".repeat(24)}` },
	"PATCH /webhooks/{id}": { path: `/webhooks/${"a".repeat(24)}`, body: { enabled: false } },
	"DELETE /webhooks/{id}": { path: `/webhooks/${"a".repeat(24)}` },
	"POST /webhooks/{id}/rotate-secret": { path: `/webhooks/${"a".repeat(24)}/rotate-secret` },
	"POST /webhooks/{id}/ping": { path: `/webhooks/${"a".repeat(24)}/ping` },
	"GET /webhooks/{id}/deliveries": { path: `/webhooks/${"a".repeat(24)}/deliveries` },
	"POST /webhooks/{id}/deliveries/{deliveryId}/retry": {
		path: `/webhooks/${"a".repeat(24)}/deliveries/${"b".repeat(24)}/retry`,
	},
};

// What each operation needs, as its route declares it: the same document clients read.
const document = (await call("GET", "/openapi.json")).json as {
	paths: Record<string, Record<string, { security?: Record<string, string[]>[]; "x-api-key-scope"?: ApiKeyScope }>>;
};
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
	Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
);
const scopedOperations = operations.flatMap(({ name, operation }) => {
	const scope = operation["x-api-key-scope"];
	return scope ? [[name, scope] as const] : [];
});

describe("what each operation needs", () => {
	it("lets an API key call an operation only when it declares the scope it needs (or any key, for who-am-I)", () => {
		const forKeys = operations.filter(({ operation }) => operation.security?.some((s) => "apiKey" in s));
		expect(forKeys.filter(({ operation }) => !operation["x-api-key-scope"]).map(({ name }) => name)).toEqual([
			"GET /auth/me",
		]);
		expect(scopedOperations.length).toBeGreaterThan(20);
	});

	it("has a sample request for every scoped operation", () => {
		expect(Object.keys(sampleRequests).sort()).toEqual(scopedOperations.map(([operation]) => operation).sort());
	});

	for (const [operation, scope] of scopedOperations) {
		it(`${operation} needs ${scope}: refused without it, let through with only it`, async () => {
			const actor = await signup();
			const others = apiKeyScopes.filter((s) => s !== scope);
			const without = await createApiKey(actor, { scopes: others });
			const only = await createApiKey(actor, { scopes: [scope] });
			const method = operation.split(" ")[0]!;
			const { path, body } = sampleRequests[operation]!;

			const refused = await call(method, path, { as: without, body });
			expect(refused.status).toBe(403);
			expect(refused.json.error).toMatchObject({
				code: "INSUFFICIENT_SCOPE",
				details: { required_scope: scope },
			});
			expect(refused.json.error.message).toContain(scope);

			const allowed = await call(method, path, { as: only, body });
			expect(allowed.json?.error?.code ?? null, allowed.text).not.toBe("INSUFFICIENT_SCOPE");
			expect([401, 403]).not.toContain(allowed.status);
		});
	}
});

describe("API keys with scopes", () => {
	it("has every scope when none are asked for, and lists them", async () => {
		const actor = await signup();
		const key = await createApiKey(actor);
		expect(key.scopes).toEqual([...apiKeyScopes]);
		const list = await call("GET", "/auth/api-keys", { as: actor });
		expect(list.json.data[0]).toMatchObject({ id: key.id, scopes: [...apiKeyScopes], expires_at: null });
	});

	it("keeps the scopes asked for, once each and in the documented order", async () => {
		const actor = await signup();
		const key = await createApiKey(actor, {
			scopes: ["evidence:read", "certificates:write", "evidence:read"],
		});
		expect(key.scopes).toEqual(["certificates:write", "evidence:read"]);
		const stored = await env.DB.prepare("SELECT scopes FROM api_keys WHERE id = ?")
			.bind(key.id)
			.first<{ scopes: string }>();
		expect(JSON.parse(stored!.scopes)).toEqual(["certificates:write", "evidence:read"]);
	});

	it("refuses an unknown scope or an empty list with 400 naming the field", async () => {
		const actor = await signup();
		for (const scopes of [["certificates:delete"], []]) {
			const res = await call("POST", "/auth/api-keys", { as: actor, body: { name: "k", scopes } });
			expect(res.status).toBe(400);
			expect(res.json.error.code).toBe("VALIDATION_FAILED");
			expect(res.json.error.fields[0].field).toMatch(/^scopes/);
		}
	});

	it("lets a capture-only key capture but not read certificates back", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const key = await createApiKey(actor, { scopes: ["certificates:write"] });
		const created = await captureCertificate(key as never, property.id);
		expect(created.certificate_id).toMatch(/^EC-/);
		const read = await call("GET", `/certificates/${created.certificate_id}`, { as: key });
		expect(read.status).toBe(403);
		expect(read.json.error.message).toBe("This API key lacks the certificates:read scope");
	});

	it("keeps API key management and sign-out to signed-in users, while any key can ask who it is", async () => {
		const actor = await signup();
		const key = await createApiKey(actor);
		for (const [method, path] of [
			["POST", "/auth/api-keys"],
			["GET", "/auth/api-keys"],
			["DELETE", `/auth/api-keys/${key.id}`],
		] as const) {
			const res = await call(method, path, { as: key, body: method === "POST" ? { name: "k" } : undefined });
			expect(res.status, `${method} ${path}`).toBe(403);
			expect(res.json.error.code).toBe("FORBIDDEN");
		}
		const narrow = await createApiKey(actor, { scopes: ["evidence:read"] });
		expect((await call("GET", "/auth/me", { as: narrow })).status).toBe(200);
	});

	it("keeps the credential lookup in the handler's own round trip", async () => {
		const actor = await signup();
		const key = await createApiKey(actor, { scopes: ["certificates:read"] });
		const res = await call("GET", "/certificates", { as: key });
		expect(res.status).toBe(200);
		// The lookup is in the directory's own read; +2: the certificates' shards, read once it named the company.
		expect(res.roundTrips).toBe(3);
		expect((await call("GET", "/certificates", { as: actor })).roundTrips).toBe(3);
	});
});

describe("API keys with an expiry", () => {
	it("refuses an expiry in the past with 400 naming expires_at", async () => {
		const actor = await signup();
		for (const expires_at of ["2020-01-01T00:00:00Z", "not a time"]) {
			const res = await call("POST", "/auth/api-keys", { as: actor, body: { name: "k", expires_at } });
			expect(res.status).toBe(400);
			expect(res.json.error.fields[0].field).toBe("expires_at");
		}
	});

	it("refuses an expiry past year 9999 in UTC, which could not be stored as a comparable time", async () => {
		const actor = await signup();
		// 9999-12-31T23:00:00-05:00 is 10000-01-01T04:00:00Z: stored as "+010000-…", it compared as text before
		// every time, and the key was expired the moment it was made.
		const res = await call("POST", "/auth/api-keys", {
			as: actor,
			body: { name: "k", expires_at: "9999-12-31T23:00:00-05:00" },
		});
		expect(res.status, res.text).toBe(400);
		expect(res.json.error.fields).toEqual([
			{ field: "expires_at", message: "must fall within the years 0000 to 9999 in UTC" },
		]);
		const latest = await createApiKey(actor, { expires_at: "9999-12-31T23:59:59Z" });
		expect((await call("GET", "/auth/me", { as: latest })).status).toBe(200);
	});

	it("works until its expiry, stored in UTC, and answers 401 after it", async () => {
		const actor = await signup();
		const key = await createApiKey(actor, { expires_at: "2099-06-01T12:00:00+02:00" });
		expect(key.expires_at).toBe("2099-06-01T10:00:00.000Z");
		expect((await call("GET", "/auth/me", { as: key })).status).toBe(200);
		const listed = await call("GET", "/auth/api-keys", { as: actor });
		expect(listed.json.data[0].expires_at).toBe("2099-06-01T10:00:00.000Z");

		await env.DB.prepare("UPDATE api_keys SET expires_at = ? WHERE id = ?")
			.bind(new Date(Date.now() - 1000).toISOString(), key.id)
			.run();
		const expired = await call("GET", "/auth/me", { as: key });
		expect(expired.status).toBe(401);
		expect(expired.json.error.code).toBe("UNAUTHORIZED");
		expect(expired.json.error.message).toMatch(/^This API key expired at /);
		expect((await call("GET", "/properties", { as: key })).status).toBe(401);
	});
});

describe("last use of a key", () => {
	async function lastUsedAt(id: string): Promise<string | null> {
		const row = await env.DB.prepare("SELECT last_used_at FROM api_keys WHERE id = ?").bind(id).first<{
			last_used_at: string | null;
		}>();
		return row?.last_used_at ?? null;
	}
	/** One request to the Worker, returning once the work it left for after the answer (waitUntil) has finished, so
	 * "nothing was written" is observed rather than waited for. */
	async function callAndSettle(path: string, as: { headers: Record<string, string> }) {
		const ctx = createExecutionContext();
		const response = await worker.fetch(new Request(`${BASE}${path}`, { headers: as.headers }), env, ctx);
		await waitOnExecutionContext(ctx);
		return { status: response.status, roundTrips: Number(response.headers.get("x-d1-round-trips")) };
	}

	it("records it after the response, without a round trip of the request's own, at most once a minute", async () => {
		const actor = await signup();
		const key = await createApiKey(actor);
		expect(await lastUsedAt(key.id)).toBeNull();
		const first = await callAndSettle("/certificates", key);
		// The list's own trips (+2: the certificates' shards after authentication), none for recording the use.
		expect(first).toEqual({ status: 200, roundTrips: 3 });
		const recorded = await lastUsedAt(key.id);
		expect(recorded).not.toBeNull();
		expect(Date.now() - Date.parse(recorded as string)).toBeLessThan(60_000);

		// Within the minute: the request's after-the-answer work has run to its end and left the time as it was.
		expect((await callAndSettle("/certificates", key)).status).toBe(200);
		expect(await lastUsedAt(key.id)).toBe(recorded);

		const list = await call("GET", "/auth/api-keys", { as: actor });
		expect(list.json.data[0].last_used_at).toBe(recorded);

		await env.DB.prepare("UPDATE api_keys SET last_used_at = ? WHERE id = ?")
			.bind(new Date(Date.now() - 61_000).toISOString(), key.id)
			.run();
		const stale = await lastUsedAt(key.id);
		expect((await callAndSettle("/certificates", key)).status).toBe(200);
		const refreshed = await lastUsedAt(key.id);
		expect(refreshed).not.toBe(stale);
		expect(Date.parse(refreshed as string)).toBeGreaterThan(Date.parse(stale as string));
	});
});
