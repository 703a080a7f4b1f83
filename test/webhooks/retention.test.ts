// Webhook rows do not pile up: a finished delivery is deleted WEBHOOK_RETENTION_DAYS after its event (so the
// directory stays bounded), a pending one never is, and a shard's outbox row goes a day after it was relayed.
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { allShards, DIRECTORY_SHARD, shardDatabase } from "../../src/db/shards";
import worker from "../../src/index";
import { SWEEP_CRON } from "../../src/lib/crons";
import { DEFAULT_RETENTION_DAYS, deleteExpiredWebhookRows, retentionDays } from "../../src/webhooks/retention";
import { call, signup } from "../helpers";
import { claimedEventBody, startReceiver } from "./receiver";

const DAY_MS = 86_400_000;
const tomorrow = () => new Date(Date.now() + DAY_MS).toISOString();
const receivers: ReturnType<typeof startReceiver>[] = [];
afterAll(() => {
	for (const r of receivers.splice(0)) r.stop();
});

async function endpoint() {
	const hooks = startReceiver(`retention-${crypto.randomUUID().slice(0, 12)}.example.com`);
	receivers.push(hooks);
	const company = await signup("Retention Co");
	const res = await call("POST", "/webhooks", {
		as: company,
		body: { url: hooks.url(), events: ["certificate.claimed"] },
	});
	expect(res.status, res.text).toBe(201);
	return { companyId: company.company.id, endpointId: (res.json as { id: string }).id, company };
}

/** A delivery row made `ageDays` ago in `status`, as the relay writes them. */
async function delivery(companyId: string, endpointId: string, ageDays: number, status: string) {
	const id = crypto.randomUUID().replaceAll("-", "").slice(0, 24);
	const eventId = `evt_claim_${id}`;
	const createdAt = new Date(Date.now() - ageDays * DAY_MS).toISOString();
	await env.DB.prepare(
		`INSERT INTO webhook_deliveries (id, endpoint_id, company_id, event_id, event_type, payload, status, attempts,
			next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'certificate.claimed', ?, ?, 1, ?, ?)`,
	)
		// A pending one is due tomorrow, so that no sweep in this file tries to send it.
		.bind(
			id,
			endpointId,
			companyId,
			eventId,
			claimedEventBody(eventId, createdAt, `retention-${id}`, 1),
			status,
			status === "pending" ? tomorrow() : null,
			createdAt,
		)
		.run();
	return id;
}

async function outboxRow(shard: number, relayedDaysAgo: number | null) {
	const id = `evt_claim_${crypto.randomUUID().replaceAll("-", "")}`;
	const relayedAt = relayedDaysAgo === null ? null : new Date(Date.now() - relayedDaysAgo * DAY_MS).toISOString();
	await shardDatabase(env, shard)
		.prepare(
			`INSERT INTO webhook_events (event_id, event_type, recipient_company_id, payload, created_at, relayed_at)
			VALUES (?, 'certificate.claimed', 'someone', '{}', ?, ?)`,
		)
		.bind(id, new Date(Date.now() - 3 * DAY_MS).toISOString(), relayedAt)
		.run();
	return id;
}

const deliveryExists = async (id: string) =>
	(await env.DB.prepare("SELECT 1 FROM webhook_deliveries WHERE id = ?").bind(id).first()) !== null;
const outboxRowExists = async (shard: number, id: string) =>
	(await shardDatabase(env, shard).prepare("SELECT 1 FROM webhook_events WHERE event_id = ?").bind(id).first()) !==
	null;

describe("webhook retention", () => {
	it("keeps deliveries 7 days unless configured, and never less than 2", () => {
		expect(retentionDays(env)).toBe(DEFAULT_RETENTION_DAYS);
		expect(retentionDays({ ...env, WEBHOOK_RETENTION_DAYS: "30" })).toBe(30);
		expect(retentionDays({ ...env, WEBHOOK_RETENTION_DAYS: "1" })).toBe(DEFAULT_RETENTION_DAYS);
		expect(retentionDays({ ...env, WEBHOOK_RETENTION_DAYS: "soon" })).toBe(DEFAULT_RETENTION_DAYS);
	});

	it("deletes finished deliveries past retention, keeps younger and pending ones, and the events list follows", async () => {
		const { companyId, endpointId, company } = await endpoint();
		const oldDelivered = await delivery(companyId, endpointId, 8, "delivered");
		const oldDead = await delivery(companyId, endpointId, 8, "dead");
		const oldPending = await delivery(companyId, endpointId, 8, "pending");
		const young = await delivery(companyId, endpointId, 6, "delivered");

		const before = await call("GET", "/webhooks/events?limit=100", { as: company });
		expect((before.json as { data: unknown[] }).data).toHaveLength(4);

		await deleteExpiredWebhookRows(env, createDb(env.DB), new Date());
		expect(await deliveryExists(oldDelivered)).toBe(false);
		expect(await deliveryExists(oldDead)).toBe(false);
		expect(await deliveryExists(oldPending)).toBe(true);
		expect(await deliveryExists(young)).toBe(true);

		const after = await call("GET", "/webhooks/events?limit=100", { as: company });
		expect((after.json as { data: unknown[] }).data).toHaveLength(2);
	});

	it("deletes a shard's outbox rows a day after they were relayed, never one not relayed", async () => {
		const shards = allShards(env).filter((shard) => shard !== DIRECTORY_SHARD);
		expect(shards).toHaveLength(2);
		for (const shard of shards) {
			const relayedLongAgo = await outboxRow(shard, 2);
			const relayedJustNow = await outboxRow(shard, 0);
			const notRelayed = await outboxRow(shard, null);
			// The sweep's cron runs it.
			await worker.scheduled(createScheduledController({ cron: SWEEP_CRON, scheduledTime: Date.now() }), env);
			expect(await outboxRowExists(shard, relayedLongAgo)).toBe(false);
			expect(await outboxRowExists(shard, relayedJustNow)).toBe(true);
			expect(await outboxRowExists(shard, notRelayed)).toBe(true);
		}
	});

	it("deletes a backlog in steps of 1,000 rows, 10,000 per database and run", async () => {
		const { companyId, endpointId } = await endpoint();
		const createdAt = new Date(Date.now() - 30 * DAY_MS).toISOString();
		// 10,500 old delivered rows, made in SQL (json_each over a counter) rather than 10,500 inserts.
		await env.DB.prepare(
			`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10500)
			INSERT INTO webhook_deliveries (id, endpoint_id, company_id, event_id, event_type, payload, status, attempts,
				created_at)
			SELECT lower(hex(randomblob(12))), ?1, ?2, 'evt_backlog_' || i, 'certificate.claimed', '{}', 'delivered', 1, ?3
			FROM n`,
		)
			.bind(endpointId, companyId, createdAt)
			.run();
		const count = async () =>
			(
				await env.DB.prepare("SELECT count(*) AS n FROM webhook_deliveries WHERE endpoint_id = ?")
					.bind(endpointId)
					.first<{ n: number }>()
			)?.n;
		const first = await deleteExpiredWebhookRows(env, createDb(env.DB), new Date());
		expect(first).toBeGreaterThanOrEqual(10_000);
		expect(await count()).toBe(500);
		await deleteExpiredWebhookRows(env, createDb(env.DB), new Date());
		expect(await count()).toBe(0);
	});
});
