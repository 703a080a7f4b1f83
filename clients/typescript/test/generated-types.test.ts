// The committed types are the ones the served document makes: a route declaration changed without
// `npm run client:generate` fails here, with the first line that differs. And the document needs no generator
// option to type inputs right: a request body's field with a default must stay optional.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GENERATED_TYPES_FILE, typesFromDocument } from "../scripts/types-from-document";

let document: unknown;

beforeAll(async () => {
	const res = await fetch(`${inject("baseUrl")}/openapi.json`);
	expect(res.status).toBe(200);
	document = await res.json();
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** Every `$ref` under a value of the document. */
function refsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
	if (Array.isArray(value)) for (const item of value) refsIn(item, found);
	else if (isRecord(value)) {
		for (const [key, item] of Object.entries(value)) {
			if (key === "$ref" && typeof item === "string") found.add(item);
			else refsIn(item, found);
		}
	}
	return found;
}

describe("the client's generated types", () => {
	it("are what the served /openapi.json generates", async () => {
		const served = await typesFromDocument(document);
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

	it("keep request fields with a default optional: no request body names a schema whose fields have defaults", () => {
		// openapi-typescript types a named schema's defaulted field as always present (it cannot tell a request's schema
		// from an answer's); inline in a request body, the same field stays optional.
		const paths = isRecord(document) && isRecord(document.paths) ? document.paths : {};
		const schemas =
			isRecord(document) && isRecord(document.components) && isRecord(document.components.schemas)
				? document.components.schemas
				: {};
		const bodies = Object.values(paths).flatMap((item) =>
			isRecord(item)
				? Object.values(item).map((operation) => (isRecord(operation) ? operation.requestBody : undefined))
				: [],
		);
		expect(bodies.filter((body) => body !== undefined).length).toBeGreaterThan(20);
		const defaulted: string[] = [];
		for (const ref of refsIn(bodies)) {
			const schema = schemas[ref.replace("#/components/schemas/", "")];
			const properties = isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
			for (const [name, property] of Object.entries(properties)) {
				if (isRecord(property) && "default" in property) defaulted.push(`${ref}: ${name}`);
			}
		}
		expect(defaulted).toEqual([]);
	});
});
