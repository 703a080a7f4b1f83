// The committed types are the ones the served document makes: a route declaration changed without
// `npm run client:generate` fails here, with the first line that differs.
import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { GENERATED_TYPES_FILE, typesFromDocument } from "../scripts/types-from-document";

describe("the client's generated types", () => {
	it("are what the served /openapi.json generates", async () => {
		const res = await fetch(`${inject("baseUrl")}/openapi.json`);
		expect(res.status).toBe(200);
		const served = await typesFromDocument(await res.json());
		const committed = await readFile(GENERATED_TYPES_FILE, "utf8");
		const servedLines = served.split("\n");
		const committedLines = committed.split("\n");
		const first = servedLines.findIndex((line, i) => line !== committedLines[i]);
		const where =
			first === -1
				? ""
				: `line ${first + 1}: committed ${JSON.stringify(committedLines[first])}, served ${JSON.stringify(servedLines[first])}`;
		expect(committed === served, `src/generated/openapi.ts is stale (npm run client:generate); ${where}`).toBe(true);
	});
});
