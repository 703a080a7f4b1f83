// The chain formula as the bundle's methods state it: salted leaves, links over {seq, event_type, created_at, leaf},
// legacy events first, and redacted views that verify end to end. Plus bundles already handed out in v1.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	auditContent,
	type ChainedAuditEvent,
	type ChainLink,
	chainEvents,
	EMPTY_HEAD,
	GENESIS_HASH,
	type NewAuditEvent,
	redactEvent,
	verifyChain,
} from "../src/audit/chain";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import accessLogV1 from "./fixtures/access-log-v1.json";
import bundleV1 from "./fixtures/evidence-bundle-v1.json";

const sha256 = async (text: string) =>
	[...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)))]
		.map((b) => b.toString(16).padStart(2, "0"))
		.join("");

const event = (n: number, overrides: Partial<NewAuditEvent> = {}): NewAuditEvent => ({
	eventType: n % 2 ? "shared" : "claimed",
	actorCompanyId: `company-${n % 3}`,
	actorUserId: `user-${n}`,
	ip: `198.18.0.${n % 250}`,
	details: { n },
	createdAt: `2026-11-26T10:00:${String(n % 60).padStart(2, "0")}.000Z`,
	...overrides,
});

const chainOf = (count: number) =>
	chainEvents(
		"EC-1",
		EMPTY_HEAD,
		Array.from({ length: count }, (_, i) => event(i + 1)),
	);

/** The same chain with the events at these places shown only as commitments. */
const viewOf = (chain: readonly ChainedAuditEvent[], hidden: (seq: number) => boolean): Promise<ChainLink[]> =>
	Promise.all(chain.map((e) => (hidden(e.seq) ? redactEvent(e) : e)));

describe("the salted chain formula", () => {
	it("hashes each event exactly as methods.audit_chain states, with a fresh 16-byte salt per event", async () => {
		const chain = await chainOf(3);
		let previous = GENESIS_HASH;
		for (const e of chain) {
			expect(e.salt).toMatch(/^[0-9a-f]{32}$/);
			const content = auditContent(e);
			expect(content).not.toContain(e.salt as string); // the salt is never part of the canonical event
			const leaf = await sha256(`${e.salt}\n${content}`);
			const link = JSON.stringify({ created_at: e.createdAt, event_type: e.eventType, leaf, seq: e.seq });
			expect(e.prevHash).toBe(previous);
			expect(await sha256(`${previous}\n${link}`)).toBe(e.hash);
			previous = e.hash;
		}
		expect(new Set(chain.map((e) => e.salt)).size).toBe(3);
		// The same content under two salts commits to two unrelated leaves.
		const [again] = await chainEvents("EC-1", EMPTY_HEAD, [event(1)]);
		expect((await redactEvent(again!)).leaf).not.toBe((await redactEvent(chain[0]!)).leaf);
	});

	it("verifies from any view, whichever events are shown only as commitments, to the same head", async () => {
		const chain = await chainOf(8);
		const head = chain.at(-1)!.hash;
		await fc.assert(
			fc.asyncProperty(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), async (mask) => {
				const view = await viewOf(chain, (seq) => mask[seq - 1] === true);
				expect(await verifyChain(view)).toEqual({ valid: true, events: 8, head_hash: head, opaque: 0 });
			}),
			{ numRuns: 30 },
		);
	});

	it("fails a commitment whose type, time, place or leaf was changed, and a full event whose salt was", async () => {
		const chain = await chainOf(4);
		const view = await viewOf(chain, (seq) => seq === 2);
		const redacted = view[1] as Extract<ChainLink, { redacted: true }>;
		for (const edit of [
			{ eventType: "verified" },
			{ createdAt: "2026-11-26T09:00:00.000Z" },
			{ leaf: "0".repeat(64) },
		]) {
			const forged = [view[0]!, { ...redacted, ...edit }, ...view.slice(2)];
			expect(await verifyChain(forged)).toMatchObject({ valid: false, broken_at_seq: 2 });
		}
		const resalted = [{ ...chain[0]!, salt: "f".repeat(32) }, ...chain.slice(1)];
		expect(await verifyChain(resalted)).toMatchObject({ valid: false, broken_at_seq: 1 });
		const shortSalt = [{ ...chain[0]!, salt: "abcd" }, ...chain.slice(1)];
		expect(await verifyChain(shortSalt)).toMatchObject({ valid: false, reason: "salt is not 32 or more hex digits" });
	});

	it("accepts legacy events before salted ones, never after", async () => {
		// Legacy events: the earlier formula, hash over the previous hash and the content, no salt.
		const legacy: ChainedAuditEvent[] = [];
		let previous = GENESIS_HASH;
		for (const n of [1, 2]) {
			const base = { ...event(n), eventType: "created" as const, certificateId: "EC-1", seq: n, details: "{}" };
			const hash = await sha256(`${previous}\n${auditContent({ ...base, salt: null })}`);
			legacy.push({ ...base, salt: null, prevHash: previous, hash });
			previous = hash;
		}
		const salted = await chainEvents("EC-1", { seq: 2, hash: previous }, [event(3), event(4)]);
		const mixed = [...legacy, ...salted];
		expect(await verifyChain(mixed)).toMatchObject({ valid: true, events: 4, opaque: 0 });
		// Redacted, a legacy event is its hash alone: the chain still holds, and says how many it took on trust.
		const view = await viewOf(mixed, (seq) => seq === 2 || seq === 3);
		expect(view[1]).toMatchObject({ redacted: true, leaf: null });
		expect(await verifyChain(view)).toMatchObject({ valid: true, events: 4, opaque: 1 });
		// A legacy event after a salted one is refused, even with hashes that link.
		const [late] = await chainEvents("EC-1", { seq: 4, hash: salted.at(-1)!.hash }, [event(5)]);
		const lateHash = await sha256(`${late!.prevHash}\n${auditContent({ ...late!, salt: null })}`);
		expect(await verifyChain([...mixed, { ...late!, salt: null, hash: lateHash }])).toMatchObject({
			valid: false,
			broken_at_seq: 5,
			reason: "a legacy-form event after a salted one",
		});
	});
});

describe("a v1 bundle already handed out", () => {
	it("still verifies with the new verifier, its access log included", async () => {
		const report = await verifyEvidenceBundle(bundleV1, undefined, accessLogV1);
		expect(report.checks.find((c) => c.check === "bundle_format")?.detail).toBe("econsent-evidence-bundle v1");
		expect(report.checks.filter((c) => !c.valid)).toEqual([]);
		expect(report.valid).toBe(true);
		expect(report.checks.find((c) => c.check === "audit_chain")?.detail).toMatch(/^8 events, head/);
	});

	it("still fails when edited, and cannot pass as a v2 bundle", async () => {
		const edited = structuredClone(bundleV1);
		edited.audit_chain[6]!.ip = "203.0.113.99";
		const report = await verifyEvidenceBundle(edited);
		expect(report.checks.find((c) => c.check === "audit_chain")).toMatchObject({ valid: false, broken_at_seq: 7 });
		expect(report.checks.find((c) => c.check === "bundle_signature")).toMatchObject({ valid: false });
		const relabelled = await verifyEvidenceBundle({ ...bundleV1, version: 2 });
		expect(relabelled.checks).toMatchObject([{ check: "bundle_format", valid: false }]);
	});
});
