// The attack the transparency log exists for, played out against `wrangler dev`: a buyer downloads a bundle and runs
// the monitor once; then a rogue operator, with direct access to the local D1 and the log's storage, backdates an
// event, recomputes every later hash of its chain and rebuilds the log so that it is consistent with itself again.
// The buyer's earlier bundle still verifies on its own; the monitor and the verifier, given the buyer's kept
// checkpoint, report the rewrite.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import canonicalize from "canonicalize";
import { afterAll, describe, expect, it } from "vitest";
import { httpClient } from "./http-client";
import { localD1FileOf, localD1Files, ROOT, type RunningApi, startApi } from "./server";

function econsent(...args: string[]) {
	const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "econsent.mjs"), ...args], {
		cwd: ROOT,
		encoding: "utf8",
		timeout: 60_000,
	});
	return { code: run.status, out: run.stdout, err: run.stderr };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A salted event's hash, recomputed by the bundle's stated method (methods.audit_chain), as anyone could. */
function saltedHash(prevHash: string, row: Record<string, string | number | null>, createdAt: string): string {
	const content = canonicalize({
		certificate_id: row.certificate_id,
		seq: row.seq,
		event_type: row.event_type,
		actor_company_id: row.actor_company_id,
		actor_user_id: row.actor_user_id,
		ip: row.ip,
		details: row.details,
		created_at: createdAt,
	});
	const leaf = sha256(`${row.salt}\n${content}`);
	return sha256(
		`${prevHash}\n${canonicalize({ seq: row.seq, event_type: row.event_type, created_at: createdAt, leaf })}`,
	);
}

/** What the rogue operator does to the stopped server's state: rewrite, re-chain, and make the log rebuild itself. */
function rewriteHistory(stateDir: string, certificateId: string, seq: number) {
	const db = new DatabaseSync(localD1FileOf(stateDir, certificateId));
	// The append-only triggers are no obstacle to whoever holds the database.
	const triggers = db
		.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_events', 'log_entries')")
		.all() as { name: string }[];
	for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
	const rows = db
		.prepare("SELECT * FROM audit_events WHERE certificate_id = ? ORDER BY seq")
		.all(certificateId) as Record<string, string | number | null>[];
	let prevHash = String(rows[seq - 2]?.hash);
	for (const row of rows.slice(seq - 1)) {
		// The share is backdated by a year; every later event is re-chained onto it so the chain verifies again.
		const createdAt =
			row.seq === seq
				? String(row.created_at).replace(/^(\d{4})/, (y) => String(Number(y) - 1))
				: String(row.created_at);
		expect(row.salt).not.toBeNull();
		const hash = saltedHash(prevHash, row, createdAt);
		db.prepare("UPDATE audit_events SET created_at = ?, prev_hash = ?, hash = ? WHERE id = ?").run(
			createdAt,
			prevHash,
			hash,
			Number(row.id),
		);
		prevHash = hash;
	}
	// The log, rebuilt: its index table emptied and its sequencer's state thrown away, so that it sequences the
	// rewritten history afresh and signs checkpoints of it with the log's own key.
	db.close();
	// Every shard's: entries are kept on their events' shards.
	for (const file of localD1Files(stateDir).values()) {
		const shard = new DatabaseSync(file);
		for (const { name } of shard
			.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'log_entries'")
			.all() as { name: string }[])
			shard.exec(`DROP TRIGGER "${name}"`);
		shard.exec("DELETE FROM log_entries");
		shard.close();
	}
	const objects = path.join(stateDir, "state", "v3", "do");
	for (const dir of readdirSync(objects).filter((d) => d.includes("TransparencyLog")))
		rmSync(path.join(objects, dir), { recursive: true, force: true });
}

describe("a history rewritten by the operator", () => {
	const servers: RunningApi[] = [];
	afterAll(async () => {
		for (const server of servers.reverse()) await server.stop();
	});

	it("still verifies the buyer's bundle, and the buyer's kept checkpoint exposes the rewrite", async () => {
		const first = await startApi({ name: "log-attack" });
		servers.push(first);
		const { call, signup } = httpClient(first.baseUrl);
		const publisher = await signup("Rogue Publisher");
		const buyer = await signup("Careful Buyer");
		const buyerCompany = (await call("GET", "/auth/me", buyer)).json.company.id as string;
		const property = await call("POST", "/properties", publisher, { domain: "forms.rogue.example" });
		const cert = await call("POST", "/certificates", publisher, {
			property_id: property.json.id,
			consent_text: "I agree that Careful Buyer may call me, including by autodialer.",
			page_url: "https://forms.rogue.example/",
		});
		const certificateId = cert.json.certificate_id as string;
		const share = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, publisher, {
			target_company_id: buyerCompany,
		});
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, buyer);
		expect(claim.status).toBe(200);
		const evidence = `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence?format=bundle`;
		// Within seconds every event is in a checkpoint; the buyer downloads the bundle then.
		const bundle = await until("the claim in a checkpoint", async () => {
			const res = await call("GET", evidence, buyer);
			return res.json.transparency.pending.length === 0 ? res.json : undefined;
		});
		const keys = (await call("GET", "/.well-known/econsent/keys.json")).json;

		const dir = await mkdtemp(path.join(first.scratchDir, "buyer-"));
		const files = {
			bundle: path.join(dir, "bundle.json"),
			keys: path.join(dir, "keys.json"),
			state: path.join(dir, "checkpoints.json"),
			after: path.join(dir, "bundle-after.json"),
		};
		await writeFile(files.bundle, JSON.stringify(bundle));
		await writeFile(files.keys, JSON.stringify(keys));
		const watched = econsent(
			"monitor",
			"--log",
			first.baseUrl,
			"--state",
			files.state,
			"--keys",
			files.keys,
			"--bundle",
			files.bundle,
		);
		expect(watched.err).toBe("");
		expect(watched.code).toBe(0);
		expect(watched.out).toContain("RESULT: CONSISTENT");

		const sharedSeq = (bundle.audit_chain as { seq: number; event_type: string }[]).find(
			(e) => e.event_type === "shared",
		)?.seq as number;
		await first.kill();
		rewriteHistory(first.scratchDir, certificateId, sharedSeq);
		const second = await startApi({ name: "log-attack-after", stateDir: first.scratchDir });
		servers.push(second);
		const after = httpClient(second.baseUrl);
		const checkpointSize = Number(bundle.transparency.checkpoint.split("\n")[1]);
		// The rebuilt log catches up with the rewritten history, then goes beyond it (the buyer reads again).
		const rewritten = await until("the rebuilt log", async () => {
			const res = await after.call("GET", evidence, buyer);
			return res.json.transparency.pending.length === 0 &&
				Number(res.json.transparency.checkpoint.split("\n")[1]) > checkpointSize
				? res.json
				: undefined;
		});
		await writeFile(files.after, JSON.stringify(rewritten));
		const backdated = (rewritten.audit_chain as { seq: number; created_at: string }[]).find((e) => e.seq === sharedSeq);
		expect(backdated?.created_at.slice(0, 4)).toBe(
			String(Number(bundle.audit_chain[sharedSeq - 1].created_at.slice(0, 4)) - 1),
		);

		// On its own, the buyer's bundle still proves what it proved; so, on its own, does the rewritten one.
		expect(econsent("verify", files.bundle, "--keys", files.keys).code).toBe(0);
		expect(econsent("verify", files.after, "--keys", files.keys).code).toBe(0);

		// The buyer's kept checkpoint is what tells them apart.
		const monitor = econsent("monitor", "--log", second.baseUrl, "--state", files.state, "--keys", files.keys);
		expect(monitor.code).toBe(1);
		expect(monitor.out).toMatch(/FAIL {2}.*the history it signed was rewritten/);
		const verify = econsent("verify", files.after, "--keys", files.keys, "--log-state", files.state);
		expect(verify.code).toBe(1);
		expect(verify.out).toMatch(/FAIL {2}log_consistency: .*\n\s+.*the log was rewritten/);
	}, 240_000);
});
