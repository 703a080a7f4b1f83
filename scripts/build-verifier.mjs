#!/usr/bin/env node
// `npm run build:verifier`: builds the offline evidence verifier (src/evidence/verify-bundle.ts and the modules it
// uses, the same code the service runs) with esbuild, into dist/verifier/:
// - econsent-verify.mjs: one dependency-free ES module for `node econsent-verify.mjs bundle.json` on Node 20+,
//   from any folder, for whoever will not clone this repository;
// - verify-page.js: the script of the /verify page, which the Worker inlines so the page runs from file:// alone;
// - replay-page.js: the script of the replay pages, which verifies a session recording against the signed record
//   with the same modules before playing it with @rrweb/replay (bundled in, with its stylesheet), inlined likewise.
// wrangler.toml's [build] runs this before `wrangler dev` and `wrangler deploy`, and vitest.config.ts calls
// buildVerifier() before the workers suite, so the page never serves a script older than its sources.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const VERIFIER_DIR = path.join(ROOT, "dist", "verifier");
export const CLI_FILE = path.join(VERIFIER_DIR, "econsent-verify.mjs");
export const PAGE_SCRIPT_FILE = path.join(VERIFIER_DIR, "verify-page.js");
export const REPLAY_SCRIPT_FILE = path.join(VERIFIER_DIR, "replay-page.js");

// Same inputs, same bytes: no timestamps, no absolute paths, no source maps.
const common = {
	bundle: true,
	write: false,
	legalComments: "none",
	charset: "utf8",
	absWorkingDir: ROOT,
	logLevel: "warning",
};

async function bundle(options) {
	const result = await build({ ...common, ...options });
	const [file] = result.outputFiles;
	if (!file) throw new Error(`esbuild produced nothing for ${options.entryPoints}`);
	return file.text;
}

/** The standalone command line, as text. */
export function buildCli() {
	return bundle({
		entryPoints: ["scripts/verifier/node-entry.mjs"],
		platform: "node",
		format: "esm",
		target: "node20",
		// Not minified: whoever relies on it can read what it does (and it stays well under 300 KB).
		banner: {
			js: "#!/usr/bin/env node\n// econsent-verify: the offline evidence bundle verifier, built from the econsent sources (npm run build:verifier). No dependencies; Node 20+.",
		},
	});
}

/** A page's script, as text (an IIFE: it is inlined into the page, hence minified). */
async function buildInlineScript(entryPoint, options = {}) {
	const script = await bundle({
		entryPoints: [entryPoint],
		platform: "browser",
		format: "iife",
		target: "es2022",
		minify: true,
		...options,
	});
	// Inside <script>, either would end the element or change how the HTML parser reads it.
	if (/<\/script|<!--/i.test(script)) throw new Error(`the script of ${entryPoint} contains </script or <!--`);
	return script;
}

/** The /verify page's script. */
export function buildPageScript() {
	return buildInlineScript("src/verify-page/browser/verify-in-browser.ts");
}

/** The replay pages' script; rrweb's stylesheet comes in as text, which the script adds to the page. */
export function buildReplayScript() {
	return buildInlineScript("src/replay/browser/replay-in-browser.ts", { loader: { ".css": "text" } });
}

// Left alone when unchanged, so a running `wrangler dev` that bundles the page script does not reload for nothing
// (the e2e suite builds while its server runs); otherwise written beside and renamed into place, so a `wrangler dev`
// started meanwhile never reads half a file.
async function writeAtomically(file, text) {
	const current = await readFile(file, "utf8").catch(() => undefined);
	if (current === text) return;
	const partial = `${file}.${process.pid}.partial`;
	await writeFile(partial, text);
	await rename(partial, file);
}

/** Builds the three files into dist/verifier/. */
export async function buildVerifier() {
	await mkdir(VERIFIER_DIR, { recursive: true });
	const [cli, page, replay] = await Promise.all([buildCli(), buildPageScript(), buildReplayScript()]);
	await Promise.all([
		writeAtomically(CLI_FILE, cli),
		writeAtomically(PAGE_SCRIPT_FILE, page),
		writeAtomically(REPLAY_SCRIPT_FILE, replay),
	]);
	return { cli, page, replay };
}

const kilobytes = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { cli, page, replay } = await buildVerifier();
	console.log(
		[
			[CLI_FILE, cli],
			[PAGE_SCRIPT_FILE, page],
			[REPLAY_SCRIPT_FILE, replay],
		]
			.map(([file, text]) => `${path.relative(ROOT, file)} ${kilobytes(text)}`)
			.join(", "),
	);
}
