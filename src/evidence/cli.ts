// `econsent verify <bundle.json> [--keys keys.json] [--access-log access-log.json] [--recording recording.json]
// [--log-state checkpoints.json] [--json]` and `econsent monitor`: the offline verifier's command line. File access,
// the network (monitor and --log-state only) and the program's name are passed in, so this module stays free of Node
// APIs and is tested like the rest; bin/econsent.mjs and the standalone build's entry wire it to Node.
import { checkBundleAgainstKept, runMonitor } from "../transparency-log/monitor";
import { parseCheckpointBody, parseNote } from "../transparency-log/note";
import { readJsonFile, UsageError } from "./cli-files";
import { type BundleVerification, type JwkSet, verifyEvidenceBundle } from "./verify-bundle";

export interface CliIo {
	/** How the person ran it, for the usage line: `econsent verify`, or `node econsent-verify.mjs`. */
	program?: string;
	readFile(path: string): Promise<string>;
	out(line: string): void;
	err(line: string): void;
	/** Only `monitor` and `verify --log-state` need these: everything else stays offline. */
	writeFile?(path: string, text: string): Promise<void>;
	fetch?(url: string, init?: RequestInit): Promise<Response>;
	now?(): number;
}

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const usage = (
	program = "econsent verify",
) => `Usage: ${program} <bundle.json> [--keys <keys.json>] [--access-log <access-log.json>]
       [--recording <recording.json>] [--log-state <checkpoints.json>] [--json]
       ${program.replace(/ verify$/, "")} monitor --help

Verifies an evidence bundle (GET /certificate-sharing/partner-certificates/{claimId}/evidence?format=bundle)
offline: no network, no database. --keys uses a JWK set you obtained yourself (a saved copy of the service's
/.well-known/econsent/keys.json) instead of the key inside the bundle. --access-log checks every access to the
evidence against the bundle (the file from the bundle's access_log.url, saved after the bundle). --recording checks
a witnessed certificate's session recording archive (GET .../partner-certificates/{claimId}/recording) chunk by
chunk against the manifest in the signed record. --log-state checks the bundle's transparency log checkpoint against
the checkpoints an \`econsent monitor\` run kept (online only when their sizes differ: the log's consistency proof is
fetched from the bundle's issuer). --json prints the result as JSON.
Exit status: 0 valid, 1 not valid, 2 usage or unreadable file.`;

/** What each check establishes, in words an expert can repeat in a report (the /verify page shows the same). */
export const WHAT_IT_CHECKED: Record<string, string> = {
	bundle_format: "the file is a complete evidence bundle with every required field",
	bundle_signature: "the service's signature over the whole bundle holds: nothing in it changed after export",
	ed25519_signature: "the Ed25519 signature matches the RFC 8785 canonical certificate record",
	audit_chain:
		"each audit event's SHA-256 hash links to the previous event and covers its content (for an event shown only as a commitment: its seq, type, time and salted leaf)",
	signatures_recorded: "the signatures are the ones the audit chain recorded when the certificate was signed",
	compliance_recorded: "the compliance result is the one the audit chain recorded when this claim was made",
	access_log: "the record of every access to the evidence agrees with what the audit chain and the bundle committed to",
	recording:
		"every chunk of the session recording file is, byte for byte and in order, the one whose SHA-256 the signed record lists, and the file is this certificate's",
	transparency_log:
		"each audit event is a leaf of the transparency log under its signed checkpoint (or is listed as pending inclusion)",
	revocations:
		"the consumer's revocations the bundle lists are exactly those its audit chain records (events `revoked`), with their channel, received_at and honor_by",
	log_consistency: "the bundle's log checkpoint and the checkpoints you kept are one history (nothing was rewritten)",
};

export function isJwkSet(value: unknown): value is JwkSet {
	return typeof value === "object" && value !== null && Array.isArray((value as { keys?: unknown }).keys);
}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
	const [command, ...rest] = args;
	if (command === "monitor") {
		const { writeFile, fetch, now } = io;
		if (!writeFile || !fetch || !now) throw new Error("monitor needs file writes and the network");
		return runMonitor(rest, { ...io, writeFile, fetch, now });
	}
	if (command !== "verify") {
		const askedForHelp = command === "--help" || command === "-h";
		(askedForHelp ? io.out : io.err)(usage(io.program));
		return askedForHelp ? EXIT_VALID : EXIT_USAGE;
	}
	const asJson = rest.includes("--json");
	const flagValue = (flag: string) => {
		const at = rest.indexOf(flag);
		return { at, value: at === -1 ? undefined : rest[at + 1] };
	};
	const keys = flagValue("--keys");
	const accessLog = flagValue("--access-log");
	const recording = flagValue("--recording");
	const logState = flagValue("--log-state");
	const keysPath = keys.value;
	const flags = [keys, accessLog, recording, logState];
	const flagValues = new Set(flags.filter(({ at }) => at !== -1).map(({ at }) => at + 1));
	const positional = rest.filter((a, i) => !a.startsWith("--") && !flagValues.has(i));
	if (positional.length !== 1 || flags.some(({ at, value }) => at !== -1 && !value)) {
		io.err(usage(io.program));
		return EXIT_USAGE;
	}

	try {
		const bundle = await readJsonFile(io, positional[0] as string, "bundle");
		const trustedKeys = keysPath ? await readJsonFile(io, keysPath, "keys file") : undefined;
		if (trustedKeys !== undefined && !isJwkSet(trustedKeys))
			throw new UsageError(`keys file ${keysPath} is not a JWK set`);
		const log = accessLog.value ? await readJsonFile(io, accessLog.value, "access log") : undefined;
		const archive = recording.value ? await readJsonFile(io, recording.value, "recording") : undefined;
		const result = await verifyEvidenceBundle(bundle, trustedKeys, log, archive);
		if (logState.value) await checkLogConsistency(io, logState.value, bundle, result);
		if (asJson) io.out(JSON.stringify(result, null, 2));
		else printReport(io, positional[0] as string, bundle, result, keysPath);
		return result.valid ? EXIT_VALID : EXIT_INVALID;
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.err(`econsent: ${error.message}`);
		return EXIT_USAGE;
	}
}

/** --log-state: the bundle's checkpoint against the ones a monitor kept (src/transparency-log/monitor.ts). */
async function checkLogConsistency(io: CliIo, statePath: string, bundle: unknown, result: BundleVerification) {
	const b = bundle as { issuer?: string; transparency?: { checkpoint?: string } };
	const fetch = io.fetch;
	const note = b.transparency?.checkpoint;
	const check = note
		? fetch
			? await checkBundleAgainstKept(
					{ readFile: io.readFile, fetch },
					statePath,
					String(b.issuer),
					parseCheckpointBody(parseNote(note).text),
				)
			: { valid: false, detail: "needs the network for the log's consistency proof" }
		: { valid: false, detail: "the bundle carries no log checkpoint (v1 or v2)" };
	result.checks.push({ check: "log_consistency", ...check });
	result.valid = result.checks.every((c) => c.valid);
}

function printReport(io: CliIo, path: string, bundle: unknown, result: BundleVerification, keysPath?: string) {
	const b = bundle as { claim?: { claim_id?: unknown }; generated_at?: unknown; issuer?: unknown };
	io.out(`Evidence bundle ${path}`);
	if (result.certificate_id) {
		io.out(
			`  certificate ${result.certificate_id}, claim ${String(b.claim?.claim_id)}, generated ${String(b.generated_at)} by ${String(b.issuer)}`,
		);
	}
	io.out(
		`Checked offline (no network, no database), with ${keysPath ? `the public keys in ${keysPath}` : "the public key inside the bundle"}:`,
	);
	for (const check of result.checks) {
		io.out(`  ${check.valid ? "PASS" : "FAIL"}  ${check.check}: ${WHAT_IT_CHECKED[check.check] ?? check.check}`);
		const where = check.broken_at_seq !== undefined ? `at audit event seq ${check.broken_at_seq}` : undefined;
		const note = [check.detail, where].filter(Boolean).join(", ");
		if (note) io.out(`        ${note}`);
	}
	if (result.not_checked.length > 0) {
		io.out("Not checked here:");
		for (const skipped of result.not_checked) io.out(`  SKIP  ${skipped.check}: ${skipped.reason}`);
	}
	for (const [kid, thumbprint] of Object.entries(result.key_thumbprints)) {
		io.out(`Public key ${kid}: RFC 7638 thumbprint ${thumbprint}`);
	}
	const failed = result.checks.filter((c) => !c.valid).length;
	io.out(
		result.valid
			? `RESULT: VALID (${result.checks.length} checks passed)`
			: `RESULT: NOT VALID (${failed} of ${result.checks.length} checks failed)`,
	);
}
