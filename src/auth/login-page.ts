// A plain sign-in page for people following a claim link in a browser. It posts a form (no script), sets the same
// session cookie as POST /auth/login, and sends the person back to where they came from on this site.
import { Hono } from "hono";
import { html, renderPage } from "../lib/html";
import type { AppContext, AppEnv } from "../lib/http";
import { signIn } from "./auth.index";

/** Only paths on this site: "//evil.example" or "https://…" would turn the page into an open redirect. */
function safeNext(next: string | undefined): string {
	return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/auth/me";
}

function loginForm(c: AppContext, next: string, error?: string) {
	return renderPage(
		c,
		"Sign in",
		html`<h1>Sign in</h1>
${error ? html`<p class="error">${error}</p>` : ""}
<form method="post" action="/login">
<input type="hidden" name="next" value="${next}">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<p><button type="submit">Sign in</button></p>
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
