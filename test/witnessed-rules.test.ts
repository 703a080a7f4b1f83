// A buyer's rules that check the form page, applied where certificates are judged: a single claim, batch claim and
// batch verify, on certificates witnessed through the capture endpoints and on an asserted one.
import { describe, expect, it } from "vitest";
import { type Actor, call, captureCertificate, createProperty, signup } from "./helpers";
import { sampleChunks, WITNESS_DOMAIN, witnessCertificate } from "./witnessed";

const PAGE_RULE = {
	rule_name: "Witnessed, readable, not pre-ticked",
	mode: "reject",
	require_witnessed: true,
	min_font_size_px: 12,
	min_contrast_ratio: 4.5,
	forbid_prechecked_optin: true,
};

async function share(publisher: Actor, buyer: Actor, certificateId: string): Promise<string> {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	expect(res.status, res.text).toBe(201);
	return res.json.claim_token;
}

/** Three certificates of one property: witnessed and readable, witnessed with a small pre-ticked notice, asserted. */
async function threeCertificates() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, WITNESS_DOMAIN);
	const buyer = await signup("Acme Insurance");
	expect((await call("POST", "/certificate-sharing/consent-rules", { as: buyer, body: PAGE_RULE })).status).toBe(201);
	const readable = await witnessCertificate(property.id, sampleChunks(1));
	const finePrint = await witnessCertificate(property.id, sampleChunks(1), {
		notice: { font_size_px: 9, contrast_ratio: 2.3 },
		optin: "prechecked",
	});
	const asserted = (await captureCertificate(publisher, property.id)).certificate_id;
	return { publisher, buyer, certificates: { readable, finePrint, asserted } };
}

const checksOf = (compliance: { rules: { page_checks: { check: string; passed: boolean }[] }[] }) =>
	Object.fromEntries(compliance.rules[0]?.page_checks.map((c) => [c.check, c.passed]) ?? []);

describe("rules that check the witnessed page", () => {
	it("a claim passes a readable witnessed page and rejects fine print and an asserted certificate", async () => {
		const { publisher, buyer, certificates } = await threeCertificates();
		const outcomes: Record<string, { status: string; compliance: { status: string } }> = {};
		for (const [name, id] of Object.entries(certificates)) {
			const token = await share(publisher, buyer, id);
			const claim = await call("POST", `/certificate-sharing/certificates/claim/${token}`, { as: buyer });
			expect(claim.status, claim.text).toBe(200);
			outcomes[name] = claim.json;
		}
		expect(outcomes.readable).toMatchObject({ status: "claimed", compliance: { status: "pass" } });
		expect(outcomes.finePrint).toMatchObject({ status: "rejected", compliance: { status: "reject" } });
		expect(outcomes.asserted).toMatchObject({ status: "rejected", compliance: { status: "reject" } });

		// The per-rule result, with each check, is kept on the claim and shown with its evidence.
		const claims = (await call("GET", "/certificate-sharing/partner-certificates?limit=10", { as: buyer })).json.data;
		const finePrintClaim = claims.find((c: { certificate_id: string }) => c.certificate_id === certificates.finePrint);
		const evidence = await call(
			"GET",
			`/certificate-sharing/partner-certificates/${finePrintClaim.claim_id}/evidence`,
			{
				as: buyer,
			},
		);
		expect(evidence.status, evidence.text).toBe(200);
		expect(checksOf(evidence.json.compliance)).toEqual({
			witnessed: true,
			min_font_size_px: false,
			min_contrast_ratio: false,
			forbid_prechecked_optin: false,
		});
	});

	it("batch claim and batch verify judge each certificate's page the same way", async () => {
		const { publisher, buyer, certificates } = await threeCertificates();
		const ids = [certificates.readable, certificates.finePrint, certificates.asserted];
		const verifyTokens = await Promise.all(ids.map((id) => share(publisher, buyer, id)));
		const verified = await call("POST", "/certificate-sharing/certificates/batch-verify", {
			as: buyer,
			body: { items: verifyTokens.map((token) => ({ token })) },
		});
		expect(verified.status, verified.text).toBe(200);
		expect(verified.json.results.map((r: { compliance: { status: string } }) => r.compliance.status)).toEqual([
			"pass",
			"reject",
			"reject",
		]);

		const claimed = await call("POST", "/certificate-sharing/certificates/batch-claim", {
			as: buyer,
			body: { claims: verifyTokens.map((token) => ({ token })) },
		});
		expect(claimed.status, claimed.text).toBe(200);
		expect(claimed.json.results.map((r: { status: string }) => r.status)).toEqual(["claimed", "rejected", "rejected"]);
	});
});
