import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import {
	checkedNotice,
	DEPRECATION_POLICY_PATH,
	deprecationHeaders,
	MIN_DEPRECATION_DAYS,
} from "../../src/api-evolution/deprecation";
import { renderError } from "../../src/app";
import { createRouter, jsonContent } from "../../src/lib/http";
import { publicRoute } from "../../src/lib/routes";

const notice = { since: "2026-12-01", sunset: "2027-06-01" };

describe("deprecationHeaders", () => {
	it("gives RFC 9745 Deprecation, RFC 8594 Sunset and the policy as rel=deprecation", () => {
		expect(deprecationHeaders(notice)).toEqual({
			Deprecation: `@${Date.UTC(2026, 11, 1) / 1000}`,
			Sunset: "Tue, 01 Jun 2027 00:00:00 GMT",
			Link: `<${DEPRECATION_POLICY_PATH}>; rel="deprecation"; type="text/html"`,
		});
	});

	it("refuses a notice shorter than the policy promises, or a date that is not YYYY-MM-DD", () => {
		expect(checkedNotice(notice)).toBe(notice);
		expect(() => checkedNotice({ since: "2026-12-01", sunset: "2027-01-01" })).toThrow(
			`at least ${MIN_DEPRECATION_DAYS} days`,
		);
		expect(() => checkedNotice({ since: "1 Dec 2026", sunset: "2027-06-01" })).toThrow("YYYY-MM-DD");
		expect(() => checkedNotice({ since: "2026-12-01", sunset: "2027-13-45" })).toThrow("YYYY-MM-DD");
	});

	it("stops a declaration with too short a notice when it is declared", () => {
		expect(() =>
			publicRoute(
				{
					operationId: "tooSoon",
					tag: "Accounts",
					summary: "s",
					description: "d",
					deprecated: { since: "2026-12-01", sunset: "2026-12-31" },
				},
				{ method: "get", path: "/deprecation-test/too-soon", responses: { 204: { description: "Nothing" } } },
			),
		).toThrow("at least");
	});
});

describe("a route declared deprecated", () => {
	// Declared only here: nothing the service serves is deprecated today.
	const route = publicRoute(
		{
			operationId: "oldEcho",
			tag: "Accounts",
			summary: "An operation on its way out",
			description: "Echoes n.",
			deprecated: notice,
		},
		{
			method: "get",
			path: "/deprecation-test/echo",
			request: {
				query: z.object({
					n: z
						.string()
						.max(3)
						.regex(/^[0-9]+$/),
				}),
			},
			responses: { 200: jsonContent(z.object({ n: z.string() }), "The n sent") },
		},
	);
	const app = createRouter().openapi(route, (c) => c.json({ n: c.req.valid("query").n }, 200));
	app.onError((error, c) => renderError(c, error));
	const sent = deprecationHeaders(notice);

	it("carries Deprecation, Sunset and the policy Link on its answers, errors included", async () => {
		for (const [query, status] of [
			["?n=7", 200],
			["?n=seven", 400],
		] as const) {
			const res = await app.request(`/deprecation-test/echo${query}`);
			expect(res.status).toBe(status);
			expect(res.headers.get("deprecation")).toBe(sent.Deprecation);
			expect(res.headers.get("sunset")).toBe(sent.Sunset);
			expect(res.headers.get("link")).toBe(sent.Link);
		}
	});

	it("is marked deprecated in the document, with the three headers on every response", () => {
		const doc = app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "t", version: "v" } });
		const op = doc.paths?.["/deprecation-test/echo"]?.get as any;
		expect(op.deprecated).toBe(true);
		for (const [status, response] of Object.entries<any>(op.responses)) {
			expect(Object.keys(response.headers), status).toEqual(
				expect.arrayContaining(["API-Version", "Deprecation", "Sunset", "Link"]),
			);
		}
		expect(op.responses[200].headers.Sunset.description).toContain("2027-06-01");
	});
});
