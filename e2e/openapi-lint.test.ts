// The OpenAPI document is the contract: the document the running API serves is linted with Spectral's OpenAPI rules
// and the OWASP API Security rules (.spectral.yaml), and any finding at all, error or warning, fails the run.
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { api } from "./api";
import { ROOT } from "./server";

const spectralBin = path.join(
	path.dirname(createRequire(import.meta.url).resolve("@stoplight/spectral-cli/package.json")),
	"dist",
	"index.js",
);

describe("the OpenAPI document", () => {
	it("passes Spectral's OpenAPI and OWASP rules with no finding", async () => {
		const doc = await api<Record<string, unknown>>("GET", "/openapi.json");
		expect(doc.status).toBe(200);
		const file = path.join(inject("scratchDir"), "openapi.json");
		await writeFile(file, JSON.stringify(doc.body, null, 2));
		const lint = spawnSync(
			process.execPath,
			[spectralBin, "lint", file, "--ruleset", path.join(ROOT, ".spectral.yaml"), "--fail-severity", "hint"],
			{ cwd: ROOT, encoding: "utf8", timeout: 120_000 },
		);
		expect(lint.status, `${lint.stdout}\n${lint.stderr}`).toBe(0);
		expect(lint.stdout).toContain("No results");
	});
});
