// `econsent monitor`: a monitor (and, with --cosign, a witness) anyone can run against the log. It keeps the
// checkpoints it has verified in a local file; each run fetches the log's current checkpoint, checks its signature,
// checks that it extends every checkpoint kept (RFC 9162 consistency proofs from the log), and re-checks that the
// events of each bundle given are still in the log. Anything that does not hold exits 1 saying what broke: a log that
// forgot or rewrote what it once signed cannot hide it from anyone who kept a checkpoint.
// File access and the network are passed in, like the verifier's command line (src/evidence/cli.ts).

import { EvidenceBundleSchema } from "../evidence/bundle";
import { readJsonFile, UsageError } from "../evidence/cli-files";
import { checkTransparency } from "./evidence-proofs";
import { fromBase64, toBase64, verifyConsistency } from "./merkle";
import {
	type Checkpoint,
	cosignCheckpoint,
	cosignerVerifierKey,
	openCheckpoint,
	parseNote,
	parseSignerKey,
	parseVerifierKey,
} from "./note";

export interface MonitorIo {
	readFile(path: string): Promise<string>;
	writeFile(path: string, text: string): Promise<void>;
	fetch(url: string, init?: RequestInit): Promise<Response>;
	out(line: string): void;
	err(line: string): void;
	now(): number;
}

export const MONITOR_OK = 0;
export const MONITOR_INCONSISTENT = 1;
export const MONITOR_USAGE = 2;

export const MONITOR_USAGE_TEXT = `Usage: econsent monitor --log <service URL> --state <checkpoints.json> [--keys <keys.json>]
       [--bundle <bundle.json>]... [--cosign <witness key file>] [--json]

Fetches the log's current checkpoint, verifies its signature and that it extends every checkpoint kept in the state
file (which it creates, then keeps adding to), and re-checks that the events of each bundle are still in the log.
--keys pins the log key from a saved keys.json; otherwise the key kept in the state file, or on the first run the one
the service lists, is used. --cosign signs each verified checkpoint with a witness key (PRIVATE+KEY+<name>+<hash>+<key>,
as scripts/log-key.mjs makes) and hands the cosignature to the service (C2SP tlog-cosignature).
Exit status: 0 consistent, 1 inconsistent or not verifiable, 2 usage, unreadable file or unreachable log.`;

interface KeptCheckpoint {
	size: number;
	root: string;
	note: string;
}

interface MonitorState {
	format: "econsent-log-monitor";
	version: 1;
	verifier_key: string;
	checkpoints: KeptCheckpoint[];
}

class Inconsistency extends Error {}

export interface MonitorReport {
	ok: boolean;
	log: string;
	current?: { size: number; root: string };
	checked: string[];
	problems: string[];
}

function flagValues(args: readonly string[], flag: string): string[] {
	const values: string[] = [];
	args.forEach((a, i) => {
		if (a === flag) {
			const value = args[i + 1];
			if (!value || value.startsWith("--")) throw new UsageError(`${flag} needs a value`);
			values.push(value);
		}
	});
	return values;
}

async function fetchOk(io: MonitorIo, url: string, init?: RequestInit): Promise<Response> {
	let response: Response;
	try {
		response = await io.fetch(url, init);
	} catch (error) {
		throw new UsageError(`cannot reach ${url}: ${(error as Error).message}`);
	}
	if (!response.ok)
		throw new UsageError(`${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
	return response;
}

/** Proves with the log's consistency proof that `newer` extends `older`; throws an Inconsistency saying why not. */
async function proveExtends(io: MonitorIo, log: string, older: KeptCheckpoint, newer: Checkpoint, what: string) {
	if (older.size > newer.size)
		throw new Inconsistency(
			`the log's checkpoint has ${newer.size} entries, fewer than the ${older.size} of ${what}: the log shrank`,
		);
	if (older.size === newer.size) {
		if (older.root !== toBase64(newer.root))
			throw new Inconsistency(
				`the log's tree of ${newer.size} entries has another root than ${what}: the log was rewritten`,
			);
		return;
	}
	const response = await fetchOk(io, `${log}/log/proof/consistency?from=${older.size}&to=${newer.size}`);
	const body = (await response.json()) as { proof?: unknown };
	const proof = Array.isArray(body.proof) ? body.proof : [];
	let hashes: Uint8Array[];
	try {
		hashes = proof.map((p) => fromBase64(String(p)));
	} catch {
		throw new Inconsistency(`the log's consistency proof from ${older.size} to ${newer.size} is malformed`);
	}
	if (!(await verifyConsistency(older.size, newer.size, hashes, fromBase64(older.root), newer.root)))
		throw new Inconsistency(
			`the log's tree of ${newer.size} entries does not contain ${what} unchanged: the history it signed was rewritten`,
		);
}

export async function runMonitor(args: readonly string[], io: MonitorIo): Promise<number> {
	if (args.includes("--help") || args.includes("-h")) {
		io.out(MONITOR_USAGE_TEXT);
		return MONITOR_OK;
	}
	const asJson = args.includes("--json");
	const report: MonitorReport = { ok: false, log: "", checked: [], problems: [] };
	try {
		const [log] = flagValues(args, "--log");
		const [statePath] = flagValues(args, "--state");
		const [keysPath] = flagValues(args, "--keys");
		const [cosignPath] = flagValues(args, "--cosign");
		const bundlePaths = flagValues(args, "--bundle");
		if (!log || !statePath) throw new UsageError("--log and --state are required");
		const base = log.replace(/\/+$/, "");
		report.log = base;

		let state: MonitorState | undefined;
		try {
			state = JSON.parse(await io.readFile(statePath)) as MonitorState;
		} catch {
			state = undefined;
		}
		if (state && (state.format !== "econsent-log-monitor" || !Array.isArray(state.checkpoints)))
			throw new UsageError(`${statePath} is not a monitor state file`);

		let verifierKey = state?.verifier_key;
		if (keysPath) {
			const keys = (await readJsonFile(io, keysPath, "keys file")) as { transparency_log?: { verifier_key?: string } };
			const pinned = keys.transparency_log?.verifier_key;
			if (!pinned) throw new UsageError(`${keysPath} lists no transparency_log.verifier_key`);
			if (verifierKey && verifierKey !== pinned)
				throw new Inconsistency(`the log key in ${keysPath} is not the one kept in ${statePath}`);
			verifierKey = pinned;
		}
		if (!verifierKey) {
			const keys = (await (await fetchOk(io, `${base}/.well-known/econsent/keys.json`)).json()) as {
				transparency_log?: { verifier_key?: string };
			};
			verifierKey = keys.transparency_log?.verifier_key;
			if (!verifierKey) throw new UsageError(`${base} lists no transparency log key`);
			report.checked.push(`first run: trusting the log key the service lists now, ${verifierKey}`);
		}
		const key = await parseVerifierKey(verifierKey);

		const note = await (await fetchOk(io, `${base}/log/checkpoint`)).text();
		let current: Checkpoint;
		try {
			current = await openCheckpoint(note, key);
		} catch (error) {
			throw new Inconsistency(`the log's current checkpoint does not verify: ${(error as Error).message}`);
		}
		report.current = { size: current.size, root: toBase64(current.root) };
		report.checked.push(`checkpoint of ${current.origin} at size ${current.size} is signed by ${key.name}`);

		const kept = state?.checkpoints ?? [];
		for (const old of kept) {
			await proveExtends(io, base, old, current, `the checkpoint of size ${old.size} kept in ${statePath}`);
		}
		if (kept.length > 0) report.checked.push(`it extends all ${kept.length} checkpoints kept`);

		const learned: KeptCheckpoint[] = [];
		for (const path of bundlePaths) {
			const parsed = EvidenceBundleSchema.safeParse(await readJsonFile(io, path, "bundle"));
			if (!parsed.success) throw new UsageError(`${path} is not an evidence bundle`);
			const bundle = parsed.data;
			if (bundle.version !== 3) {
				report.checked.push(`${path}: a v${bundle.version} bundle has no log proofs to re-check`);
				continue;
			}
			const events = bundle.audit_chain.map((e) => ({ seq: e.seq, hash: e.hash }));
			const check = await checkTransparency(bundle.transparency, events, verifierKey);
			if (!check.valid || !check.checkpoint) throw new Inconsistency(`${path}: ${check.detail}`);
			const bundleCheckpoint = {
				size: check.checkpoint.size,
				root: toBase64(check.checkpoint.root),
				note: check.checkpoint.note,
			};
			await proveExtends(
				io,
				base,
				bundleCheckpoint,
				current,
				`the checkpoint of size ${bundleCheckpoint.size} in ${path}`,
			);
			learned.push(bundleCheckpoint);
			report.checked.push(`${path}: ${check.detail}; still in the log at size ${current.size}`);
		}

		const currentKept = { size: current.size, root: toBase64(current.root), note };
		const all = [...kept, ...learned, currentKept];
		const bySize = new Map(all.map((c) => [c.size, c]));
		const next: MonitorState = {
			format: "econsent-log-monitor",
			version: 1,
			verifier_key: verifierKey,
			checkpoints: [...bySize.values()].sort((a, b) => a.size - b.size),
		};
		await io.writeFile(statePath, `${JSON.stringify(next, null, 2)}\n`);

		if (cosignPath) {
			const witness = await parseSignerKey((await io.readFile(cosignPath)).trim());
			const body = parseNote(note).text;
			const line = await cosignCheckpoint(body, witness, Math.floor(io.now() / 1000));
			await fetchOk(io, `${base}/log/cosignatures`, {
				method: "POST",
				headers: { "content-type": "application/json" },
				body: JSON.stringify({ checkpoint: note + line, witness_key: await cosignerVerifierKey(witness) }),
			});
			report.checked.push(`cosigned the checkpoint of size ${current.size} as ${witness.name}`);
		}
		report.ok = true;
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`econsent monitor: ${error.message}`);
			if (!asJson) io.err(MONITOR_USAGE_TEXT);
			return MONITOR_USAGE;
		}
		if (!(error instanceof Inconsistency)) throw error;
		report.problems.push(error.message);
	}
	if (asJson) io.out(JSON.stringify(report, null, 2));
	else {
		io.out(`Transparency log ${report.log}`);
		for (const line of report.checked) io.out(`  OK    ${line}`);
		for (const line of report.problems) io.out(`  FAIL  ${line}`);
		io.out(report.ok ? "RESULT: CONSISTENT" : "RESULT: NOT CONSISTENT");
	}
	return report.ok ? MONITOR_OK : MONITOR_INCONSISTENT;
}

/**
 * For `econsent verify --log-state`: does the bundle's checkpoint agree with every checkpoint a monitor kept? Equal
 * sizes are compared offline; other sizes need the log's consistency proof, fetched from the bundle's issuer.
 */
export async function checkBundleAgainstKept(
	io: Pick<MonitorIo, "readFile" | "fetch">,
	statePath: string,
	issuer: string,
	bundleCheckpoint: { size: number; root: Uint8Array },
): Promise<{ valid: boolean; detail: string }> {
	let state: MonitorState;
	try {
		state = JSON.parse(await io.readFile(statePath)) as MonitorState;
	} catch {
		return { valid: false, detail: `${statePath} is not a monitor state file` };
	}
	if (state.format !== "econsent-log-monitor" || !Array.isArray(state.checkpoints))
		return { valid: false, detail: `${statePath} is not a monitor state file` };
	const bundleRoot = toBase64(bundleCheckpoint.root);
	for (const kept of state.checkpoints) {
		const [older, newer] =
			kept.size <= bundleCheckpoint.size
				? [kept, { size: bundleCheckpoint.size, root: bundleRoot }]
				: [{ size: bundleCheckpoint.size, root: bundleRoot }, kept];
		const what = `the kept checkpoint of size ${kept.size}`;
		if (older.size === newer.size) {
			if (older.root !== newer.root)
				return {
					valid: false,
					detail: `the bundle's tree of ${newer.size} entries has another root than ${what}: the log was rewritten`,
				};
			continue;
		}
		if (older.size === 0) continue;
		let proof: Uint8Array[];
		try {
			const response = await io.fetch(`${issuer}/log/proof/consistency?from=${older.size}&to=${newer.size}`);
			if (!response.ok)
				return {
					valid: false,
					detail: `the log gave no consistency proof from ${older.size} to ${newer.size} (${response.status})`,
				};
			proof = (((await response.json()) as { proof?: string[] }).proof ?? []).map(fromBase64);
		} catch (error) {
			return {
				valid: false,
				detail: `no consistency proof from ${older.size} to ${newer.size}: ${(error as Error).message}`,
			};
		}
		if (!(await verifyConsistency(older.size, newer.size, proof, fromBase64(older.root), fromBase64(newer.root))))
			return {
				valid: false,
				detail: `the bundle's checkpoint (size ${bundleCheckpoint.size}) and ${what} are not one history: the log was rewritten`,
			};
	}
	return { valid: true, detail: `consistent with all ${state.checkpoints.length} checkpoints kept in ${statePath}` };
}
