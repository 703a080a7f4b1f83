// Types of scripts/build-scripts.mjs, for vitest.config.ts, the e2e suite and the benchmarks.
export const VERIFIER_DIR: string;
export const CLI_FILE: string;
export const PAGE_SCRIPT_FILE: string;
export const REPLAY_SCRIPT_FILE: string;
export const CAPTURE_DIR: string;
export const CAPTURE_SCRIPT_FILE: string;
export const CAPTURE_SCRIPT_BUDGET_GZIP: number;
export const ASSETS_DIR: string;
export const REFERENCE_ASSETS_PATH: string;
export const REFERENCE_MANIFEST_FILE: string;
export interface ReferenceAssets {
	/** The renderer's URL on this service (a static asset). */
	path: string;
	/** Its Subresource Integrity hash (sha384-…). */
	integrity: string;
	bytes: number;
}
export function gzippedBytes(text: string): number;
export function buildCli(): Promise<string>;
export function buildPageScript(): Promise<string>;
export function buildReplayScript(): Promise<string>;
export function buildCaptureScript(): Promise<string>;
export function buildReferenceAssets(): Promise<ReferenceAssets>;
export function buildScripts(): Promise<{
	cli: string;
	page: string;
	replay: string;
	capture: string;
	reference: ReferenceAssets;
}>;
