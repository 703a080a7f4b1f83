// The archive run on two shards: the Cron Trigger's pages through the jobs queue, a crash between the R2 put and the
// D1 batch, a redelivered page, two runs at once, and the triggers that let only an archived event be deleted.
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { archiveCertificate } from "../src/archive/archive-run";
import { createDb } from "../src/db/client";
import { certificateShard } from "../src/db/shards";
import worker from "../src/index";
import type { ArchivePageMessage, JobMessage } from "../src/jobs/messages";
import { ARCHIVE_CRON } from "../src/lib/crons";
import { chainSeqs, claimedWorld, drainLog, locatorOf, readEverything, runShard } from "./archive-world";
import { captureCertificate, seedCertificates } from "./helpers";
import { certificateD1 } from "./shard-databases";

const nowIso = () => new Date().toISOString();
const pageOf = (shard: number, cutoff = nowIso()): ArchivePageMessage => ({
	type: "archive_page",
	shard,
	after: null,
	cutoff,
});

async function objectsOf(certificateId: string) {
	return (await env.ARCHIVE.list({ prefix: `archive/${certificateId}/` })).objects.map((o) => o.key);
}

async function deliver(messages: JobMessage[]) {
	const batch = createMessageBatch<JobMessage>(
		"econsent-jobs",
		messages.map((body) => ({ id: `m-${crypto.randomUUID()}`, timestamp: new Date(), attempts: 1, body })),
	);
	const ctx = createExecutionContext();
	await worker.queue(batch, env);
	return getQueueResult(batch, ctx);
}

afterEach(() => {
	vi.useRealTimers();
});

// Each test builds its world through the API: a few dozen requests.
describe("the archive run", { timeout: 90_000 }, () => {
	it("archives every eligible certificate on both shards from the Cron Trigger, leaving the others whole", async () => {
		const world = await claimedWorld();
		// Bare rows without events (as a test seeds them) are paged through and left alone; so is a certificate whose
		// token is still open.
		const bare = await seedCertificates(world.publisher.company.id, world.property.id, 60);
		const neverShared = (await captureCertificate(world.publisher, world.property.id)).certificate_id;
		await drainLog();
		const before = await readEverything(world);

		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + 31 * 86_400_000);
		await worker.scheduled(createScheduledController({ cron: ARCHIVE_CRON, scheduledTime: Date.now() }), env);
		await vi.waitFor(
			async () => {
				for (const id of world.certificateIds) expect(await locatorOf(id)).toBeDefined();
			},
			{ timeout: 30_000, interval: 100 },
		);
		expect(new Set(world.certificateIds.map(certificateShard))).toEqual(new Set([1, 2]));
		// A certificate never shared has no token to wait for: its quiet days alone decide.
		for (const id of bare) expect(await locatorOf(id)).toBeUndefined();
		expect(await locatorOf(neverShared)).toBeDefined();

		for (const id of world.certificateIds) {
			const locator = await locatorOf(id);
			expect(await objectsOf(id)).toEqual([locator?.objectKey]);
			// Only each chain's head is left in D1.
			expect(await chainSeqs(id, "audit_events")).toEqual([locator?.auditCutSeq]);
		}
		vi.useRealTimers();
		const after = await readEverything(world);
		expect(after.stable).toEqual(before.stable);
	});

	it("leaves a certificate whose token is open or whose chain moved within ARCHIVE_AFTER_DAYS in D1", async () => {
		const world = await claimedWorld({ claim: false });
		await drainLog();
		const [id] = world.certificateIds as [string];
		// Shared, not claimed, token valid for 90 days: not archived even with a cutoff of now.
		await runShard(certificateShard(id));
		expect(await locatorOf(id)).toBeUndefined();
		// Once the token has run out: not when the chain moved after the cutoff, but when it has been quiet since.
		const yesterday = new Date(Date.now() - 86_400_000).toISOString();
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + 91 * 86_400_000);
		await runShard(certificateShard(id), yesterday);
		expect(await locatorOf(id)).toBeUndefined();
		await runShard(certificateShard(id), new Date(Date.now() - 30 * 86_400_000).toISOString());
		expect(await locatorOf(id)).toBeDefined();
	});

	it("a crash between the R2 put and the D1 batch leaves the certificate whole in D1; the next run archives it once", async () => {
		const world = await claimedWorld();
		const [id] = world.certificateIds as [string];
		const db = createDb(certificateD1(id));
		const auditBefore = await chainSeqs(id, "audit_events");
		const accessBefore = await chainSeqs(id, "access_events");

		const crash = () => Promise.reject(new Error("the Worker died here"));
		await expect(archiveCertificate(env, db, id, nowIso(), crash)).rejects.toThrow("the Worker died here");
		// The object is in R2, but nothing points at it and nothing left D1.
		expect(await objectsOf(id)).toHaveLength(1);
		expect(await locatorOf(id)).toBeUndefined();
		expect(await chainSeqs(id, "audit_events")).toEqual(auditBefore);
		expect(await chainSeqs(id, "access_events")).toEqual(accessBefore);

		// The run again: the same content, so the same key (no second object), and now the locator.
		await runShard(certificateShard(id));
		const locator = await locatorOf(id);
		expect(locator).toBeDefined();
		expect(await objectsOf(id)).toEqual([locator?.objectKey]);
		expect(await chainSeqs(id, "audit_events")).toEqual([auditBefore.at(-1)]);
		expect(await chainSeqs(id, "access_events")).toEqual([accessBefore.at(-1)]);
	});

	it("a redelivered page archives nothing twice, and two runs at once archive a certificate once", async () => {
		const world = await claimedWorld();
		const before = await readEverything(world);
		const [first, second] = world.certificateIds as [string, string];

		// Two runs of the same certificate at once: one locator wins, the other changes nothing.
		const db = createDb(certificateD1(first));
		const both = await Promise.all([
			archiveCertificate(env, db, first, nowIso()),
			archiveCertificate(env, db, first, nowIso()),
		]);
		expect(both.filter(Boolean)).toHaveLength(1);

		// The same page delivered twice (and the first copy's next-page message too): both acked, nothing redone.
		const page = pageOf(certificateShard(second));
		const results = await Promise.all([deliver([page]), deliver([page])]);
		for (const result of results) expect(result.explicitAcks).toHaveLength(1);
		// Its page may be a later one, which the queue hands over after the first page's handling sent it.
		const locator = await vi.waitFor(
			async () => {
				const found = await locatorOf(second);
				expect(found).toBeDefined();
				return found;
			},
			{ timeout: 20_000, interval: 100 },
		);
		expect(await objectsOf(second)).toEqual([locator?.objectKey]);
		await deliver([page]);
		expect(await locatorOf(second)).toEqual(locator);

		const after = await readEverything(world);
		expect(after.stable).toEqual(before.stable);
	});

	it("lets nothing but the archive delete an event: not of a certificate in D1, not at or past an archived cut", async () => {
		const world = await claimedWorld();
		const [inD1, archived] = world.certificateIds as [string, string];
		const refuse = (id: string, where = "") =>
			certificateD1(id).prepare(`DELETE FROM audit_events WHERE certificate_id = ?${where}`).bind(id).run();
		await expect(refuse(inD1)).rejects.toThrow(/append-only/);
		await expect(
			certificateD1(inD1).prepare("DELETE FROM access_events WHERE certificate_id = ?").bind(inD1).run(),
		).rejects.toThrow(/append-only/);

		await runShard(certificateShard(archived));
		expect(await locatorOf(archived)).toBeDefined();
		await expect(refuse(archived)).rejects.toThrow(/append-only/);
		await expect(
			certificateD1(archived)
				.prepare("DELETE FROM archived_certificates WHERE certificate_id = ?")
				.bind(archived)
				.run(),
		).rejects.toThrow(/append-only/);
		await expect(
			certificateD1(archived)
				.prepare("UPDATE archived_certificates SET audit_cut_seq = 99 WHERE certificate_id = ?")
				.bind(archived)
				.run(),
		).rejects.toThrow(/append-only/);
	});
});
