// Per test file: when a test fails, show what the server printed (it is otherwise kept quiet).
import { beforeEach, inject } from "vitest";
import { logTail } from "./server";

beforeEach(({ onTestFailed }) => {
	onTestFailed(async () => {
		const file = inject("serverLog");
		console.error(`--- last lines of wrangler's output (${file}) ---\n${await logTail(file, 80)}`);
	});
});
