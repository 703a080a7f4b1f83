// Ill-formed text is refused where it enters. For every operation in /openapi.json, every string field of its body
// (nested objects and array items included) is sent once with a lone surrogate in it: the answer must be
// 400 VALIDATION_FAILED naming that field, and nothing may be stored. Path and query strings cannot carry a lone
// surrogate over HTTP (URLs are UTF-8), so they get the closest a client can send and must never cause a 5xx.
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "./helpers";
import { exampleRequest, loadOperations, type Operation, type Schema, send } from "./security/operations";
import { buildWorld, rowCounts, type World } from "./security/world";

const ILL_FORMED = ["x\ud800y", "auto\udc00dialer", "\udfff"];

const operations = await loadOperations();
let world: World;
beforeAll(async () => {
	world = await buildWorld();
}, 60_000);

type PathPart = string | number;

const isString = (schema: Schema): boolean =>
	schema.type === "string" || (Array.isArray(schema.type) && schema.type.includes("string")) || false;

/** Every place in a body a string can go: ["consumer", "user_agent"], ["required_phrases", 0], … */
function stringFields(schema: Schema, at: PathPart[] = []): PathPart[][] {
	const alternatives = schema.anyOf ?? schema.oneOf;
	if (alternatives) {
		return alternatives.some(isString) ? [at] : alternatives.flatMap((alt) => stringFields(alt, at));
	}
	if (isString(schema)) return [at];
	if (schema.type === "array" && schema.items) return stringFields(schema.items, [...at, 0]);
	if (schema.properties) {
		return Object.entries(schema.properties).flatMap(([key, sub]) => stringFields(sub, [...at, key]));
	}
	return [];
}

const stringHeaders = (headers: Record<string, unknown> = {}) =>
	Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));

const fieldName = (path: PathPart[]) =>
	path.reduce<string>(
		(name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${part}` : part),
		"",
	);

function withValueAt(body: unknown, path: PathPart[], value: string): unknown {
	const [head, ...rest] = path;
	if (head === undefined) return value;
	if (typeof head === "number") {
		const list = Array.isArray(body) ? [...body] : [];
		list[head] = withValueAt(list[head], rest, value);
		return list;
	}
	const object = body && typeof body === "object" && !Array.isArray(body) ? { ...body } : {};
	(object as Record<string, unknown>)[head] = withValueAt((object as Record<string, unknown>)[head], rest, value);
	return object;
}

function exampleBody(op: Operation): Record<string, unknown> {
	const body = exampleRequest(op).body as Record<string, unknown>;
	const known = Object.fromEntries(Object.entries(world.knownFieldValues).filter(([key]) => key in body));
	return { ...body, ...known };
}

const withBody = operations.filter((op) => op.body);
// Header values are bytes on the wire (Latin-1 at most): they cannot hold a surrogate of any kind.
const inUrl = (op: Operation) =>
	op.parameters.filter((p) => (p.in === "path" || p.in === "query") && isString(p.schema));
const withStringParams = operations.filter((op) => inUrl(op).length > 0);

describe("a lone surrogate in any string field of a body", () => {
	it("covers every operation that takes a body", () => {
		expect(withBody.length).toBeGreaterThanOrEqual(10);
		for (const op of withBody) expect(stringFields(op.body!).length, op.operationId).toBeGreaterThan(0);
	});

	for (const op of withBody) {
		it(`is refused with 400 naming the field, storing nothing: ${op.operationId}`, async () => {
			const example = exampleRequest(op);
			for (const path of stringFields(op.body!)) {
				for (const illFormed of ILL_FORMED) {
					const before = await rowCounts();
					const res = await send(
						op,
						{ ...example, body: withValueAt(exampleBody(op), path, illFormed) },
						world.owner.headers,
					);
					const field = fieldName(path);
					expect(res.status, `${field}: ${res.text}`).toBe(400);
					expect(res.json.error.code).toBe("VALIDATION_FAILED");
					expect(res.json.error.fields.map((f: { field: string }) => f.field)).toContain(field);
					expect(await rowCounts(), field).toEqual(before);
				}
			}
		});
	}
});

describe("the nearest thing to a lone surrogate in a path or query string", () => {
	for (const op of withStringParams) {
		it(`never causes a 5xx or a write: ${op.operationId}`, async () => {
			const example = exampleRequest(op);
			for (const param of inUrl(op)) {
				for (const sent of ["x\ud800y", "x%ED%A0%80y", "%EF%BF%BD"]) {
					const before = await rowCounts();
					// Raw, not re-encoded: "%ED%A0%80" arrives as the UTF-8 bytes of a surrogate, which no decoder accepts.
					const raw = sent.toWellFormed();
					let url = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
						name === param.name ? raw : encodeURIComponent(String(example.path[name])),
					);
					if (param.in === "query") url += `?${param.name}=${raw}`;
					const res = await call(op.method, url, {
						as: world.owner,
						headers: { accept: "application/json", ...stringHeaders(example.headers) },
						...(example.body === undefined ? {} : { body: exampleBody(op) }),
					});
					expect(res.status, `${param.name}=${sent}: ${res.text}`).toBeLessThan(500);
					expect(res.json?.error?.code ?? "ok", `${param.name}=${sent}`).not.toBe("INTERNAL_ERROR");
					if (res.status >= 400) expect(await rowCounts()).toEqual(before);
				}
			}
		});
	}
});
