// Archived certificates read like any other, and keep growing: a later read's access event and a later share's audit
// event are appended in D1 after the head kept there, and both chains still verify whole.
import { describe, expect, it } from "vitest";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import { chainSeqs, claimedWorld, locatorOf, readEverything, runShard, settle } from "./archive-world";
import { call } from "./helpers";

async function archiveEverything() {
	for (const shard of [1, 2]) await runShard(shard);
}

describe("reading archived certificates", { timeout: 120_000 }, () => {
	it("answers every read the same after archiving, and keeps appending to both chains", async () => {
		const world = await claimedWorld();
		const before = await readEverything(world);
		await archiveEverything();
		for (const id of world.certificateIds) expect(await locatorOf(id)).toBeDefined();
		const after = await readEverything(world);
		expect(after.stable).toEqual(before.stable);

		const [id] = world.certificateIds as [string];
		const claimId = world.claimIds.get(id) as number;
		const locator = await locatorOf(id);
		const auditInD1 = await chainSeqs(id, "audit_events");
		expect(auditInD1).toEqual([locator?.auditCutSeq]);

		// A later audit event: the publisher shares the archived certificate again (its ledger appends `shared`).
		const shared = await call("POST", `/certificate-sharing/certificates/${id}/share`, {
			as: world.publisher,
			body: {},
		});
		expect(shared.status, shared.text).toBe(201);
		// A later access event: the buyer reads the evidence (recorded through the access events queue).
		const read = await call("GET", `/certificate-sharing/partner-certificates/${claimId}/evidence`, {
			as: world.buyer,
		});
		expect(read.status).toBe(200);
		await settle(world);

		expect(await chainSeqs(id, "audit_events")).toEqual([locator?.auditCutSeq, (locator?.auditCutSeq ?? 0) + 1]);
		expect((await chainSeqs(id, "access_events")).length).toBeGreaterThan(1);
		expect(await locatorOf(id)).toEqual(locator);

		const history = await call("GET", `/certificates/${id}/history`, { as: world.publisher });
		const auditChain = history.json.audit_chain as { seq: number; event_type: string }[];
		expect(auditChain.map((e) => e.seq)).toEqual(auditChain.map((_, i) => i + 1));
		expect(auditChain.at(-1)?.event_type).toBe("shared");

		const own = await call("GET", `/certificates/${id}/verify`, { as: world.publisher });
		expect(own.json.valid, JSON.stringify(own.json.checks)).toBe(true);
		const verify = await call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, {
			as: world.buyer,
		});
		expect(verify.json.valid, JSON.stringify(verify.json.checks)).toBe(true);

		const bundle = await call("GET", `/certificate-sharing/partner-certificates/${claimId}/evidence?format=bundle`, {
			as: world.buyer,
		});
		const accessLog = await call("GET", `/certificate-sharing/partner-certificates/${claimId}/evidence/access-log`, {
			as: world.buyer,
		});
		const events = accessLog.json.events as { seq: number; event_type: string }[];
		expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
		const offline = await verifyEvidenceBundle(bundle.json, undefined, accessLog.json);
		expect(
			offline.checks.filter((c) => !c.valid),
			"every check of the bundle and its access log passes",
		).toEqual([]);
		expect(offline.checks.find((c) => c.check === "access_log")?.valid).toBe(true);
	});
});
