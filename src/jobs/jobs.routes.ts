import { z } from "@hono/zod-openapi";
import { jsonBody, jsonContent } from "../lib/http";
import { CursorQuery, cursorEnvelope } from "../lib/pagination";
import { companyId, text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";

export const MAX_JOB_CERTIFICATES = 100_000;
/** Certificates per queue message: a message stays far below the queue's 128 KB and a chunk's ledger writes stay
 * a few hundred rows per ledger. */
export const CERTIFICATES_PER_CHUNK = 1000;
// A job names up to 100,000 certificate ids (about 45 bytes each as JSON).
const MAX_JOB_BODY_BYTES = 6 * 1024 * 1024;

const jobStatus = z.enum(["queued", "running", "completed", "partially_failed", "failed", "cancelled"]).openapi({
	description:
		"completed: every certificate shared; partially_failed: some were not (not yours, or a chunk that kept failing or kept being lost: see error); failed: none was; cancelled: stopped on request, the counts say what was done before",
});
const count = z.number().int().min(0).max(MAX_JOB_CERTIFICATES).openapi({ format: "int32" });
const timestamp = z.string().max(40).openapi({ format: "date-time" });

export const ShareJobSchema = z
	.object({
		id: z.string().max(24),
		type: z.enum(["batch_share"]),
		status: jobStatus,
		target_company_id: z.string().max(24).nullable(),
		total: count,
		succeeded: count,
		failed: count,
		progress: z.number().min(0).max(1).openapi({
			format: "double",
			description:
				"Certificates with a result (succeeded + failed) over total, rounded down to 4 places: brought up to date, with succeeded and failed, as each chunk of up to 1,000 ends. 1 once every certificate has its result (and for a job with nothing to share); a cancelled job keeps what it reached.",
			example: 0.5,
		}),
		error: z
			.object({ code: z.string().max(40), message: z.string().max(600) })
			.nullable()
			.openapi({ description: "Why certificates failed, once the job has ended with some failed; else null" }),
		created_at: timestamp,
		started_at: timestamp.nullable(),
		completed_at: timestamp.nullable(),
		results_expire_at: timestamp
			.nullable()
			.openapi({ description: "After this, results are deleted and only the counts remain" }),
	})
	.openapi("ShareJob");

const QueuedJobSchema = z
	.object({
		id: z.string().max(24),
		type: z.enum(["batch_share"]),
		status: jobStatus,
		total: count,
		created_at: timestamp,
	})
	.openapi("QueuedShareJob");

const isoTime = z.iso.datetime({ offset: true }).max(40);

export const CreateJobBodySchema = z
	.strictObject({
		type: z.literal("batch_share"),
		target_company_id: companyId().optional(),
		certificate_ids: z
			.array(text({ min: 1, max: 64 }))
			.min(1)
			.max(MAX_JOB_CERTIFICATES)
			.optional()
			.openapi({ description: "The certificates to share (duplicates are shared once); or give `filter`" }),
		filter: z
			.strictObject({
				property_id: text({ min: 1, max: 64 }).optional(),
				captured_after: isoTime.optional(),
				captured_before: isoTime.optional(),
			})
			// Both bounds are exclusive: a window that ends where it starts, or earlier, can match nothing.
			.refine(
				(f) => !f.captured_after || !f.captured_before || Date.parse(f.captured_after) < Date.parse(f.captured_before),
				{ message: "must be earlier than captured_before", path: ["captured_after"] },
			)
			.optional()
			.openapi({ description: "Every certificate of yours matching all of these (at most 100,000)" }),
	})
	.refine((body) => (body.certificate_ids === undefined) !== (body.filter === undefined), {
		message: "give either certificate_ids or filter, not both",
		path: ["certificate_ids"],
	})
	.openapi({ example: { type: "batch_share", certificate_ids: ["EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10"] } });

const JobIdParam = z.object({ jobId: text({ max: 64 }).openapi({ example: "5f0c2a9e8b7d6c5b4a392817" }) });

export const createJob = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "createShareJob",
		rateLimit: "batches",
		maxBodyBytes: MAX_JOB_BODY_BYTES,
		tag: "Batch jobs",
		summary: "Share up to 100,000 certificates in the background",
		description:
			"Answers 202 at once; the job shares the certificates in chunks of 1,000, each exactly like a batch share. Ids that are not certificates of yours are reported in the job's results, not as a failed request. A filter matching nothing makes a job that fails with NO_CERTIFICATES_MATCHED. Request bodies may be up to 6 MB here.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "post",
		path: "/certificate-sharing/jobs",
		request: { body: jsonBody(CreateJobBodySchema) },
		responses: {
			202: {
				...jsonContent(QueuedJobSchema, "The job, queued"),
				headers: {
					Location: {
						description: "The job's own URL",
						schema: { type: "string", maxLength: 2048, format: "uri-reference" },
					},
				},
			},
		},
	},
);

export const getJob = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "getShareJob",
		tag: "Batch jobs",
		summary: "A job's status, counts and progress",
		description:
			"Only the company that created the job sees it. Cheap to poll: it reads the job's row only and never waits on the job's work; the counts and progress move as each chunk ends.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificate-sharing/jobs/{jobId}",
		request: { params: JobIdParam },
		responses: { 200: jsonContent(ShareJobSchema, "The job") },
	},
);

export const listJobs = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "listShareJobs",
		rateLimit: "costly-reads",
		tag: "Batch jobs",
		summary: "The company's jobs, newest first",
		description: "One page at a time.",
	},
	{
		method: "get",
		path: "/certificate-sharing/jobs",
		request: { query: CursorQuery },
		responses: { 200: jsonContent(cursorEnvelope(ShareJobSchema, "ShareJobPage"), "A page of jobs") },
	},
);

export const JobResultLineSchema = z
	.object({
		certificate_id: z.string().max(64),
		claim_token: z.string().max(100).optional(),
		claim_url: z.string().max(2200).optional(),
		expires_at: z.string().max(40).optional(),
		error: z.object({ code: z.string().max(40), message: z.string().max(600) }).optional(),
	})
	.openapi("ShareJobResultLine");

export const jobResults = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "getShareJobResults",
		rateLimit: "costly-reads",
		sends: { onSuccess: ["Cache-Control"] },
		tag: "Batch jobs",
		summary: "The tokens a job made, one line per certificate",
		description:
			"Streams NDJSON (`Accept: application/x-ndjson`, the default) or CSV (`Accept: text/csv`, columns certificate_id, claim_token, claim_url, expires_at, error_code, error_message), in the order the certificates were given; q-values count (`q=0` refuses a type), and an Accept allowing neither is NOT_ACCEPTABLE (406). A line is either a token or an error. While the job runs, the lines so far. Kept 7 days after the job ends; after that RESULTS_EXPIRED (410) and the job keeps only its counts.",
		errors: ["NOT_FOUND", "RESULTS_EXPIRED", "NOT_ACCEPTABLE"],
	},
	{
		method: "get",
		path: "/certificate-sharing/jobs/{jobId}/results",
		request: { params: JobIdParam },
		responses: {
			200: {
				description: "One line per certificate",
				content: {
					"application/x-ndjson": {
						schema: z.string().openapi({
							description: "One ShareJobResultLine (#/components/schemas/ShareJobResultLine) as JSON per line",
						}),
						// Each line's schema, as OpenAPI 3.2's `itemSchema` states it for a sequential media type; in 3.1 an
						// extension.
						"x-item-schema": { $ref: "#/components/schemas/ShareJobResultLine" },
					},
					"text/csv": { schema: z.string().openapi({ description: "RFC 4180 CSV with a header row" }) },
				},
			},
		},
	},
);

export const cancelJob = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "cancelShareJob",
		tag: "Batch jobs",
		summary: "Cancel a job that has not ended",
		description:
			"Chunks not yet started are not run; the job ends `cancelled` at once, with the counts of what it had done, and its `job.completed` event is sent. A chunk already running finishes its certificates, and the counts then include them. Cancelling a job that has ended is CONFLICT (409); another company's job is NOT_FOUND, like an unknown id.",
		errors: ["NOT_FOUND", "CONFLICT"],
	},
	{
		method: "post",
		path: "/certificate-sharing/jobs/{jobId}/cancel",
		request: { params: JobIdParam },
		responses: { 200: jsonContent(ShareJobSchema, "The cancelled job") },
	},
);
