// The interactive API reference at /docs, served entirely from this Worker: the renderer's script is the pinned
// npm package's browser bundle, built into the Worker, so the page works without internet and runs nothing from
// another origin. A strict Content-Security-Policy holds it to this origin.
import script from "@scalar/api-reference/browser/standalone.js";
import { Hono } from "hono";
import type { AppEnv } from "../lib/http";

export const REFERENCE_SCRIPT_PATH = "/docs/api-reference.js";

// Encoded and hashed once per isolate, on first use, rather than on every request for 3.5 MB of script.
let scriptBytes: Uint8Array<ArrayBuffer> | undefined;
const encodedScript = () => {
	scriptBytes ??= new TextEncoder().encode(script) as Uint8Array<ArrayBuffer>;
	return scriptBytes;
};
let integrity: Promise<string> | undefined;
/** Subresource Integrity of the script. */
function scriptIntegrity(): Promise<string> {
	integrity ??= crypto.subtle.digest("SHA-384", encodedScript()).then((digest) => {
		return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
	});
	return integrity;
}

// Scalar's fonts, telemetry, developer tools and AI agent reach its own servers; none of them are wanted here.
const CONFIGURATION = {
	withDefaultFonts: false,
	agent: { disabled: true },
	telemetry: false,
	showToolbar: "never",
	showDeveloperTools: "never",
	defaultOpenAllTags: true,
};

// Styles are injected at runtime by the renderer (no way to give them a nonce), hence 'unsafe-inline' for styles
// only; scripts come from this origin alone, with no eval.
const CSP = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"connect-src 'self'",
	"img-src 'self' data:",
	"font-src 'self' data:",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'",
].join("; ");

// The hash in the query gives each version of the script its own URL, so it can be cached for good.
const page = (integrity: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>eConsent API reference</title></head>
<body><script id="api-reference" type="application/json" data-url="/openapi.json" data-configuration='${JSON.stringify(CONFIGURATION)}'></script>
<script src="${REFERENCE_SCRIPT_PATH}?v=${encodeURIComponent(integrity.slice(7, 23))}" integrity="${integrity}"></script></body></html>`;

export const docsRouter = new Hono<AppEnv>()
	.get("/docs", async (c) => {
		c.header("Content-Security-Policy", CSP);
		c.header("X-Content-Type-Options", "nosniff");
		c.header("Referrer-Policy", "no-referrer");
		c.header("Cache-Control", "no-cache");
		return c.html(page(await scriptIntegrity()));
	})
	.get(REFERENCE_SCRIPT_PATH, (c) => {
		c.header("Content-Type", "text/javascript; charset=utf-8");
		c.header("Cache-Control", "public, max-age=31536000, immutable");
		c.header("X-Content-Type-Options", "nosniff");
		return c.body(encodedScript());
	});
