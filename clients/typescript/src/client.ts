// The client itself: openapi-fetch over the generated paths, JSON answers only. Pages (the claim page, the inbox, the
// evidence report) are the text/html variant of the same operations, served only to `Accept: text/html`; this client
// never asks for them, so its answers are typed with the application/json variant alone.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/openapi";

export type EconsentClient = Client<paths, "application/json">;

export interface ClientOptions {
	/** The API's origin, e.g. https://app.econsent.org */
	baseUrl: string;
	/** An API key (`Authorization: Bearer …`), the way a server integrates. */
	apiKey?: string;
	/**
	 * A session cookie (`econsent_session=…`) from POST /auth/login or /auth/signup, for what only a signed-in user may
	 * do (create API keys). Changes made with it are sent as coming from the service's own origin, as its pages do.
	 */
	sessionCookie?: string;
	/** Another fetch (tests, proxies); the global one by default. */
	fetch?: typeof globalThis.fetch;
}

export function createEconsentClient(options: ClientOptions): EconsentClient {
	const headers: Record<string, string> = { accept: "application/json" };
	if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
	if (options.sessionCookie) {
		headers.cookie = options.sessionCookie;
		headers.origin = new URL(options.baseUrl).origin;
	}
	return createClient<paths, "application/json">({
		baseUrl: options.baseUrl.replace(/\/+$/, ""),
		headers,
		...(options.fetch ? { fetch: options.fetch } : {}),
	});
}

/** The session cookie a sign-up or sign-in answer set, to pass as `sessionCookie`. */
export function sessionCookieOf(response: Response): string {
	const cookie = response.headers.get("set-cookie")?.split(";")[0];
	if (!cookie) throw new Error("the answer set no session cookie");
	return cookie;
}
