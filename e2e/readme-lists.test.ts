// The README's lists of what the code decides — the operations that take an Idempotency-Key, the scopes a new API
// key gets by default and the rate limits of each class of operation — compared with what the running API says, so
// the README cannot drift from the code.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { api, apiOk, signup } from "./api";
import { ROOT } from "./server";

const readme = () => readFile(path.join(ROOT, "README.md"), "utf8");

/** The text under a `## ` heading, up to the next one. */
function section(text: string, heading: string): string {
	const after = text.split(`\n## ${heading}\n`)[1];
	if (after === undefined) throw new Error(`README.md has no "## ${heading}" section`);
	return after.split(/^## /m)[0] ?? "";
}

type Operation = { parameters?: { $ref?: string }[]; description?: string };

describe("the README's lists match the code", () => {
	it("names exactly the operations that accept an Idempotency-Key", async () => {
		const listed = [
			...section(await readme(), "Retrying writes: `Idempotency-Key`").matchAll(/`(POST|PUT|PATCH|DELETE) (\/[^`]*)`/g),
		].map(([, method, route]) => `${method} ${route}`);
		const doc = await apiOk<{ paths: Record<string, Record<string, Operation>> }>(200, "GET", "/openapi.json");
		const documented = Object.entries(doc.paths).flatMap(([route, operations]) =>
			Object.entries(operations)
				.filter(([, operation]) =>
					(operation.parameters ?? []).some((p) => p.$ref === "#/components/parameters/IdempotencyKey"),
				)
				.map(([method]) => `${method.toUpperCase()} ${route}`),
		);
		expect(documented.length).toBeGreaterThan(0);
		expect(listed.sort()).toEqual(documented.sort());
	});

	it("names exactly the scopes a new API key gets when it asks for none", async () => {
		const bullet = (await readme()).match(/\*\*API key scopes\*\*[\s\S]*?\(default: all of ([^)]*)\)/)?.[1];
		if (bullet === undefined) throw new Error("README.md has no default scopes in its API key scopes bullet");
		const listed = [...bullet.matchAll(/`([a-z]+:[a-z]+)`/g)].map(([, scope]) => scope);
		const owner = await signup("Scopes Co");
		const key = await api<{ scopes: string[] }>("POST", "/auth/api-keys", { as: owner, body: { name: "defaults" } });
		expect(key.status).toBe(201);
		expect(listed.sort()).toEqual([...key.body.scopes].sort());
	});

	it("gives each rate-limit class the budgets and the operations the document gives it", async () => {
		const rows = [
			...section(await readme(), "Rate limits").matchAll(/^\| `([a-z-]+)` \| ([\d,]+|none) \| ([\d,]+) \| (.+) \|$/gm),
		].map(([, limitClass, company, address, operations]) => ({
			limitClass,
			company: company === "none" ? null : Number(company?.replaceAll(",", "")),
			address: Number(address?.replaceAll(",", "")),
			operations: operations ?? "",
		}));
		const doc = await apiOk<{ paths: Record<string, Record<string, Operation>> }>(200, "GET", "/openapi.json");
		// Each limited operation's description says its class and budgets (src/lib/routes.ts, rateLimitNote).
		const documented = Object.entries(doc.paths).flatMap(([route, operations]) =>
			Object.entries(operations).flatMap(([method, operation]) => {
				const note =
					/Rate limited \(`([a-z-]+)`[^)]*\): (?:(\d+) calls a minute per company, )?(\d+) per client address/.exec(
						operation.description ?? "",
					);
				if (!note) return [];
				const [, limitClass, company, address] = note;
				return [
					{
						name: `${method.toUpperCase()} ${route}`,
						limitClass,
						company: company === undefined ? null : Number(company),
						address: Number(address),
					},
				];
			}),
		);
		expect(rows.map((row) => row.limitClass).sort()).toEqual(
			[...new Set(documented.map((op) => op.limitClass))].sort(),
		);
		for (const row of rows) {
			const ofClass = documented.filter((op) => op.limitClass === row.limitClass);
			for (const op of ofClass) expect([op.name, op.company, op.address]).toEqual([op.name, row.company, row.address]);
			const listed = [...row.operations.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/[^`]*)`/g)].map(
				([, method, route]) => `${method} ${route}`,
			);
			if (listed.length > 0) expect(listed.sort()).toEqual(ofClass.map((op) => op.name).sort());
			else if (row.operations === "every other authenticated write") {
				expect(ofClass.filter((op) => op.name.startsWith("GET "))).toEqual([]);
			} else {
				expect(row.operations).toBe("every other authenticated read");
				expect(ofClass.filter((op) => !op.name.startsWith("GET "))).toEqual([]);
			}
		}
	});
});
