// D1's Sessions API: reads may be served by a replica near the caller, writes go to the primary, and a bookmark
// handed back reads at least what the client wrote. Where each request's round trips go is reported and asserted:
// reads never wait for the primary, and a claim, a share or a capture makes one trip to it.
import { describe, expect, it } from "vitest";
import { parseBookmarks } from "../src/db/shard-sessions";
import { certificateShard } from "../src/db/shards";
import { ledgerName } from "../src/ledger/ledger";
import {
	type Actor,
	accessesRecorded,
	call,
	captureCertificate,
	createProperty,
	seedCertificates,
	signup,
} from "./helpers";
import { shardsOf } from "./shard-databases";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

/** The bookmark a response hands back for one database (0: the directory), from the header naming each. */
const bookmarkOf = (header: string | null, shard: number) => parseBookmarks(header).get(shard) ?? "";
const HTML = { accept: "text/html,application/xhtml+xml" };

/** Where a request's trips went: D1 trips a replica may serve, trips to the primary, Durable Object calls. */
const tripsOf = (res: { headers: Headers }) => ({
	replica: Number(res.headers.get("x-d1-round-trips")) - Number(res.headers.get("x-d1-primary-round-trips")),
	primary: Number(res.headers.get("x-d1-primary-round-trips")),
	objects: Number(res.headers.get("x-durable-object-calls")),
});

async function sharedToken(target?: Actor) {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const { certificate_id } = await captureCertificate(publisher, property.id);
	const share = await call("POST", `/certificate-sharing/certificates/${certificate_id}/share`, {
		as: publisher,
		body: target ? { target_company_id: target.company.id } : {},
	});
	expect(share.status).toBe(201);
	return { publisher, property, certificateId: certificate_id as string, share };
}

async function claimed() {
	const buyer = await signup("Acme Insurance");
	const { publisher, certificateId, share } = await sharedToken();
	const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, { as: buyer });
	expect(claim.status).toBe(200);
	return { publisher, buyer, certificateId, claimId: claim.json.claim_id as number };
}

/** Publisher-made certificates whose history one and the same ledger writes. */
async function certificatesOfOneLedger(n: number) {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const ids = await seedCertificates(publisher.company.id, property.id, 8 * n + 40);
	const byLedger = new Map<string, string[]>();
	for (const id of ids) {
		const name = ledgerName(publisher.company.id, id);
		byLedger.set(name, [...(byLedger.get(name) ?? []), id]);
	}
	const same = [...byLedger.values()].find((group) => group.length >= n);
	if (!same) throw new Error("no ledger got enough certificates");
	return { publisher, ids: same.slice(0, n) };
}

describe("reads never wait for the primary", () => {
	it("serves the claim summary (JSON and page), the inbox and keys.json from a replica", async () => {
		const buyer = await signup("Acme Insurance");
		const { share } = await sharedToken(buyer);
		const summary = `/certificate-sharing/certificates/claim/${share.json.claim_token}`;
		for (const res of [await call("GET", summary), await call("GET", summary, { headers: HTML })]) {
			expect(res.status).toBe(200);
			expect(tripsOf(res)).toEqual({ replica: 1, primary: 0, objects: 0 });
		}
		// +2: the buyer's claims on SHARD_1 and SHARD_2, read after authentication (which reads the directory's).
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		expect(inbox.status).toBe(200);
		expect(tripsOf(inbox)).toEqual({ replica: 3, primary: 0, objects: 0 });
		// The public keys come from the Worker's configuration: no trip at all.
		const keys = await call("GET", "/.well-known/econsent/keys.json");
		expect(keys.status).toBe(200);
		expect(tripsOf(keys)).toEqual({ replica: 0, primary: 0, objects: 0 });
	});

	it("serves evidence (JSON, bundle, report) and verifications from a replica; each access lands once, after", async () => {
		const { publisher, buyer, certificateId, claimId } = await claimed();
		const evidence = `/certificate-sharing/partner-certificates/${claimId}/evidence`;
		const answers = [
			await call("GET", evidence, { as: buyer }),
			await call("GET", `${evidence}?format=bundle`, { as: buyer }),
			await call("GET", evidence, { as: buyer, headers: HTML }),
			await call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, { as: buyer }),
			await call("GET", `/certificates/${certificateId}/verify`, { as: publisher }),
		];
		for (const res of answers) {
			expect(res.status).toBe(200);
			// +1: the certificate's shard, read at a replica in parallel with authentication on the directory.
			expect(tripsOf(res)).toEqual({ replica: 2, primary: 0, objects: 0 });
		}
		const accesses = await accessesRecorded(certificateId, 5);
		expect(accesses.map((a) => a.event_type).sort()).toEqual([
			"accessed_evidence",
			"accessed_evidence",
			"accessed_evidence",
			"verified",
			"verified",
		]);
		expect(new Set(accesses.map((a) => a.request_id)).size).toBe(5);
		expect(new Set(accesses.map((a) => a.request_id))).toEqual(
			new Set(answers.map((res) => res.headers.get("x-request-id"))),
		);
	}, 30_000);

	it("checks tokens in a batch verify from a replica, recording the checks after the answer", async () => {
		const buyer = await signup("Acme Insurance");
		const { certificateId, share } = await sharedToken();
		const res = await call("POST", "/certificate-sharing/certificates/batch-verify", {
			as: buyer,
			body: { items: [{ token: share.json.claim_token }] },
		});
		expect(res.status).toBe(200);
		// The directory (authentication, rules) and the token's shard, in parallel.
		expect(tripsOf(res)).toEqual({ replica: 2, primary: 0, objects: 0 });
		const [verified] = await accessesRecorded(certificateId, 1);
		expect(verified).toMatchObject({ event_type: "verified", request_id: res.headers.get("x-request-id") });
	}, 30_000);
});

describe("one trip to the primary for a claim, a share or a capture", () => {
	it("claims by token with its reads at a replica and one write at the primary, through one ledger call", async () => {
		const buyer = await signup("Acme Insurance");
		const { share } = await sharedToken();
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
			as: buyer,
		});
		expect(claim.status).toBe(200);
		// The chain heads come from the ledger that redeems the token: it keeps them, so it reads nothing first. The
		// two replica trips are the directory's and the certificate's shard's, in parallel.
		expect(tripsOf(claim)).toEqual({ replica: 2, primary: 1, objects: 1 });
	});

	it("claims from the inbox the same way", async () => {
		const buyer = await signup("Acme Insurance");
		await sharedToken(buyer);
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		const claim = await call("POST", `/certificate-sharing/partner-certificates/${inbox.json.data[0].claim_id}/claim`, {
			as: buyer,
		});
		expect(claim.status).toBe(200);
		expect(tripsOf(claim)).toEqual({ replica: 2, primary: 1, objects: 1 });
	});

	it("claims a batch with one write per ledger concerned: one trip and one call when they share a ledger", async () => {
		const { publisher, ids } = await certificatesOfOneLedger(5);
		const batch = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: ids },
		});
		expect(batch.status).toBe(200);
		// One ledger: one shard, read in parallel with the directory.
		expect(tripsOf(batch)).toEqual({ replica: 2, primary: 1, objects: 1 });
		const buyer = await signup("Acme Insurance");
		const claims = await call("POST", "/certificate-sharing/certificates/batch-claim", {
			as: buyer,
			body: { claims: batch.json.results.map((r: { claim_token: string }) => ({ token: r.claim_token })) },
		});
		expect(claims.status).toBe(200);
		expect(claims.json.results.map((r: { ok: boolean }) => r.ok)).toEqual(Array(5).fill(true));
		expect(tripsOf(claims)).toEqual({ replica: 2, primary: 1, objects: 1 });
	});

	it("claims a batch over many ledgers with exactly one trip to the primary per ledger call, in parallel", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const ids = await seedCertificates(publisher.company.id, property.id, 40);
		const shared = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: ids },
		});
		const buyer = await signup("Acme Insurance");
		const claims = await call("POST", "/certificate-sharing/certificates/batch-claim", {
			as: buyer,
			body: { claims: shared.json.results.map((r: { claim_token: string }) => ({ token: r.claim_token })) },
		});
		expect(claims.status).toBe(200);
		const trips = tripsOf(claims);
		expect(trips.objects).toBe(new Set(ids.map((id) => ledgerName(publisher.company.id, id))).size);
		expect(trips).toEqual({ replica: 1 + shardsOf(ids), primary: trips.objects, objects: trips.objects });
	});

	it("shares and captures with one trip to the primary", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const capture = await call("POST", "/certificates", {
			as: publisher,
			body: { property_id: property.id, consent_text: "I agree.", page_url: "https://forms.leadgen.example/" },
		});
		expect(capture.status).toBe(201);
		expect(tripsOf(capture)).toEqual({ replica: 1, primary: 1, objects: 0 });
		const share = await call("POST", `/certificate-sharing/certificates/${capture.json.certificate_id}/share`, {
			as: publisher,
			body: {},
		});
		expect(share.status).toBe(201);
		expect(tripsOf(share)).toEqual({ replica: 2, primary: 1, objects: 1 });
	});

	it("looks for a token the replica does not have once more at the primary before answering 404", async () => {
		const buyer = await signup("Acme Insurance");
		const res = await call("POST", `/certificate-sharing/certificates/claim/clm_${"0".repeat(48)}`, { as: buyer });
		expect(res.status).toBe(404);
		// The directory and the token's shard, at replicas and then again at the primaries.
		expect(tripsOf(res)).toEqual({ replica: 2, primary: 2, objects: 0 });
		const share = await call("POST", "/certificate-sharing/certificates/EC-nope/share", { as: buyer, body: {} });
		expect(share.status).toBe(404);
		expect(tripsOf(share)).toEqual({ replica: 2, primary: 2, objects: 0 });
	});

	it("checks the caller of a capture refused for its body at a replica, and an unknown key once more at the primary", async () => {
		const publisher = await signup("LeadGen Co");
		const badBody = { property_id: 42 };
		const refused = await call("POST", "/certificates", { as: publisher, body: badBody });
		expect(refused.status).toBe(400);
		expect(tripsOf(refused)).toEqual({ replica: 1, primary: 0, objects: 0 });
		const unknownKey = { headers: { authorization: `Bearer eck_${"0".repeat(48)}` } };
		const stranger = await call("POST", "/certificates", { as: unknownKey, body: badBody });
		expect(stranger.status).toBe(401);
		expect(tripsOf(stranger)).toEqual({ replica: 1, primary: 1, objects: 0 });
	});

	it("reads a claim with an Idempotency-Key at the primary, after reserving the key there", async () => {
		const buyer = await signup("Acme Insurance");
		const { share } = await sharedToken();
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
			as: buyer,
			headers: { "idempotency-key": crypto.randomUUID() },
		});
		expect(claim.status).toBe(200);
		// Reserve the key, the claim's reads of the directory and the shard (the request has written), the ledger's
		// write, store the answer.
		expect(tripsOf(claim)).toEqual({ replica: 0, primary: 5, objects: 1 });
	});
});

describe("read-your-writes through the bookmark", () => {
	it("hands back a bookmark after a write, and a read sent with it sees the write", async () => {
		const { share, certificateId } = await sharedToken();
		const bookmark = share.headers.get("x-d1-bookmark");
		// One for each database the share used: the directory it read and the shard the ledger wrote.
		const shard = certificateShard(certificateId);
		expect(bookmarkOf(bookmark, 0)).toMatch(BOOKMARK);
		expect(bookmarkOf(bookmark, shard)).toMatch(BOOKMARK);
		const summary = await call("GET", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
			headers: { "x-d1-bookmark": bookmark ?? "" },
		});
		expect(summary.status).toBe(200);
		expect(summary.json.status).toBe("pending");
		expect(tripsOf(summary).primary).toBe(0);
		// The read's own bookmark of the shard is at least as far as the one it was given.
		const after = bookmarkOf(summary.headers.get("x-d1-bookmark"), shard);
		expect(after >= bookmarkOf(bookmark, shard)).toBe(true);
	});

	it("hands back the ledger's bookmark after a claim, with which the inbox and the evidence show the claim", async () => {
		const buyer = await signup("Acme Insurance");
		const { share } = await sharedToken(buyer);
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
			as: buyer,
		});
		const bookmark = claim.headers.get("x-d1-bookmark") ?? "";
		const shard = certificateShard(claim.json.certificate_id);
		expect(bookmarkOf(bookmark, shard)).toMatch(BOOKMARK);
		expect(bookmarkOf(bookmark, shard) > bookmarkOf(share.headers.get("x-d1-bookmark"), shard)).toBe(true);
		const withBookmark = { "x-d1-bookmark": bookmark };
		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer, headers: withBookmark });
		expect(inbox.json.data[0]).toMatchObject({ claim_id: claim.json.claim_id, status: "claimed" });
		const evidence = await call("GET", `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence`, {
			as: buyer,
			headers: withBookmark,
		});
		expect(evidence.status).toBe(200);
		expect(evidence.json.audit_trail.at(-1).event_type).toBe("compliance_checked");
		// +1: the claim's shard, read at a replica (as fresh as the bookmark) beside authentication on the directory.
		expect(tripsOf(evidence)).toEqual({ replica: 2, primary: 0, objects: 0 });
	});

	it("gives a browser session the bookmark as a cookie after a write, and ignores a malformed one", async () => {
		const { publisher, certificateId } = await sharedToken();
		const again = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
			as: publisher,
			body: {},
		});
		expect(again.headers.get("set-cookie")).toMatch(/econsent_d1_bookmark=[0-9a-fA-F%:,-]+;.*HttpOnly/);
		for (const sent of ["not-a-bookmark", "ffff", `${"0".repeat(8)}-zzzzzzzz-00000000-${"0".repeat(32)}`]) {
			const res = await call("GET", "/.well-known/econsent/keys.json", { headers: { "x-d1-bookmark": sent } });
			expect(res.status).toBe(200);
		}
	});
});
