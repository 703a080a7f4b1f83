import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../src/app";
import { apiKeyScopes } from "../src/auth/scopes";
import { declaredAuth } from "../src/lib/route-policies";
import { type Actor, BASE, type CallResult, call, captureCertificate, createProperty, signup } from "./helpers";

describe("a wrong method", () => {
	it("answers 405 METHOD_NOT_ALLOWED with the methods the path answers", async () => {
		const res = await call("PATCH", "/certificates/EC-1");
		expect(res.status).toBe(405);
		expect(res.json).toEqual({
			error: { code: "METHOD_NOT_ALLOWED", message: expect.any(String), request_id: expect.any(String) },
		});
		expect(res.headers.get("allow")).toBe("GET, HEAD");
		expect((await call("DELETE", "/auth/login")).headers.get("allow")).toBe("POST");
		expect((await call("PUT", "/certificate-sharing/consent-rules")).headers.get("allow")).toBe("GET, HEAD, POST");
	});

	it("still answers 404 for a path that exists under no method", async () => {
		const res = await call("PATCH", "/certificates/EC-1/nothing");
		expect(res.status).toBe(404);
		expect(res.json.error.code).toBe("NOT_FOUND");
		expect(res.headers.get("allow")).toBeNull();
	});
});

describe("X-Request-Id", () => {
	it("echoes a well-formed id the client sent, in the header and in errors", async () => {
		const res = await call("GET", "/nope", { headers: { "x-request-id": "client-1234:abc.DEF_9" } });
		expect(res.headers.get("x-request-id")).toBe("client-1234:abc.DEF_9");
		expect(res.json.error.request_id).toBe("client-1234:abc.DEF_9");
	});

	it("replaces one that is too long or has other characters with a fresh id", async () => {
		for (const sent of ["x".repeat(129), "has space", "new\tline", "<script>", ""]) {
			const res = await call("GET", "/health", { headers: { "x-request-id": sent } });
			const id = res.headers.get("x-request-id");
			expect(id, sent).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
			expect(id).not.toBe(sent);
		}
		const a = await call("GET", "/health");
		const b = await call("GET", "/health");
		expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
	});
});

/** Follows next_cursor from the first page to the last and returns every item, in order. */
async function walkPages(path: string, as: Actor, limit: number, trips = 1) {
	const items: any[] = [];
	let cursor: string | null = null;
	for (let pages = 0; pages < 20; pages++) {
		const separator = path.includes("?") ? "&" : "?";
		const res: CallResult = await call("GET", `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`, {
			as,
		});
		expect(res.status, res.text).toBe(200);
		expect(res.json.limit).toBe(limit);
		expect(res.json.data.length).toBeLessThanOrEqual(limit);
		expect(res.roundTrips).toBe(trips);
		items.push(...res.json.data);
		cursor = res.json.next_cursor;
		if (cursor === null) return items;
	}
	throw new Error("more pages than expected");
}

describe("one pagination shape", () => {
	it("pages properties, consent rules, partnerships, API keys and certificates with the same cursor", async () => {
		const publisher = await signup("Pager");
		const buyer = await signup("Pager Buyer");
		const properties = [];
		for (let i = 0; i < 5; i++) properties.push(await createProperty(publisher, `f${i}.pager.example`));
		for (let i = 0; i < 5; i++) {
			const rule = await call("POST", "/certificate-sharing/consent-rules", {
				as: buyer,
				body: { rule_name: `rule ${i}`, required_phrases: [`phrase ${i}`], mode: "warn" },
			});
			expect(rule.status).toBe(201);
			const key = await call("POST", "/auth/api-keys", { as: publisher, body: { name: `key ${i}` } });
			expect(key.status).toBe(201);
			const partner = await call("POST", "/certificate-sharing/partners", {
				as: publisher,
				body: { property_id: properties[i]!.id, partner_company_id: buyer.company.id },
			});
			expect(partner.status).toBe(201);
			await captureCertificate(publisher, properties[0]!.id);
		}

		const listed = {
			properties: await walkPages("/properties", publisher, 2),
			rules: await walkPages("/certificate-sharing/consent-rules", buyer, 2),
			partners: await walkPages("/certificate-sharing/partners", publisher, 2),
			keys: await walkPages("/auth/api-keys", publisher, 2),
			// +2: the certificates' shards (SHARD_1, SHARD_2), read once authentication has named the caller's company.
			certificates: await walkPages("/certificates", publisher, 2, 3),
		};
		for (const [name, items] of Object.entries(listed)) {
			expect(items.length, name).toBe(5);
			expect(new Set(items.map((item) => item.id ?? item.certificate_id)).size, name).toBe(5);
		}
		expect(listed.properties.map((p) => p.id)).toEqual(properties.map((p) => p.id));
		expect(listed.rules.map((r) => r.rule_name)).toEqual(["rule 0", "rule 1", "rule 2", "rule 3", "rule 4"]);
		expect(listed.keys.map((k) => k.name)).toEqual(["key 4", "key 3", "key 2", "key 1", "key 0"]);
	});

	it("keeps page numbers and total working for certificates", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		for (let i = 0; i < 3; i++) await captureCertificate(publisher, property.id);
		const first = await call("GET", "/certificates?limit=2", { as: publisher });
		expect(first.json).toMatchObject({ page: 1, limit: 2, total: 3, next_cursor: expect.any(String) });
		const second = await call("GET", "/certificates?limit=2&page=2", { as: publisher });
		const byCursor = await call("GET", `/certificates?limit=2&cursor=${first.json.next_cursor}`, { as: publisher });
		expect(byCursor.json.data).toEqual(second.json.data);
	});

	it("refuses a cursor it did not make with 400 naming query.cursor", async () => {
		const actor = await signup();
		const forged = btoa(JSON.stringify([1, 2, 3])).replace(/=+$/, "");
		for (const cursor of ["not*base64", "AAAA", forged, "x".repeat(513)]) {
			const res = await call("GET", `/properties?cursor=${encodeURIComponent(cursor)}`, { as: actor });
			expect(res.status, cursor).toBe(400);
			expect(res.json.error.code).toBe("VALIDATION_FAILED");
			expect(res.json.error.fields.map((f: { field: string }) => f.field)).toEqual(["query.cursor"]);
		}
	});
});

describe("the API reference at /docs", () => {
	it("loads its renderer from this service's static assets, pinned by an integrity hash, under a CSP without other origins", async () => {
		const page = await call("GET", "/docs");
		expect(page.status).toBe(200);
		const csp = page.headers.get("content-security-policy") ?? "";
		expect(csp).toContain("default-src 'none'");
		expect(csp).toContain("script-src 'self';");
		expect(csp).not.toMatch(/unsafe-eval|https?:/);
		expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);

		const [, src, integrity] = /<script src="([^"]+)" integrity="([^"]+)"><\/script>/.exec(page.text) ?? [];
		// The only path wrangler.toml leaves to the asset server (run_worker_first).
		expect(src).toMatch(/^\/docs\/assets\/api-reference\.[0-9a-f]{16}\.js$/);
		// Deployed, the asset server answers it before the Worker runs; here it is read through the assets binding.
		const script = await env.ASSETS.fetch(new URL(src!, BASE));
		expect(script.status).toBe(200);
		expect(script.headers.get("content-type")).toMatch(/^(text|application)\/javascript/);
		expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
		expect(script.headers.get("x-content-type-options")).toBe("nosniff");
		const digest = await crypto.subtle.digest("SHA-384", await script.arrayBuffer());
		expect(integrity).toBe(`sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);

		// Nothing but the renderer is an asset: the Worker's own paths are not files there.
		for (const path of ["/docs", "/openapi.json", "/health", "/_headers"]) {
			const missing = await env.ASSETS.fetch(new URL(path, BASE));
			expect(missing.status, path).toBe(404);
		}
	});
});

describe("the OpenAPI document", () => {
	it("is built once per app and served the same on every request", async () => {
		const app = createApp();
		const build = vi.spyOn(app, "getOpenAPI31Document");
		const fetchDocument = async () => {
			const res = await app.request("/openapi.json", {}, env, createExecutionContext());
			expect(res.status).toBe(200);
			return res.json();
		};
		const first = await fetchDocument();
		const second = await fetchDocument();
		expect(build).toHaveBeenCalledTimes(1);
		expect(second).toEqual(first);
		// The same document a build made now would be: nothing is lost by keeping it.
		expect(first).toEqual(JSON.parse(JSON.stringify(build.mock.results[0]?.value)));
		expect(first).toEqual((await call("GET", "/openapi.json")).json);
	});
});

describe("round-trip diagnostics headers", () => {
	const DIAGNOSTICS = ["x-d1-round-trips", "x-d1-primary-round-trips", "x-durable-object-calls"];
	/** The app as deployed: wrangler.toml's vars, which send the diagnostics only to a caller that asks. */
	const deployed = (path: string, headers: Record<string, string> = {}) =>
		createApp().request(path, { headers }, { ...env, DIAGNOSTIC_HEADERS: "on-request" }, createExecutionContext());
	const present = (res: Response) => DIAGNOSTICS.filter((name) => res.headers.has(name));

	it("are left out of a deployed Worker's answers, success or error, unless the caller asks", async () => {
		for (const path of ["/.well-known/econsent/keys.json", "/certificates/EC-1", "/nope"]) {
			const res = await deployed(path);
			expect(present(res), path).toEqual([]);
			// What a client needs stays: its request id, and where the database stood.
			expect(res.headers.get("x-request-id")).toBeTruthy();
		}
	});

	it("are sent to a caller that asks with X-Debug-Round-Trips: 1", async () => {
		const res = await deployed("/.well-known/econsent/keys.json", { "x-debug-round-trips": "1" });
		expect(present(res)).toEqual(DIAGNOSTICS);
		expect(res.headers.get("x-d1-round-trips")).toBe("0");
		expect(present(await deployed("/health", { "x-debug-round-trips": "yes" }))).toEqual([]);
	});

	it("are on every answer in the tests, as under npm run dev", async () => {
		expect(env.DIAGNOSTIC_HEADERS).toBe("always");
		for (const res of [await call("GET", "/health"), await call("GET", "/nope")]) {
			expect(present(new Response(null, { headers: res.headers }))).toEqual(DIAGNOSTICS);
		}
	});
});

describe("auth stated on the route", () => {
	it("is what the document says, for every operation, and can be looked up by the matched route", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		let operations = 0;
		for (const [path, item] of Object.entries<any>(doc.paths)) {
			for (const [method, op] of Object.entries<any>(item)) {
				operations++;
				const auth = declaredAuth(method, path.replace(/\{([^}]+)\}/g, ":$1"));
				const schemes = op.security.flatMap((requirement: object) => Object.keys(requirement));
				if (auth === "public") expect(schemes, op.operationId).toEqual([]);
				else if (auth === "session") expect(schemes, op.operationId).toEqual(["session"]);
				else {
					expect(schemes, op.operationId).toEqual(["session", "apiKey"]);
					expect(op["x-api-key-scope"], op.operationId).toBe(auth?.scope ?? undefined);
					if (auth?.scope) expect(apiKeyScopes).toContain(auth.scope);
				}
			}
		}
		expect(operations).toBeGreaterThanOrEqual(31);
		expect(declaredAuth("POST", "/certificates")).toEqual({ scope: "certificates:write" });
		expect(declaredAuth("GET", "/certificate-sharing/partner-certificates/:claimId/evidence")).toEqual({
			scope: "evidence:read",
		});
		expect(declaredAuth("POST", "/auth/api-keys")).toBe("session");
		expect(declaredAuth("GET", "/certificate-sharing/certificates/claim/:token")).toBe("public");
	});
});

describe("a path that only looks like a route", () => {
	it("answers 404, not 405, for a trailing slash or an empty id", async () => {
		for (const [method, path] of [
			["GET", "/properties/"],
			["DELETE", "/certificate-sharing/consent-rules/"],
			["GET", "/certificates//verify"],
		] as const) {
			const res = await call(method, path);
			expect(res.status, `${method} ${path}`).toBe(404);
			expect(res.headers.get("allow")).toBeNull();
		}
	});
});
