// The served /openapi.json against real answers. Every answer any test gets is checked against the document as it
// comes (test/openapi-contract/, substituted for the Worker's fetch by vitest.config.ts): status, body for its status
// and content type (JSON Schema 2020-12, as OpenAPI 3.1 uses it) and every header. This file walks the answers an
// integrator meets most (batch verify, evidence, job results, errors), and shows that the contract refuses what the
// document does not say.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type Actor, call, captureCertificate, createProperty, signup } from "./helpers";
import { type Answer, type Contract, ContractViolation, contractOf, countsSoFar } from "./openapi-contract/contract";

type Json = Record<string, any>;

let document: Json;

beforeAll(async () => {
	const res = await call("GET", "/openapi.json");
	expect(res.status).toBe(200);
	document = res.json;
});

const resolve = (object: Json): Json =>
	object.$ref
		? (object.$ref as string)
				.replace(/^#\//, "")
				.split("/")
				.reduce((at: Json, part) => at[part.replaceAll("~1", "/").replaceAll("~0", "~")], document)
		: object;

async function share(publisher: Actor, certificateId: string, buyer?: Actor) {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: buyer ? { target_company_id: buyer.company.id } : {},
	});
	expect(res.status, res.text).toBe(201);
	return res.json.claim_token as string;
}

describe("the OpenAPI document against what is sent", () => {
	it("describes batch verify's answer, a claimable token's null not_claimable included", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const [first, second] = [
			await captureCertificate(publisher, property.id),
			await captureCertificate(publisher, property.id),
		];
		const claimable = await share(publisher, first.certificate_id);
		const claimed = await share(publisher, second!.certificate_id);
		expect((await call("POST", `/certificate-sharing/certificates/claim/${claimed}`, { as: buyer })).status).toBe(200);

		const res = await call("POST", "/certificate-sharing/certificates/batch-verify", {
			as: buyer,
			body: {
				items: [
					{ token: claimable, lead: { phone: "(555) 010-0000" } },
					{ token: claimed },
					{ token: `clm_${"0".repeat(48)}` },
				],
			},
		});
		expect(res.status, res.text).toBe(200);
		expect(res.json.results[0]).toMatchObject({ ok: true, claimable: true, not_claimable: null });
		expect(res.json.results[1]).toMatchObject({
			ok: true,
			claimable: false,
			not_claimable: { code: expect.any(String) },
		});
		expect(res.json.results[2]).toMatchObject({ ok: false });

		const summary = await call("GET", `/certificate-sharing/certificates/claim/${claimable}`, { as: buyer });
		expect(summary.status, summary.text).toBe(200);
	});

	it("describes the evidence, its download and its access log", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const cert = await captureCertificate(publisher, property.id);
		const token = await share(publisher, cert.certificate_id, buyer);
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${token}`, { as: buyer });
		expect(claim.status, claim.text).toBe(200);

		const evidence = `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence`;
		for (const format of ["json", "bundle"]) {
			const res = await call("GET", `${evidence}?format=${format}`, { as: buyer });
			expect(res.status, res.text).toBe(200);
		}
		const log = await call("GET", `${evidence}/access-log`, { as: buyer });
		expect(log.status, log.text).toBe(200);
	});

	it("describes a job's results, each line a ShareJobResultLine", async () => {
		const publisher = await signup("Batch Publisher");
		const property = await createProperty(publisher);
		const cert = await captureCertificate(publisher, property.id);
		const job = await call("POST", "/certificate-sharing/jobs", {
			as: publisher,
			body: { type: "batch_share", certificate_ids: [cert.certificate_id, "EC-NOPE"] },
		});
		expect(job.status, job.text).toBe(202);
		await vi.waitFor(
			async () => {
				const res = await call("GET", `/certificate-sharing/jobs/${job.json.id}`, { as: publisher });
				expect(res.json.completed_at).not.toBeNull();
			},
			{ timeout: 30_000, interval: 100 },
		);
		const results = await call("GET", `/certificate-sharing/jobs/${job.json.id}/results`, {
			as: publisher,
			headers: { accept: "application/x-ndjson" },
		});
		expect(results.status, results.text).toBe(200);
		const lines = results.text.split("\n").filter(Boolean);
		expect(lines).toHaveLength(2);
		const ndjson =
			document.paths["/certificate-sharing/jobs/{jobId}/results"].get.responses["200"].content["application/x-ndjson"];
		expect(ndjson["x-item-schema"]).toEqual({ $ref: "#/components/schemas/ShareJobResultLine" });
	});

	it("describes error answers and public material", async () => {
		const publisher = await signup("LeadGen Co");
		const missing = await call("GET", "/certificates/EC-NOPE", { as: publisher });
		expect(missing.status).toBe(404);
		const refused = await call("GET", "/certificates/EC-NOPE");
		expect(refused.status).toBe(401);
		const keys = await call("GET", "/.well-known/econsent/keys.json");
		expect(keys.status).toBe(200);
	});

	it("sends the request headers every operation documents", () => {
		for (const [path, item] of Object.entries(document.paths as Json)) {
			for (const [method, operation] of Object.entries(item as Json)) {
				const names = (operation.parameters ?? []).map((parameter: Json) => resolve(parameter).name);
				expect(names, `${method} ${path}`).toEqual(expect.arrayContaining(["X-Request-Id", "X-D1-Bookmark"]));
			}
		}
	});

	describe("the contract every answer is checked against", () => {
		let contract: Contract;
		beforeAll(() => {
			contract = contractOf(document);
			everyAnswer = { "API-Version": document.info.version, "X-Request-Id": "req-1" };
		});
		const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
		let everyAnswer: Record<string, string>;
		const answer = (overrides: Partial<Answer> & { headers?: Headers }): Answer => ({
			method: "GET",
			url: "https://api.test/properties/prop_1",
			status: 200,
			headers: new Headers({ "content-type": "application/json", ...everyAnswer }),
			body: json({ id: "prop_1", domain: "forms.example", name: "Main", created_at: "2026-01-01T00:00:00.000Z" }),
			...overrides,
		});
		const refusal = (value: Answer) => {
			try {
				contract.checkAnswer(value);
			} catch (error) {
				expect(error).toBeInstanceOf(ContractViolation);
				return (error as Error).message;
			}
			throw new Error("the contract accepted it");
		};
		const error = (code: string) => json({ error: { code, message: "m", request_id: "req-1" } });

		it("accepts a documented answer and counts it", () => {
			const before = countsSoFar().validated;
			const headers = new Headers({
				"content-type": "application/json",
				...everyAnswer,
				"API-Version": document.info.version,
			});
			contract.checkAnswer(answer({ status: 404, headers, body: error("NOT_FOUND") }));
			expect(countsSoFar().validated).toBe(before + 1);
		});

		it("refuses a status the operation does not document, naming the operation", () => {
			expect(refusal(answer({ status: 409, body: error("CONFLICT") }))).toMatch(
				/^GET \/properties\/\{id\} \(getProperty\) answered 409, which it does not document/,
			);
		});

		it("refuses a body that does not match, with the JSON pointer of the mismatch", () => {
			const message = refusal(
				answer({ status: 404, body: json({ error: { code: "NOPE", message: "m", request_id: "r" } }) }),
			);
			expect(message).toContain("at /error/code: must be equal to one of the allowed values");
			expect(message).toContain("#/paths/~1properties~1{id}/get/responses/404");
		});

		it("refuses an undocumented header and a documented one with a wrong value", () => {
			const sent = (name: string, value: string) =>
				new Headers({ "content-type": "application/json", ...everyAnswer, [name]: value });
			expect(refusal(answer({ status: 404, headers: sent("x-powered-by", "x"), body: error("NOT_FOUND") }))).toContain(
				"sends the header x-powered-by, not documented",
			);
			expect(
				refusal(answer({ status: 404, headers: sent("x-d1-round-trips", "many"), body: error("NOT_FOUND") })),
			).toContain('header x-d1-round-trips: "many" does not match');
		});

		it("holds a path no operation has to the generic 404 and 405", () => {
			expect(refusal(answer({ url: "https://api.test/nowhere", body: json({ ok: true }) }))).toContain(
				"a path no operation has answers 404 NotFound",
			);
			const headers = new Headers({ "content-type": "application/json", ...everyAnswer });
			expect(() =>
				contract.checkAnswer(
					answer({ url: "https://api.test/nowhere", status: 404, headers, body: error("NOT_FOUND") }),
				),
			).not.toThrow();
			const put = { method: "PUT", url: "https://api.test/properties" };
			const allowed = new Headers({ "content-type": "application/json", ...everyAnswer, allow: "GET, HEAD, POST" });
			expect(() =>
				contract.checkAnswer(answer({ ...put, status: 405, headers: allowed, body: error("METHOD_NOT_ALLOWED") })),
			).not.toThrow();
			// Allow is documented on the 405 alone.
			expect(refusal(answer({ ...put, status: 404, headers: allowed, body: error("NOT_FOUND") }))).toContain(
				"sends the header allow, not documented on #/x-generic-responses/NotFound",
			);
		});

		it("refuses a webhook delivery whose body or headers the document's webhooks do not describe", () => {
			expect(() =>
				contract.checkDelivery({
					headers: new Headers({ "content-type": "application/json" }),
					body: JSON.stringify({ type: "nope" }),
				}),
			).toThrow("a webhook delivery of type nope, which webhooks does not document");
			expect(() =>
				contract.checkDelivery({
					headers: new Headers({ "content-type": "application/json", "x-extra": "1" }),
					body: JSON.stringify({ type: "ping", id: "evt_1", created_at: "2026-01-01T00:00:00Z", data: {} }),
				}),
			).toThrow(/sends the header x-extra[\s\S]*lacks the required header webhook-id/);
		});
	});
});
