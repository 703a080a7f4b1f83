import { describe, expect, it } from "vitest";
import { call, createProperty, signup } from "./helpers";

describe("properties", () => {
	it("creates a property with a 24-hex id owned by the caller's company", async () => {
		const actor = await signup();
		const res = await call("POST", "/properties", {
			as: actor,
			body: { domain: "Forms.LeadGen.example", name: "Quotes" },
		});
		expect(res.status).toBe(201);
		expect(res.json).toEqual({
			id: expect.stringMatching(/^[0-9a-f]{24}$/),
			company_id: actor.company.id,
			domain: "forms.leadgen.example",
			name: "Quotes",
			created_at: expect.any(String),
		});
		const got = await call("GET", `/properties/${res.json.id}`, { as: actor });
		expect(got.json).toEqual(res.json);
	});

	it("shows a company only its own properties", async () => {
		const a = await signup();
		const b = await signup();
		const pa = await createProperty(a, "a.example");
		await createProperty(b, "b.example");
		const list = await call("GET", "/properties", { as: a });
		expect(list.json.data.map((p: { domain: string }) => p.domain)).toEqual(["a.example"]);
		const other = await call("GET", `/properties/${pa.id}`, { as: b });
		expect(other.status).toBe(404);
		expect(other.json.error.code).toBe("NOT_FOUND");
		expect(other.text).not.toContain("a.example");
	});

	it("rejects a bad domain and unknown fields, naming them", async () => {
		const actor = await signup();
		const bad = await call("POST", "/properties", { as: actor, body: { domain: "not a domain" } });
		expect(bad.status).toBe(400);
		expect(bad.json.error.fields).toEqual([{ field: "domain", message: expect.any(String) }]);
		const extra = await call("POST", "/properties", { as: actor, body: { domain: "ok.example", owner: "x" } });
		expect(extra.status).toBe(400);
		expect(extra.json.error.fields).toEqual([{ field: "owner", message: "unknown field" }]);
		expect((await call("GET", "/properties", { as: actor })).json.data).toEqual([]);
	});
});
