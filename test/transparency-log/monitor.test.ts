import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/evidence/cli";
import { transparencyLog } from "../../src/transparency-log/log-client";
import { toBase64 } from "../../src/transparency-log/merkle";
import {
	cosignerVerifierKey,
	generateSignerKey,
	parseSignerKey,
	parseVerifierKey,
	verifyCosignature,
} from "../../src/transparency-log/note";
import { BASE, call, captureCertificate, createProperty, signup } from "../helpers";

/** The monitor's files in memory and its network through the Worker, as `npx econsent monitor` would see them. */
function monitorIo(files: Map<string, string>) {
	const lines: string[] = [];
	return {
		lines,
		io: {
			readFile: async (path: string) => {
				const text = files.get(path);
				if (text === undefined) throw new Error("no such file");
				return text;
			},
			writeFile: async (path: string, text: string) => {
				files.set(path, text);
			},
			fetch: (url: string, init?: RequestInit) => exports.default.fetch(new Request(url, init)),
			now: () => Date.now(),
			out: (line: string) => lines.push(line),
			err: (line: string) => lines.push(line),
		},
	};
}

async function drain() {
	for (let i = 0; i < 50; i++) if (!(await transparencyLog(env).integrate()).more) return;
}

async function newEvents() {
	const actor = await signup("Monitor Co");
	const property = await createProperty(actor);
	await captureCertificate(actor, property.id);
	await drain();
}

describe("econsent monitor", () => {
	it("keeps the checkpoints it verified and passes while the log only grows", async () => {
		await newEvents();
		const files = new Map<string, string>();
		const first = monitorIo(files);
		expect(await runCli(["monitor", "--log", BASE, "--state", "state.json"], first.io)).toBe(0);
		expect(first.lines.join("\n")).toContain("first run: trusting the log key");
		const kept = JSON.parse(files.get("state.json") as string);
		expect(kept.checkpoints).toHaveLength(1);

		await newEvents();
		const second = monitorIo(files);
		expect(await runCli(["monitor", "--log", BASE, "--state", "state.json"], second.io)).toBe(0);
		expect(second.lines.join("\n")).toContain("it extends all 1 checkpoints kept");
		expect(JSON.parse(files.get("state.json") as string).checkpoints).toHaveLength(2);
	});

	it("exits 1 saying the history was rewritten when a kept checkpoint is not in the log's tree", async () => {
		await newEvents();
		const files = new Map<string, string>();
		expect(await runCli(["monitor", "--log", BASE, "--state", "s.json"], monitorIo(files).io)).toBe(0);
		await newEvents();
		// What a buyer kept from a log whose history was different: same size, another root.
		const state = JSON.parse(files.get("s.json") as string);
		state.checkpoints[0].root = toBase64(new Uint8Array(32).fill(9));
		files.set("s.json", JSON.stringify(state));
		const run = monitorIo(files);
		expect(await runCli(["monitor", "--log", BASE, "--state", "s.json"], run.io)).toBe(1);
		expect(run.lines.join("\n")).toMatch(
			/FAIL {2}the log's tree of \d+ entries does not contain the checkpoint of size \d+ kept in s\.json unchanged: the history it signed was rewritten/,
		);
		// The evidence of the rewrite is kept as it was.
		expect(JSON.parse(files.get("s.json") as string).checkpoints).toHaveLength(1);
	});

	it("cosigns a verified checkpoint, which the log then hands out with it", async () => {
		await newEvents();
		const witnessKey = await generateSignerKey("witness.example");
		const files = new Map([["witness.key", witnessKey]]);
		expect(
			await runCli(["monitor", "--log", BASE, "--state", "w.json", "--cosign", "witness.key"], monitorIo(files).io),
		).toBe(0);
		const checkpoint = await call("GET", "/log/checkpoint");
		const verifier = await parseVerifierKey(await cosignerVerifierKey(await parseSignerKey(witnessKey)));
		expect(await verifyCosignature(checkpoint.text, verifier)).not.toBeNull();
		// A cosignature over anything else is refused.
		const forged = checkpoint.text.replace(/\n(\d+)\n/, (_, n) => `\n${Number(n) + 1}\n`);
		const refused = await call("POST", "/log/cosignatures", {
			body: { checkpoint: forged, witness_key: await cosignerVerifierKey(await parseSignerKey(witnessKey)) },
		});
		expect(refused.status).toBe(400);
		expect(refused.json.error.code).toBe("VALIDATION_FAILED");
	});

	it("answers usage errors with exit 2", async () => {
		const run = monitorIo(new Map());
		expect(await runCli(["monitor", "--state", "x.json"], run.io)).toBe(2);
	});
});
