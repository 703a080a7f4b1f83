// Every operation of the served /openapi.json, with its request schemas resolved, so checks run over whatever the
// document declares: a new route is covered the moment it is declared.
import { call } from "../helpers";

export type Schema = {
	type?: string | string[];
	properties?: Record<string, Schema>;
	required?: string[];
	additionalProperties?: boolean | Schema;
	items?: Schema;
	anyOf?: Schema[];
	oneOf?: Schema[];
	enum?: unknown[];
	const?: unknown;
	format?: string;
	pattern?: string;
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
	minimum?: number;
	maximum?: number;
	example?: unknown;
	default?: unknown;
	nullable?: boolean;
	$ref?: string;
};

export interface Parameter {
	name: string;
	in: "path" | "query" | "header" | "cookie";
	required: boolean;
	schema: Schema;
}

export interface Operation {
	method: string;
	/** The OpenAPI path template, e.g. /certificates/{id}. */
	path: string;
	operationId: string;
	/** False only for operations declared with an empty security requirement (no credential needed). */
	secured: boolean;
	/** Whether API keys are accepted at all (a security requirement other than the session cookie). */
	acceptsApiKeys: boolean;
	/** The scope an API key needs (`x-api-key-scope`); null when any key will do or keys are refused. */
	apiKeyScope: string | null;
	parameters: Parameter[];
	body: Schema | null;
	statuses: string[];
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function resolver(document: any) {
	const resolve = (node: any): any => {
		if (Array.isArray(node)) return node.map(resolve);
		if (!node || typeof node !== "object") return node;
		if (typeof node.$ref === "string") {
			const target = node.$ref
				.replace(/^#\//, "")
				.split("/")
				.reduce((at: any, key: string) => at?.[key], document);
			if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
			return resolve(target);
		}
		return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value)]));
	};
	return resolve;
}

export async function loadOperations(): Promise<Operation[]> {
	const res = await call("GET", "/openapi.json");
	if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
	const resolve = resolver(res.json);
	const operations: Operation[] = [];
	for (const [path, item] of Object.entries<any>(res.json.paths)) {
		for (const method of METHODS) {
			const op = item[method];
			if (!op) continue;
			const security: Record<string, string[]>[] = op.security ?? res.json.security ?? [];
			operations.push({
				method: method.toUpperCase(),
				path,
				operationId: op.operationId,
				secured: !security.some((requirement) => Object.keys(requirement).length === 0),
				acceptsApiKeys: security.some((requirement) => "apiKey" in requirement),
				apiKeyScope: op["x-api-key-scope"] ?? null,
				parameters: resolve([...(item.parameters ?? []), ...(op.parameters ?? [])]),
				// A body that is not JSON (a recording chunk's raw bytes) has no schema to generate from: it is sent empty.
				body: op.requestBody?.content?.["application/json"]
					? resolve(op.requestBody.content["application/json"].schema)
					: null,
				statuses: Object.keys(op.responses),
			});
		}
	}
	return operations;
}

export interface RequestParts {
	path: Record<string, unknown>;
	query: Record<string, unknown>;
	headers?: Record<string, unknown>;
	body?: unknown;
}

export function urlFor(op: Operation, parts: RequestParts): string {
	// A lone surrogate cannot travel in a URL: clients send U+FFFD in its place, as the URL parser does.
	const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
		encodeURIComponent(String(parts.path[name]).toWellFormed()),
	);
	const query = new URLSearchParams();
	for (const [name, value] of Object.entries(parts.query)) if (value !== undefined) query.set(name, String(value));
	const search = query.toString();
	return search ? `${path}?${search}` : path;
}

export const pathParams = (op: Operation) => op.parameters.filter((p) => p.in === "path");
export const queryParams = (op: Operation) => op.parameters.filter((p) => p.in === "query");
export const headerParams = (op: Operation) => op.parameters.filter((p) => p.in === "header");

/** The request the document itself describes as an example: parameter examples and the body's example. */
export function exampleRequest(op: Operation): RequestParts {
	const path: Record<string, unknown> = {};
	for (const param of pathParams(op)) {
		if (param.schema.example === undefined)
			throw new Error(`${op.operationId}: path parameter ${param.name} has no example`);
		path[param.name] = param.schema.example;
	}
	const query: Record<string, unknown> = {};
	for (const param of queryParams(op)) if (param.required) query[param.name] = param.schema.example;
	const headers: Record<string, unknown> = {};
	for (const param of headerParams(op)) if (param.required) headers[param.name] = param.schema.example;
	if (!op.body) return { path, query, headers };
	if (op.body.example === undefined) throw new Error(`${op.operationId}: the request body has no example`);
	return { path, query, headers, body: op.body.example };
}

/** Header values are bytes: what cannot be sent (line breaks, non-Latin-1) is replaced as a client would have to. */
const headerValue = (value: unknown) => String(value).replace(/[^\x20-\x7e]/g, "?");

/** Bodies every declared request body refuses: one of the wrong type, and one that is not JSON at all. */
export const BAD_BODIES = [
	{ what: "a body of the wrong type", rawBody: "12345" },
	{ what: "a body that is not JSON", rawBody: '{"truncated": ' },
] as const;

/** The example request's path and query, with this raw body sent as JSON. */
export function sendRawBody(op: Operation, parts: RequestParts, rawBody: string, headers: Record<string, string> = {}) {
	return call(op.method, urlFor(op, parts), {
		headers: { accept: "application/json", "content-type": "application/json", ...headers },
		rawBody,
	});
}

export async function send(op: Operation, parts: RequestParts, headers: Record<string, string> = {}) {
	const declared = Object.fromEntries(
		Object.entries(parts.headers ?? {})
			.filter(([, value]) => value !== undefined)
			.map(([name, value]) => [name, headerValue(value)]),
	);
	return call(op.method, urlFor(op, parts), {
		headers: { accept: "application/json", ...declared, ...headers },
		...(parts.body === undefined ? {} : { body: parts.body }),
	});
}

/** The one error shape, exactly. */
export function isErrorShape(json: any): boolean {
	if (!json || typeof json !== "object" || Object.keys(json).length !== 1 || !json.error) return false;
	const { code, message, request_id, fields, details, ...rest } = json.error;
	return (
		typeof code === "string" &&
		typeof message === "string" &&
		typeof request_id === "string" &&
		(fields === undefined || Array.isArray(fields)) &&
		(details === undefined || (typeof details === "object" && details !== null)) &&
		Object.keys(rest).length === 0
	);
}
