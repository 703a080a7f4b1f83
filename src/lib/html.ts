// Server-rendered pages. They carry claim tokens or evidence in their URLs, so they load nothing from other origins,
// send no referrer, are never cached, and run no script; the inline stylesheet is allowed by a per-response nonce.

import { randomHex } from "./crypto";
import { ApiError } from "./errors";
import type { AppContext } from "./http";

export function escapeHtml(value: unknown): string {
	return String(value ?? "")
		.replaceAll("&", "&amp;")
		.replaceAll("<", "&lt;")
		.replaceAll(">", "&gt;")
		.replaceAll('"', "&quot;")
		.replaceAll("'", "&#39;");
}

/** Tagged template that escapes every interpolated value unless it is already rendered markup. */
export class Markup {
	constructor(readonly html: string) {}
	toString() {
		return this.html;
	}
}
export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
	let out = strings[0] ?? "";
	values.forEach((value, i) => {
		const rendered = Array.isArray(value)
			? value.map((v) => (v instanceof Markup ? v.html : escapeHtml(v))).join("")
			: value instanceof Markup
				? value.html
				: escapeHtml(value);
		out += rendered + (strings[i + 1] ?? "");
	});
	return new Markup(out);
}

export function wantsHtml(c: AppContext): boolean {
	const accept = c.req.header("accept") ?? "";
	return accept.includes("text/html") && !accept.startsWith("application/json");
}

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9;margin:0}
main{max-width:46rem;margin:2rem auto;background:#fff;border:1px solid #d8dde3;border-radius:8px;padding:2rem}
h1{font-size:1.4rem;margin-top:0}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #e3e6ea;padding-bottom:.25rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1.2rem}dt{color:#57606a}dd{margin:0;word-break:break-word}
.status{display:inline-block;padding:.1rem .6rem;border-radius:999px;font-weight:600;font-size:.9rem}
.pending{background:#fff4d6;color:#7a5200}.claimed,.pass{background:#dff5e3;color:#1a6b2c}
.expired,.rejected,.fail,.reject{background:#fde2e1;color:#8a1c17}.flagged,.warn{background:#fff4d6;color:#7a5200}
button{font:inherit;background:#1f6feb;color:#fff;border:0;border-radius:6px;padding:.6rem 1.4rem;cursor:pointer}
input{font:inherit;padding:.45rem;border:1px solid #c9d1d9;border-radius:6px;width:100%;box-sizing:border-box}
label{display:block;margin:.8rem 0 .2rem}.error{color:#8a1c17}.muted{color:#57606a;font-size:.9rem}
blockquote{margin:0;padding:1rem;background:#f6f8fa;border-left:4px solid #1f6feb;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;font-size:.85rem}td,th{border:1px solid #e3e6ea;padding:.3rem .5rem;text-align:left;vertical-align:top}
code{font-size:.8rem;word-break:break-all}main.wide{max-width:60rem}.details{white-space:pre-wrap;font-size:.8rem;font-family:ui-monospace,monospace}
.timeline{list-style:none;padding:0}.timeline li{border-left:3px solid #d8dde3;padding:.1rem 0 .1rem 1rem;margin:0 0 1rem}
.timeline p{margin:.2rem 0}
@page{margin:14mm}
@media print{body{background:#fff;font-size:11pt}main{border:0;margin:0;padding:0;max-width:none}button{display:none}
tr,blockquote,dd,.timeline li{break-inside:avoid}h2{break-after:avoid}}
`;

/** For anything whose URL carries a token or evidence: nothing may leak to caches or other sites, JSON or HTML. */
const noLeakHeaders = {
	"Referrer-Policy": "no-referrer",
	"Cache-Control": "no-store",
	"X-Content-Type-Options": "nosniff",
} as const;

export function setNoLeakHeaders(c: AppContext) {
	for (const [name, value] of Object.entries(noLeakHeaders)) c.header(name, value);
}

export function renderPage(
	c: AppContext,
	title: string,
	body: Markup,
	status: 200 | 401 | 403 | 404 | 409 | 410 | 429 = 200,
	layout: "narrow" | "wide" = "narrow",
) {
	const nonce = randomHex(16);
	c.header(
		"Content-Security-Policy",
		`default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
	);
	setNoLeakHeaders(c);
	const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title}</title><style nonce="${nonce}">${new Markup(STYLE)}</style></head>
<body><main class="${layout}">${body}</main></body></html>`;
	return c.html(page.html, status);
}

/**
 * An API error met while serving a page: a signed-out visitor goes to sign in and comes back to `returnTo`;
 * anything else is shown as a readable page with the error's status. Other failures are left to the error handler.
 */
export function renderErrorPage(c: AppContext, error: unknown, heading: string, returnTo: string) {
	if (!(error instanceof ApiError)) throw error;
	if (error.code === "UNAUTHORIZED") return c.redirect(`/login?next=${encodeURIComponent(returnTo)}`, 303);
	return renderPage(
		c,
		heading,
		html`<h1>${heading}</h1><p class="error">${error.message}</p>`,
		error.status as 403 | 404 | 409 | 410 | 429,
	);
}
