import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, createProperty, signup } from "./helpers";

describe("the one error shape", () => {
	it("answers malformed JSON with 400 MALFORMED_JSON and writes nothing", async () => {
		const res = await call("POST", "/auth/signup", {
			rawBody: "{not json",
			headers: { "content-type": "application/json" },
		});
		expect(res.status).toBe(400);
		expect(res.json).toEqual({
			error: { code: "MALFORMED_JSON", message: expect.any(String), request_id: expect.any(String) },
		});
		expect(res.headers.get("x-request-id")).toBe(res.json.error.request_id);
		expect((await env.DB.prepare("SELECT count(*) AS n FROM users").first<{ n: number }>())?.n).toBe(0);
	});

	it("names every offending field for wrong types and unknown fields", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const res = await call("POST", "/certificates", {
			as: actor,
			body: {
				property_id: property.id,
				consent_text: 42,
				page_url: "javascript:alert(1)",
				consumer: { ip: "999.1.1.1", shoe_size: 9 },
				lead: { email: "not-an-email" },
				extra: true,
			},
		});
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		const fields = res.json.error.fields.map((f: { field: string }) => f.field).sort();
		expect(fields).toEqual(["consent_text", "consumer.ip", "consumer.shoe_size", "extra", "lead.email", "page_url"]);
		expect((await env.DB.prepare("SELECT count(*) AS n FROM certificates").first<{ n: number }>())?.n).toBe(0);
	});

	it("refuses a capture time in the future", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const res = await call("POST", "/certificates", {
			as: actor,
			body: {
				property_id: property.id,
				consent_text: "I agree.",
				page_url: "https://x.example/",
				consent_captured_at: "2999-01-01T00:00:00Z",
			},
		});
		expect(res.status).toBe(400);
		expect(res.json.error.fields).toEqual([{ field: "consent_captured_at", message: "must not be in the future" }]);
	});

	it("answers an oversized body with 413 and writes nothing", async () => {
		const actor = await signup();
		const property = await createProperty(actor);
		const res = await call("POST", "/certificates", {
			as: actor,
			body: { property_id: property.id, consent_text: "x".repeat(300_000), page_url: "https://x.example/" },
		});
		expect(res.status).toBe(413);
		expect(res.json.error.code).toBe("PAYLOAD_TOO_LARGE");
		expect((await env.DB.prepare("SELECT count(*) AS n FROM certificates").first<{ n: number }>())?.n).toBe(0);
	});

	it("takes bodies up to 6 MB where a route declares it (batch jobs), and refuses more", async () => {
		const actor = await signup();
		// 300 KB of ids: too much anywhere else, a job of ids that are not the caller's here.
		const ids = Array.from({ length: 7_000 }, (_, i) => `EC-${String(i).padStart(36, "0")}`);
		const job = await call("POST", "/certificate-sharing/jobs", {
			as: actor,
			body: { type: "batch_share", certificate_ids: ids },
		});
		expect(job.status).toBe(202);
		const elsewhere = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: actor,
			body: { certificate_ids: ids },
		});
		expect(elsewhere.status).toBe(413);
		const tooBig = await call("POST", "/certificate-sharing/jobs", {
			as: actor,
			body: { type: "batch_share", certificate_ids: ids, padding: "x".repeat(6 * 1024 * 1024) },
		});
		expect(tooBig.status).toBe(413);
		expect(tooBig.json.error.code).toBe("PAYLOAD_TOO_LARGE");
	});

	it("answers a non-JSON content type with 415", async () => {
		const res = await call("POST", "/auth/login", { rawBody: "email=a", headers: { "content-type": "text/plain" } });
		expect(res.status).toBe(415);
		expect(res.json.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
	});

	it("answers a missing body with 400, not 500", async () => {
		const res = await call("POST", "/auth/login", {});
		expect(res.status).toBe(400);
		expect(res.json.error.code).toMatch(/VALIDATION_FAILED|MALFORMED_JSON/);
	});

	it("answers unknown routes with 404 in the same shape", async () => {
		const res = await call("GET", "/nope");
		expect(res.status).toBe(404);
		expect(res.json.error.code).toBe("NOT_FOUND");
	});
});

describe("OpenAPI", () => {
	it("serves an OpenAPI 3.1 document generated from the routes, and a reference page", async () => {
		const doc = await call("GET", "/openapi.json");
		expect(doc.status).toBe(200);
		expect(doc.json.openapi).toBe("3.1.0");
		expect(Object.keys(doc.json.paths)).toEqual(
			expect.arrayContaining(["/auth/signup", "/auth/login", "/properties", "/certificates", "/certificates/{id}"]),
		);
		expect(doc.json.components.schemas.Error).toBeDefined();
		const page = await call("GET", "/docs");
		expect(page.status).toBe(200);
		expect(page.headers.get("content-type")).toContain("text/html");
	});
});
