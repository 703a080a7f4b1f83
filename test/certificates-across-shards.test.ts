// A publisher's certificates are spread over the shards (src/db/shards.ts): its list merges them in one order, and
// every read of one certificate's evidence goes to the shard that holds it.
import { describe, expect, it } from "vitest";
import { mergedPage, newestFirst } from "../src/certificates/list-certificates";
import { certificateShard } from "../src/db/shards";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import { type Actor, accessesRecorded, call, captureCertificate, createProperty, signup } from "./helpers";
import { certificateD1 } from "./shard-databases";

/** Captures certificates until each shard holds at least `each` of them; their ids by shard. */
async function certificatesOnBothShards(publisher: Actor, propertyId: string, each: number) {
	const byShard = new Map<number, string[]>([
		[1, []],
		[2, []],
	]);
	for (let attempt = 0; attempt < 60 && [...byShard.values()].some((ids) => ids.length < each); attempt++) {
		const { certificate_id: id } = await captureCertificate(publisher, propertyId);
		byShard.get(certificateShard(id))?.push(id);
	}
	expect([...byShard.values()].map((ids) => ids.length >= each)).toEqual([true, true]);
	return byShard;
}

type Listed = { certificate_id: string; created_at: string };

/** What an answer tells: its status and error (the request id aside, which every answer has its own of). */
const told = (res: { status: number; json: { error?: { code: string; message: string } } }) => ({
	status: res.status,
	code: res.json.error?.code,
	message: res.json.error?.message,
});

/** The list as stored: every certificate of the publisher, read on each shard. */
async function storedOrder(ids: readonly string[]) {
	const rows = await Promise.all(
		ids.map(async (id) => {
			const row = await certificateD1(id)
				.prepare("SELECT id, created_at AS createdAt FROM certificates WHERE id = ?")
				.bind(id)
				.first<{ id: string; createdAt: string }>();
			return row!;
		}),
	);
	return rows.sort(newestFirst).map((row) => row.id);
}

/** Rows with one created_at on each shard, so that only the id orders them, as direct SQL (the API stamps its own). */
async function sameInstantOnEachShard(publisher: Actor, propertyId: string, byShard: Map<number, string[]>) {
	const at = "2026-01-01T00:00:00.000Z";
	const added: string[] = [];
	for (const [shard, ids] of byShard) {
		for (const suffix of ["0", "f"]) {
			// An id on this shard: the first 16 bits of a certificate id are its shard (certificateIdOn).
			const id = `EC-${shard.toString(16).padStart(4, "0")}${suffix.repeat(4)}-0000-8000-8000-00000000000${suffix}`;
			expect(certificateShard(id)).toBe(shard);
			// The publisher's company and property rows are on the shard already (copied with its first capture there).
			await certificateD1(ids[0]!)
				.prepare(
					"INSERT INTO certificates (id, company_id, property_id, consent_text, page_url, consent_captured_at, created_at, hmac_key_id, hmac_signature) VALUES (?, ?, ?, 'I agree.', 'https://x.example/', ?, ?, 'test-2026-01', ?)",
				)
				.bind(id, publisher.company.id, propertyId, at, at, "0".repeat(64))
				.run();
			added.push(id);
		}
	}
	return added;
}

describe("the publisher's certificate list over the shards", () => {
	it("pages through every certificate on both shards once each, newest first, by cursor and by page number", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const byShard = await certificatesOnBothShards(publisher, property.id, 3);
		const tied = await sameInstantOnEachShard(publisher, property.id, byShard);
		const other = await signup("Other Co");
		await captureCertificate(other, (await createProperty(other)).id);
		const all = [...[...byShard.values()].flat(), ...tied];
		const expected = await storedOrder(all);

		const byCursor: string[] = [];
		let cursor: string | null = null;
		do {
			const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
			const res = await call("GET", `/certificates${query}`, { as: publisher });
			expect(res.status).toBe(200);
			// Authentication with the directory's run (shard 0), then SHARD_1's and SHARD_2's in parallel.
			expect(res.roundTrips).toBe(3);
			expect(res.headers.get("x-d1-primary-round-trips")).toBe("0");
			expect(res.json.total).toBe(all.length);
			expect(res.json.data.length).toBeLessThanOrEqual(2);
			byCursor.push(...res.json.data.map((c: Listed) => c.certificate_id));
			cursor = res.json.next_cursor;
		} while (cursor);
		expect(byCursor).toEqual(expected);

		const byPage: string[] = [];
		for (let page = 1; page <= Math.ceil(all.length / 3) + 1; page++) {
			const res = await call("GET", `/certificates?limit=3&page=${page}`, { as: publisher });
			expect(res.status).toBe(200);
			expect(res.json).toMatchObject({ page, limit: 3, total: all.length });
			byPage.push(...res.json.data.map((c: Listed) => c.certificate_id));
			// A page by number hands a cursor on to the page after it, as a page by cursor does.
			if (res.json.next_cursor) {
				const next = await call("GET", `/certificates?limit=3&cursor=${res.json.next_cursor}`, { as: publisher });
				expect(next.json.data[0]?.certificate_id).toBe(expected[page * 3]);
			} else expect(byPage).toHaveLength(all.length);
		}
		expect(byPage).toEqual(expected);

		// Filtered by property, the same merge.
		const filtered = await call("GET", `/certificates?limit=100&property_id=${property.id}`, { as: publisher });
		expect(filtered.json.data.map((c: Listed) => c.certificate_id)).toEqual(expected);
	}, 60_000);

	it("refuses page numbers past the first 10,000 certificates, and pointing there is no 500", async () => {
		const publisher = await signup();
		const deep = await call("GET", "/certificates?limit=100&page=101", { as: publisher });
		expect(deep.status).toBe(400);
		expect(deep.json.error.code).toBe("VALIDATION_FAILED");
		expect((await call("GET", "/certificates?limit=100&page=100", { as: publisher })).status).toBe(200);
	});

	it("merges runs by created_at, then id, and cuts the page after the offset", () => {
		const rows = [
			{ createdAt: "2026-01-02", id: "EC-a" },
			{ createdAt: "2026-01-01", id: "EC-c" },
			{ createdAt: "2026-01-02", id: "EC-b" },
			{ createdAt: "2026-01-01", id: "EC-d" },
		];
		const first = mergedPage(rows, 0, 2);
		expect(first.rows.map((r) => r.id)).toEqual(["EC-b", "EC-a"]);
		expect(first.next_cursor).not.toBeNull();
		const last = mergedPage(rows, 2, 2);
		expect(last.rows.map((r) => r.id)).toEqual(["EC-d", "EC-c"]);
		expect(last.next_cursor).toBeNull();
	});
});

describe("one certificate's evidence on each shard", () => {
	it("answers an id naming a shard this service does not have as not found", async () => {
		const publisher = await signup();
		// Shard 0x0fff has no binding: nobody could have been given such an id.
		const certificateId = "EC-0fff0000-0000-8000-8000-000000000000";
		expect(certificateShard(certificateId)).toBe(0x0fff);
		for (const path of [`/certificates/${certificateId}`, `/certificates/${certificateId}/verify`]) {
			expect(told(await call("GET", path, { as: publisher }))).toEqual({
				status: 404,
				code: "NOT_FOUND",
				message: "Certificate not found",
			});
		}
		const claimId = 4095 * 2 ** 40 + 1;
		for (const path of ["/evidence", "/evidence/access-log", "/verify", "/recording"]) {
			const res = await call("GET", `/certificate-sharing/partner-certificates/${claimId}${path}`, { as: publisher });
			expect(told(res)).toEqual({ status: 404, code: "NOT_FOUND", message: "Claimed certificate not found" });
		}
	});

	it("reads, bundles and verifies a certificate where it is stored, and a stranger gets the same 404 as nobody", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher, "forms.leadgen.com");
		const byShard = await certificatesOnBothShards(publisher, property.id, 1);
		const buyer = await signup("Acme Insurance");
		const stranger = await signup("Stranger Co");
		for (const [shard, [certificateId]] of byShard) {
			const id = certificateId!;
			expect(certificateShard(id)).toBe(shard);
			const own = await call("GET", `/certificates/${id}`, { as: publisher });
			expect(own.status).toBe(200);
			expect(own.json.certificate_id).toBe(id);
			const verified = await call("GET", `/certificates/${id}/verify`, { as: publisher });
			expect(verified.status).toBe(200);
			expect(verified.json.valid).toBe(true);
			const history = await call("GET", `/certificates/${id}/history`, { as: publisher });
			expect(history.status).toBe(200);

			const missing = id.replace(/.{4}$/, "0000") === id ? id.replace(/.{4}$/, "1111") : id.replace(/.{4}$/, "0000");
			for (const path of [`/certificates/${id}`, `/certificates/${id}/verify`, `/certificates/${id}/history`]) {
				const foreign = told(await call("GET", path, { as: stranger }));
				expect(foreign).toEqual(told(await call("GET", path.replace(id, missing), { as: stranger })));
				expect(foreign.status).toBe(404);
			}

			const share = await call("POST", `/certificate-sharing/certificates/${id}/share`, {
				as: publisher,
				body: { target_company_id: buyer.company.id },
			});
			expect(share.status).toBe(201);
			const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
				as: buyer,
			});
			expect(claim.status).toBe(200);
			const claimId = claim.json.claim_id as number;
			const evidencePath = `/certificate-sharing/partner-certificates/${claimId}/evidence`;

			const evidence = await call("GET", evidencePath, { as: buyer });
			expect(evidence.status).toBe(200);
			expect(evidence.json).toMatchObject({ claim_id: claimId, certificate_id: id, signature: { verified: true } });
			const bundle = await call("GET", `${evidencePath}?format=bundle`, { as: buyer });
			expect(bundle.status).toBe(200);
			expect((await verifyEvidenceBundle(bundle.json)).valid).toBe(true);
			const buyerVerify = await call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, {
				as: buyer,
			});
			expect(buyerVerify.json.valid).toBe(true);
			const accessLog = await call("GET", `${evidencePath}/access-log`, { as: buyer });
			expect(accessLog.status).toBe(200);
			expect(accessLog.json.certificate_id).toBe(id);
			for (const path of [evidencePath, `${evidencePath}/access-log`]) {
				const foreign = told(await call("GET", path, { as: stranger }));
				const none = told(
					await call("GET", path.replace(String(claimId), String(claimId + 1_000_000)), { as: stranger }),
				);
				expect(foreign).toEqual(none);
				expect(foreign.status).toBe(404);
			}
			// The reads are on the access log, on the certificate's shard.
			const accesses = await accessesRecorded(id, 6);
			expect(accesses.map((a) => a.event_type)).toContain("accessed_evidence");
		}
	}, 60_000);
});
