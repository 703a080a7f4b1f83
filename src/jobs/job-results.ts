// A job's results as a stream: pages of result rows read in position order, each token opened (it is sealed in
// D1) and written as one line, so a 100,000-line download never sits in memory whole.
import { and, asc, eq, gt } from "drizzle-orm";
import { createDb } from "../db/client";
import { shareJobResults } from "../db/schema";
import { ApiError } from "../lib/errors";
import type { AppContext } from "../lib/http";
import { publicOrigin } from "../lib/http";
import { dataKeyRing, open } from "../lib/sealed";
import { claimUrl } from "../sharing/tokens";
import { resultSealingContext } from "./share-chunk";
import { readJob } from "./share-jobs";

const ROWS_PER_READ = 1000;

export type ResultFormat = "ndjson" | "csv";

/** CSV when the client asks for it (and not for NDJSON first); NDJSON otherwise. */
export function resultFormat(accept: string | undefined): ResultFormat {
	const wanted = (accept ?? "").toLowerCase();
	const csv = wanted.indexOf("text/csv");
	const ndjson = wanted.indexOf("application/x-ndjson");
	return csv >= 0 && (ndjson < 0 || csv < ndjson) ? "csv" : "ndjson";
}

const CSV_HEADER = "certificate_id,claim_token,claim_url,expires_at,error_code,error_message\r\n";

// RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula.
function csvCell(value: string | null | undefined): string {
	if (value === null || value === undefined) return "";
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export async function jobResultsResponse(c: AppContext, jobId: string): Promise<Response> {
	const job = await readJob(c, jobId);
	if (job.resultsDeletedAt) {
		throw new ApiError(
			"RESULTS_EXPIRED",
			`This job's results were deleted on ${job.resultsDeletedAt}; its counts remain`,
		);
	}
	const format = resultFormat(c.req.header("accept"));
	const ring = await dataKeyRing(c.env);
	const origin = publicOrigin(c);
	// Its own client: the request's round-trip count is already in the headers when the stream runs.
	const db = createDb(c.env.DB);
	const encoder = new TextEncoder();
	let after = -1;
	let headerSent = false;

	const stream = new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				const rows = await db
					.select()
					.from(shareJobResults)
					.where(and(eq(shareJobResults.jobId, job.id), gt(shareJobResults.position, after)))
					.orderBy(asc(shareJobResults.position))
					.limit(ROWS_PER_READ);
				const lines: string[] = [];
				if (format === "csv" && !headerSent) lines.push(CSV_HEADER);
				headerSent = true;
				for (const row of rows) {
					const token = row.sealedToken
						? await open(ring, row.sealedToken, resultSealingContext(job.id, row.certificateId))
						: null;
					const url = token ? claimUrl(origin, token) : null;
					if (format === "csv") {
						lines.push(
							`${[row.certificateId, token, url, row.expiresAt, row.errorCode, row.errorMessage].map(csvCell).join(",")}\r\n`,
						);
					} else {
						lines.push(
							`${JSON.stringify(
								token
									? { certificate_id: row.certificateId, claim_token: token, claim_url: url, expires_at: row.expiresAt }
									: { certificate_id: row.certificateId, error: { code: row.errorCode, message: row.errorMessage } },
							)}\n`,
						);
					}
				}
				if (lines.length > 0) controller.enqueue(encoder.encode(lines.join("")));
				const last = rows.at(-1);
				if (!last || rows.length < ROWS_PER_READ) controller.close();
				else after = last.position;
			} catch (error) {
				// Headers are gone already: the client sees a cut-off download, and the log says why.
				console.error(`[${c.var.requestId}] streaming job ${job.id} results`, error);
				controller.error(error);
			}
		},
	});
	return new Response(stream, {
		status: 200,
		headers: {
			"content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson",
			"cache-control": "no-store",
		},
	});
}
