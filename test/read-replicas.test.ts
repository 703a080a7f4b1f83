// D1's Sessions API: reads may be served by a replica near the caller, writes go to the primary, and a bookmark
// handed back reads at least what the client wrote. Where each request's round trips go is reported and asserted.
import { describe, expect, it } from "vitest";
import { call, captureCertificate, createProperty, signup } from "./helpers";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;
const primaryTrips = (res: { headers: Headers }) => Number(res.headers.get("x-d1-primary-round-trips"));

async function sharedToken() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const { certificate_id } = await captureCertificate(publisher, property.id);
	const share = await call("POST", `/certificate-sharing/certificates/${certificate_id}/share`, {
		as: publisher,
		body: {},
	});
	expect(share.status).toBe(201);
	return { publisher, certificateId: certificate_id as string, share };
}

describe("where round trips go", () => {
	it("serves reads from any replica: no trip has to reach the primary", async () => {
		const { share } = await sharedToken();
		const buyer = await signup("Acme Insurance");
		for (const res of [
			await call("GET", `/certificate-sharing/certificates/claim/${share.json.claim_token}`),
			await call("GET", "/certificate-sharing/partner-certificates", { as: buyer }),
			await call("GET", "/.well-known/econsent/keys.json"),
		]) {
			expect(res.status).toBe(200);
			expect(primaryTrips(res)).toBe(0);
		}
	});

	it("counts a write's trips at the primary: the request's own read and the ledger's write", async () => {
		const { share } = await sharedToken();
		expect(share.roundTrips).toBe(2);
		expect(primaryTrips(share)).toBe(2);
		const buyer = await signup("Acme Insurance");
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
			as: buyer,
		});
		expect(claim.status).toBe(200);
		expect(primaryTrips(claim)).toBe(2);
	});
});

describe("read-your-writes through the bookmark", () => {
	it("hands back a bookmark after a write, and a read sent with it sees the write", async () => {
		const { share } = await sharedToken();
		const bookmark = share.headers.get("x-d1-bookmark");
		expect(bookmark).toMatch(BOOKMARK);
		const summary = await call("GET", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
			headers: { "x-d1-bookmark": bookmark ?? "" },
		});
		expect(summary.status).toBe(200);
		expect(summary.json.status).toBe("pending");
		// The read's own bookmark is at least as far as the one it was given.
		expect((summary.headers.get("x-d1-bookmark") ?? "") >= (bookmark ?? "")).toBe(true);
	});

	it("gives a browser session the bookmark as a cookie after a write, and ignores a malformed one", async () => {
		const { publisher, certificateId } = await sharedToken();
		const again = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
			as: publisher,
			body: {},
		});
		expect(again.headers.get("set-cookie")).toMatch(/econsent_d1_bookmark=[0-9a-f-]+;.*HttpOnly/);
		for (const sent of ["not-a-bookmark", "ffff", `${"0".repeat(8)}-zzzzzzzz-00000000-${"0".repeat(32)}`]) {
			const res = await call("GET", "/.well-known/econsent/keys.json", { headers: { "x-d1-bookmark": sent } });
			expect(res.status).toBe(200);
		}
	});
});
