// GET /log/checkpoint, /log/tile/…, /log/proof/consistency and POST /log/cosignatures: the log as C2SP tlog-tiles
// clients and witnesses read it. Everything is served from R2, where the sequencer writes it; only a log that has
// never published a checkpoint is asked to publish one.
import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { ApiError, ErrorSchema } from "../lib/errors";
import { createRouter } from "../lib/http";
import { recordDeclaredPolicies } from "../lib/route-policies";
import {
	ERROR_PAGE,
	errorAnswerHeaders,
	everyAnswerHeaders,
	MAX_BODY_BYTES,
	requestHeaderParameters,
} from "../lib/routes";
import * as routes from "./log.routes";
import { logVerifierKey } from "./log-key";
import { CHECKPOINT_CACHE, IMMUTABLE_CACHE, latestCheckpoint, PARTIAL_CACHE, publishedHashReader } from "./log-objects";
import { consistencyProof, toBase64 } from "./merkle";
import { NoteError, openCheckpoint, parseNote, parseVerifierKey, verifyCosignature } from "./note";
import { parseTilePath } from "./tiles";

const COSIGNATURES_PREFIX = "cosignatures/";
/** Cosignatures handed out with a checkpoint at most: a few witnesses is what tlog clients expect. */
const MAX_COSIGNATURES = 20;

async function latestCheckpointText(env: Cloudflare.Env): Promise<{ note: string; text: string; size: number }> {
	const { note, checkpoint } = await latestCheckpoint(env);
	return { note, text: parseNote(note).text, size: checkpoint.size };
}

/** The checkpoint note with the cosignature lines kept for exactly its text. */
async function withCosignatures(env: Cloudflare.Env, note: string, text: string): Promise<string> {
	const listed = await env.LOG.list({ prefix: COSIGNATURES_PREFIX, limit: MAX_COSIGNATURES });
	const lines = await Promise.all(
		listed.objects.map(async (o) => {
			const kept = await env.LOG.get(o.key);
			if (!kept) return "";
			const { body, line } = (await kept.json()) as { body: string; line: string };
			return body === text ? line : "";
		}),
	);
	return note + lines.join("");
}

export const logRouter = createRouter()
	.openapi(routes.getCheckpoint, async (c) => {
		const { note, text } = await latestCheckpointText(c.env);
		c.header("Cache-Control", CHECKPOINT_CACHE);
		return c.text(await withCosignatures(c.env, note, text), 200, { "Content-Type": "text/plain; charset=utf-8" });
	})
	.openapi(routes.getConsistencyProof, async (c) => {
		const { from, to } = c.req.valid("query");
		const { size } = await latestCheckpointText(c.env);
		if (to > size)
			throw new ApiError("VALIDATION_FAILED", `The log has ${size} entries; query.to must be at most that`, {
				fields: [{ field: "query.to", message: `at most ${size}, the latest checkpoint's size` }],
			});
		if (from > to)
			throw new ApiError("VALIDATION_FAILED", "query.from must be at most query.to", {
				fields: [{ field: "query.from", message: "at most query.to" }],
			});
		const proof = await consistencyProof(publishedHashReader(c.env.LOG, to, size), from, to);
		c.header("Cache-Control", IMMUTABLE_CACHE);
		return c.json({ from, to, proof: proof.map(toBase64) }, 200);
	})
	.openapi(routes.postCosignature, async (c) => {
		const body = c.req.valid("json");
		let witness: Awaited<ReturnType<typeof parseVerifierKey>>;
		try {
			witness = await parseVerifierKey(body.witness_key);
		} catch (error) {
			throw new ApiError("VALIDATION_FAILED", `body.witness_key: ${(error as Error).message}`, {
				fields: [{ field: "body.witness_key", message: (error as Error).message }],
			});
		}
		if (witness.type !== 0x04)
			throw new ApiError("VALIDATION_FAILED", "body.witness_key must be a cosignature (type 0x04) key", {
				fields: [{ field: "body.witness_key", message: "not a cosignature/v1 key" }],
			});
		const logKey = await parseVerifierKey(await logVerifierKey(c.env));
		let text: string;
		try {
			await openCheckpoint(body.checkpoint, logKey);
			text = parseNote(body.checkpoint).text;
		} catch (error) {
			const message = error instanceof NoteError ? error.message : "not a checkpoint of this log";
			throw new ApiError("VALIDATION_FAILED", `body.checkpoint: ${message}`, {
				fields: [{ field: "body.checkpoint", message }],
			});
		}
		const cosignature = await verifyCosignature(body.checkpoint, witness);
		if (!cosignature)
			throw new ApiError("VALIDATION_FAILED", "body.checkpoint carries no valid cosignature of body.witness_key", {
				fields: [{ field: "body.checkpoint", message: "no valid cosignature of the witness key" }],
			});
		const latest = await latestCheckpointText(c.env);
		if (latest.text !== text)
			throw new ApiError("CONFLICT", "Only the latest checkpoint's cosignatures are kept; fetch it and cosign again");
		await c.env.LOG.put(
			`${COSIGNATURES_PREFIX}${witness.name.replace(/[^A-Za-z0-9._-]/g, "_")}+${witness.keyHash.toString(16)}`,
			JSON.stringify({ body: text, line: cosignature.line }),
		);
		return c.body(null, 204);
	});

// Tile paths have a variable number of segments (tile/0/x001/x234/067.p/5), which an OpenAPI path parameter cannot
// express; the route is matched here and described in the document by hand (registerTileDocumentation).
logRouter.get("/log/tile/*", async (c) => {
	const path = c.req.path.slice("/log/".length);
	const tile = parseTilePath(path);
	if (!tile) throw new ApiError("NOT_FOUND", "Not a tile or entry bundle path (C2SP tlog-tiles)");
	const object = await c.env.LOG.get(path);
	if (!object) throw new ApiError("NOT_FOUND", "The log has no such tile yet");
	return c.body(await object.arrayBuffer(), 200, {
		"Content-Type": "application/octet-stream",
		"Cache-Control": tile.width === 256 ? IMMUTABLE_CACHE : PARTIAL_CACHE,
	});
});

/** Describes GET /log/tile/{tile_path} in the OpenAPI document (the route itself is matched above). */
export function registerTileDocumentation(registry: OpenAPIHono["openAPIRegistry"]): void {
	// What publicRoute() would record: under the routed pattern and under the documented one.
	const policies = {
		auth: "public",
		reads: "replica-first",
		idempotent: false,
		maxBodyBytes: MAX_BODY_BYTES,
		rateLimit: null,
	} as const;
	recordDeclaredPolicies("get", "/log/tile/*", policies);
	recordDeclaredPolicies("get", "/log/tile/:tile_path", policies);
	registry.registerPath({
		method: "get",
		path: "/log/tile/{tile_path}",
		operationId: "getLogTile",
		tags: ["Transparency log"],
		summary: "A tile or entry bundle of the log (C2SP tlog-tiles)",
		description:
			"`tile_path` is a C2SP tlog-tiles path below tile/, with its slashes: `<level>/<index>[.p/<width>]` for a tile of 256 (or, partial, `width`) SHA-256 hashes, `entries/<index>[.p/<width>]` for an entry bundle (each entry: a big-endian 16-bit length, then the event's 32-byte hash). `index` is written in groups of three digits, all but the last prefixed with x (1234067 → x001/x234/067). Full tiles never change and are cached for a year; a partial tile may be replaced by a wider one, then the full one.\n\nNo credential needed.",
		security: [{}],
		parameters: requestHeaderParameters(),
		request: {
			params: z.object({
				tile_path: z
					.string()
					.max(80)
					.openapi({ param: { name: "tile_path", in: "path" }, example: "0/x001/x234/067.p/12" }),
			}),
		},
		responses: {
			200: {
				description: "The tile's bytes",
				content: { "application/octet-stream": { schema: z.string().max(16_384).openapi({ format: "binary" }) } },
				headers: { ...everyAnswerHeaders(), "Cache-Control": { $ref: "#/components/headers/Cache-Control" } },
			},
			404: {
				description: "Error: NOT_FOUND",
				content: { "application/json": { schema: ErrorSchema }, "text/html": ERROR_PAGE },
				headers: errorAnswerHeaders(),
			},
			500: {
				description: "Error: INTERNAL_ERROR",
				content: { "application/json": { schema: ErrorSchema }, "text/html": ERROR_PAGE },
				headers: errorAnswerHeaders(),
			},
		},
	});
}
