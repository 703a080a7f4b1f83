import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { verifyEvidenceBundle } from "../../src/evidence/verify-bundle";
import { transparencyLog } from "../../src/transparency-log/log-client";
import type { FaultyTransparencyLog } from "../faulty-log";
import { call, captureCertificate, createProperty, signup } from "../helpers";

async function claimedCertificate() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, "forms.leadgen.com");
	const buyer = await signup("Acme Insurance");
	const cert = await captureCertificate(publisher, property.id);
	const share = await call("POST", `/certificate-sharing/certificates/${cert.certificate_id}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, { as: buyer });
	expect(claim.status).toBe(200);
	return { buyer, claimId: claim.json.claim_id as number };
}

const bundleOf = async (claimId: number, as: Awaited<ReturnType<typeof signup>>) =>
	(await call("GET", `/certificate-sharing/partner-certificates/${claimId}/evidence?format=bundle`, { as })).json;

async function drain() {
	for (let i = 0; i < 50; i++) if (!(await transparencyLog(env).integrate()).more) return;
}

describe("transparency proofs in evidence bundles", () => {
	it("proves every audit event of a v4 bundle in the log's signed checkpoint", async () => {
		const { buyer, claimId } = await claimedCertificate();
		await drain();
		const bundle = await bundleOf(claimId, buyer);
		expect(bundle.version).toBe(4);
		expect(bundle.transparency.pending).toEqual([]);
		expect(bundle.transparency.entries.map((e: { seq: number }) => e.seq)).toEqual(
			bundle.audit_chain.map((e: { seq: number }) => e.seq),
		);
		const keys = (await call("GET", "/.well-known/econsent/keys.json")).json;
		expect(bundle.transparency.verifier_key).toBe(keys.transparency_log.verifier_key);
		const report = await verifyEvidenceBundle(bundle, keys);
		expect(report.valid).toBe(true);
		const check = report.checks.find((c) => c.check === "transparency_log");
		expect(check?.detail).toMatch(/^(\d+) of \1 events proven in the log api\.test\/econsent-log at size \d+$/);
	});

	it("says which events are pending inclusion instead of waiting for the log", async () => {
		await drain();
		// The sequencer stalls (every pass dies before integrating), as if it were behind: the bundle must not wait.
		await runInDurableObject(transparencyLog(env), (object) => {
			(object as FaultyTransparencyLog).faults.afterSequence = () => {
				throw new Error("stalled");
			};
		});
		let bundle: any;
		try {
			const { buyer, claimId } = await claimedCertificate();
			bundle = await bundleOf(claimId, buyer);
		} finally {
			await runInDurableObject(transparencyLog(env), (object) => {
				delete (object as FaultyTransparencyLog).faults.afterSequence;
			});
		}
		expect(bundle.transparency.entries).toEqual([]);
		const lastSeq = bundle.audit_chain.at(-1).seq;
		expect(bundle.transparency.pending).toEqual(bundle.audit_chain.map((e: { seq: number }) => e.seq));
		const report = await verifyEvidenceBundle(bundle);
		expect(report.valid).toBe(true);
		expect(report.not_checked.find((n) => n.check === "transparency_log_pending")?.reason).toContain(`${lastSeq}`);
	});

	it("names the event that is not in the log when a bundle's event or proof is changed", async () => {
		const { buyer, claimId } = await claimedCertificate();
		await drain();
		const bundle = await bundleOf(claimId, buyer);
		const keys = (await call("GET", "/.well-known/econsent/keys.json")).json;

		// A proof hash changed: the event with seq 2 no longer leads to the checkpoint's root.
		const forgedProof = structuredClone(bundle);
		const entry = forgedProof.transparency.entries[1];
		entry.inclusion_proof[0] = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
		const proofReport = await verifyEvidenceBundle(forgedProof, keys);
		const proofCheck = proofReport.checks.find((c) => c.check === "transparency_log");
		expect(proofCheck?.valid).toBe(false);
		expect(proofCheck?.detail).toContain(`event seq ${entry.seq} is not in the log`);

		// An event dropped from the proofs without being listed as pending.
		const dropped = structuredClone(bundle);
		dropped.transparency.entries.pop();
		const droppedCheck = (await verifyEvidenceBundle(dropped, keys)).checks.find((c) => c.check === "transparency_log");
		expect(droppedCheck?.detail).toMatch(/event seq \d+ is not in the log: no inclusion proof and not pending/);

		// A checkpoint signed by another key than the one keys.json lists.
		const otherKey = structuredClone(keys);
		otherKey.transparency_log.verifier_key = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
		const keyCheck = (await verifyEvidenceBundle(bundle, otherKey)).checks.find((c) => c.check === "transparency_log");
		expect(keyCheck?.valid).toBe(false);
		expect(keyCheck?.detail).toContain("the log checkpoint does not verify");
	});
});
