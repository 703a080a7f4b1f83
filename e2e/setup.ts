// Per test file: every answer from the API is checked against its OpenAPI document (e2e/validated-fetch.ts), and when
// a test fails, what the server printed (it is otherwise kept quiet) is shown.
import { afterAll, afterEach, beforeEach, inject } from "vitest";
import { takeCounts, takeViolations } from "../test/openapi-contract/contract";
import { logTail } from "./server";
import { checkEveryAnswer } from "./validated-fetch";

checkEveryAnswer(inject("baseUrl"));

beforeEach(({ onTestFailed }) => {
	onTestFailed(async () => {
		const file = inject("serverLog");
		console.error(`--- last lines of wrangler's output (${file}) ---\n${await logTail(file, 80)}`);
	});
});

// A violation that code under test caught (a polling loop, a receiver) still fails the test that caused it.
afterEach(() => {
	const violations = takeViolations();
	if (violations.length > 0) throw new AggregateError(violations, violations.map((v) => v.message).join("\n\n"));
});
// biome-ignore lint/correctness/noEmptyPattern: vitest wants the context destructured; the file is the second argument
afterAll(({}, file) => {
	file.meta.contract = takeCounts();
});
