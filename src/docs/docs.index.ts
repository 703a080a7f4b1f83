// The interactive API reference at /docs, served entirely from this service: the renderer's script is the pinned npm
// package's browser bundle, served as a static asset beside the Worker (wrangler.toml [assets]; copied there by
// scripts/build-scripts.mjs), so the page works without internet and runs nothing from another origin. A strict
// Content-Security-Policy holds it to this origin, and the integrity hash to the bytes it was built with.
import { Hono } from "hono";
import reference from "../../dist/docs/api-reference.json";
import type { AppEnv } from "../lib/http";

// Scalar's fonts, telemetry, developer tools and AI agent reach its own servers; none of them are wanted here.
const CONFIGURATION = {
	withDefaultFonts: false,
	agent: { disabled: true },
	telemetry: false,
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
