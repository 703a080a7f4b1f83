// The interactive API reference at /docs, served entirely from this service: the renderer's script is the pinned npm
// package's browser bundle, served as a static asset beside the Worker (wrangler.toml [assets]; copied there by
// scripts/build-scripts.mjs), so the page works without internet and runs nothing from another origin. A strict
// Content-Security-Policy holds it to this origin, and the integrity hash to the bytes it was built with.
import { Hono } from "hono";
import reference from "../../dist/docs/api-reference.json";
import type { AppEnv } from "../lib/http";

// The renderer's greys and method colours are below the 4.5:1 contrast small text needs (#8e8e8e on white is 3.3:1;
// its green 3.9:1): the same hues, darkened until axe-core finds no contrast violation on the page.
const CONTRAST_CSS = [
	".light-mode{--scalar-color-2:#666;--scalar-color-3:#6b6b6b;--scalar-color-green:#00734c;--scalar-color-red:#c20005;",
	"--scalar-color-yellow:#7d6200;--scalar-color-blue:#005c99;--scalar-color-orange:#b03c00;--scalar-color-accent:#006bb3}",
	".dark-mode{--scalar-color-3:#9a9a9a}",
].join("");

// Scalar's fonts, telemetry, developer tools and AI agent reach its own servers; none of them are wanted here.
const CONFIGURATION = {
	withDefaultFonts: false,
	agent: { disabled: true },
	telemetry: false,
	showDeveloperTools: "never",
	defaultOpenAllTags: true,
	customCss: CONTRAST_CSS,
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

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>eConsent API reference</title></head>
<body><script id="api-reference" type="application/json" data-url="/openapi.json" data-configuration='${JSON.stringify(CONFIGURATION)}'></script>
<script src="${reference.path}" integrity="${reference.integrity}"></script></body></html>`;

export const docsRouter = new Hono<AppEnv>().get("/docs", (c) => {
	c.header("Content-Security-Policy", CSP);
	c.header("X-Content-Type-Options", "nosniff");
	c.header("Referrer-Policy", "no-referrer");
	c.header("Cache-Control", "no-cache");
	return c.html(PAGE);
});
