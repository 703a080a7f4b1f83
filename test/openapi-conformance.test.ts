// The served /openapi.json against real answers: each body validates against its operation's documented schema for
// that status and content type (JSON Schema 2020-12, as OpenAPI 3.1 uses it), and every header the answer carries is
// documented on that response, so a client generated from the document or a validator built on it accepts what the
// service sends.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type Actor, type CallResult, call, captureCertificate, createProperty, signup } from "./helpers";

type Json = Record<string, any>;

// Headers the HTTP layer describes by themselves: OpenAPI leaves Content-Type to `content`, and says not to list it.
const UNDOCUMENTED_BY_DESIGN = new Set(["content-type", "content-length"]);

let document: Json;
let ajv: Ajv2020;

beforeAll(async () => {
	const res = await call("GET", "/openapi.json");
	expect(res.status).toBe(200);
	document = res.json;
	// OpenAPI's own keywords (example, discriminator, …) are not JSON Schema's; they annotate and validate nothing.
	ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats(ajv);
	ajv.addSchema(document, "openapi.json");
});

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

function validate(schemaPointer: string, value: unknown) {
	const check =
		ajv.getSchema(`openapi.json#/${schemaPointer}`) ?? ajv.compile({ $ref: `openapi.json#/${schemaPointer}` });
	const valid = check(value);
	expect(JSON.stringify(check.errors ?? [], null, 1), `${schemaPointer}: ${JSON.stringify(value).slice(0, 200)}`).toBe(
		"[]",
	);
	expect(valid).toBe(true);
}

const resolve = (object: Json): Json =>
	object.$ref ? pointerTarget((object.$ref as string).replace(/^#\//, "").split("/")) : object;

function pointerTarget(parts: string[]): Json {
	return parts.reduce((at: Json, part) => at[part.replaceAll("~1", "/").replaceAll("~0", "~")], document);
}

/**
 * Checks an answer of `method path` (the documented path template) against the document: its body against the schema
 * for its status and content type, its headers against the headers documented there.
 */
function conforms(res: CallResult, method: string, path: string) {
	const operation = document.paths[path]?.[method];
	expect(operation, `${method} ${path} is documented`).toBeDefined();
	const response = resolve(operation.responses[String(res.status)] ?? {});
	expect(response.description, `${method} ${path} documents ${res.status}`).toBeDefined();
	const contentType = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
	expect(response.content?.[contentType], `${res.status} documents ${contentType}`).toBeDefined();
	const schemaPointer = pointer(
		"paths",
		path,
		method,
		"responses",
		String(res.status),
		"content",
		contentType,
		"schema",
	);
	validate(schemaPointer, contentType === "application/json" ? res.json : res.text);

	const documented = Object.fromEntries(
		Object.entries((response.headers ?? {}) as Json).map(([name, header]) => [name.toLowerCase(), resolve(header)]),
	);
	for (const [name, value] of res.headers) {
		if (UNDOCUMENTED_BY_DESIGN.has(name)) continue;
		const header = documented[name];
		expect(header, `${method} ${path} ${res.status} documents the ${name} header it sends`).toBeDefined();
		const schema = header?.schema as Json;
		const check = ajv.compile(schema);
		const typed = schema.type === "integer" ? Number(value) : value;
		expect(check(typed), `${name}: ${value} against ${JSON.stringify(schema)}`).toBe(true);
	}
}

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
		conforms(res, "post", "/certificate-sharing/certificates/batch-verify");

		const summary = await call("GET", `/certificate-sharing/certificates/claim/${claimable}`, { as: buyer });
		expect(summary.status, summary.text).toBe(200);
		conforms(summary, "get", "/certificate-sharing/certificates/claim/{token}");
	});

	it("describes the evidence, its download and its access log", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const cert = await captureCertificate(publisher, property.id);
		const token = await share(publisher, cert.certificate_id, buyer);
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${token}`, { as: buyer });
		expect(claim.status, claim.text).toBe(200);
		conforms(claim, "post", "/certificate-sharing/certificates/claim/{token}");

		const evidence = `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence`;
		for (const format of ["json", "bundle"]) {
			const res = await call("GET", `${evidence}?format=${format}`, { as: buyer });
			expect(res.status, res.text).toBe(200);
			conforms(res, "get", "/certificate-sharing/partner-certificates/{claimId}/evidence");
		}
		const log = await call("GET", `${evidence}/access-log`, { as: buyer });
		expect(log.status, log.text).toBe(200);
		conforms(log, "get", "/certificate-sharing/partner-certificates/{claimId}/evidence/access-log");
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
		conforms(job, "post", "/certificate-sharing/jobs");
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
		conforms(results, "get", "/certificate-sharing/jobs/{jobId}/results");
		const lines = results.text.split("\n").filter(Boolean);
		expect(lines).toHaveLength(2);
		const ndjson =
			document.paths["/certificate-sharing/jobs/{jobId}/results"].get.responses["200"].content["application/x-ndjson"];
		expect(ndjson["x-item-schema"]).toEqual({ $ref: "#/components/schemas/ShareJobResultLine" });
		for (const line of lines) validate("components/schemas/ShareJobResultLine", JSON.parse(line));
	});

	it("describes error answers and public material", async () => {
		const publisher = await signup("LeadGen Co");
		const missing = await call("GET", "/certificates/EC-NOPE", { as: publisher });
		expect(missing.status).toBe(404);
		conforms(missing, "get", "/certificates/{id}");
		const refused = await call("GET", "/certificates/EC-NOPE");
		expect(refused.status).toBe(401);
		conforms(refused, "get", "/certificates/{id}");
		const keys = await call("GET", "/.well-known/econsent/keys.json");
		expect(keys.status).toBe(200);
		conforms(keys, "get", "/.well-known/econsent/keys.json");
	});

	it("sends the request headers every operation documents", () => {
		for (const [path, item] of Object.entries(document.paths as Json)) {
			for (const [method, operation] of Object.entries(item as Json)) {
				const names = (operation.parameters ?? []).map((parameter: Json) => resolve(parameter).name);
				expect(names, `${method} ${path}`).toEqual(expect.arrayContaining(["X-Request-Id", "X-D1-Bookmark"]));
			}
		}
	});
});
