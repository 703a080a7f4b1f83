// Batch jobs and auto-shares whose certificates are spread over the shards: each certificate is shared once, by its
// own shard's ledger, the job's counts and results gather every shard, and a chunk delivered again shares nothing.
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { backgroundShards } from "../src/db/background-sessions";
import { certificateShard } from "../src/db/shards";
import worker from "../src/index";
import { nextResultRows } from "../src/jobs/job-results";
import type { JobMessage, ShareChunkMessage } from "../src/jobs/messages";
import { chunkMessages } from "../src/jobs/share-jobs";
import { type Actor, call, captureCertificate, createProperty, signup } from "./helpers";
import { allRows, certificateD1 } from "./shard-databases";

/** Captures until each of the two shards holds `each` of the property's certificates; their ids, in capture order. */
async function certificatesOnBothShards(publisher: Actor, propertyId: string, each: number) {
	const ids: string[] = [];
	const onShard = (shard: number) => ids.filter((id) => certificateShard(id) === shard).length;
	for (let i = 0; i < 60 && (onShard(1) < each || onShard(2) < each); i++) {
		ids.push((await captureCertificate(publisher, propertyId)).certificate_id);
	}
	expect([onShard(1), onShard(2)].every((n) => n >= each)).toBe(true);
	return ids;
}

/** Orders ids so that the shards alternate, the hardest order for results merged from several shards. */
function alternating(ids: string[]) {
	const one = ids.filter((id) => certificateShard(id) === 1);
	const two = ids.filter((id) => certificateShard(id) === 2);
	return Array.from({ length: Math.max(one.length, two.length) }, (_, i) => [one[i], two[i]]).flatMap((pair) =>
		pair.filter((id): id is string => id !== undefined),
	);
}

async function deliver(messages: JobMessage[], attempts = 1) {
	const batch = createMessageBatch<JobMessage>(
		"econsent-jobs",
		messages.map((body) => ({ id: `m-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body })),
	);
	const ctx = createExecutionContext();
	await worker.queue(batch, env);
	return getQueueResult(batch, ctx);
}

async function waitForEnd(actor: Actor, jobId: string) {
	return vi.waitFor(
		async () => {
			const res = await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: actor });
			expect(res.json.completed_at).not.toBeNull();
			return res.json;
		},
		{ timeout: 30_000, interval: 100 },
	);
}

/** Per certificate, its tokens and this job's result rows, each read on the certificate's own shard. */
async function onTheirShards(jobId: string, ids: string[]) {
	return Promise.all(
		ids.map(async (id) => {
			const d1 = certificateD1(id);
			const tokens = await d1
				.prepare("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?")
				.bind(id)
				.first<{ n: number }>();
			const results = await d1
				.prepare("SELECT count(*) AS n FROM share_job_results WHERE job_id = ? AND certificate_id = ?")
				.bind(jobId, id)
				.first<{ n: number }>();
			return { tokens: tokens?.n ?? 0, results: results?.n ?? 0 };
		}),
	);
}

const ndjson = (text: string) =>
	text
		.split("\n")
		.filter(Boolean)
		.map((line) => JSON.parse(line));

describe("a batch job over certificates on both shards", () => {
	it("shares each once on its own shard, counts every shard, and lists the results in input order", async () => {
		const publisher = await signup("Sharded Publisher");
		const property = await createProperty(publisher);
		const ids = alternating(await certificatesOnBothShards(publisher, property.id, 3));
		const asked = [...ids.slice(0, 3), "EC-made-up", ...ids.slice(3)];
		const res = await call("POST", "/certificate-sharing/jobs", {
			as: publisher,
			body: { type: "batch_share", certificate_ids: asked },
		});
		expect(res.status).toBe(202);
		const job = await waitForEnd(publisher, res.json.id);
		expect(job).toMatchObject({ status: "partially_failed", total: asked.length, succeeded: ids.length, failed: 1 });

		const lines = ndjson(
			(await call("GET", `/certificate-sharing/jobs/${res.json.id}/results`, { as: publisher })).text,
		);
		expect(lines.map((l) => l.certificate_id)).toEqual(asked);
		expect(lines[3]).toMatchObject({ error: { code: "NOT_FOUND" } });
		expect(lines.filter((l) => l.claim_token).map((l) => l.certificate_id)).toEqual(ids);
		expect(await onTheirShards(res.json.id, ids)).toEqual(ids.map(() => ({ tokens: 1, results: 1 })));

		// Read two at a time, pages merged from both shards still come in input order, each row once.
		const paged: string[] = [];
		let after = -1;
		for (;;) {
			const rows = await nextResultRows(backgroundShards(env), res.json.id, after, 2);
			const last = rows.at(-1);
			if (!last) break;
			paged.push(...rows.map((r) => r.certificateId));
			after = last.position;
		}
		expect(paged).toEqual(asked);

		// A token of each shard works like any other.
		const buyer = await signup("Sharded Buyer");
		for (const shard of [1, 2]) {
			const line = lines.find((l) => l.claim_token && certificateShard(l.certificate_id) === shard);
			const claim = await call("POST", `/certificate-sharing/certificates/claim/${line.claim_token}`, { as: buyer });
			expect(claim.status).toBe(200);
		}

		// 7 days after the end the daily cleanup deletes the rows on every shard; the counts stay.
		await worker.scheduled(createScheduledController({ scheduledTime: Date.parse(job.results_expire_at) + 1000 }), env);
		expect(await allRows("SELECT 1 FROM share_job_results WHERE job_id = ?", res.json.id)).toEqual([]);
		const kept = await call("GET", `/certificate-sharing/jobs/${res.json.id}`, { as: publisher });
		expect(kept.json).toMatchObject({ succeeded: ids.length, failed: 1 });
		expect((await call("GET", `/certificate-sharing/jobs/${res.json.id}/results`, { as: publisher })).status).toBe(410);
	});

	it("matches a filter on every shard, oldest first", async () => {
		const publisher = await signup("Sharded Publisher");
		const property = await createProperty(publisher);
		const ids = await certificatesOnBothShards(publisher, property.id, 1);
		const res = await call("POST", "/certificate-sharing/jobs", {
			as: publisher,
			body: { type: "batch_share", filter: { property_id: property.id } },
		});
		expect(res.json.total).toBe(ids.length);
		expect(await waitForEnd(publisher, res.json.id)).toMatchObject({ status: "completed", succeeded: ids.length });
		const lines = ndjson(
			(await call("GET", `/certificate-sharing/jobs/${res.json.id}/results`, { as: publisher })).text,
		);
		expect(lines.map((l) => l.certificate_id)).toEqual(ids);
	});

	it("shares nothing twice when its chunk is delivered several times at once and again afterwards", async () => {
		const publisher = await signup("Sharded Publisher");
		const property = await createProperty(publisher);
		const ids = alternating(await certificatesOnBothShards(publisher, property.id, 2));
		// The job as the API stores it, its chunk delivered only by the test.
		const jobId = crypto.randomUUID().replaceAll("-", "").slice(0, 24);
		await env.DB.prepare(
			"INSERT INTO share_jobs (id, company_id, type, status, total, chunk_count, created_at) VALUES (?, ?, 'batch_share', 'queued', ?, 1, ?)",
		)
			.bind(jobId, publisher.company.id, ids.length, new Date().toISOString())
			.run();
		const [chunk] = chunkMessages(jobId, ids) as [ShareChunkMessage];
		const outcomes = await Promise.all([1, 2, 3].map((attempt) => deliver([chunk], attempt)));
		for (const outcome of outcomes) expect(outcome.explicitAcks.length + outcome.retryMessages.length).toBe(1);
		// Whichever were retried (a ledger still storing), a later delivery settles them.
		expect((await deliver([chunk], 4)).explicitAcks).toHaveLength(1);
		expect((await deliver([chunk], 5)).explicitAcks).toHaveLength(1);

		expect(await onTheirShards(jobId, ids)).toEqual(ids.map(() => ({ tokens: 1, results: 1 })));
		const job = await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: publisher });
		expect(job.json).toMatchObject({ status: "completed", succeeded: ids.length, failed: 0 });
	});
});

describe("auto-share of certificates on both shards", () => {
	it("makes each partner's share on the certificate's shard, and clears the intent there", async () => {
		const publisher = await signup("Sharded Publisher");
		const property = await createProperty(publisher);
		const buyer = await signup("Sharded Buyer");
		const partner = await call("POST", "/certificate-sharing/partners", {
			as: publisher,
			body: { property_id: property.id, partner_company_id: buyer.company.id, access_level: "read", auto_share: true },
		});
		expect(partner.status).toBe(201);
		const ids = await certificatesOnBothShards(publisher, property.id, 1);

		for (const id of ids) {
			const d1 = certificateD1(id);
			await vi.waitFor(
				async () => {
					const tokens = await d1
						.prepare(
							"SELECT target_company_id, access_level, auto_share_partner_id FROM claim_tokens WHERE certificate_id = ?",
						)
						.bind(id)
						.all();
					expect(tokens.results).toEqual([
						{ target_company_id: buyer.company.id, access_level: "read", auto_share_partner_id: partner.json.id },
					]);
					const pending = await d1
						.prepare("SELECT count(*) AS n FROM pending_auto_shares WHERE certificate_id = ?")
						.bind(id)
						.first<{ n: number }>();
					expect(pending?.n).toBe(0);
				},
				{ timeout: 15_000, interval: 100 },
			);
		}
		// The same message again (a redelivery) makes no second share.
		expect((await deliver(ids.map((id) => ({ type: "auto_share", certificate_id: id })))).explicitAcks).toHaveLength(
			ids.length,
		);
		for (const id of ids) {
			const n = await certificateD1(id)
				.prepare("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?")
				.bind(id)
				.first<{ n: number }>();
			expect(n?.n).toBe(1);
		}
	}, 60_000);
});
