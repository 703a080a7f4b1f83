// Server-rendered pages. They carry claim tokens or evidence in their URLs, so they load nothing from other origins,
// send no referrer, are never cached, and run no script; the inline stylesheet is allowed by a per-response nonce.
// The exceptions: the bundle verifier (/verify), whose inline script is allowed by its hash, and the local demo form
// (/demo/form, never in production), which loads the capture script from this origin.

import type { MiddlewareHandler } from "hono";
import { randomHex, toBase64 } from "./crypto";
import { ApiError, type ErrorCode } from "./errors";
import type { AppContext, AppEnv } from "./http";

/** The longest Location this service sends (documented as such): an address longer than that is not echoed back. */
export const MAX_LOCATION_LENGTH = 2048;

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

/**
 * A page's GET form sends every field, the empty ones as `name=`, which the API would refuse as invalid values: a
 * browser asking for such an address is sent to the same one without its empty fields, so a blank field means "not
 * set" as it does for an API client that leaves the parameter out. API clients' requests are left as they are.
 */
export const withoutEmptyQueryFields: MiddlewareHandler<AppEnv> = async (c, next) => {
	if (c.req.method === "GET" && wantsHtml(c)) {
		const url = new URL(c.req.url);
		const sent = [...url.searchParams];
		const kept = sent.filter(([, value]) => value !== "");
		const target = kept.length > 0 ? `${url.pathname}?${new URLSearchParams(kept)}` : url.pathname;
		// An address too long to echo is answered as it is (its empty fields then refused like an API client's).
		if (kept.length < sent.length && target.length <= MAX_LOCATION_LENGTH) return c.redirect(target, 303);
	}
	await next();
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const twoDigits = (n: number) => String(n).padStart(2, "0");

/** "26 Nov 2026, 14:05 UTC": the same for every reader wherever they are, and a court can match it to the ISO value. */
export function formatUtc(iso: string): string | undefined {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return undefined;
	const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
	return `${day}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}

/** A readable UTC time that keeps the exact stored value in `datetime` (and as a tooltip). */
export function time(iso: string | null | undefined): Markup {
	if (!iso) return html`—`;
	const readable = formatUtc(iso);
	return readable ? html`<time datetime="${iso}" title="${iso}">${readable}</time>` : html`${iso}`;
}

// Phone first: one column, full width; from 40rem a card with the labels beside their values. Long unbroken values
// (hashes, signatures, ids, URLs) wrap only where the line ends (overflow-wrap:anywhere), never in the middle of a
// date or a word that would fit on a line of its own.
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9;margin:0;overflow-wrap:break-word}
.site{background:#1b1f24;color:#fff;padding:.6rem 1rem;font-weight:600;font-size:.95rem}
.site span{font-weight:400;color:#c9d1d9}
main{max-width:46rem;margin:0 auto;background:#fff;padding:1.25rem 1rem 2rem}
main.wide{max-width:60rem}
@media (max-width:39.99rem){body{background:#fff}}
@media (min-width:40rem){main{margin:2rem auto;border:1px solid #d8dde3;border-radius:8px;padding:2rem}}
h1{font-size:1.4rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.1rem;margin:2rem 0 .75rem;border-bottom:1px solid #e3e6ea;padding-bottom:.25rem}
h3{font-size:1rem;margin:1.25rem 0 .5rem}
p{margin:.5rem 0}
dl{display:grid;grid-template-columns:minmax(0,1fr);margin:.5rem 0}
dt{color:#57606a;font-size:.9rem;margin-top:.6rem}dd{margin:0;overflow-wrap:break-word}
@media (min-width:40rem){dl{grid-template-columns:minmax(9rem,14rem) minmax(0,1fr);gap:.4rem 1.2rem}dt{margin:0;font-size:1rem}}
time{white-space:nowrap}
.status{display:inline-block;padding:.1rem .6rem;border-radius:999px;font-weight:600;font-size:.9rem;margin:0 .25rem .25rem 0}
.pending{background:#fff4d6;color:#6b4700}.claimed,.pass{background:#dff5e3;color:#1a6b2c}
.expired,.rejected,.fail,.reject{background:#fde2e1;color:#8a1c17}.flagged,.warn{background:#fff4d6;color:#6b4700}
.notice{background:#eef4ff;border-left:4px solid #1f6feb;padding:.75rem 1rem;margin:1rem 0}
button{font:inherit;font-weight:600;background:#1f6feb;color:#fff;border:0;border-radius:6px;padding:.7rem 1.4rem;cursor:pointer;min-height:44px}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #0b3d91;outline-offset:2px}
form .actions{margin-top:1.25rem}
@media (max-width:39.99rem){button{width:100%}}
input,select{font:inherit;padding:.55rem;border:1px solid #8c959f;border-radius:6px;width:100%;min-height:44px;background:#fff;color:inherit}
select:focus-visible{outline:3px solid #0b3d91;outline-offset:2px}
.links{list-style:none;padding:0;margin:.75rem 0 0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
.links a,.pages a,.filters .actions a{display:inline-block;padding:.6rem 0;min-height:44px}
h2.plain{border:0;margin:0 0 .25rem;padding:0}
.pages{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin-top:1rem}
@media (min-width:40rem){.filters{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:0 1.25rem}.filters>p{grid-column:1/-1}}
label{display:block;margin:.9rem 0 .25rem;font-weight:600}
a{color:#0b57d0}
.error{color:#8a1c17;font-weight:600}.muted{color:#57606a;font-size:.9rem}
blockquote{margin:0;padding:1rem;background:#f6f8fa;border-left:4px solid #1f6feb;white-space:pre-wrap;overflow-wrap:break-word}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;overflow-wrap:anywhere}
.value{display:block;background:#f6f8fa;border-radius:4px;padding:.35rem .5rem;margin:.2rem 0}
.items{list-style:none;padding:0;margin:.5rem 0}
.items>li{border:1px solid #e3e6ea;border-radius:6px;padding:.6rem .8rem;margin:0 0 .6rem}
.items>li>p:first-child{margin-top:0}
.details{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85rem;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.timeline{list-style:none;padding:0}.timeline li{border-left:3px solid #d8dde3;padding:.1rem 0 .1rem 1rem;margin:0 0 1rem}
.timeline p{margin:.2rem 0}
@page{margin:14mm}
@media print{body{background:#fff;font-size:11pt}.site{background:none;color:#000;padding:0 0 .5rem;border-bottom:1px solid #000}
.site span{color:#000}main,main.wide{border:0;margin:0;padding:0;max-width:none}form,.screen-only{display:none}
a{color:inherit}.items>li,blockquote,dd,.timeline li{break-inside:avoid}h2,h3{break-after:avoid}}
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

export type PageStatus = 200 | 201 | 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 429 | 503;

export function renderPage(
	c: AppContext,
	title: string,
	body: Markup,
	status: PageStatus = 200,
	layout: "narrow" | "wide" = "narrow",
) {
	const nonce = randomHex(16);
	c.header(
		"Content-Security-Policy",
		`default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
	);
	setNoLeakHeaders(c);
	const page = pageHtml(title, html`<style nonce="${nonce}">${new Markup(STYLE)}</style>`, body, layout);
	return c.html(page.html, status);
}

function pageHtml(title: string, head: Markup, body: Markup, layout: "narrow" | "wide", script?: Markup): Markup {
	return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title}</title>${head}</head>
<body><header class="site">eConsent <span>· partner certificates</span></header>
<main class="${layout}">${body}</main>${script ?? ""}</body></html>`;
}

// Hashed once per isolate and text: the page script is over 100 KB.
const cspHashes = new Map<string, Promise<string>>();
function cspHash(text: string): Promise<string> {
	let hash = cspHashes.get(text);
	if (!hash) {
		hash = crypto.subtle
			.digest("SHA-256", new TextEncoder().encode(text))
			.then((digest) => `'sha256-${toBase64(digest)}'`);
		cspHashes.set(text, hash);
	}
	return hash;
}

/**
 * A page that runs one inline script and keeps working when saved and opened from a file, with no server: its
 * script and stylesheet are allowed by their SHA-256 (a nonce holds for one response only) and the policy is
 * repeated in a <meta> element, so the saved copy is held to it too. frame-ancestors only works as a header.
 */
export async function renderScriptedPage(c: AppContext, title: string, body: Markup, script: string) {
	const policy = `default-src 'none'; style-src ${await cspHash(STYLE)}; script-src ${await cspHash(script)}; base-uri 'none'; form-action 'none'`;
	c.header("Content-Security-Policy", `${policy}; frame-ancestors 'none'`);
	setNoLeakHeaders(c);
	const head = html`<meta http-equiv="Content-Security-Policy" content="${policy}"><style>${new Markup(STYLE)}</style>`;
	return c.html(pageHtml(title, head, body, "narrow", html`<script>${new Markup(script)}</script>`).html, 200);
}

/**
 * A page for a signed-in person that runs one inline script, allowed by a nonce made for this response (the page is
 * never saved and reopened: it reads what its viewer may see, with the session). `policy` gives the directives
 * beyond script-src for what the script does; `css` is added to the page's stylesheet.
 */
export function renderNoncedScriptPage(
	c: AppContext,
	page: { title: string; body: Markup; script: string; css?: string; policy: string },
) {
	const nonce = randomHex(16);
	c.header(
		"Content-Security-Policy",
		`default-src 'none'; script-src 'nonce-${nonce}'; ${page.policy}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
	);
	setNoLeakHeaders(c);
	const style = html`<style nonce="${nonce}">${new Markup(STYLE + (page.css ?? ""))}</style>`;
	const script = html`<script nonce="${nonce}">${new Markup(page.script)}</script>`;
	return c.html(pageHtml(page.title, style, page.body, "wide", script).html, 200);
}

/** JSON for a `<script type="application/json">` element: never ends the element, whatever the strings hold. */
export function jsonScriptText(value: unknown): Markup {
	return new Markup(
		JSON.stringify(value).replaceAll("<", "\\u003c").replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029"),
	);
}

/**
 * A page that runs one script loaded from `scriptUrl` (nothing inline, nothing else) and may send requests only to
 * its own origin: the local demo form with the capture script. `extraStyle` goes into the page's nonce'd stylesheet.
 */
export function renderPageWithScript(c: AppContext, title: string, body: Markup, scriptUrl: string, extraStyle = "") {
	const nonce = randomHex(16);
	c.header(
		"Content-Security-Policy",
		`default-src 'none'; style-src 'nonce-${nonce}'; script-src ${scriptUrl}; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
	);
	setNoLeakHeaders(c);
	const page = pageHtml(title, html`<style nonce="${nonce}">${new Markup(STYLE + extraStyle)}</style>`, body, "narrow");
	return c.html(page.html, 200);
}

/** What a person can do about each error, in words; the code stays in the page for support. */
const errorAdvice: Partial<Record<ErrorCode, { heading: string; advice: string }>> = {
	NOT_FOUND: {
		heading: "Page not found",
		advice: "The link may be mistyped or incomplete. Ask whoever sent it for a fresh copy.",
	},
	FORBIDDEN: {
		heading: "Not allowed",
		advice: "Your account cannot open this. Sign in with the account it was meant for.",
	},
	ALREADY_CLAIMED: {
		heading: "Already claimed",
		advice: "This certificate was claimed already. The buyer who claimed it finds it in their inbox.",
	},
	CONSENT_REVOKED: {
		heading: "Consent revoked",
		advice: "The consumer withdrew this consent, so it can no longer be claimed. Do not contact them on its strength.",
	},
	TOKEN_EXPIRED: {
		heading: "Link expired",
		advice: "Claim links last 90 days. Ask the publisher to share the certificate again.",
	},
	RATE_LIMITED: {
		heading: "Too many requests",
		advice: "Wait a minute, then reload this page.",
	},
};

function errorPageBody(error: ApiError, heading: string, advice = errorAdvice[error.code]?.advice): Markup {
	const retryAfter = error.options.headers?.["Retry-After"];
	return html`<h1>${heading}</h1>
<p class="error">${error.message}</p>
${advice ? html`<p>${advice}</p>` : ""}
${retryAfter ? html`<p class="muted">You can try again in ${retryAfter} seconds.</p>` : ""}
<p class="muted">Error code ${error.code}</p>`;
}

function errorPage(c: AppContext, error: ApiError, heading: string, status: PageStatus, advice?: string) {
	for (const [name, value] of Object.entries(error.options.headers ?? {})) c.header(name, value);
	return renderPage(c, heading, errorPageBody(error, heading, advice), status);
}

const CLAIM_LINK_PREFIX = "/certificate-sharing/certificates/claim/";
const CLAIM_LINK_ADVICE =
	"Claim links are long: check that you opened the whole link from the publisher's message. If it still does not work, ask the publisher to share the certificate again.";

// The sign-in page, which returns the browser to `returnTo` afterwards; to the home page when that address is too
// long to carry (no page of the service links to one).
const signInPath = (returnTo: string) => {
	const path = `/login?next=${encodeURIComponent(returnTo)}`;
	return path.length <= MAX_LOCATION_LENGTH ? path : "/login";
};

/**
 * An API error met while serving a page: a signed-out visitor goes to sign in and comes back to `returnTo`;
 * anything else is shown as a readable page with the error's status. Other failures are left to the error handler.
 */
export function renderErrorPage(c: AppContext, error: unknown, heading: string, returnTo: string) {
	if (!(error instanceof ApiError)) throw error;
	if (error.code === "UNAUTHORIZED") return c.redirect(signInPath(returnTo), 303);
	return errorPage(c, error, heading, error.status as PageStatus);
}

/** A bad path parameter (a malformed token or id) names nothing that exists: for a person that is a missing page. */
function onlyPathFields(error: ApiError): boolean {
	const fields = error.options.fields ?? [];
	return error.code === "VALIDATION_FAILED" && fields.length > 0 && fields.every((f) => f.field.startsWith("path."));
}

/**
 * Any API error for a browser (Accept: text/html) as a page instead of JSON: a signed-out GET goes to sign in and
 * back, a malformed path is a 404 page, the rest keep their status (and headers such as Retry-After).
 * Returns undefined for API clients and for failures that are not the service's own errors.
 */
export function browserErrorPage(c: AppContext, error: unknown): Response | Promise<Response> | undefined {
	if (!(error instanceof ApiError) || !wantsHtml(c)) return undefined;
	if (error.code === "UNAUTHORIZED" && c.req.method === "GET") {
		const url = new URL(c.req.url);
		return c.redirect(signInPath(url.pathname + url.search), 303);
	}
	const notFound = error.code === "NOT_FOUND" || onlyPathFields(error);
	if (notFound && c.req.path.startsWith(CLAIM_LINK_PREFIX)) {
		const unknownLink = new ApiError("NOT_FOUND", "This claim link does not match any shared certificate.");
		return errorPage(c, unknownLink, "Claim link not found", 404, CLAIM_LINK_ADVICE);
	}
	if (notFound) return errorPage(c, new ApiError("NOT_FOUND", "Nothing is at this address."), "Page not found", 404);
	const heading = errorAdvice[error.code]?.heading ?? "Something is wrong with this request";
	return errorPage(c, error, heading, error.status as PageStatus);
}
