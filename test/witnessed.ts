// Witnessed certificates made the way a form page makes them: a capture session opened from the page's origin, the
// recording uploaded chunk by chunk, and the submit that signs it. Claimed by a buyer through an open share.
import { expect } from "vitest";
import { type Actor, call, createProperty, fakeIp, signup } from "./helpers";

export const WITNESS_DOMAIN = "leadgen.example";
export const WITNESS_ORIGIN = `https://forms.${WITNESS_DOMAIN}`;

export const NOTICE_TEXT =
	"By clicking Get my quote, I agree that Acme Insurance may call and text me, including by autodialer. Consent is not required to buy.";

/** Recording chunks as the capture script sends them: each a JSON array of rrweb events. */
export function sampleChunks(count = 3): string[] {
	return Array.from({ length: count }, (_, seq) =>
		JSON.stringify([
			{
				type: 3,
				timestamp: 1_700_000_000_000 + seq * 1000,
				data: { source: 1, positions: [{ x: seq, y: seq, id: 1, timeOffset: 0 }] },
			},
		]),
	);
}

function captureHeaders(origin: string) {
	return { "content-type": "text/plain;charset=UTF-8", origin, "cf-connecting-ip": fakeIp() };
}

/** What the script measured of the page, unless a test says otherwise: a readable notice the consumer opted in to. */
const READABLE_PAGE = {
	notice: { text: NOTICE_TEXT, font_size_px: 14, contrast_ratio: 7.2, visible: true },
	optin: "checked_by_consumer",
};

/**
 * A witnessed certificate of the property, its recording the given chunks in order, made on a page of `origin` (one
 * of the property's domain: WITNESS_ORIGIN for a property of WITNESS_DOMAIN).
 */
export async function witnessCertificate(
	propertyId: string,
	chunks: readonly string[],
	page: { notice?: Partial<typeof READABLE_PAGE.notice>; optin?: string; origin?: string } = {},
) {
	const origin = page.origin ?? WITNESS_ORIGIN;
	const opened = await call("POST", "/capture/sessions", {
		rawBody: JSON.stringify({ property_id: propertyId, page_url: `${origin}/quote` }),
		headers: captureHeaders(origin),
	});
	expect(opened.status, opened.text).toBe(201);
	const { session_id: sessionId, upload_key: key } = opened.json as { session_id: string; upload_key: string };
	for (const [seq, chunk] of chunks.entries()) {
		const uploaded = await call("POST", `/capture/sessions/${sessionId}/chunks/${seq}?key=${key}`, {
			rawBody: chunk,
			headers: captureHeaders(origin),
		});
		expect(uploaded.status, uploaded.text).toBe(201);
	}
	const submitted = await call("POST", `/capture/sessions/${sessionId}/submit?key=${key}`, {
		rawBody: JSON.stringify({
			chunk_count: chunks.length,
			notice: { ...READABLE_PAGE.notice, ...page.notice },
			optin: page.optin ?? READABLE_PAGE.optin,
			seconds_on_page: 12.5,
			fields: [{ name: "email", kind: "email", filled: "typed" }],
			lead: { email: "jane@example.com" },
		}),
		headers: captureHeaders(origin),
	});
	expect(submitted.status, submitted.text).toBe(201);
	return (submitted.json as { certificate_id: string }).certificate_id;
}

/** Shares a certificate with `buyer` and has it claim it; the claim's id. */
export async function shareAndClaim(publisher: Actor, buyer: Actor, certificateId: string): Promise<number> {
	const share = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	expect(share.status, share.text).toBe(201);
	const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, { as: buyer });
	expect(claim.status, claim.text).toBe(200);
	return claim.json.claim_id as number;
}

/** A publisher, a buyer, and a witnessed certificate with `chunks` as its recording, claimed by the buyer. */
export async function claimedWitnessedCertificate(chunks: readonly string[] = sampleChunks()) {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, WITNESS_DOMAIN);
	const buyer = await signup("Acme Insurance");
	const certificateId = await witnessCertificate(property.id, chunks);
	const claimId = await shareAndClaim(publisher, buyer, certificateId);
	return { publisher, buyer, property, certificateId, claimId };
}
