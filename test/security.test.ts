// The security suite: every operation in /openapi.json, every check below. Nothing here names a route, so a new
// operation is checked as soon as it is declared. A new check is one more entry in `checks`.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeyScopes } from "../src/auth/scopes";
import { call } from "./helpers";
import { anyInput, valid } from "./security/arbitraries";
import {
	BAD_BODIES,
	exampleRequest,
	headerParams,
	isErrorShape,
	loadOperations,
	type Operation,
	pathParams,
	queryParams,
	type RequestParts,
	send,
	sendRawBody,
} from "./security/operations";
import { buildWorld, freshSession, rowCounts, type World } from "./security/world";

/** Runs per operation for the generated-input property; a few tens keeps the suite within seconds. */
const RUNS_PER_OPERATION = 20;

const operations = await loadOperations();
let world: World;
beforeAll(async () => {
	world = await buildWorld();
}, 60_000);

/** An API key of the owner holding one scope, never the one given (null: any key will do as a wrong one). */
async function keyWithout(scope: string | null) {
	const other = apiKeyScopes.find((candidate) => candidate !== scope);
	const res = await call("POST", "/auth/api-keys", {
		as: world.owner,
		body: { name: "security suite", scopes: [other] },
	});
	if (res.status !== 201) throw new Error(`api key: ${res.status} ${res.text}`);
	return { headers: { authorization: `Bearer ${res.json.key}` } };
}

const stats = { operations: operations.length, generatedRequests: 0, serverErrors: 0 };
afterAll(() => {
	console.log(
		`security suite: ${stats.operations} operations, ${stats.generatedRequests} generated requests, ${stats.serverErrors} answered 5xx`,
	);
});

// Claim tokens are capabilities, not ids: whoever holds one may use it, so they are left out of the id checks.
const isCapability = (name: string) => /token/i.test(name);

/** The collection a path parameter names: the path segment before it ("/properties/{id}" → "properties"). */
function collectionOf(op: Operation, param: string): string {
	const segments = op.path.split("/");
	const at = segments.indexOf(`{${param}}`);
	return segments[at - 1] ?? "";
}

function ownedId(op: Operation, param: string): string | number {
	const id = world.ownedIds[collectionOf(op, param)];
	if (id === undefined) {
		throw new Error(`${op.operationId}: no resource of "${collectionOf(op, param)}" in test/security/world.ts`);
	}
	return id;
}

/** An id shaped like the real one that names nothing. */
function madeUpId(real: string | number): string | number {
	if (typeof real === "number" || /^\d+$/.test(real)) return Number(real) + 1_000_000;
	return `${real.slice(0, -6)}000000`;
}

interface Check {
	name: string;
	appliesTo(op: Operation): boolean;
	run(op: Operation): Promise<void>;
}

const checks: Check[] = [
	{
		name: "answers 401 in the error shape without credentials",
		appliesTo: (op) => op.secured,
		async run(op) {
			const res = await send(op, exampleRequest(op));
			expect(res.status, res.text).toBe(401);
			expect(isErrorShape(res.json), res.text).toBe(true);
			expect(res.json.error.code).toBe("UNAUTHORIZED");
			expect(op.statuses).toContain("401");
		},
	},
	{
		name: "answers 401 without credentials before looking at the body, however bad it is",
		appliesTo: (op) => op.secured && op.body !== null,
		async run(op) {
			for (const bad of BAD_BODIES) {
				// With the owner's credentials the same body is refused for what it is: it really is bad.
				const owner = await freshSession(world.owner);
				const refused = await sendRawBody(op, withOwnedPath(op, exampleRequest(op)), bad.rawBody, owner.headers);
				expect([400, 415], `${bad.what}: ${refused.text}`).toContain(refused.status);
				const res = await sendRawBody(op, exampleRequest(op), bad.rawBody);
				expect(res.status, `${bad.what}: ${res.text}`).toBe(401);
				expect(res.json.error.code).toBe("UNAUTHORIZED");
			}
		},
	},
	{
		name: "answers 403 to an API key without the operation's scope before looking at the body",
		appliesTo: (op) => op.secured && op.body !== null && (!op.acceptsApiKeys || op.apiKeyScope !== null),
		async run(op) {
			const key = await keyWithout(op.apiKeyScope);
			const before = await rowCounts();
			for (const bad of BAD_BODIES) {
				const res = await sendRawBody(op, exampleRequest(op), bad.rawBody, key.headers);
				expect(res.status, `${bad.what}: ${res.text}`).toBe(403);
				expect(res.json.error.code).toBe(op.acceptsApiKeys ? "INSUFFICIENT_SCOPE" : "FORBIDDEN");
			}
			expect(await rowCounts()).toEqual(before);
		},
	},
	{
		name: "answers another company's id with the same 404 as a made-up one",
		appliesTo: (op) => op.secured && pathParams(op).some((p) => !isCapability(p.name)),
		async run(op) {
			const example = withOwnedPath(op, withKnownFields(exampleRequest(op)));
			for (const param of pathParams(op).filter((p) => !isCapability(p.name))) {
				const real = ownedId(op, param.name);
				const fake = madeUpId(real);
				const foreign = await send(
					op,
					{ ...example, path: { ...example.path, [param.name]: real } },
					world.stranger.headers,
				);
				const unknown = await send(
					op,
					{ ...example, path: { ...example.path, [param.name]: fake } },
					world.stranger.headers,
				);
				expect(foreign.status, foreign.text).toBe(404);
				expect(unknown.status, unknown.text).toBe(404);
				const withoutId = (message: string, id: string | number) => message.replaceAll(String(id), "{id}");
				expect({ ...foreign.json.error, request_id: "", message: withoutId(foreign.json.error.message, real) }).toEqual(
					{
						...unknown.json.error,
						request_id: "",
						message: withoutId(unknown.json.error.message, fake),
						...(unknown.json.error.details ? { details: foreign.json.error.details } : {}),
					},
				);
				// The owner still gets past the lookup, so the 404 above was about ownership, not a bad id.
				const own = await send(op, { ...example, path: { ...example.path, [param.name]: real } }, world.owner.headers);
				expect(own.status, own.text).not.toBe(404);
			}
		},
	},
	{
		name: "refuses a session cookie sent from another site with 403 CROSS_SITE_REQUEST, changing nothing",
		appliesTo: (op) => op.secured && op.method !== "GET",
		async run(op) {
			const caller = await freshSession(world.owner);
			const before = await rowCounts();
			const res = await send(op, withKnownFields(exampleRequest(op)), {
				...caller.headers,
				origin: "https://evil.example",
			});
			expect(res.status, res.text).toBe(403);
			expect(res.json.error.code).toBe("CROSS_SITE_REQUEST");
			expect(op.statuses).toContain("403");
			expect(await rowCounts()).toEqual(before);
		},
	},
	{
		name: "never answers 5xx or an undocumented status to valid, almost-valid or hostile input; errors keep the one shape",
		appliesTo: () => true,
		async run(op) {
			const caller = op.secured ? await freshSession(world.owner) : null;
			const request = generatedRequest(op);
			// Browsers get pages (and sign-in redirects) where API clients get JSON: both paths are tried.
			const accept = fc.constantFrom("application/json", "text/html", "*/*");
			await fc.assert(
				fc.asyncProperty(request, accept, async (parts, acceptHeader) => {
					stats.generatedRequests++;
					const res = await send(op, parts, { ...(caller?.headers ?? {}), accept: acceptHeader });
					if (res.status >= 500) stats.serverErrors++;
					expect(res.status, `${op.method} ${op.path} ${res.text}`).toBeLessThan(500);
					expect(op.statuses, `${op.operationId} answered an undocumented ${res.status}: ${res.text}`).toContain(
						String(res.status),
					);
					const json = res.headers.get("content-type")?.includes("application/json");
					if (res.status >= 400 && json) expect(isErrorShape(res.json), res.text).toBe(true);
				}),
				{ numRuns: RUNS_PER_OPERATION },
			);
		},
	},
];

function generatedRequest(op: Operation): fc.Arbitrary<RequestParts> {
	const path = Object.fromEntries(
		pathParams(op).map((param) => {
			const owned = isCapability(param.name) ? undefined : world.ownedIds[collectionOf(op, param.name)];
			const input = anyInput(param.schema);
			return [param.name, owned === undefined ? input : fc.oneof(fc.constant(owned), input)];
		}),
	);
	const query = Object.fromEntries(queryParams(op).map((param) => [param.name, fc.option(anyInput(param.schema))]));
	const headers = Object.fromEntries(
		headerParams(op).map((param) => [
			param.name,
			param.required ? fc.oneof(valid(param.schema), anyInput(param.schema)) : fc.option(anyInput(param.schema)),
		]),
	);
	const knownFields = fc.constant(world.knownFieldValues);
	return fc.record({
		path: fc.record(path),
		query: fc.record(query).map((q) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== null))),
		headers: fc.record(headers).map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== null))),
		...(op.body
			? {
					body: fc
						.tuple(anyInput(op.body), knownFields, fc.boolean())
						.map(([body, known, useKnown]) =>
							useKnown && body && typeof body === "object" && !Array.isArray(body)
								? { ...body, ...pick(known, Object.keys(body)) }
								: body,
						),
				}
			: {}),
	});
}

/** The example request naming the owner's resources in its path (a nested id is only found under its parent's). */
function withOwnedPath(op: Operation, parts: RequestParts): RequestParts {
	const path = { ...parts.path };
	for (const param of pathParams(op).filter((p) => !isCapability(p.name))) path[param.name] = ownedId(op, param.name);
	return { ...parts, path };
}

/** The example request, with the ids its body names replaced by ones that exist in the world. */
function withKnownFields(parts: RequestParts): RequestParts {
	const body = parts.body;
	if (!body || typeof body !== "object" || Array.isArray(body)) return parts;
	return { ...parts, body: { ...body, ...pick(world.knownFieldValues, Object.keys(body)) } };
}

const pick = (from: Record<string, unknown>, keys: string[]) =>
	Object.fromEntries(Object.entries(from).filter(([key]) => keys.includes(key)));

for (const check of checks) {
	describe(check.name, () => {
		// Deletes go last, so a check that deletes the world's resource as its owner leaves it for the others.
		const applicable = operations.filter((o) => check.appliesTo(o));
		const ordered = [
			...applicable.filter((o) => o.method !== "DELETE"),
			...applicable.filter((o) => o.method === "DELETE"),
		];
		for (const op of ordered) {
			it(`${op.operationId} (${op.method} ${op.path})`, () => check.run(op), 60_000);
		}
	});
}
