// Builds the HTTP app: request id and database per request, the body limit, every feature router, the OpenAPI
// document generated from the routes' own declarations, and the single place where failures become the one
// error shape.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie, setCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { DEPRECATION_POLICY_PATH, MIN_DEPRECATION_DAYS } from "./api-evolution/deprecation";
import { API_VERSION, API_VERSION_HEADER } from "./api-evolution/version";
import { authRouter } from "./auth/auth.index";
import { SESSION_COOKIE } from "./auth/authenticate";
import { refuseCrossSiteRequests } from "./auth/cross-site";
import { HOME_PATH, renderHomePage } from "./auth/home-page";
import { loginPageRouter } from "./auth/login-page";
import { captureScriptRouter } from "./capture-sessions/capture-script.index";
import { captureSessionsRouter } from "./capture-sessions/capture-sessions.index";
import { certificatesRouter } from "./certificates/certificates.index";
import { claimingRouter } from "./claiming/claiming.index";
import { consentRulesRouter } from "./consent-rules/consent-rules.index";
import { readsFromReplica } from "./db/replica-reads";
import { openShardSessions, parseBookmarks, type ShardSessions } from "./db/shard-sessions";
import { allShards, DIRECTORY_SHARD } from "./db/shards";
import { DEMO_FORM_PATH, demoForm } from "./demo/demo-form";
import { docsRouter } from "./docs/docs.index";
import { evidenceRouter } from "./evidence/evidence.index";
import { registerIdempotencyKeyParameter } from "./idempotency/documentation";
import { inboxRouter } from "./inbox/inbox.index";
import { jobsRouter } from "./jobs/jobs.index";
import { leadLookupRouter } from "./lead-lookup/lead-lookup.index";
import { newLedgerUsage } from "./ledger/ledger";
import { ApiError, type ErrorCode, errorBody } from "./lib/errors";
import { wantsHtml } from "./lib/html";
import { type AppContext, type AppEnv, createRouter } from "./lib/http";
import { methodsAllowedFor } from "./lib/method-not-allowed";
import { requestPolicies } from "./lib/route-policies";
import {
	GENERIC_RESPONSES,
	MAX_BODY_BYTES,
	REQUEST_HEADER_PARAMETERS,
	RESPONSE_HEADERS,
	SECURITY_SCHEMES,
	tags,
} from "./lib/routes";
import { partnersRouter } from "./partners/partners.index";
import { propertiesRouter } from "./properties/properties.index";
import { replayRouter } from "./replay/replay.index";
import { revocationsRouter } from "./revocations/revocations.index";
import { sharingRouter } from "./sharing/sharing.index";
import { signingKeysRouter } from "./signing/keys.index";
import { logRouter, registerTileDocumentation } from "./transparency-log/log.index";
import { verificationRouter } from "./verification/verification.index";
import { verifyPageRouter } from "./verify-page/verify-page.index";
import { documentWebhookEvents } from "./webhooks/documentation";
import { enqueueNotedEvents } from "./webhooks/emit";
import { webhooksRouter } from "./webhooks/webhooks.index";

const codeByHttpStatus: Record<number, ErrorCode> = {
	400: "MALFORMED_JSON",
	401: "UNAUTHORIZED",
	404: "NOT_FOUND",
	405: "METHOD_NOT_ALLOWED",
	413: "PAYLOAD_TOO_LARGE",
	415: "UNSUPPORTED_MEDIA_TYPE",
};

function toApiError(error: unknown): ApiError {
	if (error instanceof ApiError) return error;
	if (error instanceof HTTPException) {
		const code = codeByHttpStatus[error.status] ?? "VALIDATION_FAILED";
		const message = code === "MALFORMED_JSON" ? "The request body is not valid JSON" : error.message;
		return new ApiError(code, message);
	}
	return new ApiError("INTERNAL_ERROR", "Something went wrong on our side; the request id helps us find it");
}

export function renderError(c: AppContext, error: unknown): Response {
	const apiError = toApiError(error);
	if (apiError.code === "INTERNAL_ERROR") console.error(`[${c.var.requestId}]`, error);
	const response = c.json(errorBody(apiError, c.var.requestId ?? "unknown"), apiError.status);
	for (const [name, value] of Object.entries(apiError.options.headers ?? {})) response.headers.set(name, value);
	return response;
}

const API_DESCRIPTION = [
	"Publishers share signed consent certificates with lead buyers through one-time claim tokens; buyers claim them, check the consent language against their own rules, and keep the evidence.",
	"",
	'Every error has one shape, `{"error": {"code", "message", "request_id", "fields"?, "details"?}}`, with a stable `code`. Besides the answers listed for each operation, any path answers `404 NOT_FOUND` when it names nothing, and `405 METHOD_NOT_ALLOWED` with an `Allow` header when it exists under other methods (`x-generic-responses`: `NotFound`, `MethodNotAllowed`); a change carrying the session cookie from another site is refused `403 CROSS_SITE_REQUEST` on any path (`CrossSiteRequest`).',
	"",
	"## Compatibility and deprecation",
	"",
	`Every answer carries \`${API_VERSION_HEADER}: ${API_VERSION}\`, the date of the contract this document describes (also its \`info.version\`). Additive changes are made without notice and keep the version: new operations, new optional request fields or query parameters, new fields in responses and event bodies, new event types (an endpoint receives only the types it subscribed to), new error codes for situations that could not happen before, and longer limits. Clients must ignore fields they do not know. Breaking changes are anything else: removing or renaming an operation, a field or an enum value, making an optional input required, narrowing what is accepted, or changing what a field or status means.`,
	"",
	`A breaking change is made only by retiring the operation: it is marked \`deprecated\` here, and every answer of it carries \`Deprecation\` (RFC 9745, \`@<unix seconds>\` of the day it was deprecated), \`Sunset\` (RFC 8594, the HTTP-date it stops answering) and \`Link: <${DEPRECATION_POLICY_PATH}>; rel="deprecation"\`. A deprecated operation keeps working unchanged for at least ${MIN_DEPRECATION_DAYS} days, with its replacement available the whole time. No operation is deprecated today.`,
].join("\n");

// A client's own id ties our logs to theirs; anything else (too long, odd characters) could forge log lines.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const BOOKMARK_COOKIE = "econsent_d1_bookmark";

/**
 * Where a request's D1 session starts: at least as fresh as a bookmark the client sent back (header, or the cookie
 * for browsers), else anywhere for a read or a write whose reads a replica may serve (a replica near the caller; see
 * src/db/replica-reads.ts) and at the primary for any other write. Hono has matched the request to its route
 * before the first middleware runs, so the route's declaration decides.
 */
function openSessions(c: AppContext): ShardSessions {
	const sent = parseBookmarks(c.req.header("x-d1-bookmark") ?? getCookie(c, BOOKMARK_COOKIE));
	const start = readsFromReplica(c) ? "first-unconstrained" : "first-primary";
	return openShardSessions(c.env, start, sent, () => allShards(c.env));
}

/**
 * The round-trip counts are internal diagnostics: every answer carries them under `npm run dev`, in the e2e suite and
 * in the tests (DIAGNOSTIC_HEADERS = "always"); a deployed Worker sends them only to a request that asks with
 * `X-Debug-Round-Trips: 1`.
 */
function sendsDiagnostics(c: AppContext): boolean {
	return c.env.DIAGNOSTIC_HEADERS === "always" || c.req.header("x-debug-round-trips") === "1";
}

function requestIdFor(c: AppContext): string {
	const sent = c.req.header("x-request-id");
	if (sent && CLIENT_REQUEST_ID.test(sent)) return sent;
	return c.req.header("cf-ray") ?? crypto.randomUUID();
}

export function createApp() {
	const app = createRouter();

	app.use(async (c, next) => {
		const requestId = requestIdFor(c);
		c.set("requestId", requestId);
		const shards = openSessions(c);
		const directory = shards.shard(DIRECTORY_SHARD);
		c.set("shards", shards);
		c.set("db", directory.db);
		c.set("d1", directory.d1);
		const ledger = newLedgerUsage();
		c.set("ledgerUsage", ledger);
		c.set("webhookEvents", []);
		await next();
		const events = c.var.webhookEvents;
		if (events.length > 0) c.executionCtx.waitUntil(enqueueNotedEvents(c.env, events));
		c.header("X-Request-Id", requestId);
		c.header(API_VERSION_HEADER, API_VERSION);
		// Trips made by certificate ledgers on this request's behalf count too: they are the writes, at the primary.
		const trips = shards.trips();
		if (sendsDiagnostics(c)) {
			c.header("X-D1-Round-Trips", String(trips.total + ledger.d1RoundTrips));
			c.header("X-D1-Primary-Round-Trips", String(trips.primary + ledger.d1RoundTrips));
			c.header("X-Durable-Object-Calls", String(ledger.calls));
		}
		// A ledger's write comes after this request's own reads, so its bookmark is the later one.
		const bookmark = shards.bookmark(ledger.bookmarks);
		if (bookmark) {
			c.header("X-D1-Bookmark", bookmark);
			// A browser cannot send the header back; the cookie does it for people using the pages.
			if (ledger.bookmarks.size > 0 && getCookie(c, SESSION_COOKIE)) {
				setCookie(c, BOOKMARK_COOKIE, bookmark, {
					httpOnly: true,
					secure: true,
					sameSite: "Lax",
					path: "/",
					maxAge: 300,
				});
			}
		}
		// Browsers must never reach this service over plain HTTP, where a session cookie or claim token could leak.
		c.header("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
	});
	app.use(refuseCrossSiteRequests());
	// Every request's body is limited, routed or not: by its route's declared limit, else MAX_BODY_BYTES.
	const bodyLimits = new Map<number, MiddlewareHandler<AppEnv>>();
	const limitBodies = (maxSize: number) =>
		bodyLimit({
			maxSize,
			onError: () => {
				throw new ApiError("PAYLOAD_TOO_LARGE", `Request bodies are limited to ${maxSize} bytes here`);
			},
		});
	app.use((c, next) => {
		const maxSize = requestPolicies(c)?.maxBodyBytes ?? MAX_BODY_BYTES;
		let limit = bodyLimits.get(maxSize);
		if (!limit) {
			limit = limitBodies(maxSize);
			bodyLimits.set(maxSize, limit);
		}
		return limit(c, next);
	});

	// A browser gets the home page (where sign-in lands); API clients the service's description.
	app.get(HOME_PATH, (c) =>
		wantsHtml(c)
			? renderHomePage(c)
			: c.json({
					service: "econsent partner certificates",
					docs: "/docs",
					openapi: "/openapi.json",
				}),
	);
	app.get("/health", (c) => c.json({ ok: true }));
	// Browsers ask for an icon on every page; answer without an error so it does not show as a failed load.
	app.get("/favicon.ico", (c) => c.body(null, 204));

	app.route("/", authRouter);
	app.route("/", propertiesRouter);
	app.route("/", certificatesRouter);
	app.route("/", captureSessionsRouter);
	app.route("/", consentRulesRouter);
	app.route("/", partnersRouter);
	app.route("/", sharingRouter);
	app.route("/", claimingRouter);
	app.route("/", jobsRouter);
	app.route("/", inboxRouter);
	app.route("/", leadLookupRouter);
	app.route("/", evidenceRouter);
	app.route("/", revocationsRouter);
	app.route("/", replayRouter);
	app.route("/", verificationRouter);
	app.route("/", signingKeysRouter);
	app.route("/", logRouter);
	app.route("/", webhooksRouter);
	app.route("/", loginPageRouter);
	app.route("/", verifyPageRouter);
	app.route("/", captureScriptRouter);
	// Local development and tests only (ALLOW_LOCAL_CAPTURE); elsewhere the path is as unknown as any other.
	app.use(DEMO_FORM_PATH, demoForm());

	const documentConfig = {
		openapi: "3.1.0",
		info: {
			title: "eConsent Partner Certificates API",
			version: API_VERSION,
			description: API_DESCRIPTION,
			contact: { name: "eConsent API support", email: "api@econsent.org", url: "https://econsent.org" },
			license: { name: "Proprietary", url: "https://econsent.org/terms" },
		},
		// Relative: the paths are served wherever this document is.
		servers: [
			{
				url: "/",
				description: "The deployment serving this document (production, or local development)",
				"x-internal": false,
			},
		],
		tags: Object.entries(tags).map(([name, description]) => ({ name, description })),
		// The answers of any path besides its operations' own. Not components.responses: no operation names them, and
		// an unreferenced component reads as a leftover to linters.
		"x-generic-responses": GENERIC_RESPONSES,
	};
	for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
		app.openAPIRegistry.registerComponent("securitySchemes", name, scheme);
	}
	documentWebhookEvents(app.openAPIRegistry);
	for (const [name, header] of Object.entries(RESPONSE_HEADERS)) {
		app.openAPIRegistry.registerComponent("headers", name, header);
	}
	for (const [name, parameter] of Object.entries(REQUEST_HEADER_PARAMETERS)) {
		app.openAPIRegistry.registerComponent("parameters", name, parameter);
	}
	registerIdempotencyKeyParameter(app.openAPIRegistry);
	registerTileDocumentation(app.openAPIRegistry);
	// Every route is declared by now and the document depends on nothing else, so it is built and serialized once,
	// on the first request for it, and kept for the isolate's life: the build walks every route and schema (about
	// 100 ms of CPU) and the JSON is nearly 300 KB.
	let documentJson: string | undefined;
	app.get("/openapi.json", (c) => {
		documentJson ??= JSON.stringify(app.getOpenAPI31Document(documentConfig));
		return c.body(documentJson, 200, { "Content-Type": "application/json" });
	});
	app.route("/", docsRouter);

	const allowedMethods = methodsAllowedFor(app.routes);
	app.notFound((c) => {
		const allowed = allowedMethods(c.req.path);
		if (allowed.length === 0)
			return renderError(c, new ApiError("NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`));
		return renderError(
			c,
			new ApiError(
				"METHOD_NOT_ALLOWED",
				`${c.req.path} does not answer ${c.req.method}; it answers ${allowed.join(", ")}`,
				{
					headers: { Allow: allowed.join(", ") },
				},
			),
		);
	});
	app.onError((error, c) => renderError(c, error));
	return app;
}
