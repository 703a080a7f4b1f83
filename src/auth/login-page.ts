// A plain sign-in page for people following a claim link in a browser. It posts a form (no script), sets the same
// session cookie as POST /auth/login, and sends the person back to where they came from on this site. The page says
// what the sign-in is for (claiming whose certificate, which evidence), read from that return path.
import { Hono } from "hono";
import { claimPublisherFor } from "../claiming/claim-page";
import { ApiError } from "../lib/errors";
import { html, renderPage } from "../lib/html";
import type { AppContext, AppEnv } from "../lib/http";
import { HOME_PATH } from "./home-page";
import { PASSWORD_MAX_UTF16_UNITS, passwordLengthProblem } from "./password-rules";
import { signIn } from "./sign-in";

// The home page, linking to the inbox and to the certificates list.
const DEFAULT_NEXT = HOME_PATH;
// Browsers drop tabs, CR and LF from URLs before parsing ("/\t/evil.example" becomes "//evil.example"), and a
// backslash reads as a slash; none of them belongs in a path of ours, so a `next` holding one is not honoured.
function hasUnsafeCharacter(next: string): boolean {
	for (const char of next) {
		const code = char.charCodeAt(0);
		if (code < 0x20 || code === 0x7f || char === "\\") return true;
	}
	return false;
}

/**
 * Where to go after signing in: `next` only when it is a path on this site once parsed as a URL (no scheme, no
 * host, nothing a browser would read differently), returned in its parsed, percent-encoded form so it is always a
 * valid Location header; anything else gives the default page.
 */
export function safeNext(next: string | undefined): string {
	if (!next?.startsWith("/") || next.startsWith("//") || hasUnsafeCharacter(next)) return DEFAULT_NEXT;
	const base = "https://this-site.invalid";
	let url: URL;
	try {
		url = new URL(next, base);
	} catch {
		return DEFAULT_NEXT;
	}
	// "/..//x" parses to the path "//x", which a browser would read as another host.
	if (url.origin !== base || url.pathname.startsWith("//")) return DEFAULT_NEXT;
	return `${url.pathname}${url.search}${url.hash}`;
}

const EVIDENCE_PATH = /^\/certificate-sharing\/partner-certificates\/(\d+)\/evidence(?:[?#]|$)/;

/** What the person is signing in for, read from where they will be sent back to. */
async function signInPurpose(c: AppContext, next: string): Promise<{ heading: string; intro: string }> {
	const publisher = await claimPublisherFor(c, next);
	if (publisher !== undefined) {
		return {
			heading: `Sign in to claim this certificate from ${publisher}`,
			intro: "Use the buyer account the certificate is for. You come straight back to it, ready to claim.",
		};
	}
	const claimId = next.match(EVIDENCE_PATH)?.[1];
	if (claimId) {
		return {
			heading: "Sign in to see the evidence",
			intro: `Use the buyer account that claimed it. You come straight back to the evidence report for claim ${claimId}.`,
		};
	}
	return {
		heading: "Sign in",
		intro: "Sign in to your eConsent account, as a publisher or a buyer of leads.",
	};
}

async function loginForm(c: AppContext, next: string, error?: string, status: 200 | 400 | 401 | 429 = 200) {
	const purpose = await signInPurpose(c, next);
	return renderPage(
		c,
		purpose.heading,
		html`<h1>${purpose.heading}</h1>
<p>${purpose.intro}</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ""}
<form method="post" action="/login">
<input type="hidden" name="next" value="${next}">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" maxlength="${PASSWORD_MAX_UTF16_UNITS}" required>
<p class="actions"><button type="submit">Sign in</button></p>
</form>`,
		status,
	);
}

/** The posted fields; a body that is not a readable form counts as an empty one. */
async function readForm(c: AppContext): Promise<Record<string, unknown>> {
	try {
		return await c.req.parseBody();
	} catch {
		return {};
	}
}

export const loginPageRouter = new Hono<AppEnv>()
	.get("/login", (c) => loginForm(c, safeNext(c.req.query("next"))))
	.post("/login", async (c) => {
		const form = await readForm(c);
		const next = safeNext(typeof form.next === "string" ? form.next : undefined);
		const email = typeof form.email === "string" ? form.email.slice(0, 254) : "";
		// Never cut: a cut password is a wrong one, and would count as a failed sign-in. One longer than any password
		// can be is refused as POST /auth/login refuses it, before any sign-in is tried or counted.
		const password = typeof form.password === "string" ? form.password : "";
		if (!email || !password) return loginForm(c, next, "Email or password is incorrect.", 401);
		const lengthProblem = passwordLengthProblem(password, 1);
		if (lengthProblem) return loginForm(c, next, `Password ${lengthProblem}.`, 400);
		try {
			const account = await signIn(c, email, password);
			if (!account) return loginForm(c, next, "Email or password is incorrect.", 401);
		} catch (error) {
			if (error instanceof ApiError && error.code === "RATE_LIMITED") {
				return loginForm(c, next, `${error.message}.`, 429);
			}
			throw error;
		}
		return c.redirect(next, 303);
	});
