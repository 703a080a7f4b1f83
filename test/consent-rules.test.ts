import { describe, expect, it } from "vitest";
import { type Actor, call, SAMPLE_CONSENT, signup } from "./helpers";

const RULES = "/certificate-sharing/consent-rules";

const SPEC_RULE = {
	rule_name: "TCPA Express Consent",
	required_phrases: ["Acme Insurance", "autodialer", "consent is not required as a condition of purchase"],
	mode: "warn",
};

async function createRule(actor: Actor, body: Record<string, unknown> = SPEC_RULE) {
	const res = await call("POST", RULES, { as: actor, body });
	if (res.status !== 201) throw new Error(`rule failed: ${res.status} ${res.text}`);
	return res.json;
}

const listRules = async (actor: Actor) => (await call("GET", RULES, { as: actor })).json.data;

describe("creating consent rules", () => {
	it("stores individual phrases and answers with the whole rule", async () => {
		const actor = await signup("Buyer");
		const res = await call("POST", RULES, {
			as: actor,
			body: { ...SPEC_RULE, rule_name: "  TCPA Express Consent ", forbidden_phrases: ["no refunds"] },
		});
		expect(res.status).toBe(201);
		expect(res.json).toEqual({
			id: expect.any(Number),
			rule_name: "TCPA Express Consent",
			required_phrases: SPEC_RULE.required_phrases,
			forbidden_phrases: ["no refunds"],
			consent_text: null,
			mode: "warn",
			states: [],
			require_lead_match: false,
			require_witnessed: false,
			min_font_size_px: null,
			min_contrast_ratio: null,
			forbid_prechecked_optin: false,
			created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			updated_at: res.json.created_at,
		});
		expect(Number.isInteger(res.json.id)).toBe(true);
		expect(await listRules(actor)).toEqual([res.json]);
	});

	it("splits a pasted disclosure into one required phrase per sentence, after the explicit ones", async () => {
		const actor = await signup();
		const rule = await createRule(actor, {
			rule_name: "Legal's disclosure",
			required_phrases: ["Acme Insurance"],
			consent_text: SAMPLE_CONSENT,
			mode: "reject",
		});
		expect(rule.consent_text).toBe(SAMPLE_CONSENT);
		expect(rule.required_phrases).toEqual([
			"Acme Insurance",
			"By clicking Submit, I agree that Acme Insurance and its partners may call and text me at the number provided, including by autodialer and prerecorded messages.",
			"Consent is not required as a condition of purchase.",
		]);
		expect(rule.mode).toBe("reject");
	});

	it("keeps each phrase once, however its case or spacing differs", async () => {
		const actor = await signup();
		const rule = await createRule(actor, {
			rule_name: "Duplicates",
			required_phrases: ["Consent is not required as a condition of purchase.", "autodialer", "AUTODIALER"],
			forbidden_phrases: ["guaranteed  approval", "Guaranteed approval"],
			consent_text: "Consent is NOT required as a condition of purchase. Call us.",
			mode: "warn",
		});
		expect(rule.required_phrases).toEqual([
			"Consent is not required as a condition of purchase.",
			"autodialer",
			"Call us.",
		]);
		expect(rule.forbidden_phrases).toEqual(["guaranteed  approval"]);
	});

	it("stores state codes upper-case, once each", async () => {
		const actor = await signup();
		const rule = await createRule(actor, { ...SPEC_RULE, states: ["fl", " Ca ", "FL", "ny"] });
		expect(rule.states).toEqual(["FL", "CA", "NY"]);
		const everywhere = await createRule(actor, { ...SPEC_RULE, states: [] });
		expect(everywhere.states).toEqual([]);
	});
});

describe("listing, replacing and deleting", () => {
	it("lists only the caller's company's rules, oldest first, in one D1 round trip", async () => {
		const a = await signup("A");
		const b = await signup("B");
		const first = await createRule(a, { ...SPEC_RULE, rule_name: "first" });
		await createRule(b, { ...SPEC_RULE, rule_name: "other company's" });
		const second = await createRule(a, { ...SPEC_RULE, rule_name: "second" });
		const res = await call("GET", RULES, { as: a });
		expect(res.status).toBe(200);
		expect(res.json.data.map((r: { id: number }) => r.id)).toEqual([first.id, second.id]);
		expect(res.roundTrips).toBe(1);
	});

	it("replaces a rule whole: fields left out go back to their defaults", async () => {
		const actor = await signup();
		const rule = await createRule(actor, {
			rule_name: "Before",
			required_phrases: ["Acme Insurance"],
			forbidden_phrases: ["guaranteed approval"],
			consent_text: "We may call you.",
			states: ["CA"],
			mode: "reject",
			require_lead_match: true,
			require_witnessed: true,
			min_font_size_px: 12,
			min_contrast_ratio: 4.5,
			forbid_prechecked_optin: true,
		});
		expect(rule).toMatchObject({
			require_lead_match: true,
			require_witnessed: true,
			min_font_size_px: 12,
			min_contrast_ratio: 4.5,
			forbid_prechecked_optin: true,
		});
		const res = await call("PUT", `${RULES}/${rule.id}`, {
			as: actor,
			body: { rule_name: "After", required_phrases: ["autodialer"], mode: "warn" },
		});
		expect(res.status).toBe(200);
		expect(res.json).toEqual({
			id: rule.id,
			rule_name: "After",
			required_phrases: ["autodialer"],
			forbidden_phrases: [],
			consent_text: null,
			mode: "warn",
			states: [],
			require_lead_match: false,
			require_witnessed: false,
			min_font_size_px: null,
			min_contrast_ratio: null,
			forbid_prechecked_optin: false,
			created_at: rule.created_at,
			updated_at: expect.any(String),
		});
		expect(res.json.updated_at >= rule.updated_at).toBe(true);
		expect(res.roundTrips).toBe(1);
		expect(await listRules(actor)).toEqual([res.json]);
	});

	it("deletes a rule, after which it is gone", async () => {
		const actor = await signup();
		const keep = await createRule(actor, { ...SPEC_RULE, rule_name: "keep" });
		const drop = await createRule(actor, { ...SPEC_RULE, rule_name: "drop" });
		const res = await call("DELETE", `${RULES}/${drop.id}`, { as: actor });
		expect(res.status).toBe(204);
		expect(res.text).toBe("");
		expect(res.roundTrips).toBe(1);
		expect(await listRules(actor)).toEqual([keep]);
		const again = await call("DELETE", `${RULES}/${drop.id}`, { as: actor });
		expect(again.status).toBe(404);
		expect(again.json.error.code).toBe("NOT_FOUND");
	});

	it("answers 404 for an unknown or non-numeric id", async () => {
		const actor = await signup();
		for (const id of ["999999", "abc", "0", "1.5", "-1", "12345678901234567890"]) {
			const put = await call("PUT", `${RULES}/${id}`, { as: actor, body: SPEC_RULE });
			expect(put.status, id).toBe(404);
			expect(put.json.error.code).toBe("NOT_FOUND");
			const del = await call("DELETE", `${RULES}/${id}`, { as: actor });
			expect(del.status, id).toBe(404);
			expect(del.json.error.code).toBe("NOT_FOUND");
		}
		expect(await listRules(actor)).toEqual([]);
	});
});

describe("company isolation", () => {
	it("neither shows, replaces nor deletes another company's rule", async () => {
		const a = await signup("A");
		const b = await signup("B");
		const rule = await createRule(a);

		const list = await call("GET", RULES, { as: b });
		expect(list.json.data).toEqual([]);
		expect(list.text).not.toContain("TCPA Express Consent");

		const put = await call("PUT", `${RULES}/${rule.id}`, {
			as: b,
			body: { rule_name: "hijacked", required_phrases: ["x"], mode: "reject" },
		});
		expect(put.status).toBe(404);
		expect(put.json.error.code).toBe("NOT_FOUND");

		const del = await call("DELETE", `${RULES}/${rule.id}`, { as: b });
		expect(del.status).toBe(404);
		expect(del.json.error.code).toBe("NOT_FOUND");

		expect(await listRules(a)).toEqual([rule]);
	});

	it("dry-runs only against the caller's own rules", async () => {
		const a = await signup();
		const b = await signup();
		await createRule(a, { ...SPEC_RULE, mode: "reject" });
		const res = await call("POST", `${RULES}/test`, { as: b, body: { consent_text: "Nothing relevant here." } });
		expect(res.json.status).toBe("pass");
		expect(res.json.rules_evaluated).toBe(0);
	});
});

describe("credentials", () => {
	const requests: [string, string, unknown?][] = [
		["POST", RULES, SPEC_RULE],
		["GET", RULES],
		["PUT", `${RULES}/1`, SPEC_RULE],
		["DELETE", `${RULES}/1`],
		["PUT", `${RULES}/abc`, SPEC_RULE],
		["DELETE", `${RULES}/abc`],
		["POST", `${RULES}/test`, { consent_text: SAMPLE_CONSENT }],
	];

	it.each(requests)("%s %s answers 401 without credentials", async (method, path, body) => {
		const res = await call(method, path, { body });
		expect(res.status).toBe(401);
		expect(res.json.error.code).toBe("UNAUTHORIZED");
	});

	it.each(requests)("%s %s answers 401 with an unknown API key", async (method, path, body) => {
		const res = await call(method, path, { body, headers: { authorization: "Bearer eck_unknown" } });
		expect(res.status).toBe(401);
	});

	it("lets nobody without credentials change a rule", async () => {
		const actor = await signup();
		const rule = await createRule(actor);
		await call("PUT", `${RULES}/${rule.id}`, { body: { rule_name: "x", required_phrases: ["x"], mode: "reject" } });
		await call("DELETE", `${RULES}/${rule.id}`);
		expect(await listRules(actor)).toEqual([rule]);
	});

	it("works with an API key as well as a session", async () => {
		const actor = await signup();
		const key = (await call("POST", "/auth/api-keys", { as: actor, body: { name: "server" } })).json.key;
		const bearer = { headers: { authorization: `Bearer ${key}` } };
		const created = await call("POST", RULES, { as: bearer, body: SPEC_RULE });
		expect(created.status).toBe(201);
		expect(await listRules(actor)).toEqual([created.json]);
	});
});

describe("dry run: POST /certificate-sharing/consent-rules/test", () => {
	const SPEC_TEXT =
		"By clicking Submit, I agree that Acme Insurance may call me, including by autodialer, at the number provided.";

	it("scores the spec's example: two of three phrases found in warn mode", async () => {
		const actor = await signup();
		await createRule(actor);
		const res = await call("POST", `${RULES}/test`, { as: actor, body: { consent_text: SPEC_TEXT } });
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({
			score: 67,
			matched: ["Acme Insurance", "autodialer"],
			missing: ["consent is not required as a condition of purchase"],
			forbidden_found: [],
			status: "warn",
			rules_evaluated: 1,
		});
		expect(res.roundTrips).toBe(1);
	});

	it("answers reject when a reject-mode rule fails", async () => {
		const actor = await signup();
		await createRule(actor, { ...SPEC_RULE, mode: "reject" });
		const res = await call("POST", `${RULES}/test`, { as: actor, body: { consent_text: SPEC_TEXT } });
		expect(res.status).toBe(200);
		expect(res.json.status).toBe("reject");
	});

	it("skips a rule limited to other states, and applies it in its own state", async () => {
		const actor = await signup();
		const rule = await createRule(actor, { ...SPEC_RULE, mode: "reject", states: ["CA"] });
		const elsewhere = await call("POST", `${RULES}/test`, {
			as: actor,
			body: { consent_text: SPEC_TEXT, state: "fl" },
		});
		expect(elsewhere.status).toBe(200);
		expect(elsewhere.json.status).toBe("pass");
		expect(elsewhere.json.rules_evaluated).toBe(0);
		expect(JSON.stringify(elsewhere.json.skipped_rules)).toContain(String(rule.id));

		const inState = await call("POST", `${RULES}/test`, {
			as: actor,
			body: { consent_text: SPEC_TEXT, state: "ca" },
		});
		expect(inState.json.status).toBe("reject");
		expect(inState.json.rules_evaluated).toBe(1);
	});

	it("passes with a score of 100 when the company has no rules", async () => {
		const actor = await signup();
		const res = await call("POST", `${RULES}/test`, { as: actor, body: { consent_text: SPEC_TEXT } });
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({ score: 100, status: "pass", matched: [], missing: [], rules_evaluated: 0 });
	});

	it("checks the witnessed page: a dry run without `witness` is judged as an asserted certificate", async () => {
		const actor = await signup();
		const rule = await createRule(actor, {
			rule_name: "Witnessed, readable, not pre-ticked",
			mode: "reject",
			require_witnessed: true,
			min_font_size_px: 12,
			min_contrast_ratio: 4.5,
			forbid_prechecked_optin: true,
		});
		expect(rule.required_phrases).toEqual([]);

		const asserted = await call("POST", `${RULES}/test`, { as: actor, body: { consent_text: SPEC_TEXT } });
		expect(asserted.status).toBe(200);
		expect(asserted.json.status).toBe("reject");
		expect(asserted.json.rules[0].page_checks).toEqual([
			{ check: "witnessed", required: true, actual: false, passed: false },
			{ check: "min_font_size_px", required: 12, actual: null, passed: false },
			{ check: "min_contrast_ratio", required: 4.5, actual: null, passed: false },
			{ check: "forbid_prechecked_optin", required: true, actual: null, passed: false },
		]);

		const readable = { notice: { font_size_px: 14, contrast_ratio: 7.2 }, optin: "checked_by_consumer" };
		const passing = await call("POST", `${RULES}/test`, {
			as: actor,
			body: { consent_text: SPEC_TEXT, witness: readable },
		});
		expect(passing.json.status).toBe("pass");
		expect(passing.json.rules[0].page_checks.every((c: { passed: boolean }) => c.passed)).toBe(true);

		const tinyGreyPreticked = { notice: { font_size_px: 9, contrast_ratio: 2.1 }, optin: "prechecked" };
		const failing = await call("POST", `${RULES}/test`, {
			as: actor,
			body: { consent_text: SPEC_TEXT, witness: tinyGreyPreticked },
		});
		expect(failing.json.status).toBe("reject");
		expect(
			failing.json.rules[0].page_checks.map((c: { check: string; passed: boolean }) => [c.check, c.passed]),
		).toEqual([
			["witnessed", true],
			["min_font_size_px", false],
			["min_contrast_ratio", false],
			["forbid_prechecked_optin", false],
		]);
	});

	it("leaves page_checks off rules that check nothing of the page", async () => {
		const actor = await signup();
		await createRule(actor);
		const res = await call("POST", `${RULES}/test`, { as: actor, body: { consent_text: SPEC_TEXT } });
		expect(res.json.rules[0]).not.toHaveProperty("page_checks");
	});

	it.each([
		[{}, "consent_text"],
		[{ consent_text: "" }, "consent_text"],
		[
			{ consent_text: SPEC_TEXT, witness: { notice: { font_size_px: 12 }, optin: "none" } },
			"witness.notice.contrast_ratio",
		],
		[
			{ consent_text: SPEC_TEXT, witness: { notice: { font_size_px: 12, contrast_ratio: 30 }, optin: "none" } },
			"witness.notice.contrast_ratio",
		],
		[
			{ consent_text: SPEC_TEXT, witness: { notice: { font_size_px: 12, contrast_ratio: 5 }, optin: "maybe" } },
			"witness.optin",
		],
		[{ consent_text: "x".repeat(50_001) }, "consent_text"],
		[{ consent_text: SPEC_TEXT, state: "ZZ" }, "state"],
		[{ consent_text: SPEC_TEXT, state: "California" }, "state"],
		[{ consent_text: SPEC_TEXT, certificate_id: "EC-1" }, "certificate_id"],
	])("rejects %j naming %s", async (body, field) => {
		const actor = await signup();
		const res = await call("POST", `${RULES}/test`, { as: actor, body });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields.map((f: { field: string }) => f.field)).toContain(field);
	});
});

describe("OpenAPI document", () => {
	it("describes every consent-rule route under the Consent rules tag, with named schemas", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		const ops = [
			doc.paths[RULES].post,
			doc.paths[RULES].get,
			doc.paths[`${RULES}/test`].post,
			doc.paths[`${RULES}/{id}`].put,
			doc.paths[`${RULES}/{id}`].delete,
		];
		for (const op of ops) expect(op.tags).toEqual(["Consent rules"]);
		expect(Object.keys(doc.components.schemas)).toEqual(
			expect.arrayContaining(["ConsentRule", "ConsentRuleInput", "ComplianceResult"]),
		);
	});
});

describe("bad rule input answers 400 naming the field and stores nothing", () => {
	const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Clause number ${i + 1} applies.`).join(" ");
	const phrases = (n: number) => Array.from({ length: n }, (_, i) => `phrase ${i + 1}`);

	const cases: [string, Record<string, unknown>, string][] = [
		["a whitespace-only required phrase", { ...SPEC_RULE, required_phrases: ["a", "b", "   "] }, "required_phrases[2]"],
		["an empty required phrase", { ...SPEC_RULE, required_phrases: [""] }, "required_phrases[0]"],
		["a punctuation-only required phrase", { ...SPEC_RULE, required_phrases: ["ok", "..."] }, "required_phrases[1]"],
		["an empty forbidden phrase", { ...SPEC_RULE, forbidden_phrases: ["ok", " "] }, "forbidden_phrases[1]"],
		["201 required phrases", { ...SPEC_RULE, required_phrases: phrases(201) }, "required_phrases"],
		["201 forbidden phrases", { ...SPEC_RULE, forbidden_phrases: phrases(201) }, "forbidden_phrases"],
		["a consent text of 201 sentences", { rule_name: "r", consent_text: sentences(201), mode: "warn" }, "consent_text"],
		[
			"explicit phrases and sentences adding up to 201",
			{ rule_name: "r", required_phrases: phrases(150), consent_text: sentences(51), mode: "warn" },
			"consent_text",
		],
		[
			"a required phrase over 1,000 characters",
			{ ...SPEC_RULE, required_phrases: ["x".repeat(1001)] },
			"required_phrases[0]",
		],
		[
			"a forbidden phrase over 1,000 characters",
			{ ...SPEC_RULE, forbidden_phrases: ["x".repeat(1001)] },
			"forbidden_phrases[0]",
		],
		[
			"a sentence over 1,000 characters",
			{ rule_name: "r", consent_text: `${"word ".repeat(250)}end.`, mode: "warn" },
			"consent_text",
		],
		["an unknown mode", { ...SPEC_RULE, mode: "block" }, "mode"],
		["a missing mode", { rule_name: "r", required_phrases: ["x"] }, "mode"],
		["an unknown state code", { ...SPEC_RULE, states: ["ZZ"] }, "states[0]"],
		["a state name instead of a code", { ...SPEC_RULE, states: ["CA", "California"] }, "states[1]"],
		["neither phrases nor consent text", { rule_name: "r", mode: "warn" }, "required_phrases"],
		[
			"an empty phrase list and no consent text",
			{ rule_name: "r", required_phrases: [], mode: "warn" },
			"required_phrases",
		],
		["consent text with no sentence in it", { rule_name: "r", consent_text: "   ", mode: "warn" }, "consent_text"],
		["a blank rule name", { ...SPEC_RULE, rule_name: "   " }, "rule_name"],
		["a rule name over 200 characters", { ...SPEC_RULE, rule_name: "n".repeat(201) }, "rule_name"],
		["a missing rule name", { required_phrases: ["x"], mode: "warn" }, "rule_name"],
		["phrases that are not strings", { ...SPEC_RULE, required_phrases: ["ok", 7] }, "required_phrases[1]"],
		["an unknown field", { ...SPEC_RULE, priority: 1 }, "priority"],
		["a contrast ratio above 21", { ...SPEC_RULE, min_contrast_ratio: 22 }, "min_contrast_ratio"],
		["a contrast ratio below 1", { ...SPEC_RULE, min_contrast_ratio: 0.5 }, "min_contrast_ratio"],
		["a font size of zero", { ...SPEC_RULE, min_font_size_px: 0 }, "min_font_size_px"],
		["a font size as text", { ...SPEC_RULE, min_font_size_px: "12px" }, "min_font_size_px"],
		["require_witnessed as text", { ...SPEC_RULE, require_witnessed: "yes" }, "require_witnessed"],
		[
			"only forbid_prechecked_optin: false and no phrase",
			{ rule_name: "r", mode: "warn", forbid_prechecked_optin: false },
			"required_phrases",
		],
	];

	it.each(cases)("POST with %s", async (_name, body, field) => {
		const actor = await signup();
		const res = await call("POST", RULES, { as: actor, body });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields.map((f: { field: string }) => f.field)).toContain(field);
		expect(await listRules(actor)).toEqual([]);
	});

	it.each(cases)("PUT with %s leaves the rule as it was", async (_name, body, field) => {
		const actor = await signup();
		const rule = await createRule(actor);
		const res = await call("PUT", `${RULES}/${rule.id}`, { as: actor, body });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields.map((f: { field: string }) => f.field)).toContain(field);
		expect(await listRules(actor)).toEqual([rule]);
	});

	it("accepts exactly 200 phrases, and phrases of exactly 1,000 characters", async () => {
		const actor = await signup();
		const longest = "x".repeat(1000);
		const rule = await createRule(actor, {
			...SPEC_RULE,
			required_phrases: [...phrases(199), longest],
			forbidden_phrases: [...phrases(199).map((p) => `not ${p}`), longest.replaceAll("x", "y")],
		});
		expect(rule.required_phrases).toHaveLength(200);
		expect(rule.forbidden_phrases).toHaveLength(200);
	});

	it("answers MALFORMED_JSON for a body that is not JSON", async () => {
		const actor = await signup();
		for (const [method, path] of [
			["POST", RULES],
			["POST", `${RULES}/test`],
		] as const) {
			const res = await call(method, path, {
				as: actor,
				rawBody: '{"rule_name": "r",',
				headers: { "content-type": "application/json" },
			});
			expect(res.status).toBe(400);
			expect(res.json.error.code).toBe("MALFORMED_JSON");
		}
		const rule = await createRule(actor);
		const put = await call("PUT", `${RULES}/${rule.id}`, {
			as: actor,
			rawBody: "not json",
			headers: { "content-type": "application/json" },
		});
		expect(put.status).toBe(400);
		expect(put.json.error.code).toBe("MALFORMED_JSON");
		expect(await listRules(actor)).toEqual([rule]);
	});
});
