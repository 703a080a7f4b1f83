// GET /capture.js serves the built capture script; /demo/form exists only where ALLOW_LOCAL_CAPTURE is "true". The
// script's pure parts (chunking, colour contrast) are checked here too; what it does in a browser is tested in
// e2e/witnessed-capture.test.ts.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import script from "../dist/capture/capture.js";
import { Chunker, utf8Bytes } from "../src/capture-sessions/browser/chunks";
import { contrastRatio, parseCssColor, WHITE } from "../src/capture-sessions/browser/color";
import worker from "../src/index";
import { FRAGMENT_TAG, joinFragments } from "../src/recordings/fragments";
import { MAX_CHUNK_BYTES } from "../src/recordings/limits";
import { BASE, call, signup } from "./helpers";

describe("GET /capture.js", () => {
	it("serves the built script as JavaScript, cacheable by any site's page", async () => {
		const res = await call("GET", "/capture.js");
		expect(res.status).toBe(200);
		expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
		expect(res.headers.get("cache-control")).toBe("public, max-age=600, stale-while-revalidate=86400");
		expect(res.headers.get("x-content-type-options")).toBe("nosniff");
		expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
		expect(res.text).toBe(script);
		// The built bundle: the capture code and the rrweb recorder, minified into one IIFE.
		expect(res.text).toContain("econsent_certificate_id");
		expect(res.text).toContain("/capture/sessions");
		expect(res.text).toContain("[data-econsent-block]");
		expect(res.text.length).toBeGreaterThan(40_000);
	});

	it("is a public operation in the OpenAPI document, tagged Capture", async () => {
		const document = (await call("GET", "/openapi.json")).json;
		const operation = document.paths["/capture.js"].get;
		expect(operation.security).toEqual([{}]);
		expect(operation.tags).toEqual(["Capture"]);
		expect(Object.keys(operation.responses["200"].content)).toEqual(["text/javascript"]);
		expect(document.tags.map((t: { name: string }) => t.name)).toContain("Capture");
	});
});

/** A request to the Worker with ALLOW_LOCAL_CAPTURE set as given (wrangler.toml's is "false"). */
async function withFlag(flag: string, request: Request): Promise<Response> {
	const ctx = createExecutionContext();
	const response = await worker.fetch(request, { ...env, ALLOW_LOCAL_CAPTURE: flag }, ctx);
	await waitOnExecutionContext(ctx);
	return response;
}

const PROPERTY = "0123456789abcdef01234567";

describe("the demo form", () => {
	it("is a 404 like any unknown path while ALLOW_LOCAL_CAPTURE is not true, whatever the method", async () => {
		const unknown = await call("GET", "/demo/nothing-here");
		for (const flag of ["false", "", "TRUE", "1"]) {
			for (const method of ["GET", "POST", "PUT"]) {
				const res = await withFlag(
					flag,
					new Request(`https://econsent.test/demo/form?property_id=${PROPERTY}`, {
						method,
						headers: { "content-type": "application/x-www-form-urlencoded" },
						body: method === "GET" ? undefined : "econsent_certificate_id=EC-x",
					}),
				);
				expect(res.status, `${method} with ALLOW_LOCAL_CAPTURE=${JSON.stringify(flag)}`).toBe(404);
				const body = (await res.json()) as { error: { code: string; message: string } };
				expect(body.error.code).toBe(unknown.json.error.code);
				expect(body.error.message).toBe(`No route for ${method} /demo/form`);
			}
		}
		const document = (await call("GET", "/openapi.json")).json;
		expect(Object.keys(document.paths).filter((p) => p.startsWith("/demo"))).toEqual([]);
	});

	it("with the flag on, serves a quote form that loads only its own origin's capture script", async () => {
		const res = await withFlag("true", new Request(`http://127.0.0.1:8787/demo/form?property_id=${PROPERTY}`));
		expect(res.status).toBe(200);
		const page = await res.text();
		const policy = res.headers.get("content-security-policy") ?? "";
		expect(policy).toContain("script-src http://127.0.0.1:8787/capture.js;");
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("default-src 'none'");
		expect(policy).not.toContain("unsafe-inline");
		expect(page).toContain(
			`<script src="http://127.0.0.1:8787/capture.js" data-property="${PROPERTY}" async></script>`,
		);
		// Exactly one script, and none inline.
		expect(page.match(/<script/g)).toHaveLength(1);
		for (const marker of [
			'data-econsent="notice"',
			'data-econsent="optin"',
			'data-econsent="email"',
			'data-econsent="phone"',
			"data-econsent-block",
		])
			expect(page).toContain(marker);
		expect(page).toContain('action="/demo/form"');
	});

	it("asks for a property id rather than loading the script without one", async () => {
		const res = await withFlag("true", new Request("http://127.0.0.1:8787/demo/form?property_id=<script>"));
		expect(res.status).toBe(400);
		const page = await res.text();
		expect(page).not.toContain("<script");
	});

	it("shows the certificate id it received, escaped", async () => {
		const res = await withFlag(
			"true",
			new Request("http://127.0.0.1:8787/demo/form", {
				method: "POST",
				headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
				body: new URLSearchParams({ econsent_certificate_id: 'EC-1"><img src=x onerror=alert(1)>', email: "a@b.c" }),
			}),
		);
		expect(res.status).toBe(200);
		const page = await res.text();
		expect(page).toContain("EC-1&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
		expect(page).not.toContain("<img");
		expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
	});
});

describe("a property on this machine, for trying the script locally", () => {
	it("may be registered as localhost or 127.0.0.1 only where ALLOW_LOCAL_CAPTURE is true", async () => {
		const actor = await signup("Local Co");
		for (const domain of ["localhost", "127.0.0.1"]) {
			const refused = await call("POST", "/properties", { as: actor, body: { domain } });
			expect(refused.status).toBe(400);
			expect(refused.json.error.fields).toEqual([{ field: "domain", message: expect.any(String) }]);
			const allowed = await withFlag(
				"true",
				new Request(`${BASE}/properties`, {
					method: "POST",
					headers: { ...actor.headers, "content-type": "application/json" },
					body: JSON.stringify({ domain }),
				}),
			);
			expect(allowed.status).toBe(201);
			expect(((await allowed.json()) as { domain: string }).domain).toBe(domain);
		}
		// Other addresses stay refused, flag or not.
		const other = await withFlag(
			"true",
			new Request(`${BASE}/properties`, {
				method: "POST",
				headers: { ...actor.headers, "content-type": "application/json" },
				body: JSON.stringify({ domain: "10.0.0.1" }),
			}),
		);
		expect(other.status).toBe(400);
	});
});

describe("chunks of the recording", () => {
	const event = (size: number, char = "a") => ({ type: 3, timestamp: 1, data: { text: char.repeat(size) } });

	it("are JSON arrays of the events, in order, each at most the limit", () => {
		const chunks: string[] = [];
		const chunker = new Chunker(MAX_CHUNK_BYTES, (body) => chunks.push(body));
		const events = Array.from({ length: 400 }, (_, i) => ({ ...event(i * 7 + 1, i % 3 ? "a" : "é"), timestamp: i }));
		for (const e of events) chunker.add(e);
		chunker.flush();
		expect(chunks.length).toBeGreaterThan(3);
		for (const chunk of chunks) expect(utf8Bytes(chunk)).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
		expect(chunks.flatMap((c) => JSON.parse(c))).toEqual(events);
	});

	it("cut an event larger than a chunk into fragments that join back into it", () => {
		const chunks: string[] = [];
		const chunker = new Chunker(MAX_CHUNK_BYTES, (body) => chunks.push(body));
		// Quotes and backslashes double when escaped, emoji take 4 bytes: the fragments must still fit.
		const big = { type: 2, timestamp: 5, data: { node: `"\\😀${"x".repeat(50_000)}"é`.repeat(4) } };
		chunker.add(event(10));
		chunker.add(big);
		chunker.add(event(20));
		chunker.flush();
		for (const chunk of chunks) expect(utf8Bytes(chunk)).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
		const all = chunks.flatMap((c) => JSON.parse(c));
		expect(all.filter((e) => e.data?.tag === FRAGMENT_TAG).length).toBeGreaterThan(3);
		expect(joinFragments(all)).toEqual([event(10), big, event(20)]);
	});

	it("flush nothing when nothing is buffered", () => {
		const chunks: string[] = [];
		const chunker = new Chunker(MAX_CHUNK_BYTES, (body) => chunks.push(body));
		chunker.flush();
		expect(chunks).toEqual([]);
	});
});

describe("the notice's contrast ratio", () => {
	const ratio = (text: string, background: string) =>
		contrastRatio(parseCssColor(text) ?? WHITE, parseCssColor(background) ?? WHITE);

	it("follows WCAG 2: black on white is 21, equal colours 1, #767676 on white about 4.54", () => {
		expect(ratio("rgb(0, 0, 0)", "rgb(255, 255, 255)")).toBeCloseTo(21, 5);
		expect(ratio("#abc", "#aabbcc")).toBeCloseTo(1, 5);
		expect(ratio("rgb(118, 118, 118)", "#fff")).toBeCloseTo(4.54, 2);
		expect(ratio("rgb(61 68 77)", "rgb(246, 248, 250)")).toBeCloseTo(ratio("#3d444d", "#f6f8fa"), 10);
	});

	it("composites translucent colours over white", () => {
		// Black at half opacity over white is rgb(127.5, 127.5, 127.5).
		expect(ratio("rgba(0, 0, 0, 0.5)", "#fff")).toBeCloseTo(ratio("rgb(127.5, 127.5, 127.5)", "#fff"), 5);
		expect(ratio("#000", "rgba(0, 0, 0, 0)")).toBeCloseTo(21, 5);
		expect(parseCssColor("oklch(0.5 0.1 200)")).toBeUndefined();
	});
});
