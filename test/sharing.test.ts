import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LEDGERS_PER_PUBLISHER } from "../src/ledger/ledger";
import {
	type Actor,
	type CallResult,
	call,
	captureCertificate,
	createProperty,
	SAME_ORIGIN,
	seedCertificates,
	signup,
} from "./helpers";
import { allRows, certificateD1, shardsOf } from "./shard-databases";

async function publisherWithCertificate(overrides: Record<string, unknown> = {}) {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, "forms.leadgen.com");
	const certificate = await captureCertificate(publisher, property.id, overrides);
	return { publisher, property, certificate };
}

async function share(publisher: Actor, certificateId: string, target?: string) {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: target ? { target_company_id: target } : {},
	});
	expect(res.status).toBe(201);
	return res.json as { claim_token: string; claim_url: string; expires_at: string };
}

const tokenPath = (token: string) => `/certificate-sharing/certificates/claim/${token}`;

async function auditTypes(certificateId: string) {
	const rows = await certificateD1(certificateId)
		.prepare("SELECT event_type FROM audit_events WHERE certificate_id = ? ORDER BY seq")
		.bind(certificateId)
		.all<{ event_type: string }>();
	return rows.results.map((r) => r.event_type);
}

afterEach(() => {
	vi.useRealTimers();
});

describe("share", () => {
	it("mints an open token, stores only its hash, and audits the share by token id", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const res = await call("POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
			as: publisher,
			body: {},
		});
		expect(res.status).toBe(201);
		expect(Object.keys(res.json).sort()).toEqual(["claim_token", "claim_url", "expires_at"]);
		expect(res.json.claim_token).toMatch(/^clm_[0-9a-f]{52}$/);
		expect(res.json.claim_url).toBe(`https://api.test/certificate-sharing/certificates/claim/${res.json.claim_token}`);
		const days = (Date.parse(res.json.expires_at) - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(89.99);
		expect(days).toBeLessThanOrEqual(90);

		const dump = JSON.stringify([
			...(await allRows("SELECT * FROM claim_tokens")),
			...(await allRows("SELECT * FROM audit_events")),
		]);
		expect(dump).not.toContain(res.json.claim_token);
		expect(dump).not.toContain(res.json.claim_token.slice(4));
		expect(await auditTypes(certificate.certificate_id)).toEqual(["created", "signed", "shared"]);
		const shared = await certificateD1(certificate.certificate_id)
			.prepare("SELECT details FROM audit_events WHERE certificate_id = ? AND event_type = 'shared'")
			.bind(certificate.certificate_id)
			.first<{ details: string }>();
		expect(JSON.parse(shared!.details)).toMatchObject({
			claim_token_id: expect.stringMatching(/^[0-9a-f]{24}$/),
			target_company_id: null,
		});
	});

	it("mints a new token on every share", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const a = await share(publisher, certificate.certificate_id);
		const b = await share(publisher, certificate.certificate_id);
		expect(a.claim_token).not.toBe(b.claim_token);
	});

	it("refuses another company's certificate, an unknown target and sharing with oneself", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const other = await signup();
		const foreign = await call("POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
			as: other,
			body: {},
		});
		expect(foreign.status).toBe(404);
		const unknownTarget = await call("POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: "0123456789abcdef01234567" },
		});
		expect(unknownTarget.status).toBe(404);
		const self = await call("POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: publisher.company.id },
		});
		expect(self.status).toBe(400);
		const bad = await call("POST", `/certificate-sharing/certificates/${certificate.certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: "nope" },
		});
		expect(bad.status).toBe(400);
		expect(bad.json.error.fields[0].field).toBe("target_company_id");
		expect(await auditTypes(certificate.certificate_id)).toEqual(["created", "signed"]);
	});

	it("uses the configured public base URL for claim links", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const original = env.PUBLIC_BASE_URL;
		(env as { PUBLIC_BASE_URL: string }).PUBLIC_BASE_URL = "https://app.econsent.org/";
		try {
			const res = await share(publisher, certificate.certificate_id);
			expect(res.claim_url).toBe(`https://app.econsent.org/certificate-sharing/certificates/claim/${res.claim_token}`);
		} finally {
			(env as { PUBLIC_BASE_URL: string }).PUBLIC_BASE_URL = original;
		}
	});
});

describe("batch share", () => {
	it("shares many certificates in input order, one result per id: one read, then one write per ledger", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const ids: string[] = [];
		for (let i = 0; i < 5; i++) ids.push((await captureCertificate(publisher, property.id)).certificate_id);
		const res = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: ids },
		});
		expect(res.status).toBe(200);
		expect(res.json.results.map((r: { index: number; ok: boolean }) => [r.index, r.ok])).toEqual(
			ids.map((_, i) => [i, true]),
		);
		expect(res.json.results.map((r: { certificate_id: string }) => r.certificate_id)).toEqual(ids);
		const ledgerCalls = Number(res.headers.get("x-durable-object-calls"));
		expect(ledgerCalls).toBeGreaterThanOrEqual(1);
		expect(ledgerCalls).toBeLessThanOrEqual(Math.min(ids.length, LEDGERS_PER_PUBLISHER));
		// The directory (authentication, the target) and each shard the certificates are on, in parallel; then the
		// ledgers' writes.
		expect(res.roundTrips).toBe(1 + shardsOf(ids) + ledgerCalls);

		const other = await signup();
		const foreign = (await captureCertificate(other, (await createProperty(other)).id)).certificate_id;
		const before = (await allRows<{ n: number }>("SELECT count(*) AS n FROM claim_tokens")).reduce(
			(a, r) => a + r.n,
			0,
		);
		const mixed = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: [foreign, ids[0], "EC-nope", ids[1]] },
		});
		// The ids that are not the caller's fail on their own; the others are shared.
		expect(mixed.status).toBe(200);
		const notFound = { code: "NOT_FOUND", message: "Certificate not found" };
		expect(mixed.json.results).toEqual([
			{ index: 0, ok: false, error: notFound },
			expect.objectContaining({ index: 1, ok: true, certificate_id: ids[0] }),
			{ index: 2, ok: false, error: notFound },
			expect.objectContaining({ index: 3, ok: true, certificate_id: ids[1] }),
		]);
		const token = mixed.json.results[1].claim_token;
		expect(mixed.json.results[1].claim_url).toContain(token);
		expect((await allRows<{ n: number }>("SELECT count(*) AS n FROM claim_tokens")).reduce((a, r) => a + r.n, 0)).toBe(
			before + 2,
		);
		// The foreign certificate got no token.
		const foreignTokens = await allRows<{ n: number }>(
			"SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?",
			foreign,
		);
		expect(foreignTokens.reduce((a, r) => a + r.n, 0)).toBe(0);
		const buyer = await signup();
		expect((await call("POST", `/certificate-sharing/certificates/claim/${token}`, { as: buyer })).status).toBe(200);

		// Only the request as a whole fails it all: an unknown target, or the caller itself.
		const unknownTarget = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: [ids[0], foreign], target_company_id: "0123456789abcdef01234567" },
		});
		expect(unknownTarget.status).toBe(404);
		expect(unknownTarget.json.error.message).toBe("Target company not found");
		const itself = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: [foreign], target_company_id: publisher.company.id },
		});
		expect(itself.status).toBe(400);
	});

	it("shares 1,000 certificates with one read and at most one D1 write per ledger", { tags: ["stress"] }, async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const ids = await seedCertificates(publisher.company.id, property.id, 1000);
		const buyer = await signup();
		const res = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: ids, target_company_id: buyer.company.id },
		});
		expect(res.status).toBe(200);
		expect(res.json.results).toHaveLength(1000);
		expect(res.json.results[999]).toMatchObject({ index: 999, ok: true, certificate_id: ids[999] });
		// A publisher's certificates have LEDGERS_PER_PUBLISHER ledgers on each shard.
		const ledgers = LEDGERS_PER_PUBLISHER * shardsOf(ids);
		expect(Number(res.headers.get("x-durable-object-calls"))).toBe(ledgers);
		expect(res.roundTrips).toBe(1 + shardsOf(ids) + ledgers);
		const inbox = await call("GET", "/certificate-sharing/partner-certificates?page=1&limit=1", { as: buyer });
		expect(inbox.json.total).toBe(1000);
	});

	it("refuses more than 1,000 ids and an empty list", async () => {
		const publisher = await signup();
		const tooMany = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: Array.from({ length: 1001 }, (_, i) => `EC-${i}`) },
		});
		expect(tooMany.status).toBe(400);
		expect(tooMany.json.error.fields[0].field).toBe("certificate_ids");
		const empty = await call("POST", "/certificate-sharing/certificates/batch-share", {
			as: publisher,
			body: { certificate_ids: [] },
		});
		expect(empty.status).toBe(400);
	});
});

describe("claim summary", () => {
	it("shows the seed's fields without personal data, in 1 D1 round trip, with token-safe headers", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const { claim_token, expires_at } = await share(publisher, certificate.certificate_id);
		const res = await call("GET", tokenPath(claim_token));
		expect(res.status).toBe(200);
		expect(res.json).toEqual({
			certificate_id: certificate.certificate_id,
			publisher_name: "LeadGen Co",
			property_domain: "forms.leadgen.com",
			consent_captured_at: "2026-04-17T11:00:00.000Z",
			has_recording: true,
			// Captured through the API: the publisher's server asserted it.
			source: "asserted",
			signals: null,
			status: "pending",
			expires_at,
			// Consent not revoked (see test/revocations/).
			revoked_at: null,
		});
		expect(res.text).not.toMatch(/203\.0\.113|Mozilla|Acme Insurance|sha256/);
		expect(res.roundTrips).toBe(1);
		expect(res.headers.get("referrer-policy")).toBe("no-referrer");
		expect(res.headers.get("cache-control")).toBe("no-store");
	});

	it("answers 404 for unknown and malformed tokens", async () => {
		expect((await call("GET", tokenPath(`clm_${"0".repeat(48)}`))).status).toBe(404);
		const malformed = await call("GET", tokenPath("clm_xyz"));
		expect(malformed.status).toBe(404);
		expect(malformed.json.error.code).toBe("NOT_FOUND");
		expect(malformed.roundTrips).toBe(0);
	});

	it("renders an HTML page with a Claim button, a strict CSP and nothing from other origins", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const { claim_token } = await share(publisher, certificate.certificate_id);
		const res = await call("GET", tokenPath(claim_token), { headers: { accept: "text/html,application/xhtml+xml" } });
		expect(res.status).toBe(200);
		expect(res.headers.get("content-type")).toContain("text/html");
		expect(res.text).toContain(certificate.certificate_id);
		expect(res.text).toMatch(new RegExp(`<form method="post" action="${tokenPath(claim_token)}">`));
		expect(res.text).not.toMatch(/https?:\/\//);
		const csp = res.headers.get("content-security-policy") ?? "";
		expect(csp).toContain("default-src 'none'");
		expect(csp).toContain("form-action 'self'");
		expect(csp).not.toContain("unsafe-inline");
		expect(res.headers.get("referrer-policy")).toBe("no-referrer");
		expect(res.headers.get("cache-control")).toBe("no-store");
	});
});

describe("claim", () => {
	it("claims an open token: seed response shape, audit events, 1 D1 read and 1 ledger call that writes once", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const buyer = await signup("Acme Insurance");
		await call("POST", "/certificate-sharing/consent-rules", {
			as: buyer,
			body: {
				rule_name: "TCPA Express Consent",
				required_phrases: ["Acme Insurance", "autodialer", "consent is not required as a condition of purchase"],
				mode: "warn",
			},
		});
		const { claim_token } = await share(publisher, certificate.certificate_id);
		const res = await call("POST", tokenPath(claim_token), {
			as: buyer,
			headers: { "cf-connecting-ip": "192.0.2.55" },
		});
		expect(res.status).toBe(200);
		expect(res.json).toEqual({
			claim_id: expect.any(Number),
			certificate_id: certificate.certificate_id,
			status: "claimed",
			claimed_at: expect.any(String),
			compliance: expect.objectContaining({ score: 100, matched: expect.any(Array), missing: [], status: "pass" }),
			lead_match: { email: "not_provided", phone: "not_provided" },
		});
		expect(res.json.compliance).not.toHaveProperty("lead_match");
		// The directory (authentication, the buyer's rules) and the certificate's shard in parallel, then the ledger.
		expect(res.roundTrips).toBe(3);
		expect(res.headers.get("x-durable-object-calls")).toBe("1");
		expect(await auditTypes(certificate.certificate_id)).toEqual([
			"created",
			"signed",
			"shared",
			"claimed",
			"compliance_checked",
		]);
		const claimed = await certificateD1(certificate.certificate_id)
			.prepare(
				"SELECT actor_company_id, ip, details FROM audit_events WHERE certificate_id = ? AND event_type = 'claimed'",
			)
			.bind(certificate.certificate_id)
			.first<{ actor_company_id: string; ip: string; details: string }>();
		expect(claimed).toMatchObject({ actor_company_id: buyer.company.id, ip: "192.0.2.55" });

		const summary = await call("GET", tokenPath(claim_token));
		expect(summary.json.status).toBe("claimed");
		const again = await call("POST", tokenPath(claim_token), { as: await signup() });
		expect(again.status).toBe(409);
		expect(again.json.error.code).toBe("ALREADY_CLAIMED");
	});

	it("flags a claim when a warn-mode rule fails, and rejects (spending the token) when a reject-mode rule fails", async () => {
		const { publisher, certificate } = await publisherWithCertificate({
			consent_text: "I agree that Acme Insurance may call me using an autodialer.",
		});
		const warnBuyer = await signup();
		await call("POST", "/certificate-sharing/consent-rules", {
			as: warnBuyer,
			body: {
				rule_name: "TCPA",
				required_phrases: ["Acme Insurance", "autodialer", "consent is not required as a condition of purchase"],
				mode: "warn",
			},
		});
		const warned = await call("POST", tokenPath((await share(publisher, certificate.certificate_id)).claim_token), {
			as: warnBuyer,
		});
		expect(warned.json).toMatchObject({
			status: "claimed",
			compliance: {
				score: 67,
				matched: ["Acme Insurance", "autodialer"],
				missing: ["consent is not required as a condition of purchase"],
				status: "warn",
			},
		});
		const flagged = await call("GET", "/certificate-sharing/partner-certificates?status=flagged", { as: warnBuyer });
		expect(flagged.json.data.map((d: { claim_id: number }) => d.claim_id)).toEqual([warned.json.claim_id]);

		const strictBuyer = await signup();
		await call("POST", "/certificate-sharing/consent-rules", {
			as: strictBuyer,
			body: { rule_name: "Strict", required_phrases: ["not a condition of purchase"], mode: "reject" },
		});
		const { claim_token } = await share(publisher, certificate.certificate_id);
		const rejected = await call("POST", tokenPath(claim_token), { as: strictBuyer });
		expect(rejected.status).toBe(200);
		expect(rejected.json.status).toBe("rejected");
		expect(rejected.json.compliance.status).toBe("reject");
		expect((await call("POST", tokenPath(claim_token), { as: strictBuyer })).status).toBe(409);
		const inbox = await call("GET", "/certificate-sharing/partner-certificates?status=rejected&page=1", {
			as: strictBuyer,
		});
		expect(inbox.json.total).toBe(1);
	});

	it("lets only the target claim a targeted token, never the publisher, never a read-only partner", async () => {
		const { publisher, property, certificate } = await publisherWithCertificate();
		const target = await signup();
		const stranger = await signup();
		const { claim_token } = await share(publisher, certificate.certificate_id, target.company.id);
		for (const who of [stranger, publisher]) {
			const res = await call("POST", tokenPath(claim_token), { as: who });
			expect(res.status).toBe(403);
			expect(res.json.error.code).toBe("FORBIDDEN");
		}
		const open = await share(publisher, certificate.certificate_id);
		expect((await call("POST", tokenPath(open.claim_token), { as: publisher })).status).toBe(403);

		const reader = await signup();
		const partnership = await call("POST", "/certificate-sharing/partners", {
			as: publisher,
			body: {
				property_id: property.id,
				partner_company_id: reader.company.id,
				access_level: "read",
				auto_share: false,
			},
		});
		expect(partnership.status).toBe(201);
		const readShare = await share(publisher, certificate.certificate_id, reader.company.id);
		expect((await call("POST", tokenPath(readShare.claim_token), { as: reader })).status).toBe(403);
		const readInbox = await call("GET", "/certificate-sharing/partner-certificates", { as: reader });
		expect(readInbox.json.data[0]).toMatchObject({ status: "pending", access_level: "read" });

		const ok = await call("POST", tokenPath(claim_token), { as: target });
		expect(ok.status).toBe(200);
	});

	it("answers 404 for unknown tokens, 401 without login", async () => {
		const buyer = await signup();
		expect((await call("POST", tokenPath(`clm_${"a".repeat(48)}`), { as: buyer })).status).toBe(404);
		expect((await call("POST", tokenPath("clm_short"), { as: buyer })).status).toBe(404);
		expect((await call("POST", tokenPath(`clm_${"a".repeat(48)}`))).status).toBe(401);
	});

	it("expires tokens after 90 days (checked before the ledger)", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const buyer = await signup();
		const { claim_token } = await share(publisher, certificate.certificate_id);
		// Sessions last 14 days; a server's API key still works 90 days on.
		const key = (await call("POST", "/auth/api-keys", { as: buyer, body: { name: "claims" } })).json.key;
		const buyerServer = { headers: { authorization: `Bearer ${key}` } };
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + 90 * 86_400_000 + 1000);
		const res = await call("POST", tokenPath(claim_token), { as: buyerServer });
		expect(res.status).toBe(410);
		expect(res.json.error.code).toBe("TOKEN_EXPIRED");
		expect((await call("GET", tokenPath(claim_token))).json.status).toBe("expired");
		vi.useRealTimers();
		expect((await call("POST", tokenPath(claim_token), { as: buyer })).status).toBe(200);
	});

	it("lets exactly one of 50 concurrent claims of one token succeed", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const buyers = await Promise.all(Array.from({ length: 5 }, () => signup()));
		const { claim_token } = await share(publisher, certificate.certificate_id);
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) => call("POST", tokenPath(claim_token), { as: buyers[i % 5] })),
		);
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(1);
		expect(statuses.filter((s) => s === 409)).toHaveLength(49);
		const claims = await certificateD1(certificate.certificate_id)
			.prepare("SELECT count(*) AS n FROM claims WHERE certificate_id = ?")
			.bind(certificate.certificate_id)
			.first<{ n: number }>();
		expect(claims?.n).toBe(1);
		expect((await auditTypes(certificate.certificate_id)).filter((t) => t === "claimed")).toHaveLength(1);
	});
});

describe("claim page in a browser", () => {
	it("sends a signed-out buyer to sign in and back, ready to claim, then claims with the button", async () => {
		const { publisher, certificate } = await publisherWithCertificate();
		const buyer = await signup();
		const { claim_token } = await share(publisher, certificate.certificate_id);
		const html = { accept: "text/html", "content-type": "application/x-www-form-urlencoded", ...SAME_ORIGIN };
		const back = `${tokenPath(claim_token)}?from=sign-in`;

		const signedOut = await call("POST", tokenPath(claim_token), { headers: html, rawBody: "" });
		expect(signedOut.status).toBe(303);
		const location = signedOut.headers.get("location") ?? "";
		expect(location).toBe(`/login?next=${encodeURIComponent(back)}`);

		const loginPage = await call("GET", location, { headers: { accept: "text/html" } });
		expect(loginPage.status).toBe(200);
		expect(loginPage.headers.get("referrer-policy")).toBe("no-referrer");
		expect(loginPage.text).toContain(`value="${back}"`);
		expect(loginPage.text).toContain("<h1>Sign in to claim this certificate from LeadGen Co</h1>");

		const form = new URLSearchParams({ email: buyer.user.email, password: "correct horse battery", next: back });
		const login = await call("POST", "/login", { headers: html, rawBody: form.toString() });
		expect(login.status).toBe(303);
		expect(login.headers.get("location")).toBe(back);
		const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;

		const ready = await call("GET", back, { headers: { accept: "text/html", cookie } });
		expect(ready.status).toBe(200);
		expect(ready.text).toContain("One step left");
		expect(ready.text.match(/<button/g)).toHaveLength(1);
		expect(ready.text).toContain("autofocus>Claim certificate</button>");

		const claimed = await call("POST", tokenPath(claim_token), { headers: { ...html, cookie }, rawBody: "" });
		expect(claimed.status).toBe(200);
		expect(claimed.text).toContain("Certificate claimed");
		expect(claimed.headers.get("content-security-policy")).toContain("default-src 'none'");
	});

	it("never redirects off-site after sign-in", async () => {
		const buyer = await signup();
		const html = { accept: "text/html", "content-type": "application/x-www-form-urlencoded", ...SAME_ORIGIN };
		for (const next of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
			const form = new URLSearchParams({ email: buyer.user.email, password: "correct horse battery", next });
			const login = await call("POST", "/login", { headers: html, rawBody: form.toString() });
			expect(login.headers.get("location")).toBe("/");
		}
		const wrong = new URLSearchParams({ email: buyer.user.email, password: "nope nope nope", next: "/x" });
		expect((await call("POST", "/login", { headers: html, rawBody: wrong.toString() })).status).toBe(401);
	});
});

describe("rate limits", () => {
	it("limits claim summaries per client IP with 429 and Retry-After", async () => {
		const statuses: number[] = [];
		let limited: CallResult | undefined;
		// The limiter counts in fixed 60-second windows: 130 requests could straddle two windows and stay under 120
		// in each, so keep going until one window is over (at most a little over two windows' worth).
		for (let i = 0; i < 250 && !limited; i++) {
			const res = await call("GET", tokenPath(`clm_${"0".repeat(48)}`), {
				headers: { "cf-connecting-ip": "198.51.100.99" },
			});
			statuses.push(res.status);
			if (res.status === 429) limited = res;
		}
		expect(limited?.status).toBe(429);
		expect(limited?.json.error.code).toBe("RATE_LIMITED");
		expect(limited?.headers.get("retry-after")).toBe("60");
		expect(statuses.filter((s) => s === 404).length).toBeGreaterThanOrEqual(100);
		const otherClient = await call("GET", tokenPath(`clm_${"0".repeat(48)}`), {
			headers: { "cf-connecting-ip": "198.51.100.100" },
		});
		expect(otherClient.status).toBe(404);
	});
});
