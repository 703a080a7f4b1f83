// The served OpenAPI document as the contract every answer the test suites receive is held to (the workerd suite
// through ./validated-worker.ts, the e2e suite through e2e/validated-fetch.ts), and every webhook delivery their
// receivers get. Runtime-agnostic: ajv with JSON Schema 2020-12 (OpenAPI 3.1's dialect), no Node or workerd API.
//
// The rules, for an answer to `METHOD /path`:
// - the request is matched to its operation by method and path template (a literal segment beats a parameter);
// - the status must be documented for that operation;
// - the body must validate against the schema documented for that status and the answer's content type (JSON parsed,
//   NDJSON line by line against `x-item-schema` too, text as a string, bytes as one character per byte);
// - every header must be documented for that response (and its value match its schema), or be one the platform adds
//   (PLATFORM_HEADERS below);
// - a path no operation has answers one of the document's `x-generic-responses`: `NotFound` (404),
//   `MethodNotAllowed` (405) when the path is routed under other methods, `CrossSiteRequest` (403);
// - the few routes that are not API operations (NOT_OPERATIONS below) are counted apart and not checked.
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
// Named so that the TaskMeta augmentation below finds vitest wherever this file is compiled (the benchmarks too).
import type {} from "vitest";

// The document is walked as plain JSON.
type Json = Record<string, any>;

/**
 * Headers an answer may carry without the operation documenting them, because HTTP or the platform adds them, not the
 * Worker: OpenAPI describes Content-Type through `content` and says not to list it as a header; the rest are framing
 * and connection headers set by the runtime (workerd) or by `wrangler dev`'s proxy in front of it.
 */
export const PLATFORM_HEADERS: ReadonlySet<string> = new Set([
	// The media type, described by the response's `content`.
	"content-type",
	// Body framing: the runtime picks one of these for the bytes it sends.
	"content-length",
	"transfer-encoding",
	// Compression the runtime applies when the client accepts it (and the Vary that goes with it).
	"content-encoding",
	"vary",
	// HTTP/1.1 connection management between the test client and wrangler dev's proxy.
	"connection",
	"keep-alive",
	// The date the server sends on every HTTP/1.1 answer (RFC 9110 §6.6.1); workerd's own answers inside the test
	// runtime have none.
	"date",
]);

/**
 * Routes the Worker serves that are not API operations, so the document does not describe them: pages and files for
 * browsers, the document itself, and the dev server's own hooks. Each is named with why.
 */
/** A path ending in `/*` covers every path under it. */
export const NOT_OPERATIONS: readonly { method: string; path: string; why: string }[] = [
	{ method: "GET", path: "/", why: "the home page (a browser) or links to /docs and /openapi.json (anyone else)" },
	{ method: "GET", path: "/health", why: "a liveness probe for deploys and the dev server's start" },
	{ method: "GET", path: "/favicon.ico", why: "what browsers ask for on every page: 204, so no failed load shows" },
	{ method: "GET", path: "/openapi.json", why: "the document itself" },
	{ method: "GET", path: "/docs", why: "the API reference's page" },
	{
		method: "GET",
		path: "/docs/assets/*",
		why: "the API reference's renderer, a static asset served before the Worker (wrangler.toml [assets])",
	},
	{ method: "GET", path: "/login", why: "the sign-in page; POST /auth/login is the API's sign-in" },
	{ method: "POST", path: "/login", why: "the sign-in page's form post" },
	{ method: "GET", path: "/demo/form", why: "a demo publisher form, under local development only" },
	{ method: "POST", path: "/demo/form", why: "the demo form's own submit, under local development only" },
	{ method: "GET", path: "/__scheduled", why: "wrangler dev's trigger for Cron Triggers (--test-scheduled)" },
];

/**
 * Headers a webhook delivery may carry without the document naming them, added by HTTP or the platform: Host (HTTP/1.1
 * requires it), CF-Worker (Cloudflare names the sending zone on every subrequest a Worker makes), and the framing and
 * connection headers of PLATFORM_HEADERS.
 */
const DELIVERY_PLATFORM_HEADERS: ReadonlySet<string> = new Set([
	...PLATFORM_HEADERS,
	"host",
	"cf-worker",
	"accept-encoding",
]);

/** What the checks need of an answer: the request it answers, its status, headers and body bytes. */
export interface Answer {
	method: string;
	url: string;
	status: number;
	headers: Headers;
	body: Uint8Array;
	/** The request's headers: an OPTIONS with Access-Control-Request-Method is a CORS preflight. */
	requestHeaders?: Headers;
}

/** What the checks need of a webhook delivery a receiver got. */
export interface Delivery {
	headers: Headers;
	body: string;
}

export class ContractViolation extends Error {
	override name = "ContractViolation";
}

const escapePointer = (part: string) => part.replaceAll("~", "~0").replaceAll("/", "~1");
const pointer = (...parts: string[]) => `#/${parts.map(escapePointer).join("/")}`;
const unescapePointer = (part: string) => part.replaceAll("~1", "/").replaceAll("~0", "~");

interface Template {
	path: string;
	pattern: RegExp;
	literalSegments: number;
}

/**
 * A path template as a regular expression. A parameter is one segment, except a template's last parameter whose
 * documented example has slashes: OpenAPI cannot say a parameter spans segments, and the log's tile paths
 * (`/log/tile/{tile_path}`, C2SP tlog-tiles) do.
 */
function templateOf(path: string, item: Json): Template {
	const segments = path.split("/");
	const spansSegments = (name: string) =>
		Object.values(item).some((operation: Json) =>
			(operation.parameters ?? []).some(
				(parameter: Json) =>
					parameter.in === "path" && parameter.name === name && String(parameter.schema?.example ?? "").includes("/"),
			),
		);
	const source = segments
		.map((segment, index) => {
			const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
			if (!parameter) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
			return index === segments.length - 1 && spansSegments(parameter) ? ".+" : "[^/]+";
		})
		.join("/");
	return {
		path,
		pattern: new RegExp(`^${source}$`),
		literalSegments: segments.filter((segment) => !segment.startsWith("{")).length,
	};
}

const mediaType = (headers: Headers) => (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
const isJson = (type: string) => type === "application/json" || type.endsWith("+json");

/** Each mismatch on a line: where in the value (a JSON pointer), what is wrong, and the schema keyword refusing it. */
function describeErrors(errors: ErrorObject[] | null | undefined): string {
	return (errors ?? [])
		.map((error) => {
			const extra = error.keyword === "additionalProperties" ? ` (${error.params.additionalProperty})` : "";
			const allowed = error.keyword === "enum" ? ` ${JSON.stringify(error.params.allowedValues)}` : "";
			return `  at ${error.instancePath || "/"}: ${error.message}${extra}${allowed} [schema ${error.schemaPath}]`;
		})
		.join("\n");
}

/** The contract built from one served document; keeps the count of what it checked. */
export function contractOf(document: Json) {
	// OpenAPI's own keywords (example, discriminator, x-…) are not JSON Schema's; `strict: false` lets them annotate.
	// Generated code left unoptimised: it compiles in half the time, and each schema is compiled once for few checks.
	const ajv = new Ajv2020({ strict: false, allErrors: true, code: { optimize: false } });
	addFormats(ajv);
	ajv.addSchema(document, "openapi.json");
	const target = (at: string): Json =>
		at
			.replace(/^#\//, "")
			.split("/")
			.reduce((node: Json, part) => node?.[unescapePointer(part)], document);
	const compiled = new Map<string, ValidateFunction>();
	/** The validator of the schema at a pointer, compiled once per schema: a bare $ref is followed first, so the many
	 * responses that name one component (every error names #/components/schemas/Error) share its validator. */
	const validator = (at: string): ValidateFunction => {
		const schema = target(at);
		if (schema && typeof schema.$ref === "string" && Object.keys(schema).length === 1) return validator(schema.$ref);
		let check = compiled.get(at);
		if (!check) {
			check = ajv.compile({ $ref: `openapi.json${at}` });
			compiled.set(at, check);
		}
		return check;
	};

	/** An object and where it is, following a $ref. */
	const resolved = (object: Json, at: string): { object: Json; at: string } =>
		object?.$ref ? resolved(target(object.$ref), object.$ref) : { object, at };

	const templates = Object.entries(document.paths as Json)
		.map(([path, item]) => templateOf(path, item))
		// OpenAPI: concrete paths are matched before templated ones (/jobs/batch before /jobs/{id}).
		.sort((a, b) => b.literalSegments - a.literalSegments);

	function checkBody(responseAt: string, response: Json, answer: Answer, problems: string[], method: string) {
		const type = mediaType(answer.headers);
		const hasBody = answer.body.byteLength > 0 && method !== "HEAD";
		if (!response.content) {
			// No content documented: no body (a Content-Type over an empty body says nothing).
			if (hasBody) problems.push(`sends a ${type || "body"} where ${responseAt} documents no content`);
			return;
		}
		if (!type) {
			if (hasBody) problems.push(`sends a body without Content-Type`);
			else if (method !== "HEAD") problems.push(`sends nothing where ${responseAt} documents content`);
			return;
		}
		if (!response.content[type]) {
			problems.push(`sends ${type}, not documented (${Object.keys(response.content).join(", ")})`);
			return;
		}
		if (method === "HEAD") return;
		const schemaAt = `${responseAt}/content/${escapePointer(type)}/schema`;
		let value: unknown;
		if (isJson(type)) {
			try {
				value = JSON.parse(new TextDecoder().decode(answer.body));
			} catch {
				problems.push(`sends ${type} that is not JSON`);
				return;
			}
		} else if (/octet-stream|binary/.test(type) || response.content[type].schema?.format === "binary") {
			// Bytes as a string of one character per byte, so maxLength counts bytes.
			value = Array.from(answer.body, (byte) => String.fromCharCode(byte)).join("");
		} else {
			value = new TextDecoder().decode(answer.body);
		}
		const check = validator(schemaAt);
		if (!check(value)) problems.push(`body does not match its schema:\n${describeErrors(check.errors)}`);
		const itemSchema = response.content[type]["x-item-schema"];
		if (itemSchema && typeof value === "string") {
			const itemAt = `${schemaAt.replace(/\/schema$/, "")}/x-item-schema`;
			const checkItem = validator(itemAt);
			value
				.split("\n")
				.filter(Boolean)
				.forEach((line, index) => {
					let item: unknown;
					try {
						item = JSON.parse(line);
					} catch {
						problems.push(`line ${index + 1} is not JSON`);
						return;
					}
					if (!checkItem(item)) {
						problems.push(`line ${index + 1} does not match its schema:\n${describeErrors(checkItem.errors)}`);
					}
				});
		}
	}

	function checkHeaders(responseAt: string, response: Json, headers: Headers, problems: string[]) {
		const documented = new Map<string, string>();
		for (const [name, header] of Object.entries((response.headers ?? {}) as Json)) {
			documented.set(name.toLowerCase(), resolved(header, `${responseAt}/headers/${escapePointer(name)}`).at);
		}
		const cookies = typeof headers.getSetCookie === "function" ? headers.getSetCookie() : [];
		const sent: [string, string][] = [
			...[...headers].filter(([name]) => name.toLowerCase() !== "set-cookie" || cookies.length === 0),
			...cookies.map((cookie): [string, string] => ["set-cookie", cookie]),
		];
		for (const [rawName, value] of sent) {
			const name = rawName.toLowerCase();
			if (PLATFORM_HEADERS.has(name)) continue;
			const at = documented.get(name);
			if (!at) {
				problems.push(`sends the header ${name}, not documented on ${responseAt}`);
				continue;
			}
			const schemaAt = `${at}/schema`;
			const schema = target(schemaAt) ?? {};
			const typed = schema.type === "integer" || schema.type === "number" ? Number(value) : value;
			const check = validator(schemaAt);
			if (!check(typed)) {
				problems.push(`header ${name}: ${JSON.stringify(value)} does not match:\n${describeErrors(check.errors)}`);
			}
		}
	}

	function checkResponse(responseAt: string, answer: Answer, method: string): string[] {
		const { object: response, at } = resolved(target(responseAt), responseAt);
		const problems: string[] = [];
		checkBody(at, response, answer, problems, method);
		checkHeaders(at, response, answer.headers, problems);
		return problems;
	}

	/** Checks an answer against the document; throws a ContractViolation saying what differs and where. */
	function checkAnswer(answer: Answer): void {
		const url = new URL(answer.url);
		const method = answer.method.toUpperCase();
		const path = url.pathname;
		// A CORS preflight is the browser asking before a cross-origin call (the Fetch standard), not a call of the API.
		const preflight = method === "OPTIONS" && answer.requestHeaders?.has("access-control-request-method");
		if (
			preflight ||
			NOT_OPERATIONS.some(
				(route) =>
					(route.path.endsWith("/*") ? path.startsWith(route.path.slice(0, -1)) : route.path === path) &&
					(route.method === method || method === "HEAD"),
			)
		) {
			counts.notOperations++;
			return;
		}
		// HEAD is answered wherever GET is, with GET's status and headers and no body.
		const documentedMethod = method === "HEAD" ? "get" : method.toLowerCase();
		const template = templates.find((candidate) => candidate.pattern.test(path));
		const operation = template ? document.paths[template.path][documentedMethod] : undefined;
		let label: string;
		let responseAt: string;
		if (template && operation) {
			label = `${method} ${template.path} (${operation.operationId})`;
			responseAt = pointer("paths", template.path, documentedMethod, "responses", String(answer.status));
			if (!operation.responses[String(answer.status)]) {
				const documented = Object.keys(operation.responses).join(", ");
				throw new ContractViolation(
					`${label} answered ${answer.status}, which it does not document (${documented}); ${method} ${url.pathname}${url.search}`,
				);
			}
		} else {
			// Not an operation: the answers the API description promises for any path.
			label = `${method} ${path} (no operation)`;
			const generic = { 403: "CrossSiteRequest", 404: "NotFound", 405: "MethodNotAllowed" }[answer.status];
			if (!generic) {
				throw new ContractViolation(
					`${label} answered ${answer.status}: a path no operation has answers 404 NotFound, 405 MethodNotAllowed when routed under other methods, or 403 CrossSiteRequest`,
				);
			}
			responseAt = pointer("x-generic-responses", generic);
		}
		const problems = checkResponse(responseAt, answer, method);
		if (problems.length > 0) {
			throw new ContractViolation(
				`${label} answered ${answer.status} to ${method} ${path} (${responseAt}):\n- ${problems.join("\n- ")}`,
			);
		}
		counts.validated++;
	}

	/** Checks a webhook delivery against the document's `webhooks` entry for its type. */
	function checkDelivery(delivery: Delivery): void {
		let body: Json;
		try {
			body = JSON.parse(delivery.body);
		} catch {
			throw new ContractViolation(`a webhook delivery's body is not JSON: ${delivery.body.slice(0, 200)}`);
		}
		const type = String(body.type);
		const operation = document.webhooks?.[type]?.post;
		if (!operation) throw new ContractViolation(`a webhook delivery of type ${type}, which webhooks does not document`);
		const at = pointer("webhooks", type, "post");
		const problems: string[] = [];
		const content = operation.requestBody?.content ?? {};
		const sentType = mediaType(delivery.headers);
		if (!content[sentType]) problems.push(`sent as ${sentType || "no content type"}, not documented`);
		else {
			const schemaAt = `${at}/requestBody/content/${escapePointer(sentType)}/schema`;
			const check = validator(schemaAt);
			if (!check(body)) problems.push(`body does not match its schema:\n${describeErrors(check.errors)}`);
		}
		const parameters = new Map<string, { parameter: Json; at: string }>();
		(operation.parameters ?? []).forEach((declared: Json, index: number) => {
			const { object: parameter, at: parameterAt } = resolved(declared, `${at}/parameters/${index}`);
			if (parameter.in === "header") parameters.set(parameter.name.toLowerCase(), { parameter, at: parameterAt });
		});
		for (const [name, value] of delivery.headers) {
			if (DELIVERY_PLATFORM_HEADERS.has(name)) continue;
			const documented = parameters.get(name);
			if (!documented) {
				problems.push(`sends the header ${name}, not documented on ${at}`);
				continue;
			}
			const schemaAt = `${documented.at}/schema`;
			const schema = target(schemaAt) ?? {};
			const check = validator(schemaAt);
			if (!check(schema.type === "integer" ? Number(value) : value)) {
				problems.push(`header ${name}: ${JSON.stringify(value)} does not match:\n${describeErrors(check.errors)}`);
			}
		}
		for (const [name, { parameter }] of parameters) {
			if (parameter.required && !delivery.headers.has(name)) problems.push(`lacks the required header ${name}`);
		}
		if (problems.length > 0) {
			throw new ContractViolation(`webhook ${type} (${operation.operationId}):\n- ${problems.join("\n- ")}`);
		}
		counts.webhooks++;
	}

	return { checkAnswer, checkDelivery };
}

export type Contract = ReturnType<typeof contractOf>;

/** What was checked: answers validated, answers of routes that are not operations, webhook deliveries validated. */
export interface ContractCounts {
	validated: number;
	notOperations: number;
	webhooks: number;
}

declare module "vitest" {
	interface TaskMeta {
		/** What a test file checked, set by the suites' setup files and summed by ./count-reporter.ts. */
		contract?: ContractCounts;
	}
}

/** Counted by every contract of the process (one per server the suite reaches, all serving the same document). */
const counts: ContractCounts = { validated: 0, notOperations: 0, webhooks: 0 };

/**
 * Violations seen where a throw may not reach the test: a receiver answering the Worker's own delivery, or an answer
 * read by code under test that catches errors. The suites' setup files fail the test that caused them.
 */
const unreported: ContractViolation[] = [];

/** Runs a check, keeping its violation for the test's end as well as throwing it. */
export function recorded<T>(check: () => T): T {
	try {
		return check();
	} catch (error) {
		if (error instanceof ContractViolation) unreported.push(error);
		throw error;
	}
}

/** The violations recorded since the last call, for a setup file to fail the test with. */
export function takeViolations(): ContractViolation[] {
	return unreported.splice(0);
}

/** The counts so far, left running. */
export const countsSoFar = (): ContractCounts => ({ ...counts });

/** Takes the counts so far and starts again from zero: each test file reports its own (./count-reporter.ts). */
export function takeCounts(): ContractCounts {
	const taken = { ...counts };
	counts.validated = 0;
	counts.notOperations = 0;
	counts.webhooks = 0;
	return taken;
}
