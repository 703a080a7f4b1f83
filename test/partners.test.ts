import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type Actor, call, createProperty, SAME_ORIGIN, signup } from "./helpers";

const PATH = "/certificate-sharing/partners";

// A publisher with a property, and a buyer company to partner with: what almost every test starts from.
async function publisherAndBuyer() {
	const publisher = await signup("LeadGen Co");
	const buyer = await signup("Acme Insurance");
	const property = await createProperty(publisher, "forms.leadgen.example");
	return { publisher, buyer, property };
}

async function createPartner(actor: Actor, body: Record<string, unknown>) {
	return call("POST", PATH, { as: actor, body });
}

async function storedRow(id: number) {
	return env.DB.prepare("select status, revoked_at from partners where id = ?")
		.bind(id)
		.first<{ status: string; revoked_at: string | null }>();
}

async function storedCountFor(publisher: Actor) {
	const row = await env.DB.prepare("select count(*) as n from partners where publisher_company_id = ?")
		.bind(publisher.company.id)
		.first<{ n: number }>();
	return row?.n;
}

const ids = (res: { json: { data: { id: number }[] } }) => res.json.data.map((p) => p.id);

describe("POST /certificate-sharing/partners", () => {
	it("creates a partnership in exactly the spec's shape, in two round trips", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const res = await createPartner(publisher, {
			property_id: property.id,
			partner_company_id: buyer.company.id,
			access_level: "claim",
			auto_share: false,
		});
		expect(res.status).toBe(201);
		expect(res.json).toStrictEqual({
			id: expect.any(Number),
			property_id: property.id,
			publisher_company_id: publisher.company.id,
			partner_company_id: buyer.company.id,
			access_level: "claim",
			auto_share: false,
			status: "active",
			created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
		});
		expect(Number.isInteger(res.json.id)).toBe(true);
		expect(res.roundTrips).toBe(2);
	});

	it("defaults access_level to claim and auto_share to false, and stores what is given", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const defaults = await createPartner(publisher, { property_id: property.id, partner_company_id: buyer.company.id });
		expect(defaults.status).toBe(201);
		expect(defaults.json).toMatchObject({ access_level: "claim", auto_share: false });

		const other = await signup("Other Buyer");
		const given = await createPartner(publisher, {
			property_id: property.id,
			partner_company_id: other.company.id,
			access_level: "read",
			auto_share: true,
		});
		expect(given.status).toBe(201);
		expect(given.json).toMatchObject({ access_level: "read", auto_share: true });
		const listed = await call("GET", PATH, { as: publisher });
		expect(listed.json.data.find((p: { id: number }) => p.id === given.json.id)).toEqual(given.json);
	});

	it("refuses a second active partnership for the same property and partner, and allows one after revoking", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const body = { property_id: property.id, partner_company_id: buyer.company.id };
		const first = await createPartner(publisher, body);
		expect(first.status).toBe(201);

		const duplicate = await createPartner(publisher, { ...body, access_level: "read" });
		expect(duplicate.status).toBe(409);
		expect(duplicate.json.error.code).toBe("CONFLICT");
		expect(await storedCountFor(publisher)).toBe(1);

		expect((await call("DELETE", `${PATH}/${first.json.id}`, { as: publisher })).status).toBe(204);
		const again = await createPartner(publisher, body);
		expect(again.status).toBe(201);
		expect(again.json.id).not.toBe(first.json.id);
		expect(ids(await call("GET", PATH, { as: publisher }))).toEqual([again.json.id]);
	});

	it("lets only one of two concurrent duplicates through", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const body = { property_id: property.id, partner_company_id: buyer.company.id };
		const results = await Promise.all([createPartner(publisher, body), createPartner(publisher, body)]);
		expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
		expect(await storedCountFor(publisher)).toBe(1);
	});

	it("refuses partnering with oneself, naming partner_company_id", async () => {
		const { publisher, property } = await publisherAndBuyer();
		const res = await createPartner(publisher, { property_id: property.id, partner_company_id: publisher.company.id });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields).toEqual([{ field: "partner_company_id", message: expect.any(String) }]);
		expect(await storedCountFor(publisher)).toBe(0);
	});

	it("answers 404 for a partner company that does not exist", async () => {
		const { publisher, property } = await publisherAndBuyer();
		const res = await createPartner(publisher, { property_id: property.id, partner_company_id: "0".repeat(24) });
		expect(res.status).toBe(404);
		expect(res.json.error).toMatchObject({ code: "NOT_FOUND", message: "Partner company not found" });
		expect(await storedCountFor(publisher)).toBe(0);
	});

	it("answers 404 for another company's property exactly as for an unknown one", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		// The buyer tries to partner the publisher's property with a third company.
		const third = await signup("Third Co");
		const theirs = await createPartner(buyer, { property_id: property.id, partner_company_id: third.company.id });
		const unknown = await createPartner(buyer, { property_id: "f".repeat(24), partner_company_id: third.company.id });
		for (const res of [theirs, unknown]) {
			expect(res.status).toBe(404);
			expect(res.json.error).toMatchObject({ code: "NOT_FOUND", message: "Property not found" });
		}
		expect(theirs.text).not.toContain("leadgen");
		expect(await storedCountFor(buyer)).toBe(0);
		expect(await storedCountFor(publisher)).toBe(0);
	});

	it.each([
		["an unknown access_level", { access_level: "write" }, "access_level"],
		[
			"a partner_company_id that is not 24 lowercase hex",
			{ partner_company_id: "68A1B2C3D4E5F6A7B8C9D0E1" },
			"partner_company_id",
		],
		["a short partner_company_id", { partner_company_id: "abc123" }, "partner_company_id"],
		["auto_share as a string", { auto_share: "true" }, "auto_share"],
		["a missing property_id", { property_id: undefined }, "property_id"],
	])("rejects %s with 400 naming the field and stores nothing", async (_, override, field) => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const res = await createPartner(publisher, {
			property_id: property.id,
			partner_company_id: buyer.company.id,
			...override,
		});
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields).toEqual([{ field, message: expect.any(String) }]);
		expect(await storedCountFor(publisher)).toBe(0);
	});

	it("rejects unknown fields, naming them, and stores nothing", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const res = await createPartner(publisher, {
			property_id: property.id,
			partner_company_id: buyer.company.id,
			publisher_company_id: buyer.company.id,
		});
		expect(res.status).toBe(400);
		expect(res.json.error.fields).toEqual([{ field: "publisher_company_id", message: "unknown field" }]);
		expect(await storedCountFor(publisher)).toBe(0);
		expect(await storedCountFor(buyer)).toBe(0);
	});
});

describe("GET /certificate-sharing/partners", () => {
	it("shows the publisher and the partner the same active partnerships, ordered by id, in one round trip", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const second = await createProperty(publisher, "quotes.leadgen.example");
		const outsider = await signup("Outsider");
		const a = await createPartner(publisher, { property_id: property.id, partner_company_id: buyer.company.id });
		const b = await createPartner(publisher, { property_id: second.id, partner_company_id: buyer.company.id });
		// The buyer also publishes: its own partnership with the outsider shows up in its list as publisher.
		const buyerProperty = await createProperty(buyer, "forms.acme.example");
		const c = await createPartner(buyer, { property_id: buyerProperty.id, partner_company_id: outsider.company.id });
		const revoked = await createPartner(publisher, {
			property_id: property.id,
			partner_company_id: outsider.company.id,
		});
		expect((await call("DELETE", `${PATH}/${revoked.json.id}`, { as: publisher })).status).toBe(204);

		const asPublisher = await call("GET", PATH, { as: publisher });
		expect(asPublisher.status).toBe(200);
		expect(asPublisher.json).toEqual({ data: [a.json, b.json], limit: 25, next_cursor: null });
		expect(asPublisher.roundTrips).toBe(1);

		const asBuyer = await call("GET", PATH, { as: buyer });
		expect(asBuyer.json).toEqual({ data: [a.json, b.json, c.json], limit: 25, next_cursor: null });

		const asOutsider = await call("GET", PATH, { as: outsider });
		expect(asOutsider.json).toEqual({ data: [c.json], limit: 25, next_cursor: null });

		const stranger = await signup("Stranger");
		expect((await call("GET", PATH, { as: stranger })).json).toEqual({ data: [], limit: 25, next_cursor: null });
	});
});

describe("DELETE /certificate-sharing/partners/:id", () => {
	it("revokes: 204, gone from both lists, row kept as revoked with revoked_at", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const created = await createPartner(publisher, { property_id: property.id, partner_company_id: buyer.company.id });
		const res = await call("DELETE", `${PATH}/${created.json.id}`, { as: publisher });
		expect(res.status).toBe(204);
		expect(res.text).toBe("");
		expect(res.roundTrips).toBe(1);

		expect(ids(await call("GET", PATH, { as: publisher }))).not.toContain(created.json.id);
		expect(ids(await call("GET", PATH, { as: buyer }))).not.toContain(created.json.id);
		const row = await storedRow(created.json.id);
		expect(row?.status).toBe("revoked");
		expect(row?.revoked_at).toMatch(/^\d{4}-\d\d-\d\dT/);
	});

	it("answers 404 when revoking an already revoked partnership, leaving revoked_at as it was", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const created = await createPartner(publisher, { property_id: property.id, partner_company_id: buyer.company.id });
		expect((await call("DELETE", `${PATH}/${created.json.id}`, { as: publisher })).status).toBe(204);
		const before = await storedRow(created.json.id);
		const again = await call("DELETE", `${PATH}/${created.json.id}`, { as: publisher });
		expect(again.status).toBe(404);
		expect(again.json.error.code).toBe("NOT_FOUND");
		expect(await storedRow(created.json.id)).toEqual(before);
	});

	it("lets neither the partner nor another company revoke, leaving the row active", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const stranger = await signup("Stranger");
		const created = await createPartner(publisher, { property_id: property.id, partner_company_id: buyer.company.id });
		for (const actor of [buyer, stranger]) {
			const res = await call("DELETE", `${PATH}/${created.json.id}`, { as: actor });
			expect(res.status).toBe(404);
			expect(res.json.error.code).toBe("NOT_FOUND");
		}
		expect(await storedRow(created.json.id)).toEqual({ status: "active", revoked_at: null });
	});

	it("answers 404 for an id that is unknown or not a number", async () => {
		const actor = await signup();
		for (const id of ["999999", "abc", "0", "1.5"]) {
			const res = await call("DELETE", `${PATH}/${id}`, { as: actor });
			expect(res.status, id).toBe(404);
			expect(res.json.error.code).toBe("NOT_FOUND");
		}
	});
});

describe("authentication", () => {
	it("answers 401 on every route without credentials, and changes nothing", async () => {
		const { publisher, buyer, property } = await publisherAndBuyer();
		const created = await createPartner(publisher, { property_id: property.id, partner_company_id: buyer.company.id });
		const anonymous = [
			await call("POST", PATH, { body: { property_id: property.id, partner_company_id: buyer.company.id } }),
			await call("GET", PATH),
			await call("DELETE", `${PATH}/${created.json.id}`),
			await call("DELETE", `${PATH}/not-a-number`),
			await call("DELETE", `${PATH}/${created.json.id}`, {
				headers: { cookie: "econsent_session=forged", ...SAME_ORIGIN },
			}),
		];
		for (const res of anonymous) {
			expect(res.status).toBe(401);
			expect(res.json.error.code).toBe("UNAUTHORIZED");
		}
		expect(await storedRow(created.json.id)).toEqual({ status: "active", revoked_at: null });
		expect(await storedCountFor(publisher)).toBe(1);
	});
});
