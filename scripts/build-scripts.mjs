#!/usr/bin/env node
// `npm run build:scripts`: builds, with esbuild, the scripts that run outside the Worker:
// - dist/verifier/econsent-verify.mjs: the offline evidence verifier (src/evidence/verify-bundle.ts and the modules
//   it uses, the same code the service runs) as one dependency-free ES module for `node econsent-verify.mjs
//   bundle.json` on Node 20+, from any folder, for whoever will not clone this repository;
// - dist/verifier/verify-page.js: the same verifier as the script of the /verify page, which the Worker inlines so
//   the page runs from file:// alone;
// - dist/verifier/replay-page.js: the script of the replay pages, which verifies a session recording against the
//   signed record with the same modules before playing it with @rrweb/replay (bundled in, with its stylesheet);
// - dist/capture/capture.js: the capture script publishers put on their form pages (served at /capture.js), with the
//   rrweb recorder, held to a size budget: the build fails above CAPTURE_SCRIPT_BUDGET_GZIP bytes gzipped.
// It also copies the API reference's renderer (the pinned @scalar/api-reference browser bundle, 4.8 MB) into
// dist/assets/, the Workers Static Assets directory of wrangler.toml, under a name that changes with its content, and
// writes dist/docs/api-reference.json (that name and its integrity hash) for the /docs page to load it by.
// wrangler.toml's [build] runs this before `wrangler dev` and `wrangler deploy`, and vitest.config.ts calls
// buildScripts() before the workers suite, so the Worker never serves a script older than its sources.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const VERIFIER_DIR = path.join(ROOT, "dist", "verifier");
export const CLI_FILE = path.join(VERIFIER_DIR, "econsent-verify.mjs");
export const PAGE_SCRIPT_FILE = path.join(VERIFIER_DIR, "verify-page.js");
export const REPLAY_SCRIPT_FILE = path.join(VERIFIER_DIR, "replay-page.js");
export const CAPTURE_DIR = path.join(ROOT, "dist", "capture");
export const CAPTURE_SCRIPT_FILE = path.join(CAPTURE_DIR, "capture.js");
/** wrangler.toml's [assets] directory: files Cloudflare serves without running the Worker. */
export const ASSETS_DIR = path.join(ROOT, "dist", "assets");
/** Where the reference's renderer is served from; wrangler.toml's run_worker_first leaves only this path to assets. */
export const REFERENCE_ASSETS_PATH = "/docs/assets/";
// The package exports no path to its browser bundle (one self-contained script); it sits beside its main module.
const REFERENCE_BUNDLE = path.join(
	path.dirname(fileURLToPath(import.meta.resolve("@scalar/api-reference"))),
	"browser",
	"standalone.js",
);
/** The renderer's URL and integrity hash, imported by src/docs/docs.index.ts. */
export const REFERENCE_MANIFEST_FILE = path.join(ROOT, "dist", "docs", "api-reference.json");
/** Every publisher's form page downloads it: 40 KB gzipped at most, recorder included. */
export const CAPTURE_SCRIPT_BUDGET_GZIP = 40 * 1024;

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
			js: "#!/usr/bin/env node\n// econsent-verify: the offline evidence bundle verifier, built from the econsent sources (npm run build:scripts). No dependencies; Node 20+.",
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

/** Bytes of the text gzipped at the highest level, as a CDN or the Worker's compression would send it at best. */
export const gzippedBytes = (text) => gzipSync(Buffer.from(text), { level: 9 }).byteLength;

/** The capture script, as text: an IIFE for a classic `<script async>`, minified, and within its size budget. */
export async function buildCaptureScript() {
	const script = await bundle({
		entryPoints: ["src/capture-sessions/browser/capture-script.ts"],
		platform: "browser",
		format: "iife",
		// Browsers of the last few years: what lead forms are filled in with, phones included.
		target: ["chrome100", "firefox100", "safari15", "edge100"],
		minify: true,
	});
	const gzipped = gzippedBytes(script);
	if (gzipped > CAPTURE_SCRIPT_BUDGET_GZIP) {
		throw new Error(
			`the capture script is ${gzipped} bytes gzipped, over its budget of ${CAPTURE_SCRIPT_BUDGET_GZIP}: it would slow every publisher's form page`,
		);
	}
	return script;
}

// Left alone when unchanged, so a running `wrangler dev` that bundles the scripts does not reload for nothing
// (the e2e suite builds while its server runs); otherwise written beside and renamed into place, so a `wrangler dev`
// started meanwhile never reads half a file.
async function writeAtomically(file, content) {
	const current = await readFile(file).catch(() => undefined);
	if (current?.equals(Buffer.from(content))) return;
	const partial = `${file}.${process.pid}.partial`;
	await writeFile(partial, content);
	await rename(partial, file);
}

// Served by Cloudflare's asset server, which the Worker (and its headers) never sees. The name carries a hash of the
// content, so a version is cached for good; nosniff as on every answer of the Worker.
const ASSET_HEADERS = `${REFERENCE_ASSETS_PATH}*
  Cache-Control: public, max-age=31536000, immutable
  X-Content-Type-Options: nosniff
`;

/**
 * The reference's renderer as a static asset: the package's browser bundle copied unchanged (its 4.8 MB would
 * otherwise be most of the Worker's upload), older copies removed so only the current one is deployed.
 */
export async function buildReferenceAssets() {
	const bundle = await readFile(REFERENCE_BUNDLE);
	const sha384 = createHash("sha384").update(bundle).digest();
	const name = `api-reference.${sha384.toString("hex").slice(0, 16)}.js`;
	const dir = path.join(ASSETS_DIR, REFERENCE_ASSETS_PATH);
	await mkdir(dir, { recursive: true });
	await mkdir(path.dirname(REFERENCE_MANIFEST_FILE), { recursive: true });
	await writeAtomically(path.join(dir, name), bundle);
	for (const old of await readdir(dir)) if (old !== name) await rm(path.join(dir, old), { force: true });
	const reference = { path: `${REFERENCE_ASSETS_PATH}${name}`, integrity: `sha384-${sha384.toString("base64")}` };
	await Promise.all([
		writeAtomically(path.join(ASSETS_DIR, "_headers"), ASSET_HEADERS),
		writeAtomically(REFERENCE_MANIFEST_FILE, `${JSON.stringify(reference, null, "\t")}\n`),
	]);
	return { ...reference, bytes: bundle.byteLength };
}

/** Builds every script into dist/, and the reference's renderer into dist/assets/. */
export async function buildScripts() {
	await Promise.all([mkdir(VERIFIER_DIR, { recursive: true }), mkdir(CAPTURE_DIR, { recursive: true })]);
	const [cli, page, replay, capture, reference] = await Promise.all([
		buildCli(),
		buildPageScript(),
		buildReplayScript(),
		buildCaptureScript(),
		buildReferenceAssets(),
	]);
	await Promise.all([
		writeAtomically(CLI_FILE, cli),
		writeAtomically(PAGE_SCRIPT_FILE, page),
		writeAtomically(REPLAY_SCRIPT_FILE, replay),
		writeAtomically(CAPTURE_SCRIPT_FILE, capture),
	]);
	return { cli, page, replay, capture, reference };
}

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { cli, page, replay, capture, reference } = await buildScripts();
	const size = (file, text) => `${path.relative(ROOT, file)} ${kilobytes(Buffer.byteLength(text))}`;
	console.log(
		`${size(CLI_FILE, cli)}, ${size(PAGE_SCRIPT_FILE, page)}, ${size(REPLAY_SCRIPT_FILE, replay)}, ${size(CAPTURE_SCRIPT_FILE, capture)} (${kilobytes(gzippedBytes(capture))} gzipped, budget ${kilobytes(CAPTURE_SCRIPT_BUDGET_GZIP)}), static asset ${reference.path} ${kilobytes(reference.bytes)}`,
	);
}
