// The standalone verifier's Node entry: `node econsent-verify.mjs bundle.json [--keys keys.json]
// [--access-log access-log.json] [--recording recording.json] [--json]`. The same command line as `npx econsent verify` (src/evidence/cli.ts),
// wired to Node the same way as bin/econsent.mjs, so output and exit codes are the same; `verify` may be left out.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { runCli } from "../../src/evidence/cli.ts";

const args = process.argv.slice(2);
const command = ["verify", "monitor", "--help", "-h"].includes(args[0] ?? "") ? args : ["verify", ...args];
process.exitCode = await runCli(command, {
	// The usage line names the file as it was run (it may have been renamed when handed over).
	program: `node ${path.basename(process.argv[1] ?? "econsent-verify.mjs")}`,
	readFile: (file) => readFile(file, "utf8"),
	writeFile: (file, text) => writeFile(file, text),
	fetch: (url, init) => fetch(url, init),
	now: () => Date.now(),
	out: (line) => console.log(line),
	err: (line) => console.error(line),
});
