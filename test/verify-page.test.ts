// GET /verify: one page that verifies a bundle with its own inline script and nothing else, so that it keeps working
// saved to disk. What it shows in a browser is tested in e2e/verify-page.test.ts; here, what the service sends.
import { describe, expect, it } from "vitest";
import { toBase64 } from "../src/lib/crypto";
import { call } from "./helpers";

const sha256 = async (text: string) =>
	`'sha256-${toBase64(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)))}'`;

const inline = (page: string, tag: "script" | "style") => {
	const all = [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1] ?? "");
	expect(all).toHaveLength(1);
	return all[0] as string;
};

const unescapeAttribute = (value: string) => value.replaceAll("&#39;", "'").replaceAll("&quot;", '"');

describe("the bundle verifier page", () => {
	it("allows exactly its inline script and stylesheet, by hash, in the header and in a meta element", async () => {
		const page = await call("GET", "/verify");
		expect(page.status).toBe(200);
		expect(page.headers.get("content-type")).toContain("text/html");
		const header = page.headers.get("content-security-policy") ?? "";
		const script = inline(page.text, "script");
		const style = inline(page.text, "style");
		const policy = `default-src 'none'; style-src ${await sha256(style)}; script-src ${await sha256(script)}; base-uri 'none'; form-action 'none'`;
		expect(header).toBe(`${policy}; frame-ancestors 'none'`);
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page.text)?.[1];
		expect(unescapeAttribute(meta ?? "")).toBe(policy);
		expect(page.headers.get("referrer-policy")).toBe("no-referrer");
		expect(page.headers.get("cache-control")).toBe("no-store");
	});

	it("carries the verifier itself and loads nothing from anywhere", async () => {
		const page = await call("GET", "/verify");
		const script = inline(page.text, "script");
		// The bundled verifier: its checks and the zod schema of a bundle, not a call to the service.
		expect(script).toContain("econsent-evidence-bundle");
		expect(script).toContain("signatures_recorded");
		expect(script.length).toBeGreaterThan(50_000);
		expect(page.text).not.toMatch(/<(?:script|link|img|iframe)[^>]*\s(?:src|href)=/i);
		for (const id of ["bundle-file", "keys-file", "access-log-file", "result"])
			expect(page.text).toContain(`id="${id}"`);
	});

	it("names the service's published keys with their absolute address, which a saved copy still reaches", async () => {
		const page = await call("GET", "/verify");
		expect(page.text).toMatch(/<a href="https?:\/\/[^"/]+\/\.well-known\/econsent\/keys\.json">/);
	});

	it("is in the OpenAPI document as a public HTML page", async () => {
		const document = (await call("GET", "/openapi.json")).json;
		const operation = document.paths["/verify"].get;
		expect(operation.security).toEqual([{}]);
		expect(Object.keys(operation.responses["200"].content)).toEqual(["text/html"]);
	});
});
