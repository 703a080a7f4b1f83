// Evidence files as a buyer hands them to a third party: a certificate captured, shared and claimed through the HTTP
// API, then its evidence bundle, the service's keys.json and the access log, downloaded after the bundle.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { apiOk, signup } from "./api";
import { ROOT } from "./server";

export const CONSENT_TEXT =
	"I agree that Acme Insurance may call and text me, including by autodialer. Consent is not required as a condition of purchase.";

export interface EvidenceFiles {
	claimId: number;
	bundle: Record<string, unknown>;
	keys: { keys: Record<string, unknown>[] };
	accessLog: unknown;
}

/** A v1 bundle and its access log as the service handed them out before salted chains (two buyers, all in full). */
export const V1_FIXTURES = {
	bundle: path.join(ROOT, "test", "fixtures", "evidence-bundle-v1.json"),
	accessLog: path.join(ROOT, "test", "fixtures", "access-log-v1.json"),
};

export async function v1Evidence(): Promise<{ bundle: Record<string, unknown>; accessLog: unknown }> {
	return {
		bundle: JSON.parse(await readFile(V1_FIXTURES.bundle, "utf8")),
		accessLog: JSON.parse(await readFile(V1_FIXTURES.accessLog, "utf8")),
	};
}

/**
 * With `otherBuyer`, the certificate is first shared with, claimed and read by another buyer, so the evidence shows
 * that buyer's events only as commitments.
 */
export async function claimedEvidence(options: { otherBuyer?: boolean } = {}): Promise<EvidenceFiles> {
	const publisher = await signup("LeadGen Co", "publisher");
	const buyer = await signup("Acme Insurance", "buyer");
	const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
		as: publisher,
		body: { domain: "forms.leadgen.example", name: "Quotes" },
	});
	const { certificate_id } = await apiOk<{ certificate_id: string }>(201, "POST", "/certificates", {
		as: publisher,
		body: {
			property_id: property.id,
			consent_text: CONSENT_TEXT,
			page_url: "https://forms.leadgen.example/q",
			lead: { email: "jane@example.com", phone: "(555) 010-0001" },
		},
	});
	if (options.otherBuyer) {
		const other = await signup("Other Insurance", "buyer");
		const share = await apiOk<{ claim_token: string }>(
			201,
			"POST",
			`/certificate-sharing/certificates/${certificate_id}/share`,
			{ as: publisher, body: { target_company_id: other.company.id } },
		);
		const claimed = await apiOk<{ claim_id: number }>(
			200,
			"POST",
			`/certificate-sharing/certificates/claim/${share.claim_token}`,
			{ as: other },
		);
		await apiOk(200, "GET", `/certificate-sharing/partner-certificates/${claimed.claim_id}/evidence`, { as: other });
	}
	const { claim_token } = await apiOk<{ claim_token: string }>(
		201,
		"POST",
		`/certificate-sharing/certificates/${certificate_id}/share`,
		{ as: publisher, body: { target_company_id: buyer.company.id } },
	);
	const { claim_id } = await apiOk<{ claim_id: number }>(
		200,
		"POST",
		`/certificate-sharing/certificates/claim/${claim_token}`,
		{ as: buyer },
	);
	const evidence = `/certificate-sharing/partner-certificates/${claim_id}/evidence`;
	const bundle = await apiOk<Record<string, unknown>>(200, "GET", `${evidence}?format=bundle`, { as: buyer });
	const accessLog = await apiOk<unknown>(200, "GET", `${evidence}/access-log`, { as: buyer });
	const keys = await apiOk<EvidenceFiles["keys"]>(200, "GET", "/.well-known/econsent/keys.json");
	return { claimId: claim_id, bundle, keys, accessLog };
}
