// A small client for the running API: everything a test needs is created through the public HTTP API.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { signUpAddress } from "./http-client";

export const PASSWORD = "correct horse battery";

export interface Account {
	email: string;
	cookie: string;
	company: { id: string; name: string };
}

export interface ApiResponse<T> {
	status: number;
	headers: Headers;
	body: T;
}

export const baseUrl = () => inject("baseUrl");

export async function api<T = Record<string, unknown>>(
	method: string,
	path: string,
	options: { as?: Account; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
	const headers: Record<string, string> = { accept: "application/json", ...options.headers };
	if (options.as) {
		headers.cookie = options.as.cookie;
		// What a page of the service sends: a session cookie only works for changes from the service's own origin.
		headers.origin = new URL(baseUrl()).origin;
	}
	if (options.body !== undefined) headers["content-type"] = "application/json";
	const res = await fetch(`${baseUrl()}${path}`, {
		method,
		headers,
		body: options.body === undefined ? undefined : JSON.stringify(options.body),
		redirect: "manual",
	});
	const text = await res.text();
	let body: unknown = text;
	try {
		body = text ? JSON.parse(text) : null;
	} catch {
		// not JSON: keep the text
	}
	return { status: res.status, headers: res.headers, body: body as T };
}

/** Like api(), but any status other than `expected` fails with the response in the message. */
export async function apiOk<T = Record<string, unknown>>(
	expected: number,
	...args: Parameters<typeof api>
): Promise<T> {
	const res = await api<T>(...args);
	if (res.status !== expected) {
		throw new Error(`${args[0]} ${args[1]}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body)}`);
	}
	return res.body;
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${randomBytes(4).toString("hex")}@example.com`;

export async function signup(companyName: string, prefix = "user"): Promise<Account> {
	const email = uniqueEmail(prefix);
	const res = await api<{ company: Account["company"] }>("POST", "/auth/signup", {
		body: { company_name: companyName, email, password: PASSWORD },
		headers: { "cf-connecting-ip": signUpAddress() },
	});
	if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
	const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
	if (!cookie) throw new Error("signup set no session cookie");
	return { email, cookie, company: res.body.company };
}
