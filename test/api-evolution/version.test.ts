import { describe, expect, it } from "vitest";
import { API_VERSION } from "../../src/api-evolution/version";
import { call, fakeIp, SAME_ORIGIN } from "../helpers";

const VERSION_REF = { $ref: "#/components/headers/API-Version" };

/** Every operation of the document, called without a credential or body: each answers something, mostly an error. */
async function callEveryOperation(doc: any) {
	const answers: { operation: string; status: number; headers: Headers }[] = [];
	for (const [path, item] of Object.entries<any>(doc.paths)) {
		for (const [method, op] of Object.entries<any>(item)) {
			const res = await call(method.toUpperCase(), path.replace(/\{[^}]+\}/g, "x"), {
				headers: { ...SAME_ORIGIN, "cf-connecting-ip": fakeIp() },
			});
			answers.push({ operation: op.operationId, status: res.status, headers: res.headers });
		}
	}
	return answers;
}

describe("API-Version", () => {
	it("is on every answer: successes, errors, unknown paths, wrong methods, pages and the document", async () => {
		const answers = [
			await call("GET", "/health"),
			await call("GET", "/"),
			await call("GET", "/openapi.json"),
			await call("GET", "/docs"),
			await call("GET", "/login"),
			await call("GET", "/nope"),
			await call("PATCH", "/certificates/EC-1"),
			await call("GET", "/webhooks"),
			await call("POST", "/auth/login", { rawBody: "{", headers: { "content-type": "application/json" } }),
		];
		expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200, 404, 405, 401, 400]);
		for (const res of answers) expect(res.headers.get("api-version")).toBe(API_VERSION);

		const doc = (answers[2] as { json: any }).json;
		const everyOperation = await callEveryOperation(doc);
		expect(everyOperation.length).toBeGreaterThan(30);
		for (const { operation, headers } of everyOperation)
			expect(headers.get("api-version"), operation).toBe(API_VERSION);
	});

	it("is the document's version, declared once and referenced from every response of every operation", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		expect(doc.info.version).toBe(API_VERSION);
		expect(doc.info.description).toContain("## Compatibility and deprecation");
		expect(doc.components.headers["API-Version"].schema.example).toBe(API_VERSION);
		let responses = 0;
		for (const item of Object.values<any>(doc.paths)) {
			for (const op of Object.values<any>(item)) {
				for (const [status, response] of Object.entries<any>(op.responses)) {
					responses++;
					expect(response.headers?.["API-Version"], `${op.operationId} ${status}`).toEqual(VERSION_REF);
				}
			}
		}
		expect(responses).toBeGreaterThan(200);
	});
});

describe("deprecation today", () => {
	it("marks no operation deprecated, and no answer carries Deprecation or Sunset", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		for (const item of Object.values<any>(doc.paths)) {
			for (const op of Object.values<any>(item)) expect(op.deprecated, op.operationId).toBeUndefined();
		}
		for (const { operation, headers } of await callEveryOperation(doc)) {
			expect(headers.get("deprecation"), operation).toBeNull();
			expect(headers.get("sunset"), operation).toBeNull();
		}
	});
});
