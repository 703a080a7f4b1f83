// A plain sign-in page for people following a claim link in a browser. It posts a form (no script), sets the same
// session cookie as POST /auth/login, and sends the person back to where they came from on this site. The page says
// what the sign-in is for (claiming whose certificate, which evidence), read from that return path.
import { Hono } from "hono";
import { html, renderPage } from "../lib/html";
import type { AppContext, AppEnv } from "../lib/http";
import { claimPublisherFor } from "../sharing/claim-page";
import { signIn } from "./auth.index";

/** Only paths on this site: "//evil.example" or "https://…" would turn the page into an open redirect. */
function safeNext(next: string | undefined): string {
	return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/auth/me";
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

async function loginForm(c: AppContext, next: string, error?: string) {
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
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<p class="actions"><button type="submit">Sign in</button></p>
</form>`,
		error ? 401 : 200,
	);
}

export const loginPageRouter = new Hono<AppEnv>()
	.get("/login", (c) => loginForm(c, safeNext(c.req.query("next"))))
	.post("/login", async (c) => {
		const form = await c.req.parseBody();
		const next = safeNext(typeof form.next === "string" ? form.next : undefined);
		const email = typeof form.email === "string" ? form.email.slice(0, 254) : "";
		const password = typeof form.password === "string" ? form.password.slice(0, 200) : "";
		const account = email && password ? await signIn(c, email, password) : null;
		if (!account) return loginForm(c, next, "Email or password is incorrect.");
		return c.redirect(next, 303);
	});
