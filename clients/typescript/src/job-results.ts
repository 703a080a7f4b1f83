// A share job's results: one line per certificate given, in the order given, streamed as NDJSON (each line a
// ShareJobResultLine: the new token, or the error for that certificate). Read line by line, so a 100,000-line result
// never sits in memory whole.

import type { EconsentClient } from "./client";
import { EconsentApiError } from "./errors";
import type { components } from "./generated/openapi";

export type ShareJobResultLine = components["schemas"]["ShareJobResultLine"];

function isResultLine(value: unknown): value is ShareJobResultLine {
	return (
		typeof value === "object" && value !== null && "certificate_id" in value && typeof value.certificate_id === "string"
	);
}

/** Every line of a job's results so far (all of them once the job has `completed_at`). */
export async function* eachJobResult(client: EconsentClient, jobId: string): AsyncGenerator<ShareJobResultLine> {
	const { response, error } = await client.GET("/certificate-sharing/jobs/{jobId}/results", {
		params: { path: { jobId } },
		headers: { accept: "application/x-ndjson" },
		parseAs: "stream",
	});
	if (!response.ok || !response.body) throw new EconsentApiError(response.status, error);
	let pending = "";
	const lineOf = (text: string): ShareJobResultLine => {
		const value: unknown = JSON.parse(text);
		if (!isResultLine(value)) throw new Error(`not a ShareJobResultLine: ${text}`);
		return value;
	};
	for await (const chunk of response.body.pipeThrough(new TextDecoderStream())) {
		pending += chunk;
		const lines = pending.split("\n");
		pending = lines.pop() ?? "";
		for (const line of lines) if (line.trim()) yield lineOf(line);
	}
	if (pending.trim()) yield lineOf(pending);
}
