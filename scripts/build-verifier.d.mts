// Types of scripts/build-verifier.mjs, for vitest.config.ts and the e2e suite.
export const VERIFIER_DIR: string;
export const CLI_FILE: string;
export const PAGE_SCRIPT_FILE: string;
export const REPLAY_SCRIPT_FILE: string;
export function buildCli(): Promise<string>;
export function buildPageScript(): Promise<string>;
export function buildReplayScript(): Promise<string>;
export function buildVerifier(): Promise<{ cli: string; page: string; replay: string }>;
