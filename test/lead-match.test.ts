import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commitLeadContact, leadCommitment, matchLead, type StoredLead } from "../src/certificates/lead-commitments";
import { hashLeadContact, type LeadContact, normaliseEmail, normalisePhone } from "../src/certificates/record";
import { evaluateConsent } from "../src/compliance";
import { dataKeyRing } from "../src/lib/sealed";
import { type Actor, call, captureCertificate, createProperty, SAMPLE_CONSENT, signup } from "./helpers";
import { allRows, certificateD1, claimD1 } from "./shard-databases";

const RULES = "/certificate-sharing/consent-rules";

async function sharedCertificate(
	lead: Record<string, string> | null = { email: "Jane@Example.com", phone: "(555) 010-0000" },
) {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const certificate = await captureCertificate(publisher, property.id, lead ? { lead } : { lead: undefined });
	const share = await call("POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
		as: publisher,
		body: {},
	});
	return { publisher, certificate, token: share.json.claim_token as string };
}

const claim = (buyer: Actor, token: string, lead?: Record<string, string>) =>
	call("POST", `/certificate-sharing/certificates/claim/${token}`, {
		as: buyer,
		...(lead ? { body: { lead } } : {}),
	});

async function buyerWithRule(mode: "warn" | "reject") {
	const buyer = await signup("Buyer Co");
	const rule = await call("POST", RULES, {
		as: buyer,
		body: { rule_name: "Same lead", mode, require_lead_match: true },
	});
	expect(rule.status).toBe(201);
	expect(rule.json).toMatchObject({ required_phrases: [], require_lead_match: true });
	return buyer;
}

// Ten digits of a US number, written the many ways people and systems write them.
const usNumber = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }).map((d) => d.join(""));
const sep = fc.constantFrom("", " ", "-", ".");
const formatted = (digits: string) =>
	fc
		.record({ prefix: fc.constantFrom("", "+1", "1", "+1 ", "1-"), paren: fc.boolean(), a: sep, b: sep })
		.map(({ prefix, paren, a, b }) => {
			const area = paren ? `(${digits.slice(0, 3)})` : digits.slice(0, 3);
			return `${prefix}${area}${a}${digits.slice(3, 6)}${b}${digits.slice(6)}`;
		});
const randomCase = (s: string) =>
	fc
		.array(fc.boolean(), { minLength: s.length, maxLength: s.length })
		.map((up) => [...s].map((ch, i) => (up[i] ? ch.toUpperCase() : ch.toLowerCase())).join(""));

const keys = () => dataKeyRing(env);

/** A certificate's stored lead in either form: salted (since salted leads) or plain hashes (captured before). */
const FORMS = {
	salted: async (lead: LeadContact): Promise<StoredLead> => ({
		id: "EC-lead-match",
		...(await commitLeadContact(await keys(), "EC-lead-match", lead)),
	}),
	"plain-hash": async (lead: LeadContact): Promise<StoredLead> => ({
		id: "EC-lead-match",
		...(await hashLeadContact(lead)),
		leadEmailCommitment: null,
		leadPhoneCommitment: null,
		leadSalts: null,
	}),
};

for (const [form, stored] of Object.entries(FORMS))
	describe(`lead normalisation (${form} form)`, () => {
		const matchLead_ = async (given: LeadContact | undefined, lead: StoredLead) => matchLead(given, lead, await keys());
		it("matches any formatting of the same US phone number, with or without +1", async () => {
			await fc.assert(
				fc.asyncProperty(
					usNumber.chain((digits) => fc.tuple(fc.constant(digits), formatted(digits), formatted(digits))),
					async ([, captured, given]) => {
						const lead = await stored({ phone: captured });
						expect((await matchLead_({ phone: given }, lead)).phone).toBe("match");
					},
				),
				{ numRuns: 200 },
			);
		});

		it("matches any letter case and surrounding spaces of the same email, and tells another apart", async () => {
			await fc.assert(
				fc.asyncProperty(
					fc
						.emailAddress()
						.chain((email) => fc.tuple(fc.constant(email), randomCase(email), fc.constantFrom("", " ", "\t"))),
					async ([email, cased, pad]) => {
						const lead = await stored({ email: `${pad}${email}${pad}` });
						expect((await matchLead_({ email: cased }, lead)).email).toBe("match");
						expect((await matchLead_({ email: `x${email}` }, lead)).email).toBe("mismatch");
					},
				),
				{ numRuns: 100 },
			);
		});

		it("tells a different number apart, and says what was not provided or not captured", async () => {
			const lead = await stored({ phone: "555 010 0000" });
			expect(await matchLead_({ phone: "+1 555 010 0001", email: "a@b.example" }, lead)).toEqual({
				phone: "mismatch",
				email: "not_captured",
			});
			expect(await matchLead_(undefined, lead)).toEqual({ phone: "not_provided", email: "not_provided" });
		});
	});

describe("require_lead_match in the engine", () => {
	const rule = { id: 1, rule_name: "Same lead", required_phrases: [], forbidden_phrases: [], states: [] };
	it("passes only when a given field matches and none mismatches, in the rule's mode", () => {
		const cases = [
			[{ email: "match", phone: "not_provided" }, true],
			[{ email: "match", phone: "mismatch" }, false],
			[{ email: "not_provided", phone: "not_captured" }, false],
			[undefined, false],
		] as const;
		for (const [match, passes] of cases) {
			const result = evaluateConsent(
				SAMPLE_CONSENT,
				"FL",
				[{ ...rule, mode: "reject", require_lead_match: true }],
				match,
			);
			expect(result.status).toBe(passes ? "pass" : "reject");
			expect(result.rules[0]).toMatchObject({ passed: passes, lead_match: passes ? "passed" : "failed" });
			const warn = evaluateConsent(SAMPLE_CONSENT, "FL", [{ ...rule, mode: "warn", require_lead_match: true }], match);
			expect(warn.status).toBe(passes ? "pass" : "warn");
		}
		// A rule without the requirement ignores the lead entirely.
		const plain = evaluateConsent(SAMPLE_CONSENT, "FL", [{ ...rule, required_phrases: ["Acme"], mode: "reject" }], {
			email: "mismatch",
			phone: "mismatch",
		});
		expect(plain.status).toBe("pass");
		expect(plain.rules[0]).not.toHaveProperty("lead_match");
	});
});

describe("claiming with a lead", () => {
	it("reports the match, records it in compliance_checked, keeps no value in clear, and still verifies", async () => {
		const { certificate, token } = await sharedCertificate();
		const buyer = await signup("Buyer Co");
		const res = await claim(buyer, token, { email: "JANE@example.com", phone: "+1-555-010-0000" });
		expect(res.status).toBe(200);
		expect(res.json.lead_match).toEqual({ email: "match", phone: "match" });
		expect(res.json.compliance.lead_match).toEqual({ email: "match", phone: "match" });
		const event = await certificateD1(certificate.certificate_id)
			.prepare("SELECT details FROM audit_events WHERE certificate_id = ? AND event_type = 'compliance_checked'")
			.bind(certificate.certificate_id)
			.first<{ details: string }>();
		expect(JSON.parse(event!.details).lead_match).toEqual({ email: "match", phone: "match" });
		const dump = JSON.stringify([await allRows("SELECT * FROM claims"), await allRows("SELECT * FROM audit_events")]);
		expect(dump.toLowerCase()).not.toContain("jane@example.com");
		const verify = await call("GET", `/certificate-sharing/partner-certificates/${res.json.claim_id}/verify`, {
			as: buyer,
		});
		expect(verify.status).toBe(200);
		expect(verify.json.valid).toBe(true);
	});

	it("rejects under a reject-mode require_lead_match rule when the lead mismatches, naming the rule", async () => {
		const { token } = await sharedCertificate();
		const buyer = await buyerWithRule("reject");
		const res = await claim(buyer, token, { phone: "555-010-9999" });
		expect(res.status).toBe(200);
		expect(res.json.status).toBe("rejected");
		expect(res.json.compliance.status).toBe("reject");
		const stored = await claimD1(res.json.claim_id)
			.prepare("SELECT compliance FROM claims WHERE id = ?")
			.bind(res.json.claim_id)
			.first<{ compliance: string }>();
		expect(JSON.parse(stored!.compliance).rules[0]).toMatchObject({
			rule_name: "Same lead",
			passed: false,
			lead_match: "failed",
		});
	});

	it("flags under a warn-mode rule when nothing was provided, and passes when the lead matches", async () => {
		const buyer = await buyerWithRule("warn");
		const none = await claim(buyer, (await sharedCertificate()).token);
		expect(none.json).toMatchObject({ status: "claimed", compliance: { status: "warn" } });
		expect(none.json.lead_match).toEqual({ email: "not_provided", phone: "not_provided" });
		const uncaptured = await claim(buyer, (await sharedCertificate(null)).token, { email: "jane@example.com" });
		expect(uncaptured.json.compliance.status).toBe("warn");
		expect(uncaptured.json.lead_match).toEqual({ email: "not_captured", phone: "not_provided" });
		const matching = await claim(buyer, (await sharedCertificate()).token, { email: "jane@example.com" });
		expect(matching.json.compliance.status).toBe("pass");
	});

	it("refuses a malformed lead with 400 and spends nothing", async () => {
		const { token } = await sharedCertificate();
		const buyer = await signup();
		const res = await claim(buyer, token, { phone: "call me maybe" });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect((await claim(buyer, token)).status).toBe(200);
	});
});

// The comparison ignores spaces and capitals, so validation must too: the same lead, written either way, is
// accepted wherever a lead is sent and matches the one captured.
describe("a lead is normalised before it is checked", () => {
	const SPACED = { email: " Jane.Doe@Example.COM ", phone: " (555) 010-0000 " };
	const PLAIN = { email: "jane.doe@example.com", phone: "+1 555 010 0000" };
	const MATCH = { email: "match", phone: "match" };

	const pairs: [Record<string, string>, Record<string, string>][] = [
		[SPACED, PLAIN],
		[PLAIN, SPACED],
	];
	for (const [captured, given] of pairs) {
		it(`captured as ${JSON.stringify(captured.email)}, matches ${JSON.stringify(given.email)} at claim, batch claim and batch verify`, async () => {
			const first = await sharedCertificate(captured);
			// The commitments open with the salts given to the publisher and the lead written either way.
			const salts = first.certificate.lead_salts;
			expect(first.certificate.lead).toEqual({
				email_commitment: await leadCommitment(salts.email, normaliseEmail(given.email as string)),
				phone_commitment: await leadCommitment(salts.phone, normalisePhone(given.phone as string)),
			});
			const buyer = await signup("Buyer Co");
			const verify = await call("POST", "/certificate-sharing/certificates/batch-verify", {
				as: buyer,
				body: { items: [{ token: first.token, lead: given }] },
			});
			expect(verify.status).toBe(200);
			expect(verify.json.results[0].lead_match).toEqual(MATCH);
			const single = await claim(buyer, first.token, given);
			expect(single.status).toBe(200);
			expect(single.json.lead_match).toEqual(MATCH);
			const second = await sharedCertificate(captured);
			const batch = await call("POST", "/certificate-sharing/certificates/batch-claim", {
				as: buyer,
				body: { claims: [{ token: second.token, lead: given }] },
			});
			expect(batch.status).toBe(200);
			expect(batch.json.results[0]).toMatchObject({ ok: true, lead_match: MATCH });
		});
	}

	it("still refuses what is not an email or a phone once trimmed, naming the field", async () => {
		const { publisher, token } = await sharedCertificate();
		const property = await createProperty(publisher);
		const capture = await call("POST", "/certificates", {
			as: publisher,
			body: {
				property_id: property.id,
				consent_text: SAMPLE_CONSENT,
				page_url: "https://forms.leadgen.example/quote",
				lead: { email: "  Jane Doe@Example.COM  " },
			},
		});
		expect(capture.status).toBe(400);
		expect(capture.json.error.fields).toEqual([{ field: "lead.email", message: expect.any(String) }]);
		const buyer = await signup("Buyer Co");
		const single = await claim(buyer, token, { email: "   ", phone: "(555) 010-0000" });
		expect(single.status).toBe(400);
		expect(single.json.error.fields).toEqual([{ field: "lead.email", message: expect.any(String) }]);
		const batch = await call("POST", "/certificate-sharing/certificates/batch-claim", {
			as: buyer,
			body: { claims: [{ token, lead: { phone: " call me maybe " } }] },
		});
		expect(batch.status).toBe(400);
		expect(batch.json.error.fields).toEqual([{ field: "claims[0].lead.phone", message: expect.any(String) }]);
		const verify = await call("POST", "/certificate-sharing/certificates/batch-verify", {
			as: buyer,
			body: { items: [{ token, lead: { email: 42 } }] },
		});
		expect(verify.status).toBe(400);
		expect(verify.json.error.fields).toEqual([{ field: "items[0].lead.email", message: expect.any(String) }]);
		// Nothing was spent by the refusals.
		expect((await claim(buyer, token, { email: " JANE@example.com " })).json.lead_match.email).toBe("match");
	});
});
