// A job's results as a stream: pages of result rows read in position order, each token opened (it is sealed in
// D1) and written as one line, so a 100,000-line download never sits in memory whole. The rows are on the shards of
// their certificates: each page reads the next rows of every shard and merges them by position.
import { and, asc, eq, gt } from "drizzle-orm";
import { backgroundShards } from "../db/background-sessions";
import { shareJobResults } from "../db/schema";
import { readEveryShard, type ShardSessions } from "../db/shard-sessions";
import { ApiError } from "../lib/errors";
import type { AppContext } from "../lib/http";
import { publicOrigin } from "../lib/http";
import { dataKeyRing, open } from "../lib/sealed";
import { claimUrl } from "../sharing/tokens";
import { resultSealingContext } from "./share-chunk";
import { readJob } from "./share-jobs";

const ROWS_PER_READ = 1000;

/**
 * The job's next rows after `after`, in position order: up to `perRead` from each shard, merged, and the first
 * `perRead` of those. A shard that gave a full page has more rows, all placed after its page; its page alone fills
 * the first `perRead`, so none of its unread rows belongs among them. Fewer than `perRead`: there are no more.
 */
export async function nextResultRows(shards: ShardSessions, jobId: string, after: number, perRead = ROWS_PER_READ) {
	const { rows } = await readEveryShard(shards, (db) => ({
		rows: db
			.select()
			.from(shareJobResults)
			.where(and(eq(shareJobResults.jobId, jobId), gt(shareJobResults.position, after)))
			.orderBy(asc(shareJobResults.position))
			.limit(perRead),
	}));
	return rows.sort((a, b) => a.position - b.position).slice(0, perRead);
}

export type ResultFormat = "ndjson" | "csv";

const OFFERED: readonly { format: ResultFormat; type: string }[] = [
	{ format: "ndjson", type: "application/x-ndjson" }, // first: the default when the client does not mind
	{ format: "csv", type: "text/csv" },
];

/**
 * The format the Accept header prefers (RFC 9110 §12.5.1): each offered type takes the q of the most specific range
 * that matches it (type/subtype over type/* over *\/*); q=0 refuses it. Equal q: the range named first in the header,
 * then NDJSON. No header is NDJSON; a header allowing neither is null (406).
 */
export function resultFormat(accept: string | undefined): ResultFormat | null {
	if (!accept?.trim()) return "ndjson";
	const ranges = accept.split(",").flatMap((part, order) => {
		const [range = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
		if (!range) return [];
		const qParam = params.find((p) => p.startsWith("q="));
		const q = qParam ? Number(qParam.slice(2)) : 1;
		return [{ range, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0, order }];
	});
	let best: { format: ResultFormat; q: number; order: number } | null = null;
	for (const { format, type } of OFFERED) {
		const [major] = type.split("/");
		const specificity = (range: string) => (range === type ? 3 : range === `${major}/*` ? 2 : range === "*/*" ? 1 : 0);
		const match = ranges
			.filter((r) => specificity(r.range) > 0)
			.sort((a, b) => specificity(b.range) - specificity(a.range))[0];
		if (!match || match.q <= 0) continue;
		if (!best || match.q > best.q || (match.q === best.q && match.order < best.order)) {
			best = { format, q: match.q, order: match.order };
		}
	}
	return best?.format ?? null;
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
	if (!format) {
		throw new ApiError(
			"NOT_ACCEPTABLE",
			"Results come as application/x-ndjson or text/csv; the Accept header allows neither",
		);
	}
	const ring = await dataKeyRing(c.env);
	const origin = publicOrigin(c);
	// Its own sessions: the request's round-trip count is already in the headers when the stream runs.
	const shards = backgroundShards(c.env);
	const encoder = new TextEncoder();
	let after = -1;
	let headerSent = false;

	const stream = new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				const rows = await nextResultRows(shards, job.id, after);
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
