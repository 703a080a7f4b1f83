// The README's "Walkthrough with curl", run as written: the block is read from README.md at test time, so the
// README cannot drift from what the API does. Only the API origin is pointed at this run's server.
import { spawn } from "node:child_process";
import { mkdtemp, open, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { baseUrl } from "./api";
import { ROOT } from "./server";

/** The first ```sh block under the "## Walkthrough with curl" heading. */
function walkthroughBlock(readme: string): string {
	const section = readme.split(/^## Walkthrough with curl\s*$/m)[1];
	if (section === undefined) throw new Error('README.md has no "## Walkthrough with curl" section');
	const block = section.split(/^## /m)[0]?.match(/^```sh\n([\s\S]*?)^```$/m)?.[1];
	if (block === undefined) throw new Error('the "Walkthrough with curl" section has no ```sh block');
	return block;
}

/** Replaces the block's one `API=…` line; everything else runs exactly as a reader would paste it. */
function pointedAt(block: string, origin: string): string {
	const apiLines = block.split("\n").filter((line) => line.startsWith("API="));
	if (apiLines.length !== 1) throw new Error(`expected one API=… line in the walkthrough, found ${apiLines.length}`);
	return block.replace(/^API=.*$/m, `API=${origin}`);
}

function parseOrUndefined(text: string): Record<string, unknown> | undefined {
	try {
		return JSON.parse(text) as Record<string, unknown>;
	} catch {
		return undefined;
	}
}

/** The first JSON object in `text` that has `key`, found by matching braces (other output may follow on its line). */
function jsonObjectWith(text: string, key: string): Record<string, unknown> | undefined {
	for (let start = text.indexOf("{"); start !== -1; start = text.indexOf("{", start + 1)) {
		let depth = 0;
		let inString = false;
		for (let i = start; i < text.length; i++) {
			const ch = text[i];
			if (inString) {
				if (ch === "\\") i++;
				else if (ch === '"') inString = false;
			} else if (ch === '"') inString = true;
			else if (ch === "{") depth++;
			else if (ch === "}" && --depth === 0) {
				const candidate = parseOrUndefined(text.slice(start, i + 1));
				if (candidate && key in candidate) return candidate;
				start = i;
				break;
			}
		}
	}
	return undefined;
}

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Output goes to files, not pipes: Node's pipes are sockets, and the walkthrough's `tee /dev/stderr` cannot open a
 * socket (ENXIO), while it can open a terminal or a file.
 */
async function runBash(script: string, cwd: string, env: NodeJS.ProcessEnv, outputDir: string): Promise<Run> {
	const stdoutFile = path.join(outputDir, "stdout.txt");
	const stderrFile = path.join(outputDir, "stderr.txt");
	const [out, err] = await Promise.all([open(stdoutFile, "w"), open(stderrFile, "w")]);
	try {
		const code = await new Promise<number | null>((resolve, reject) => {
			// -e and pipefail: a failing step stops the run there instead of feeding empty ids to the next one.
			const child = spawn("bash", ["-e", "-o", "pipefail", "-c", script], {
				cwd,
				env,
				stdio: ["ignore", out.fd, err.fd],
			});
			child.once("error", reject);
			child.once("close", resolve);
		});
		return { code, stdout: await readFile(stdoutFile, "utf8"), stderr: await readFile(stderrFile, "utf8") };
	} finally {
		await Promise.all([out.close(), err.close()]);
	}
}

describe("README walkthrough with curl", () => {
	let scratch: string;
	let run: Run;
	let rootBefore: string[];
	let rootAfter: string[];

	beforeAll(async () => {
		const tools = await runBash("command -v curl && command -v jq", ROOT, process.env, inject("scratchDir"));
		if (tools.code !== 0)
			throw new Error("the README walkthrough needs curl and jq (apt-get install curl jq; .ci/run does)");
		const block = walkthroughBlock(await readFile(path.join(ROOT, "README.md"), "utf8"));
		// The block's `mktemp -d` lands in this run's own folder, which is removed afterwards.
		scratch = await mkdtemp(path.join(inject("scratchDir"), "walkthrough-"));
		rootBefore = await readdir(ROOT);
		// From the repository's folder, as the README says: `npx econsent` is this project's own command there.
		run = await runBash(pointedAt(block, baseUrl()), ROOT, { ...process.env, TMPDIR: scratch }, scratch);
		rootAfter = await readdir(ROOT);
	});

	afterAll(async () => {
		if (scratch) await rm(scratch, { recursive: true, force: true });
	});

	it("runs to the end", () => {
		expect(run.code, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
	});

	it("claims the shared certificate and gets a claim id back", () => {
		// The claim response is tee'd to stderr by the walkthrough itself.
		const claim = jsonObjectWith(run.stderr, "claim_id");
		expect(claim).toMatchObject({ claim_id: expect.any(Number), status: "claimed" });
		// The buyer's inbox (printed next) lists the same claim.
		expect(run.stdout).toContain(`"claim_id":${claim?.claim_id}`);
	});

	it("has the publisher's receiver verify a signed certificate.claimed for the claim", () => {
		const claim = jsonObjectWith(run.stderr, "claim_id");
		const line = run.stdout.split("\n").find((l) => l.startsWith("verified certificate.claimed "));
		expect(line, run.stdout).toBeDefined();
		expect(line).toContain(`"claim_id":${claim?.claim_id}`);
	});

	it("deletes the webhook endpoint it made once its receiver has stopped", () => {
		expect(run.stdout).toMatch(/^204$/m);
	});

	it("verifies the downloaded evidence bundle offline", () => {
		expect(run.stdout).toMatch(/^RESULT: VALID \(\d+ checks passed\)$/m);
		expect(run.stdout).not.toMatch(/^\s+FAIL\s/m);
	});

	it("shows the publisher the claim in full and the buyer's compliance result only as a commitment", () => {
		// The seeded auto-share lands whenever its job runs, before or after the claim, whose two events are one append.
		expect(run.stdout).toMatch(
			/^\[\[1,"created",null\],\[2,"signed",null\],.*\[\d+,"claimed",null\],\[\d+,"compliance_checked",true\].*\]$/m,
		);
	});

	it("shares the certificate again through a batch job and prints the job and its token line", () => {
		expect(jsonObjectWith(run.stdout, "succeeded")).toMatchObject({ status: "completed", total: 1, succeeded: 1 });
		expect(jsonObjectWith(run.stdout, "claim_url")).toMatchObject({ claim_token: expect.stringMatching(/^clm_/) });
	});

	it("records the consumer's revocation, which the buyer's inbox then shows", () => {
		expect(jsonObjectWith(run.stdout, "honor_by")).toMatchObject({ id: expect.stringMatching(/^rvk_/) });
		expect(run.stdout).toMatch(/"revoked":true,"revoked_at":"/);
	});

	it("refuses the second claim of the same token with ALREADY_CLAIMED (409)", () => {
		const lastLine = run.stdout.trim().split("\n").at(-1) ?? "";
		expect(JSON.parse(lastLine)).toMatchObject({ error: { code: "ALREADY_CLAIMED" } });
	});

	it("leaves no cookie jar or bundle in the repository", () => {
		expect(rootAfter.sort()).toEqual(rootBefore.sort());
	});
});
