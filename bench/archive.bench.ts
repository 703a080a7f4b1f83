// Does every read stay fast once a certificate is archived to R2, and what does archiving save in D1?
// Run: npm run bench:archive [-- certificates]
//
// Against the real API under `wrangler dev` (throwaway state, as the e2e suite starts it, ARCHIVE_AFTER_DAYS=0 so
// everything eligible is archived when the archive Cron Trigger is fired): certificates each captured with a 1 to 2 KB
// consent text, shared to a buyer, checked by batch verify, claimed, and their evidence read 5 times. Every read path
// is timed on each certificate (the median over them) before and after the archive run, which is fired through
// GET /__scheduled until every certificate has its locator row. Sizes: the archive objects' bytes (their locator rows
// name them), and the certificate tables' bytes per certificate from SQLite's dbstat over a vacuumed copy of each
// shard's local D1 file before and after (vacuumed so that pages freed by the deletes do not count: D1 reuses them).
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { httpClient } from "../e2e/http-client";
import { BENCHMARK_SERVER, localD1Files, startApi } from "../e2e/server";
import { ARCHIVE_CRON, scheduledUrl } from "../scripts/crons.mjs";

const CERTIFICATES = Number(process.argv[2] ?? 20);
const EVIDENCE_READS = 5;
const GOAL_MS = 1000;
const CERTIFICATE_TABLES = [
	"certificates",
	"claim_tokens",
	"claims",
	"audit_events",
	"access_events",
	"log_entries",
	"revocations",
	"capture_sessions",
	"capture_chunks",
	"archived_certificates",
];

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Bytes of the certificate tables and their indexes over every shard, from vacuumed copies of the files: whole pages
 * (what the 10 GB limit counts, but with a few certificates mostly each table's and index's first pages), and the
 * rows' payload alone (what grows with every certificate).
 */
function certificateBytes(stateDir: string): { pages: number; payload: number } {
	const total = { pages: 0, payload: 0 };
	for (const [shard, file] of localD1Files(stateDir)) {
		const copy = path.join(stateDir, `vacuumed-${shard}-${randomBytes(3).toString("hex")}.sqlite`);
		const source = new DatabaseSync(file, { readOnly: true });
		try {
			source.exec(`VACUUM INTO '${copy}'`);
		} finally {
			source.close();
		}
		const db = new DatabaseSync(copy, { readOnly: true });
		try {
			const names = db
				.prepare(
					`SELECT name FROM sqlite_schema WHERE tbl_name IN (${CERTIFICATE_TABLES.map(() => "?").join(",")}) AND type IN ('table', 'index')`,
				)
				.all(...CERTIFICATE_TABLES)
				.map((row) => (row as { name: string }).name);
			for (const name of names) {
				const row = db
					.prepare("SELECT sum(pgsize) AS pages, sum(payload) AS payload FROM dbstat WHERE name = ?")
					.get(name) as { pages: number | null; payload: number | null };
				total.pages += row.pages ?? 0;
				total.payload += row.payload ?? 0;
			}
		} finally {
			db.close();
		}
		void rm(copy, { force: true });
	}
	return total;
}

function locators(stateDir: string): { certificate_id: string; bytes: number }[] {
	const rows: { certificate_id: string; bytes: number }[] = [];
	for (const file of localD1Files(stateDir).values()) {
		const db = new DatabaseSync(file, { readOnly: true });
		try {
			rows.push(
				...(db.prepare("SELECT certificate_id, bytes FROM archived_certificates").all() as {
					certificate_id: string;
					bytes: number;
				}[]),
			);
		} finally {
			db.close();
		}
	}
	return rows;
}

async function main() {
	const api = await startApi({
		...BENCHMARK_SERVER,
		name: "bench-archive",
		vars: { ...BENCHMARK_SERVER.vars, ARCHIVE_AFTER_DAYS: "0" },
	});
	try {
		const { call, signup } = httpClient(api.baseUrl);
		const ok = async (what: string, answer: Promise<Awaited<ReturnType<typeof call>>>) => {
			const res = await answer;
			if (res.status >= 300) throw new Error(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
			return res;
		};
		const publisher = await signup("Bench Publisher");
		const buyer = await signup("Bench Buyer");
		const property = (await ok("property", call("POST", "/properties", publisher, { domain: "forms.bench.example" })))
			.json as { id: string };
		const sentence = "I agree that Bench Buyer and its partners may call and text me, including by autodialer. ";
		const world: { certificateId: string; token: string; claimId: number }[] = [];
		for (let i = 0; i < CERTIFICATES; i++) {
			const consent = sentence.repeat(12 + (i % 12)); // 1 to 2 KB
			const captured = (
				await ok(
					"capture",
					call("POST", "/certificates", publisher, {
						property_id: property.id,
						consent_text: consent,
						page_url: "https://forms.bench.example/quote",
						consumer: { ip: "203.0.113.7", user_agent: "Mozilla/5.0 (bench)" },
						geo: { country: "US", state: "FL" },
						lead: { email: `lead-${i}@example.com` },
					}),
				)
			).json as { certificate_id: string };
			const share = (
				await ok(
					"share",
					call("POST", `/certificate-sharing/certificates/${captured.certificate_id}/share`, publisher, {}),
				)
			).json as { claim_token: string };
			await ok(
				"batch verify",
				call("POST", "/certificate-sharing/certificates/batch-verify", buyer, {
					items: [{ token: share.claim_token }],
				}),
			);
			const claim = (
				await ok("claim", call("POST", `/certificate-sharing/certificates/claim/${share.claim_token}`, buyer))
			).json as { claim_id: number };
			for (let r = 0; r < EVIDENCE_READS; r++) {
				await ok(
					"evidence",
					call("GET", `/certificate-sharing/partner-certificates/${claim.claim_id}/evidence`, buyer),
				);
			}
			world.push({ certificateId: captured.certificate_id, token: share.claim_token, claimId: claim.claim_id });
		}

		const reads: Record<string, (w: (typeof world)[number]) => Promise<unknown>> = {
			"evidence JSON": (w) =>
				ok("evidence", call("GET", `/certificate-sharing/partner-certificates/${w.claimId}/evidence`, buyer)),
			"evidence bundle": (w) =>
				ok(
					"bundle",
					call("GET", `/certificate-sharing/partner-certificates/${w.claimId}/evidence?format=bundle`, buyer),
				),
			"evidence report (HTML)": (w) =>
				ok(
					"report",
					call("GET", `/certificate-sharing/partner-certificates/${w.claimId}/evidence`, buyer, undefined, {
						accept: "text/html",
					}),
				),
			"verify (buyer)": (w) =>
				ok("verify", call("GET", `/certificate-sharing/partner-certificates/${w.claimId}/verify`, buyer)),
			"verify (publisher)": (w) => ok("verify", call("GET", `/certificates/${w.certificateId}/verify`, publisher)),
			"access log": (w) =>
				ok(
					"access log",
					call("GET", `/certificate-sharing/partner-certificates/${w.claimId}/evidence/access-log`, buyer),
				),
			history: (w) => ok("history", call("GET", `/certificates/${w.certificateId}/history`, publisher)),
			"claim summary": (w) => ok("summary", call("GET", `/certificate-sharing/certificates/claim/${w.token}`)),
			"batch verify (1 token)": (w) =>
				ok(
					"batch verify",
					call("POST", "/certificate-sharing/certificates/batch-verify", buyer, { items: [{ token: w.token }] }),
				),
			"inbox page (25)": () => ok("inbox", call("GET", "/certificate-sharing/partner-certificates?limit=25", buyer)),
		};
		const timeAll = async () => {
			const times: Record<string, number> = {};
			for (const [name, read] of Object.entries(reads)) {
				const ms: number[] = [];
				for (const w of world) {
					const started = performance.now();
					await read(w);
					ms.push(performance.now() - started);
				}
				times[name] = median(ms);
			}
			return times;
		};

		const before = await timeAll();
		const bytesBefore = certificateBytes(api.scratchDir);

		// Fire the archive run until every certificate is archived: an event is archived only once the transparency
		// log has it, and the reads above keep adding access events for a second or so.
		const deadline = Date.now() + 180_000;
		const archivedIds = () => new Set(locators(api.scratchDir).map((row) => row.certificate_id));
		while (world.some((w) => !archivedIds().has(w.certificateId))) {
			if (Date.now() > deadline)
				throw new Error(`not every certificate archived: ${archivedIds().size} of ${world.length}`);
			const fired = await fetch(scheduledUrl(api.baseUrl, ARCHIVE_CRON));
			if (!fired.ok) throw new Error(`firing the archive cron: ${fired.status}`);
			await new Promise((r) => setTimeout(r, 3000));
		}
		const bytesAfter = certificateBytes(api.scratchDir);
		const after = await timeAll();

		const objects = locators(api.scratchDir).filter((row) => world.some((w) => w.certificateId === row.certificate_id));
		console.log(`\nEvery read of ${world.length} claimed certificates, median per read, before and after archiving\n`);
		console.log("| read | before | archived | × before | under 1 s |");
		console.log("|---|---:|---:|---:|---|");
		let allUnder = true;
		for (const name of Object.keys(reads)) {
			const b = before[name] ?? Number.NaN;
			const a = after[name] ?? Number.NaN;
			allUnder &&= a < GOAL_MS;
			console.log(
				`| ${name} | ${b.toFixed(1)} ms | ${a.toFixed(1)} ms | ${(a / b).toFixed(2)} | ${a < GOAL_MS ? "yes" : "NO"} |`,
			);
		}
		const perCertificate = (bytes: number) => Math.round(bytes / world.length);
		console.log(
			`\nArchive object per certificate: ${Math.round(objects.reduce((s, o) => s + o.bytes, 0) / objects.length)} bytes (min ${Math.min(...objects.map((o) => o.bytes))}, max ${Math.max(...objects.map((o) => o.bytes))})`,
		);
		for (const kind of ["payload", "pages"] as const) {
			console.log(
				`Certificate tables in D1 per certificate (vacuumed, dbstat ${kind === "payload" ? "row payload" : "whole pages"}): ${perCertificate(bytesBefore[kind])} bytes before, ${perCertificate(bytesAfter[kind])} bytes archived (${((bytesAfter[kind] / bytesBefore[kind]) * 100).toFixed(0)} %)`,
			);
		}
		console.log(`\nGoal: every read of an archived certificate under ${GOAL_MS} ms: ${allUnder ? "met" : "NOT met"}`);
		if (!allUnder) process.exitCode = 1;
	} finally {
		await api.stop();
	}
}

await main();
