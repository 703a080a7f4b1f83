// Cross-site request forgery. A browser attaches the session cookie to any request to this site, even one a page
// on another site sends (a form post, a text/plain fetch), so an unsafe request that the cookie would authenticate
// must prove it comes from our own pages. Browsers say where a request comes from in Origin and Sec-Fetch-Site,
// which no page can forge; servers calling with an API key (Authorization header, no cookie involved) are not
// browsers and are not affected. Every content type is checked, not only the ones a form can send.
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { CAPTURE_PATH_PREFIX } from "../capture-sessions/capture-sessions.routes";
import { ApiError } from "../lib/errors";
import { type AppContext, type AppEnv, publicOrigin } from "../lib/http";
import { SESSION_COOKIE } from "./authenticate";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// "none": the person typed the address or used a bookmark; no other site is involved.
const SAME_ORIGIN_FETCH_SITES = new Set(["same-origin", "none"]);
// The sign-in form starts a session from a browser: posted from another site it would sign the visitor into the
// attacker's account (login CSRF), so it must come from our own page even without a cookie.
const SIGN_IN_FORM = "/login";
// The JSON calls that start a session. Command-line clients send neither header and stay allowed; a browser that
// says the request comes from another site is refused, so a page elsewhere cannot sign a visitor in through them.
const SESSION_STARTERS = new Set(["/auth/login", "/auth/signup"]);

/**
 * Same-origin: the browser says so, or the Origin is this service's public origin. The origin the request was
 * actually sent to counts too (a page served from it is ours), so the service stays usable on its own hostname
 * while PUBLIC_BASE_URL names a custom domain.
 */
function isSameOrigin(c: AppContext): boolean {
	const fetchSite = c.req.header("sec-fetch-site");
	if (fetchSite !== undefined && SAME_ORIGIN_FETCH_SITES.has(fetchSite)) return true;
	const origin = c.req.header("origin");
	return origin !== undefined && (origin === publicOrigin(c) || origin === new URL(c.req.url).origin);
}

function saysItIsFromABrowser(c: AppContext): boolean {
	return c.req.header("origin") !== undefined || c.req.header("sec-fetch-site") !== undefined;
}

const crossSite = () =>
	new ApiError(
		"CROSS_SITE_REQUEST",
		"This request came from another site (or did not say where it came from) and would use your session; it was refused",
	);

export function refuseCrossSiteRequests(): MiddlewareHandler<AppEnv> {
	return async (c, next) => {
		if (SAFE_METHODS.has(c.req.method)) return next();
		// The capture routes are called from publishers' pages on other sites by design, and never read a cookie: an
		// upload key authorizes them, so a visitor's session cookie sent along gives a forged request nothing.
		if (c.req.path.startsWith(CAPTURE_PATH_PREFIX)) return next();
		const cookieWouldAuthenticate =
			c.req.header("authorization") === undefined && getCookie(c, SESSION_COOKIE) !== undefined;
		if ((cookieWouldAuthenticate || c.req.path === SIGN_IN_FORM) && !isSameOrigin(c)) throw crossSite();
		if (SESSION_STARTERS.has(c.req.path) && saysItIsFromABrowser(c) && !isSameOrigin(c)) throw crossSite();
		return next();
	};
}
