// Every operation is declared through publicRoute() or protectedRoute(): the declaration is the one place that says who
// may call it (the OpenAPI `security`, with the API key scope it needs), which tag it belongs to, every status it can
// answer, with the one error shape and the response headers every answer carries, whether its reads may be served by a
// read replica, whether it takes an Idempotency-Key (every protected write does, unless it opts out), and how large a
// body it takes, and which rate limits its calls count against (every write and every protected read, unless it
// opts out). What enforces each of these is attached here or reads the declaration (src/lib/route-policies.ts); no
// list of routes is kept anywhere else.
import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import {
	checkedNotice,
	type DeprecationNotice,
	deprecationHeaders,
	documentedDeprecationHeaders,
} from "../api-evolution/deprecation";
import { API_VERSION, API_VERSION_HEADER } from "../api-evolution/version";
import { credentialsBeforeRequestShape } from "../auth/credentials-first";
import { IDEMPOTENCY_KEY_PARAMETER, withIdempotencyAnswers } from "../idempotency/documentation";
import { idempotency } from "../idempotency/idempotency";
import { classPolicies, type RateLimitClass } from "../rate-limits/policies";
import { rateLimited } from "../rate-limits/rate-limits";
import { codeToStatus, type ErrorCode, ErrorSchema } from "./errors";
import { MAX_LOCATION_LENGTH } from "./html";
import type { AppEnv } from "./http";
import { type RouteAuth, recordDeclaredPolicies } from "./route-policies";

// Large enough for a long disclosure or a 1,000-id batch share; anything bigger is a mistake or abuse. A route that
// needs more declares it (`maxBodyBytes`).
export const MAX_BODY_BYTES = 256 * 1024;

/** The tags of the document, in the order the reference shows them. */
export const tags = {
	Accounts: "Sign-up, sign-in and the API keys a company's servers use.",
	Properties: "The web properties (sites) whose forms capture consent.",
	Certificates: "Capturing signed consent certificates and reading them back.",
	Capture:
		"Witnessed capture: the capture script on a publisher's form page opens a session, uploads the session's recording in chunks and submits what it saw, which makes a witnessed certificate.",
	"Consent rules": "A buyer's rules for consent language, checked at every claim, and a dry run.",
	Partners: "Partnerships through which a publisher shares a property's certificates with a buyer.",
	Sharing: "One-time claim tokens: sharing certificates and claiming them.",
	"Batch jobs": "Sharing up to 100,000 certificates in the background, and downloading the tokens made.",
	"Buyer inbox": "Certificates shared with a buyer, claiming them, and the evidence for claimed ones.",
	Revocations:
		"A consumer's revocation of consent, recorded by the publisher or a buyer that claimed the certificate, carried to every buyer that claimed it (webhook consent.revoked), with the date by which it must be honoured.",
	Verification: "Recomputing signatures and the audit chain of a certificate.",
	"Signing keys": "The public Ed25519 keys that verify certificate signatures.",
	"Transparency log":
		"The append-only Merkle log of every audit and access event (C2SP tlog-tiles): signed checkpoints, tiles, consistency proofs and witnesses' cosignatures.",
	Webhooks:
		"Endpoints that receive signed events (Standard Webhooks): certificates shared, claimed or rejected, tokens about to expire, batch jobs ended, consent revoked.",
} as const;
export type Tag = keyof typeof tags;

export const SECURITY_SCHEMES = {
	session: {
		type: "apiKey",
		in: "cookie",
		name: "econsent_session",
		description:
			"The session cookie set by /auth/signup, /auth/login or the sign-in page: HttpOnly, Secure, SameSite=Lax, 14 days. A session may do everything its company may do.",
	},
	apiKey: {
		type: "http",
		scheme: "bearer",
		description:
			"An API key (`eck_…`) created by a signed-in user at /auth/api-keys, sent as `Authorization: Bearer eck_…`. Only its SHA-256 is stored. The scope an operation needs from a key is its `x-api-key-scope`.",
	},
} as const;

const BOOKMARK = "[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}";
/** A bookmark list as src/db/shard-sessions.ts writes and reads it: "<directory>,<shard>:<bookmark>…". */
const BOOKMARK_LIST_SCHEMA = {
	type: "string",
	maxLength: 4096,
	pattern: `^(?:[0-9]{1,4}:)?${BOOKMARK}(?:,[0-9]{1,4}:${BOOKMARK})*$`,
} as const;

/** Request headers any operation takes, declared once in components.parameters and listed by every operation. */
export const REQUEST_HEADER_PARAMETERS = {
	RequestId: {
		name: "X-Request-Id",
		in: "header",
		required: false,
		description:
			"The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made.",
		schema: { type: "string", maxLength: 128, pattern: "^[A-Za-z0-9._:-]{1,128}$" },
	},
	D1Bookmark: {
		name: "X-D1-Bookmark",
		in: "header",
		required: false,
		description:
			"A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored.",
		schema: BOOKMARK_LIST_SCHEMA,
	},
} as const;

/** The references every operation lists to the request headers any operation takes. */
export const requestHeaderParameters = () =>
	Object.keys(REQUEST_HEADER_PARAMETERS).map((name) => ({ $ref: `#/components/parameters/${name}` }));

/** Response headers declared once in components.headers and referenced from every response. */
export const RESPONSE_HEADERS = {
	[API_VERSION_HEADER]: {
		description: `The version of the API that answered: the date of its contract (${API_VERSION}). Additive changes keep it; see "Compatibility and deprecation" in the API description.`,
		schema: { type: "string", maxLength: 10, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", example: API_VERSION },
	},
	"X-Request-Id": {
		description:
			"Identifies this request in the service's logs. A well-formed X-Request-Id sent by the client (1-128 of A-Z a-z 0-9 . _ : -) is echoed; otherwise a new one is made.",
		schema: { type: "string", maxLength: 128, pattern: "^[A-Za-z0-9._:-]{1,128}$" },
	},
	"X-D1-Round-Trips": {
		description:
			"How many database round trips the request took, including those a certificate ledger made for it. An internal diagnostic: a deployed service sends it only when the request carries `X-Debug-Round-Trips: 1`; under local development (`npm run dev`) every answer has it.",
		schema: { type: "integer", format: "int32", minimum: 0, maximum: 1000 },
	},
	"X-D1-Primary-Round-Trips": {
		description:
			"How many of those had to reach the database's primary (writes, and every trip of a session that wrote or started at the primary); the others may be served by a read replica near the caller. An internal diagnostic: a deployed service sends it only when the request carries `X-Debug-Round-Trips: 1`; under local development (`npm run dev`) every answer has it.",
		schema: { type: "integer", format: "int32", minimum: 0, maximum: 1000 },
	},
	"X-Durable-Object-Calls": {
		description:
			"How many calls to certificate ledgers (the Durable Objects that write certificates' histories) the request made. An internal diagnostic: a deployed service sends it only when the request carries `X-Debug-Round-Trips: 1`; under local development (`npm run dev`) every answer has it.",
		schema: { type: "integer", format: "int32", minimum: 0, maximum: 1000 },
	},
	"X-D1-Bookmark": {
		description:
			"Where the databases stood after this request, when it touched them: the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard it reached, comma-separated. Send it back as the `X-D1-Bookmark` request header (browsers: the `econsent_d1_bookmark` cookie does it) and the next request reads at least this state, even from a replica.",
		schema: BOOKMARK_LIST_SCHEMA,
	},
	"Strict-Transport-Security": {
		description: "Browsers must reach this service over HTTPS only (two years, subdomains included).",
		schema: { type: "string", maxLength: 100, example: "max-age=63072000; includeSubDomains" },
	},
	"Cache-Control": {
		description:
			"Whether and how long caches may keep the answer: `no-store` for anything that carries a token or evidence, a lifetime for public material.",
		schema: { type: "string", maxLength: 100, example: "no-store" },
	},
	"Referrer-Policy": {
		description: "`no-referrer`: a page or answer reached through a token or evidence URL never passes it on.",
		schema: { type: "string", pattern: "^no-referrer$" },
	},
	"X-Content-Type-Options": {
		description: "`nosniff`: browsers take the answer for its declared Content-Type only.",
		schema: { type: "string", pattern: "^nosniff$" },
	},
	"Content-Security-Policy": {
		description: "On a page: where its styles, scripts and images may come from (this origin, or a nonce).",
		schema: { type: "string", maxLength: 1000 },
	},
	"Content-Disposition": {
		description: "A download: the answer is to be saved under the file name given.",
		schema: { type: "string", maxLength: 300, pattern: '^attachment; filename="[^"]+"$' },
	},
	"RateLimit-Policy": {
		description:
			'The rate limits this operation\'s calls count against (draft-ietf-httpapi-ratelimit-headers): `"<class>-company";q=<calls>;w=<window seconds>` for the caller\'s company and `"<class>-address";q=…;w=…` for the client address. Operations of one class share its budgets.',
		schema: { type: "string", maxLength: 200, example: '"writes-company";q=1200;w=60, "writes-address";q=2400;w=60' },
	},
	RateLimit: {
		description:
			"What is left of each budget named in RateLimit-Policy: `r` calls, until the window ends in `t` seconds and the budget is whole again. With several servers answering, `r` is an estimate; a refusal never is.",
		schema: { type: "string", maxLength: 200, example: '"writes-company";r=1187;t=42, "writes-address";r=2391;t=42' },
	},
	"Retry-After": {
		description: "Seconds to wait before trying again.",
		schema: { type: "integer", format: "int32", minimum: 1, maximum: 3600 },
	},
	"Access-Control-Allow-Origin": {
		description:
			"On the capture script's calls: the request's Origin, when that origin may record for the property, so the script on the form page can read the answer (errors included). Never with credentials.",
		schema: { type: "string", maxLength: 300, format: "uri" },
	},
	"Cross-Origin-Resource-Policy": {
		description: "`cross-origin`: the capture script may be loaded by the publishers' form pages on their own sites.",
		schema: { type: "string", pattern: "^cross-origin$" },
	},
	Allow: {
		description: "The methods the path answers, on a 405 METHOD_NOT_ALLOWED.",
		schema: { type: "string", maxLength: 100, pattern: "^[A-Z]+(, [A-Z]+)*$", example: "GET, HEAD, POST" },
	},
	Location: {
		description: "Where to go next: the sign-in page, which returns the browser here afterwards.",
		schema: { type: "string", maxLength: MAX_LOCATION_LENGTH, format: "uri-reference" },
	},
	"Set-Cookie": {
		description:
			"On sign-up, sign-in and logout, the session cookie (`econsent_session`, HttpOnly, Secure, SameSite=Lax) or its removal. On a signed-in browser's request that wrote a certificate's history, `econsent_d1_bookmark`: the X-D1-Bookmark that browser's next request reads at least, for 5 minutes.",
		schema: { type: "string", maxLength: 4200, pattern: "^econsent_(session|d1_bookmark)=" },
	},
} as const;
type HeaderName = keyof typeof RESPONSE_HEADERS;

const headerRefs = (...names: readonly HeaderName[]) =>
	Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

/** Headers every answer carries, success or error. */
const everyAnswer = [
	API_VERSION_HEADER,
	"X-Request-Id",
	"X-D1-Round-Trips",
	"X-D1-Primary-Round-Trips",
	"X-Durable-Object-Calls",
	"X-D1-Bookmark",
	"Strict-Transport-Security",
] as const;

/**
 * What an answer reached through a token or evidence URL carries, JSON or page (setNoLeakHeaders, src/lib/html.ts);
 * a page adds its Content-Security-Policy.
 */
export const NO_LEAK_HEADERS = ["Referrer-Policy", "Cache-Control", "X-Content-Type-Options"] as const;
export const PAGE_HEADERS = [...NO_LEAK_HEADERS, "Content-Security-Policy"] as const;

/** The references to the headers every answer carries, for an operation documented by hand rather than declared. */
export const everyAnswerHeaders = () => headerRefs(...everyAnswer);

type Responses = RouteConfig["responses"];

/**
 * An error as a page: a browser (Accept: text/html) gets every operation's errors as pages, with the page headers
 * (browserErrorPage, src/lib/html.ts).
 */
export const ERROR_PAGE = {
	schema: {
		type: "string",
		description: "A browser (Accept: text/html) gets the error as a page saying what went wrong and where to go next",
	},
} as const;

/** The headers of an error answer, JSON or page, for an operation documented by hand rather than declared. */
export const errorAnswerHeaders = () => headerRefs(...everyAnswer, ...PAGE_HEADERS);

/**
 * The answers any path gives besides its operations' own (the document's `x-generic-responses`, named by the API
 * description): a path that names nothing, one that exists under other methods, and a cross-site change.
 */
export const GENERIC_RESPONSES = {
	NotFound: {
		description: "Error: NOT_FOUND. The path names no operation.",
		content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } }, "text/html": ERROR_PAGE },
		headers: headerRefs(...everyAnswer, ...PAGE_HEADERS),
	},
	MethodNotAllowed: {
		description: "Error: METHOD_NOT_ALLOWED. The path exists, under the methods listed in Allow.",
		content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } }, "text/html": ERROR_PAGE },
		headers: headerRefs(...everyAnswer, ...PAGE_HEADERS, "Allow"),
	},
	CrossSiteRequest: {
		description:
			"Error: CROSS_SITE_REQUEST. A change (any method but GET and HEAD) carrying this service's session cookie from another site's page is refused before anything else, whatever the path.",
		content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } }, "text/html": ERROR_PAGE },
		headers: headerRefs(...everyAnswer, ...PAGE_HEADERS),
	},
} as const;

interface RouteOptions {
	operationId: string;
	tag: Tag;
	summary: string;
	description: string;
	/** Errors particular to this operation; the ones that follow from its shape are added here. */
	errors?: ErrorCode[];
	/** Answers 429 RATE_LIMITED with Retry-After from a guard of its own (token guessing, capture floods). */
	rateLimited?: boolean;
	/**
	 * The rate-limit class its calls count in (src/rate-limits/policies.ts), per company and per client address. By
	 * default every write counts in "writes" ("public-writes" without credentials) and every protected read in
	 * "reads"; a costly read says "costly-reads". `false` only for an operation limited otherwise, said where declared.
	 */
	rateLimit?: RateLimitClass | false;
	/** A browser (Accept: text/html) without a session is sent to the sign-in page with 303. */
	signInRedirect?: boolean;
	/**
	 * A write whose D1 session starts at a read replica near the caller rather than at the primary, because nothing
	 * it decides rests on what it reads (src/db/replica-reads.ts says which writes qualify and why). Reads (GET)
	 * always start at a replica.
	 */
	reads?: "replica-first";
	/**
	 * Every protected write (POST, PUT, PATCH, DELETE) takes an Idempotency-Key: the middleware
	 * (src/idempotency/idempotency.ts) runs ahead of the operation's validators and handler, and the document describes
	 * the header, the replay marker and the 409/422 answers. `false` opts a write out, only where replaying a stored
	 * answer would be wrong; the declaration says why.
	 */
	idempotent?: false;
	/** Request bodies up to this many bytes instead of MAX_BODY_BYTES; more is refused 413 PAYLOAD_TOO_LARGE. */
	maxBodyBytes?: number;
	/**
	 * Retiring the operation: the document marks it `deprecated` and every answer carries Deprecation, Sunset and a
	 * Link to the policy (src/api-evolution/deprecation.ts). The sunset is at least MIN_DEPRECATION_DAYS after.
	 */
	deprecated?: DeprecationNotice;
	/**
	 * Headers the operation sends besides those of every answer: `always` on each of its answers (set before anything
	 * can fail, as setNoLeakHeaders is), `onSuccess` on its 2xx answers only.
	 */
	sends?: { always?: readonly HeaderName[]; onSuccess?: readonly HeaderName[] };
}

type Declared = Omit<RouteConfig, "path" | "security" | "tags" | "operationId" | "summary" | "description">;

function errorCodesFor(
	config: Declared,
	auth: RouteAuth,
	options: RouteOptions,
	limitClass: RateLimitClass | null,
): ErrorCode[] {
	const codes: ErrorCode[] = [...(options.errors ?? [])];
	const request = config.request;
	if (request?.params || request?.query || request?.headers || request?.body) codes.push("VALIDATION_FAILED");
	if (request?.body) codes.push("MALFORMED_JSON", "UNSUPPORTED_MEDIA_TYPE");
	// The body limit applies to every request that can carry a body, declared or not.
	if (config.method !== "get" && config.method !== "head") codes.push("PAYLOAD_TOO_LARGE");
	if (auth !== "public") codes.push("UNAUTHORIZED", "FORBIDDEN");
	if (options.rateLimited || limitClass) codes.push("RATE_LIMITED");
	codes.push("INTERNAL_ERROR");
	return [...new Set(codes)];
}

function errorResponsesFor(codes: ErrorCode[], always: readonly HeaderName[]): Responses {
	const byStatus = new Map<number, ErrorCode[]>();
	for (const code of codes) byStatus.set(codeToStatus(code), [...(byStatus.get(codeToStatus(code)) ?? []), code]);
	const responses: Responses = {};
	for (const [status, sameStatus] of [...byStatus].sort(([a], [b]) => a - b)) {
		responses[status] = {
			description: `Error: ${sameStatus.join(" or ")}`,
			content: { "application/json": { schema: ErrorSchema } },
			// A rate limit, and a ledger write left unconfirmed (SERVICE_UNAVAILABLE), say when to try again.
			headers: headerRefs(
				...everyAnswer,
				...always,
				...(status === 429 || status === 503 ? (["Retry-After"] as const) : []),
			),
		};
	}
	return responses;
}

function accessNote(auth: RouteAuth): string {
	if (auth === "public") return "No credential needed.";
	if (auth === "session") return "Needs a signed-in session; API keys are refused.";
	if (auth.scope === null) return "Needs a session or any API key.";
	return `Needs a session or an API key with the \`${auth.scope}\` scope.`;
}

function rateLimitNote(limitClass: RateLimitClass): string {
	const { perCompany, perAddress } = classPolicies(limitClass);
	const budgets = [
		...(perCompany ? [`${perCompany.limit} calls a minute per company`] : []),
		`${perAddress.limit} per client address`,
	];
	return `Rate limited (\`${limitClass}\`, shared by the operations of that class): ${budgets.join(", ")}; every answer reports them in RateLimit-Policy and RateLimit, and a call over a budget gets 429 RATE_LIMITED with Retry-After.`;
}

function descriptionFor(auth: RouteAuth, description: string, limitClass: RateLimitClass | null): string {
	return [description, accessNote(auth), ...(limitClass ? [rateLimitNote(limitClass)] : [])].join("\n\n");
}

// OpenAPI 3.1 allows role names in a non-OAuth requirement, but tools (Spectral among them) only accept OAuth
// scopes there; the scope an API key needs is stated as `x-api-key-scope` on the operation instead.
function securityFor(auth: RouteAuth): RouteConfig["security"] {
	// An empty requirement is OpenAPI's way of saying "no credential needed".
	if (auth === "public") return [{}];
	if (auth === "session") return [{ session: [] }];
	return [{ session: [] }, { apiKey: [] }];
}

/**
 * The headers every answer carries, on every response, also those added after the operation's own (an
 * Idempotency-Key's 409 and 422); a deprecated operation's notice on each of them too; and on every error, the page a
 * browser gets instead of JSON, with its headers.
 */
function withEveryAnswerHeaders(
	responses: Responses,
	notice: DeprecationNotice | undefined,
	operationHeaders: readonly HeaderName[],
): Responses {
	const deprecation = notice ? documentedDeprecationHeaders(notice) : {};
	const all: Responses = {};
	for (const [status, response] of Object.entries(responses)) {
		if ("$ref" in response) {
			all[status] = response;
			continue;
		}
		// Every error, whoever declared it, may be a page for a browser.
		const error = Number(status) >= 400 && response.content?.["application/json"];
		all[status] = {
			...response,
			...(error ? { content: { ...response.content, "text/html": ERROR_PAGE } } : {}),
			headers: {
				...headerRefs(...everyAnswer, ...operationHeaders, ...(error ? PAGE_HEADERS : [])),
				...response.headers,
				...deprecation,
			},
		};
	}
	return all;
}

/** Sets the deprecation headers on every answer of the operation, its errors included. */
function announceDeprecation(notice: DeprecationNotice): MiddlewareHandler<AppEnv> {
	const headers = deprecationHeaders(notice);
	return async (c, next) => {
		await next();
		for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
	};
}

const WRITE_METHODS: readonly string[] = ["post", "put", "patch", "delete"];

/** The rate-limit class an operation's calls count in, or null for a public read (or an operation limited otherwise). */
function rateLimitClassFor(auth: RouteAuth, method: string, options: RouteOptions): RateLimitClass | null {
	if (options.rateLimit !== undefined) return options.rateLimit || null;
	if (WRITE_METHODS.includes(method)) return auth === "public" ? "public-writes" : "writes";
	return auth === "public" ? null : "reads";
}

/** Whether an operation takes an Idempotency-Key: every protected write unless it opts out. */
function takesIdempotencyKey(auth: RouteAuth, method: string, options: RouteOptions): boolean {
	return auth !== "public" && WRITE_METHODS.includes(method) && options.idempotent !== false;
}

function declare<const P extends string, const R extends Declared & { path: P }>(
	auth: RouteAuth,
	options: RouteOptions,
	config: R,
) {
	const notice = options.deprecated ? checkedNotice(options.deprecated) : undefined;
	const idempotent = takesIdempotencyKey(auth, config.method, options);
	const limitClass = rateLimitClassFor(auth, config.method, options);
	// A limited operation reports its budgets on every answer, refusals included (src/rate-limits/rate-limits.ts).
	const always: HeaderName[] = [
		...(options.sends?.always ?? []),
		...(limitClass ? (["RateLimit-Policy", "RateLimit"] as const) : []),
	];
	const successHeaders: HeaderName[] = [
		...everyAnswer,
		...always,
		...(options.sends?.onSuccess ?? []),
		// Every success may set the bookmark cookie (src/app.ts); some set the session cookie too.
		"Set-Cookie",
	];
	const responses: Responses = {};
	for (const [status, response] of Object.entries(config.responses)) {
		const headers = status.startsWith("2") ? successHeaders : [...everyAnswer, ...always];
		responses[status] =
			"$ref" in response ? response : { ...response, headers: { ...headerRefs(...headers), ...response.headers } };
	}
	// A browser's GET without a session goes to sign in on every protected operation (browserErrorPage); some writes
	// whose pages post forms ask for it too.
	if (options.signInRedirect || (auth !== "public" && config.method === "get")) {
		responses[303] = {
			description: "A browser (Accept: text/html) without a session is sent to sign in and brought back",
			headers: headerRefs(...everyAnswer, ...always, "Location"),
		};
	}
	Object.assign(responses, errorResponsesFor(errorCodesFor(config, auth, options, limitClass), always));

	// Ahead of the route's validators and handler: a retry with a key is answered before anything is validated again,
	// and who is calling is settled before what was sent (src/auth/credentials-first.ts). A deprecated operation's
	// notice goes first, so that its refusals carry it too; then the client address's rate limit, so that a flood is
	// refused before it costs a database read.
	const middleware: MiddlewareHandler<AppEnv>[] = [
		...(notice ? [announceDeprecation(notice)] : []),
		...(limitClass ? [rateLimited(limitClass)] : []),
		...(idempotent ? [idempotency] : []),
		...(auth === "public" ? [] : [credentialsBeforeRequestShape]),
	];
	const route = createRoute({
		...config,
		...(middleware.length > 0 ? { middleware } : {}),
		parameters: [...requestHeaderParameters(), ...(idempotent ? [IDEMPOTENCY_KEY_PARAMETER] : [])],
		operationId: options.operationId,
		...(notice ? { deprecated: true } : {}),
		tags: [options.tag],
		summary: options.summary,
		description: descriptionFor(auth, options.description, limitClass),
		security: securityFor(auth),
		...(typeof auth === "object" && auth.scope ? { "x-api-key-scope": auth.scope } : {}),
		responses: withEveryAnswerHeaders(
			idempotent ? withIdempotencyAnswers(responses) : responses,
			notice,
			limitClass ? ["RateLimit-Policy", "RateLimit"] : [],
		) as R["responses"],
	});
	recordDeclaredPolicies(config.method, route.getRoutingPath(), {
		auth,
		reads: options.reads ?? (config.method === "get" ? "replica-first" : "primary"),
		idempotent,
		maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
		rateLimit: limitClass,
	});
	// Not enumerable, so it stays out of the generated document (which already states it as `security`) while code
	// that enforces access can read it from the route.
	return Object.defineProperty(route, "auth", { value: auth, enumerable: false }) as typeof route & {
		readonly auth: RouteAuth;
	};
}

/** An operation anyone may call without a credential. */
export function publicRoute<const P extends string, const R extends Declared & { path: P }>(
	options: RouteOptions,
	config: R,
) {
	return declare("public", options, config);
}

/** An operation that needs a session, or (unless `auth` is "session") an API key holding the given scope. */
export function protectedRoute<const P extends string, const R extends Declared & { path: P }>(
	auth: Exclude<RouteAuth, "public">,
	options: RouteOptions,
	config: R,
) {
	return declare(auth, options, config);
}
