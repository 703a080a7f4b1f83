// The verifier for people who will not clone this repository: `npm run build:scripts` writes one ES module,
// copied here into an empty folder outside the repository and run by the system's own Node (20 or later), with no
// node_modules anywhere near it. It has to say exactly what `npx econsent verify` says.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { copyFile, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildScripts, CLI_FILE } from "../scripts/build-scripts.mjs";
import { claimedEvidence, type EvidenceFiles, V1_FIXTURES } from "./evidence-files";
import { ROOT } from "./server";

/** The first `node` on PATH that is not the project's own (node_modules/.bin): what a third party would run. */
function systemNode(): string {
	for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
		if (!dir || dir.includes("node_modules")) continue;
		const candidate = path.join(dir, "node");
		try {
			accessSync(candidate, constants.X_OK);
			return candidate;
		} catch {
			// not here
		}
	}
	throw new Error("no node on PATH outside node_modules");
}

interface Run {
	code: number | null;
	out: string;
	err: string;
}

function run(command: string, args: string[], cwd: string): Run {
	const result = spawnSync(command, args, {
		cwd,
		encoding: "utf8",
		timeout: 60_000,
		// Nothing from this project's environment: no NODE_PATH, no npm settings.
		env: { PATH: process.env.PATH ?? "", HOME: cwd },
	});
	return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the standalone verifier, outside the repository", () => {
	const node = systemNode();
	let dir: string;
	let files: EvidenceFiles;

	const standalone = (...args: string[]) => run(node, ["econsent-verify.mjs", ...args], dir);
	const repoCli = (...args: string[]) =>
		run(process.execPath, [path.join(ROOT, "bin", "econsent.mjs"), "verify", ...args], dir);

	beforeAll(async () => {
		await buildScripts();
		files = await claimedEvidence({ otherBuyer: true });
		dir = await mkdtemp(path.join(inject("scratchDir"), "standalone-"));
		expect(path.relative(ROOT, dir).startsWith("..")).toBe(true);
		await copyFile(CLI_FILE, path.join(dir, "econsent-verify.mjs"));
		await writeFile(path.join(dir, "bundle.json"), JSON.stringify(files.bundle, null, 2));
		await writeFile(path.join(dir, "keys.json"), JSON.stringify(files.keys));
		await writeFile(path.join(dir, "access-log.json"), JSON.stringify(files.accessLog));
		await copyFile(V1_FIXTURES.bundle, path.join(dir, "bundle-v1.json"));
		await copyFile(V1_FIXTURES.accessLog, path.join(dir, "access-log-v1.json"));
	});

	afterAll(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it("runs on the system's Node 20 or later, as one file under 300 KB", async () => {
		const version = run(node, ["--version"], dir).out.trim();
		expect(Number(/^v(\d+)\./.exec(version)?.[1])).toBeGreaterThanOrEqual(20);
		expect((await stat(path.join(dir, "econsent-verify.mjs"))).size).toBeLessThan(300 * 1024);
	});

	it("passes a downloaded bundle with the same output as npx econsent verify", () => {
		const args = ["bundle.json", "--keys", "keys.json", "--access-log", "access-log.json"];
		const standaloneRun = standalone(...args);
		expect(standaloneRun.err).toBe("");
		expect(standaloneRun.code).toBe(0);
		expect(standaloneRun.out).toMatch(/PASS {2}bundle_signature/);
		expect(standaloneRun.out).toMatch(/PASS {2}access_log/);
		expect(standaloneRun.out).toContain("RESULT: VALID (9 checks passed)");
		expect(standaloneRun).toEqual(repoCli(...args));
		// `verify` may be written out too, as with npx econsent.
		expect(standalone("verify", ...args)).toEqual(standaloneRun);
	});

	it("passes a v4 bundle that shows another buyer's events only as commitments", () => {
		expect((files.bundle as { version: number }).version).toBe(4);
		const standaloneRun = standalone("bundle.json", "--access-log", "access-log.json");
		expect(standaloneRun.code).toBe(0);
		expect(standaloneRun.out).toContain("bundle_format: ");
		expect(standaloneRun.out).toMatch(/econsent-evidence-bundle v4/);
		expect(standaloneRun.out).toMatch(/8 events \(3 shown as commitments\), head [0-9a-f]{64}/);
		expect(standaloneRun.out).toContain("RESULT: VALID");
	});

	it("passes a v1 bundle handed out before salted chains, with its access log, as npx econsent verify does", () => {
		const args = ["bundle-v1.json", "--access-log", "access-log-v1.json"];
		const standaloneRun = standalone(...args);
		expect(standaloneRun.err).toBe("");
		expect(standaloneRun.code).toBe(0);
		expect(standaloneRun.out).toMatch(/econsent-evidence-bundle v1/);
		expect(standaloneRun.out).toContain("RESULT: VALID (7 checks passed)");
		expect(standaloneRun).toEqual(repoCli(...args));
	});

	it("proves the lead the buyer holds with the bundle's salt, and not another, as npx econsent verify does", () => {
		const args = ["bundle.json", "--lead-email", "Jane@Example.com", "--lead-phone", "555.010.0001"];
		const standaloneRun = standalone(...args);
		expect(standaloneRun.code, standaloneRun.out).toBe(0);
		expect(standaloneRun.out).toContain("email matches, phone matches the signed record's salted commitment");
		expect(standaloneRun).toEqual(repoCli(...args));
		const other = standalone("bundle.json", "--lead-phone", "555.010.0002");
		expect(other.code).toBe(1);
		expect(other.out).toMatch(/FAIL {2}lead_match: .*\n\s+phone does not match/);
	});

	it("gives the same JSON result as npx econsent verify --json", () => {
		const standaloneRun = standalone("bundle.json", "--json");
		expect(standaloneRun.code).toBe(0);
		expect(JSON.parse(standaloneRun.out).valid).toBe(true);
		expect(standaloneRun).toEqual(repoCli("bundle.json", "--json"));
	});

	it("exits 1 on an edited bundle, naming the broken check, as npx econsent verify does", async () => {
		const bundle = structuredClone(files.bundle) as { certificate: { consent_text: string } };
		bundle.certificate.consent_text = bundle.certificate.consent_text.replace("call", "cell");
		await writeFile(path.join(dir, "edited.json"), JSON.stringify(bundle));
		const standaloneRun = standalone("edited.json", "--keys", "keys.json");
		expect(standaloneRun.code).toBe(1);
		expect(standaloneRun.out).toMatch(/FAIL {2}ed25519_signature: .*\n\s+signature does not match the record/);
		expect(standaloneRun.out).toContain("RESULT: NOT VALID");
		expect(standaloneRun).toEqual(repoCli("edited.json", "--keys", "keys.json"));
	});

	it("names the command as it was run in its usage line, as npx econsent verify names itself", async () => {
		const standaloneRun = standalone();
		expect(standaloneRun.code).toBe(2);
		expect(standaloneRun.err).toMatch(
			/^Usage: node econsent-verify\.mjs <bundle\.json> \[--keys <keys\.json>\] \[--access-log <access-log\.json>\]\s+\[--recording <recording\.json>\] \[--log-state <checkpoints\.json>\]\s+\[--lead-email <email>\] \[--lead-phone <phone>\] \[--json\]\s+node econsent-verify\.mjs monitor --help/,
		);
		const repoRun = repoCli();
		expect(repoRun.code).toBe(2);
		expect(repoRun.err).toMatch(/^Usage: econsent verify <bundle\.json> /);
		// Handed over under another name, it says that name.
		await copyFile(path.join(dir, "econsent-verify.mjs"), path.join(dir, "check-evidence.mjs"));
		expect(run(node, ["check-evidence.mjs", "--help"], dir).out).toMatch(
			/^Usage: node check-evidence\.mjs <bundle\.json>/,
		);
	});

	it("exits 2 on a missing file, as npx econsent verify does", () => {
		const standaloneRun = standalone("missing.json");
		expect(standaloneRun.code).toBe(2);
		expect(standaloneRun.err).toContain("cannot read bundle missing.json");
		expect(standaloneRun).toEqual(repoCli("missing.json"));
	});
});
