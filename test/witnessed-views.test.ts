// Where the buyer and the publisher look at a certificate: a witnessed one shows its source and what the capture
// script measured; an asserted one (and one captured before sources existed) shows as asserted.
import { describe, expect, it, vi } from "vitest";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import { manifestOf } from "../src/recordings/manifest";
import { type Actor, call, captureCertificate, createProperty, fakeIp, seedCertificates, signup } from "./helpers";
import { certificateD1 } from "./shard-databases";

const ORIGIN = "https://forms.witness.example";

async function witnessedCertificate(propertyId: string) {
	const opened = await call("POST", "/capture/sessions", {
		rawBody: JSON.stringify({ property_id: propertyId, page_url: `${ORIGIN}/quote` }),
		headers: { "content-type": "text/plain", origin: ORIGIN, "cf-connecting-ip": fakeIp() },
	});
	expect(opened.status, opened.text).toBe(201);
	const { session_id, upload_key } = opened.json;
	const chunks = ['[{"type":4}]', '[{"type":2,"data":{}}]'];
	for (const [seq, chunk] of chunks.entries()) {
		const res = await call("POST", `/capture/sessions/${session_id}/chunks/${seq}?key=${upload_key}`, {
			rawBody: chunk,
			headers: { "content-type": "text/plain", origin: ORIGIN },
		});
		expect(res.status, res.text).toBe(201);
	}
	const submitted = await call("POST", `/capture/sessions/${session_id}/submit?key=${upload_key}`, {
		rawBody: JSON.stringify({
			chunk_count: 2,
			notice: {
				text: "I agree that Acme Insurance may call me, including by autodialer.",
				font_size_px: 11.5,
				contrast_ratio: 3.14359,
				visible: false,
			},
			optin: "prechecked",
			seconds_on_page: 7.04,
			fields: [
				{ name: "email", kind: "email", filled: "pasted" },
				{ name: "phone", kind: "phone", filled: "autofilled" },
			],
			lead: { email: "lead@example.com" },
		}),
		headers: { "content-type": "text/plain", origin: ORIGIN, "cf-connecting-ip": "203.0.113.9", "user-agent": "UA" },
	});
	expect(submitted.status, submitted.text).toBe(201);
	return { certificateId: session_id as string, chunks: chunks.map((chunk) => new TextEncoder().encode(chunk)) };
}

const expectedSignals = {
	notice: { font_size_px: 11.5, contrast_ratio: 3.14, visible: false },
	optin: "prechecked",
	seconds_on_page: 7,
	fields: [
		{ name: "email", kind: "email", filled: "pasted" },
		{ name: "phone", kind: "phone", filled: "autofilled" },
	],
};

async function shareWith(publisher: Actor, buyer: Actor, certificateId: string) {
	const share = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	expect(share.status, share.text).toBe(201);
	return share.json.claim_token as string;
}

const claimPath = (token: string) => `/certificate-sharing/certificates/claim/${token}`;
const evidencePath = (claimId: number) => `/certificate-sharing/partner-certificates/${claimId}/evidence`;

describe("a witnessed certificate as the parties see it", () => {
	it("shows its source and signals in the claim summary and page, the inbox, the evidence and the report", async () => {
		const publisher = await signup("Witness LeadGen");
		const property = await createProperty(publisher, "witness.example");
		const buyer = await signup("Witness Buyer");
		const { certificateId, chunks } = await witnessedCertificate(property.id);
		const token = await shareWith(publisher, buyer, certificateId);
		const manifest = await manifestOf(chunks);
		const recordingCount = { chunks: 2, total_bytes: manifest.total_bytes };

		const summary = await call("GET", claimPath(token));
		expect(summary.json).toMatchObject({
			certificate_id: certificateId,
			has_recording: true,
			source: "witnessed",
			signals: { ...expectedSignals, recording: recordingCount },
		});
		// Still nothing personal: no address, no browser, no lead hash.
		expect(summary.text).not.toMatch(/203\.0\.113|lead@example|sha256/);

		const page = await call("GET", claimPath(token), { headers: { accept: "text/html" } });
		expect(page.text).toContain("Witnessed");
		expect(page.text).toContain("11.5 px");
		expect(page.text).toContain("3.14:1");
		expect(page.text).toContain("already ticked when the page loaded");
		expect(page.text).toContain("No, it was never in view");
		expect(page.text).toMatch(/email<\/span> \(email\): pasted/);

		const claim = await call("POST", claimPath(token), { as: buyer });
		expect(claim.status, claim.text).toBe(200);
		const claimId = claim.json.claim_id as number;

		const inbox = await call("GET", `/certificate-sharing/partner-certificates?certificate_id=${certificateId}`, {
			as: buyer,
		});
		expect(inbox.json.data).toEqual([
			expect.objectContaining({
				certificate_id: certificateId,
				has_recording: true,
				source: "witnessed",
				signals: { ...expectedSignals, recording: recordingCount },
			}),
		]);

		const evidence = await call("GET", evidencePath(claimId), { as: buyer });
		expect(evidence.status, evidence.text).toBe(200);
		expect(evidence.json.source).toBe("witnessed");
		// Our own replay page, which checks the recording against the signed manifest before playing it.
		expect(evidence.json.session_replay_url).toMatch(
			new RegExp(`^https?://[^/]+/certificate-sharing/partner-certificates/${claimId}/replay$`),
		);
		expect(evidence.json.witness).toMatchObject({ origin: ORIGIN, ...expectedSignals, recording: manifest });

		const report = await call("GET", evidencePath(claimId), { as: buyer, headers: { accept: "text/html" } });
		expect(report.text).toContain("How consent was captured");
		expect(report.text).toContain("Witnessed");
		expect(report.text).toContain("7 s");
		expect(report.text).toMatch(/phone<\/span> \(phone\): filled by the browser/);

		// The bundle carries the signed record with its witness, and still verifies offline.
		const bundle = await call("GET", `${evidencePath(claimId)}?format=bundle`, { as: buyer });
		expect(bundle.json.certificate.source).toBe("witnessed");
		expect(bundle.json.certificate.witness.recording).toEqual(manifest);
		const offline = await verifyEvidenceBundle(bundle.json);
		expect(offline.valid, JSON.stringify(offline.checks)).toBe(true);
		// A witness changed after signing is caught.
		const forged = structuredClone(bundle.json);
		forged.certificate.witness.optin = "checked_by_consumer";
		expect((await verifyEvidenceBundle(forged)).valid).toBe(false);
	});

	it("shows API captures, and certificates from before sources existed, as asserted with no signals", async () => {
		const publisher = await signup("Asserting LeadGen");
		const property = await createProperty(publisher, "asserted.example");
		const buyer = await signup("Asserted Buyer");
		const asserted = await captureCertificate(publisher, property.id, { recording_url: undefined });
		const [legacy] = await seedCertificates(publisher.company.id, property.id, 1);
		const row = await certificateD1(legacy as string)
			.prepare("SELECT source FROM certificates WHERE id = ?")
			.bind(legacy)
			.first();
		expect(row?.source).toBeNull();
		for (const certificateId of [asserted.certificate_id, legacy!]) {
			const token = await shareWith(publisher, buyer, certificateId);
			const summary = await call("GET", claimPath(token));
			expect(summary.json).toMatchObject({ source: "asserted", signals: null, has_recording: false });
			const page = await call("GET", claimPath(token), { headers: { accept: "text/html" } });
			expect(page.text).toContain("Asserted");
			const inbox = await call("GET", `/certificate-sharing/partner-certificates?certificate_id=${certificateId}`, {
				as: buyer,
			});
			expect(inbox.json.data[0]).toMatchObject({ source: "asserted", signals: null });
		}
		const token = await shareWith(publisher, buyer, asserted.certificate_id);
		const claim = await call("POST", claimPath(token), { as: buyer });
		const evidence = await call("GET", evidencePath(claim.json.claim_id), { as: buyer });
		expect(evidence.json).toMatchObject({ source: "asserted", witness: null });
		const report = await call("GET", evidencePath(claim.json.claim_id), {
			as: buyer,
			headers: { accept: "text/html" },
		});
		expect(report.text).toContain("Asserted");
	});

	it("is auto-shared with the property's auto-share partners, as an API capture is", async () => {
		const publisher = await signup("Auto LeadGen");
		const property = await createProperty(publisher, "witness.example");
		const buyer = await signup("Auto Buyer");
		const partner = await call("POST", "/certificate-sharing/partners", {
			as: publisher,
			body: { property_id: property.id, partner_company_id: buyer.company.id, access_level: "claim", auto_share: true },
		});
		expect(partner.status).toBe(201);
		const { certificateId } = await witnessedCertificate(property.id);
		const item = await vi.waitFor(
			async () => {
				const inbox = await call("GET", `/certificate-sharing/partner-certificates?certificate_id=${certificateId}`, {
					as: buyer,
				});
				if (inbox.json.data.length === 0) throw new Error("not shared yet");
				return inbox.json.data[0];
			},
			{ timeout: 15_000, interval: 100 },
		);
		expect(item).toMatchObject({ status: "pending", source: "witnessed" });
	});
});
