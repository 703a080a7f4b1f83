// What the capture script sends: the session it opens on page load, and at submit what it saw on the page. Pure
// (schemas and the witness built from them), so the handlers, the document and the tests share one definition.
import { z } from "@hono/zod-openapi";
import { LeadContactSchema } from "../certificates/certificates.routes";
import { ApiError, fieldIssues } from "../lib/errors";
import { httpUrl, int, text } from "../lib/request-schemas";
import { MAX_CHUNK_BYTES, MAX_CHUNKS_PER_SESSION, type RecordingManifest } from "../recordings/manifest";
import type { Witness } from "../signing/canonical";

/** A session never submitted is deleted with its recording this long after it started. */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** The most a session's chunks may add up to (every chunk at its largest). */
export const MAX_RECORDING_BYTES = MAX_CHUNKS_PER_SESSION * MAX_CHUNK_BYTES;
export const MAX_FIELDS = 50;
/** Submit bodies: a 50,000-character notice (up to 4 bytes a character in UTF-8) and 50 fields fit. */
export const MAX_SUBMIT_BODY_BYTES = 256 * 1024;

export const SessionId = text({ max: 64 }).openapi({ example: "EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10" });

export const CreateSessionBody = z
	.strictObject({
		property_id: text({ max: 64 }),
		page_url: httpUrl().openapi({ description: "The form page's address; it must be on the request's Origin." }),
	})
	.openapi("CaptureSessionRequest", {
		example: { property_id: "67fa8d40a96f513ae019c85c", page_url: "https://forms.leadgen.example/quote" },
	});

export const SubmitSessionBody = z
	.strictObject({
		chunk_count: int({ min: 0, max: MAX_CHUNKS_PER_SESSION }).openapi({
			description: `How many recording chunks the session uploaded: chunks 0 to chunk_count - 1 make the recording (at most ${MAX_CHUNKS_PER_SESSION}).`,
		}),
		notice: z.strictObject({
			text: text({ min: 1, max: 50_000, trim: true }).openapi({
				description: "The consent notice as the page rendered it: it becomes the certificate's consent_text.",
			}),
			font_size_px: z.number().positive().max(1000),
			contrast_ratio: z.number().min(1).max(21).openapi({
				description: "WCAG 2 contrast ratio of the notice's text against its background.",
			}),
			visible: z.boolean().openapi({ description: "Whether any of the notice was inside the viewport." }),
		}),
		optin: z.enum(["checked_by_consumer", "prechecked", "none"]),
		seconds_on_page: z
			.number()
			.min(0)
			.max(10 * 365 * 24 * 3600),
		fields: z
			.array(
				z.strictObject({
					name: text({ max: 128 }),
					kind: z.enum(["email", "phone", "other"]),
					filled: z.enum(["typed", "pasted", "autofilled", "empty"]),
				}),
			)
			.max(MAX_FIELDS),
		lead: LeadContactSchema.optional(),
	})
	.openapi("CaptureSubmitRequest", {
		example: {
			chunk_count: 3,
			notice: {
				text: "By clicking Submit, I agree that Acme Insurance may call me, including by autodialer.",
				font_size_px: 14,
				contrast_ratio: 7.2,
				visible: true,
			},
			optin: "checked_by_consumer",
			seconds_on_page: 42.3,
			fields: [{ name: "email", kind: "email", filled: "typed" }],
			lead: { email: "jane@example.com", phone: "(555) 010-0000" },
		},
	});

export type CreateSessionInput = z.infer<typeof CreateSessionBody>;
export type SubmitSessionInput = z.infer<typeof SubmitSessionBody>;

/**
 * The script sends JSON as text/plain so that its requests are CORS-simple (no preflight); application/json is taken
 * too. Parsed and validated here rather than by the route's validator, which reads only application/json bodies.
 */
export function parseJsonBody<T extends z.ZodType>(
	schema: T,
	contentType: string | undefined,
	body: string,
): z.output<T> {
	const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
	if (mediaType !== "application/json" && mediaType !== "text/plain") {
		throw new ApiError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json or text/plain JSON text");
	}
	let value: unknown;
	try {
		value = JSON.parse(body);
	} catch {
		throw new ApiError("MALFORMED_JSON", "The request body is not valid JSON");
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		const fields = fieldIssues(parsed.error.issues);
		throw new ApiError("VALIDATION_FAILED", `Invalid request: ${fields.map((f) => f.field).join(", ")}`, { fields });
	}
	return parsed.data;
}

const roundTo = (value: number, places: number) => {
	const factor = 10 ** places;
	return Math.round(value * factor) / factor;
};

/** What the certificate's signed record says the script witnessed, with the recording's manifest. */
export function witnessOf(
	session: { origin: string; startedAt: string },
	input: SubmitSessionInput,
	recording: RecordingManifest,
): Witness {
	return {
		origin: session.origin,
		session_started_at: session.startedAt,
		// Finer precision than this is noise from the page's timers, and would make records differ for nothing.
		seconds_on_page: roundTo(input.seconds_on_page, 1),
		notice: {
			font_size_px: input.notice.font_size_px,
			contrast_ratio: roundTo(input.notice.contrast_ratio, 2),
			visible: input.notice.visible,
		},
		optin: input.optin,
		fields: input.fields.map(({ name, kind, filled }) => ({ name, kind, filled })),
		recording: { chunks: [...recording.chunks], total_bytes: recording.total_bytes },
	};
}

/** The seqs among 0..count-1 that have no chunk. */
export function missingSeqs(count: number, received: Iterable<number>): number[] {
	const have = new Set(received);
	const missing: number[] = [];
	for (let seq = 0; seq < count; seq++) if (!have.has(seq)) missing.push(seq);
	return missing;
}
