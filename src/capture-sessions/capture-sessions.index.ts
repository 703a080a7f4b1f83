import { eq, inArray } from "drizzle-orm";
import { captureSessions, properties } from "../db/schema";
import { type AppContext, createRouter } from "../lib/http";
import {
	CAPTURE_PATH_PREFIX,
	createCaptureSession,
	submitCaptureSession,
	uploadCaptureChunk,
} from "./capture-sessions.routes";
import { candidateDomains, isOriginAllowed } from "./origins";
import { allowOrigin, openCaptureSession, originRules, receiveChunk, submitCaptureSession as submit } from "./sessions";
import { CreateSessionBody, parseJsonBody, SubmitSessionBody } from "./signals";

// Preflights: only a request the script sends as application/json needs one (text/plain is CORS-simple). It is
// answered for an origin that may record somewhere: for the session named, or, before there is a session, for some
// property registered on the origin's domain.
const PREFLIGHT_MAX_AGE_SECONDS = 600;

function answerPreflight(c: AppContext, allowed: boolean) {
	const origin = c.req.header("origin");
	if (allowed && origin !== undefined) {
		allowOrigin(c, origin);
		c.header("Access-Control-Allow-Methods", "POST");
		c.header("Access-Control-Allow-Headers", "Content-Type");
		c.header("Access-Control-Max-Age", String(PREFLIGHT_MAX_AGE_SECONDS));
	}
	return c.body(null, 204);
}

async function mayRecordForSomeProperty(c: AppContext): Promise<boolean> {
	const origin = c.req.header("origin");
	const domains = candidateDomains(origin, originRules(c.env));
	if (origin === undefined || domains.length === 0) return false;
	const found = await c.var.db
		.select({ domain: properties.domain })
		.from(properties)
		.where(inArray(properties.domain, domains))
		.limit(1);
	return found.some((property) => isOriginAllowed(origin, property.domain, originRules(c.env)));
}

async function mayRecordForSession(c: AppContext, id: string): Promise<boolean> {
	const [session] = await c.var.shards
		.forCertificate(id)
		.db.select({ origin: captureSessions.origin })
		.from(captureSessions)
		.where(eq(captureSessions.id, id));
	return session !== undefined && session.origin === c.req.header("origin");
}

const router = createRouter();
router.use(`${CAPTURE_PATH_PREFIX}*`, async (c, next) => {
	await next();
	// Answers differ by Origin (the allow header is there or not), so caches must keep them apart.
	c.header("Vary", "Origin", { append: true });
});
router.options("/capture/sessions", async (c) => answerPreflight(c, await mayRecordForSomeProperty(c)));
router.options("/capture/sessions/:id/chunks/:seq", async (c) =>
	answerPreflight(c, await mayRecordForSession(c, c.req.param("id"))),
);
router.options("/capture/sessions/:id/submit", async (c) =>
	answerPreflight(c, await mayRecordForSession(c, c.req.param("id"))),
);

export const captureSessionsRouter = router
	.openapi(createCaptureSession, async (c) => {
		const input = parseJsonBody(CreateSessionBody, c.req.header("content-type"), await c.req.text());
		return c.json(await openCaptureSession(c, input), 201);
	})
	.openapi(uploadCaptureChunk, async (c) => {
		const { id, seq } = c.req.valid("param");
		return c.json(await receiveChunk(c, id, seq, c.req.valid("query").key), 201);
	})
	.openapi(submitCaptureSession, async (c) => {
		const { id } = c.req.valid("param");
		const { key } = c.req.valid("query");
		const input = parseJsonBody(SubmitSessionBody, c.req.header("content-type"), await c.req.text());
		return c.json(await submit(c, id, key, input), 201);
	});

// The request bodies are read by the handlers; their schemas are in the document by name (the routes refer to them).
captureSessionsRouter.openAPIRegistry.register("CaptureSessionRequest", CreateSessionBody);
captureSessionsRouter.openAPIRegistry.register("CaptureSubmitRequest", SubmitSessionBody);
