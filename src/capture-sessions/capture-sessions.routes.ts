import { z } from "@hono/zod-openapi";
import { jsonContent } from "../lib/http";
import { intFromString, text } from "../lib/request-schemas";
import { publicRoute } from "../lib/routes";
import { MAX_CHUNK_BYTES, MAX_CHUNKS_PER_SESSION } from "../recordings/manifest";
import { MAX_FIELDS, MAX_RECORDING_BYTES, MAX_SUBMIT_BODY_BYTES, SessionId } from "./signals";

/** Where the capture routes live: the cross-site guard and CORS treat them apart (no cookie ever counts here). */
export const CAPTURE_PATH_PREFIX = "/capture/";

// The bodies are read by the handlers (src/capture-sessions/signals.ts parseJsonBody), not the route's validator,
// because the script sends them as text/plain; the document still shows their schemas, by reference.
const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonOrTextBody = (name: string, description: string) => ({
	content: { "application/json": { schema: schemaRef(name) }, "text/plain": { schema: schemaRef(name) } },
	required: true,
	description,
});

const UploadKeyQuery = z.object({
	key: text({ max: 128 }).openapi({
		description: "The session's upload_key, as the session's creation answered it.",
		example: "9f2c4e1a7b3d5f608192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8",
	}),
});

const corsNote =
	"Called by the capture script from the form page, in the consumer's browser: the answer carries `Access-Control-Allow-Origin` with the request's Origin when that origin may record for the property, never credentials.";

export const createCaptureSession = publicRoute(
	{
		operationId: "createCaptureSession",
		tag: "Capture",
		summary: "Open a capture session on a form page",
		description: `${corsNote} The request's Origin must be the property's registered domain (\`https://<domain>\`) or any subdomain of it (\`https://<sub>.<domain>\`), on the default port; otherwise 403 ORIGIN_NOT_ALLOWED. \`page_url\` must be on that origin. The session's id becomes the witnessed certificate's id. The upload key is shown only here (only its SHA-256 is kept). A session not submitted within 24 hours of opening is deleted with its recording. Rate limited (429 with Retry-After): 120 sessions a minute per client address, 3,000 per property.`,
		errors: ["NOT_FOUND", "ORIGIN_NOT_ALLOWED"],
		rateLimited: true,
		sends: { always: ["Access-Control-Allow-Origin"] },
	},
	{
		method: "post",
		path: "/capture/sessions",
		request: {
			body: jsonOrTextBody(
				"CaptureSessionRequest",
				"JSON, sent as application/json or as text/plain (so that the request is CORS-simple and needs no preflight)",
			),
		},
		responses: {
			201: jsonContent(
				z
					.object({
						session_id: z.string(),
						certificate_id: z.string().openapi({ description: "The same id: it becomes the certificate's." }),
						upload_key: z.string().openapi({
							description: "64 hex characters: authorizes the session's uploads and submit. Shown once.",
						}),
						expires_at: z.string().openapi({ description: "24 hours after the session opened." }),
						max_chunk_bytes: z.number().int().openapi({ example: MAX_CHUNK_BYTES }),
						max_chunks: z.number().int().openapi({ example: MAX_CHUNKS_PER_SESSION }),
					})
					.openapi("CaptureSession"),
				"Opened",
			),
		},
	},
);

const ChunkParams = z.object({
	id: SessionId,
	// The chunk's place in the recording.
	seq: intFromString({ min: 0, max: MAX_CHUNKS_PER_SESSION - 1 }).openapi({ example: 0, param: { required: true } }),
});

export const ChunkReceiptSchema = z
	.object({
		session_id: z.string(),
		seq: z.number().int(),
		sha256: z.string().openapi({ description: "Lowercase hex SHA-256 of the bytes as received." }),
		bytes: z.number().int(),
	})
	.openapi("CaptureChunkReceipt");

export const uploadCaptureChunk = publicRoute(
	{
		operationId: "uploadCaptureChunk",
		tag: "Capture",
		summary: "Upload one chunk of the session's recording",
		description: `${corsNote} The body is kept byte for byte (the script sends a JSON array of rrweb events as text/plain; any type is taken). Limits: a chunk is at most ${MAX_CHUNK_BYTES} bytes (413 PAYLOAD_TOO_LARGE, refused before more is read), \`seq\` is 0 to ${MAX_CHUNKS_PER_SESSION - 1} (400 VALIDATION_FAILED), so a session holds at most ${MAX_CHUNKS_PER_SESSION} chunks and ${MAX_RECORDING_BYTES} bytes. A chunk sent again with the same bytes answers as the first time did (a retried beacon); with other bytes it is refused 409 CONFLICT. An unknown session or a wrong key answers 404; an Origin other than the session's 403; a session submitted or expired 409 CAPTURE_SESSION_CLOSED. Rate limited (429 with Retry-After): 600 chunks a minute per client address.`,
		errors: ["NOT_FOUND", "ORIGIN_NOT_ALLOWED", "CONFLICT", "CAPTURE_SESSION_CLOSED"],
		rateLimited: true,
		sends: { always: ["Access-Control-Allow-Origin"] },
		maxBodyBytes: MAX_CHUNK_BYTES,
	},
	{
		method: "post",
		path: "/capture/sessions/{id}/chunks/{seq}",
		request: {
			params: ChunkParams,
			query: UploadKeyQuery,
			body: {
				content: {
					"text/plain": {
						schema: { type: "string", maxLength: MAX_CHUNK_BYTES, description: "A JSON array of rrweb events" },
					},
				},
				required: true,
				description: `The chunk's bytes, at most ${MAX_CHUNK_BYTES}.`,
			},
		},
		responses: { 201: jsonContent(ChunkReceiptSchema, "Stored (or stored before with the same bytes)") },
	},
);

export const submitCaptureSession = publicRoute(
	{
		operationId: "submitCaptureSession",
		tag: "Capture",
		summary: "Submit what the script saw: the session becomes a witnessed certificate",
		description: `${corsNote} Makes the certificate with the session's id, \`source: "witnessed"\`: the notice's text is its consent_text, the consumer's IP, user agent and location are this request's, the times are the service's clock, the lead is kept only as SHA-256 hashes, and \`witness\` holds the signals and the manifest of chunks 0 to chunk_count - 1 (each chunk's SHA-256 in order, and their total bytes). A chunk missing among them answers 409 CAPTURE_CHUNKS_MISSING with the missing seqs in details.missing_seqs, and nothing changes. A session is submitted once: again, or after it expired, 409 CAPTURE_SESSION_CLOSED. Up to ${MAX_FIELDS} fields; a body of at most ${MAX_SUBMIT_BODY_BYTES} bytes. The answer says nothing of the publisher's.`,
		errors: [
			"NOT_FOUND",
			"ORIGIN_NOT_ALLOWED",
			"CAPTURE_SESSION_CLOSED",
			"CAPTURE_CHUNKS_MISSING",
			"SERVICE_UNAVAILABLE",
		],
		sends: { always: ["Access-Control-Allow-Origin"] },
		maxBodyBytes: MAX_SUBMIT_BODY_BYTES,
	},
	{
		method: "post",
		path: "/capture/sessions/{id}/submit",
		request: {
			params: z.object({ id: SessionId }),
			query: UploadKeyQuery,
			body: jsonOrTextBody("CaptureSubmitRequest", "JSON, as application/json or text/plain"),
		},
		responses: {
			201: jsonContent(
				z.object({ certificate_id: z.string(), source: z.literal("witnessed") }).openapi("CaptureSubmitted"),
				"The witnessed certificate was made",
			),
		},
	},
);
