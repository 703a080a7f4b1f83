#!/usr/bin/env node
// `npx econsent verify bundle.json`: runs the offline evidence verifier (src/evidence/cli.ts) on Node, loading the
// TypeScript sources directly so the verifier is exactly the code the service runs.
import { readFile, writeFile } from "node:fs/promises";
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/evidence/cli.ts");
process.exitCode = await runCli(process.argv.slice(2), {
	program: "econsent verify",
	readFile: (path) => readFile(path, "utf8"),
	writeFile: (path, text) => writeFile(path, text),
	fetch: (url, init) => fetch(url, init),
	now: () => Date.now(),
	out: (line) => console.log(line),
	err: (line) => console.error(line),
});
