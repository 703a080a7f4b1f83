// A plain HTTP client for an API started by startApi(), for scripts that run their own server (benchmarks, the
// crash test): it times each call, parses JSON answers, and sends a cookie-authenticated request from the API's
// own origin, as a browser on the service's pages would.
import { randomBytes } from "node:crypto";

/**
 * An address of its own for each sign-up (wrangler dev passes CF-Connecting-IP through): a test run opens more
 * accounts than the service lets one address open in an hour.
 */
export const signUpAddress = () => `10.${randomBytes(3).join(".")}`;

export interface HttpAnswer {
	status: number;
	ms: number;
	headers: Headers;
	text: string;
	// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field in scripts and tests
	json: any;
}

export function httpClient(baseUrl: string) {
	async function call(
		method: string,
		path: string,
		cookie?: string,
		body?: unknown,
		headers: Record<string, string> = {},
	): Promise<HttpAnswer> {
		const started = performance.now();
		const res = await fetch(`${baseUrl}${path}`, {
			method,
			headers: {
				accept: "application/json",
				...(cookie ? { cookie, origin: baseUrl } : {}),
				...(body === undefined ? {} : { "content-type": "application/json" }),
				...headers,
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		let json: unknown = null;
		try {
			json = text ? JSON.parse(text) : null;
		} catch {
			// not JSON: keep the text
		}
		return { status: res.status, ms: performance.now() - started, headers: res.headers, text, json };
	}

	/** A new company with one user and a random strong password; returns its session cookie. */
	async function signup(companyName: string): Promise<string> {
		const res = await call(
			"POST",
			"/auth/signup",
			undefined,
			{
				company_name: companyName,
				email: `script-${randomBytes(6).toString("hex")}@example.com`,
				password: `pw-${randomBytes(12).toString("hex")}`,
			},
			{ "cf-connecting-ip": signUpAddress() },
		);
		if (res.status !== 201) throw new Error(`signup: ${res.status} ${res.text}`);
		return res.headers.get("set-cookie")?.split(";")[0] ?? "";
	}

	return { call, signup };
}
