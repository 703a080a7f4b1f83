// What an integrating team does, through the typed client only, against the API under `wrangler dev` (the e2e
// suite's server): publisher and buyer accounts with API keys, a webhook endpoint, capture, a partnership, a share and
// a batch share, batch verify, a claim and a batch claim, the inbox walked by cursor, evidence and its bundle, the
// signed certificate.claimed received by a Node server and verified, and a share job with its results. Written with no
// type assertion, non-null assertion or `any`: every value is read through the types generated from /openapi.json,
// so a document that stops describing an answer breaks this file's typecheck (npm run typecheck) or its run.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { signUpAddress } from "../../../e2e/http-client";
import {
	createEconsentClient,
	type EconsentClient,
	eachItem,
	eachJobResult,
	idempotencyKey,
	ok,
	sessionCookieOf,
	verifyWebhook,
	type WebhookPayload,
	wasReplayed,
} from "../src/index";

interface Delivery {
	headers: IncomingHttpHeaders;
	body: string;
}

const deliveries: Delivery[] = [];
let receiver: Server;
let receiverUrl = "";

beforeAll(async () => {
	receiver = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (chunk: Buffer) => chunks.push(chunk));
		req.on("end", () => {
			deliveries.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
			res.writeHead(204).end();
		});
	});
	await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
	const address = receiver.address();
	if (address === null || typeof address === "string") throw new Error("the receiver has no port");
	receiverUrl = `http://127.0.0.1:${address.port}/hooks/econsent`;
});

afterAll(async () => {
	await new Promise((resolve) => receiver.close(resolve));
});

const baseUrl = () => inject("baseUrl");

/** A new company whose API key (every scope) the rest of the flow uses; the session only makes the key. */
async function integrator(companyName: string): Promise<{ client: EconsentClient; companyId: string }> {
	const signedUp = await createEconsentClient({ baseUrl: baseUrl() }).POST("/auth/signup", {
		body: {
			company_name: companyName,
			email: `client-${randomBytes(6).toString("hex")}@example.com`,
			password: `pw-${randomBytes(12).toString("hex")}`,
		},
		// Many sign-ups in one run: an address of their own each (the service limits sign-ups per address).
		headers: { "cf-connecting-ip": signUpAddress() },
	});
	const account = ok(signedUp);
	const session = createEconsentClient({ baseUrl: baseUrl(), sessionCookie: sessionCookieOf(signedUp.response) });
	const key = ok(await session.POST("/auth/api-keys", { body: { name: `${companyName} server` } }));
	return { client: createEconsentClient({ baseUrl: baseUrl(), apiKey: key.key }), companyId: account.company.id };
}

describe("the typed client", () => {
	it("runs an integrator's whole flow with typed answers", async () => {
		const publisher = await integrator("Client LeadGen");
		const buyer = await integrator("Client Buyer");

		const endpoint = ok(
			await publisher.client.POST("/webhooks", {
				params: { header: idempotencyKey() },
				body: { url: receiverUrl, events: ["certificate.claimed"] },
			}),
		);
		const property = ok(
			await publisher.client.POST("/properties", {
				params: { header: idempotencyKey() },
				body: { domain: "forms.client.example" },
			}),
		);

		// Capture with a key, and the retry of a lost answer: the same certificate, marked as a replay.
		const captureKey = idempotencyKey();
		const capture = () =>
			publisher.client.POST("/certificates", {
				params: { header: captureKey },
				body: {
					property_id: property.id,
					consent_text: "I agree that Client Buyer may call me, including by autodialer.",
					page_url: "https://forms.client.example/quote",
					lead: { email: "jane@example.com" },
				},
			});
		const first = ok(await capture());
		const retried = await capture();
		expect(ok(retried).certificate_id).toBe(first.certificate_id);
		expect(wasReplayed(retried.response)).toBe(true);
		const others = [];
		for (const page_url of ["https://forms.client.example/a", "https://forms.client.example/b"]) {
			const captured = ok(
				await publisher.client.POST("/certificates", {
					body: { property_id: property.id, consent_text: "I agree.", page_url },
				}),
			);
			others.push(captured.certificate_id);
		}

		// access_level and auto_share have defaults: the input type lets them out.
		const partner = ok(
			await publisher.client.POST("/certificate-sharing/partners", {
				body: { property_id: property.id, partner_company_id: buyer.companyId },
			}),
		);
		expect(partner).toMatchObject({ access_level: "claim", auto_share: false, status: "active" });

		const shared = ok(
			await publisher.client.POST("/certificate-sharing/certificates/{certificateId}/share", {
				params: { path: { certificateId: first.certificate_id }, header: idempotencyKey() },
				body: { target_company_id: buyer.companyId },
			}),
		);
		const batchShared = ok(
			await publisher.client.POST("/certificate-sharing/certificates/batch-share", {
				params: { header: idempotencyKey() },
				body: { certificate_ids: [...others, "EC-not-a-certificate"], target_company_id: buyer.companyId },
			}),
		);
		const batchTokens: string[] = [];
		for (const item of batchShared.results) {
			if (item.ok) batchTokens.push(item.claim_token);
			else expect(item.error.code).toBe("NOT_FOUND");
		}
		expect(batchTokens).toHaveLength(2);

		// Whoever holds the link sees the summary, without credentials (a browser would get the claim page instead).
		const summary = ok(
			await createEconsentClient({ baseUrl: baseUrl() }).GET("/certificate-sharing/certificates/claim/{token}", {
				params: { path: { token: shared.claim_token } },
			}),
		);
		expect(summary).toMatchObject({ certificate_id: first.certificate_id, status: "pending" });

		const verified = ok(
			await buyer.client.POST("/certificate-sharing/certificates/batch-verify", {
				body: { items: [{ token: shared.claim_token, lead: { email: " Jane@Example.com" } }] },
			}),
		);
		const [check] = verified.results;
		if (!check?.ok) throw new Error(`the token was not checked: ${JSON.stringify(check)}`);
		expect(check.claimable).toBe(true);
		expect(check.not_claimable).toBeNull();
		expect(check.lead_match).toEqual({ email: "match", phone: "not_provided" });
		expect(check.signatures).toMatchObject({ hmac: true });

		const claim = ok(
			await buyer.client.POST("/certificate-sharing/certificates/claim/{token}", {
				params: { path: { token: shared.claim_token }, header: idempotencyKey() },
				body: { lead: { email: "jane@example.com" } },
			}),
		);
		expect(claim.certificate_id).toBe(first.certificate_id);
		const batchClaimed = ok(
			await buyer.client.POST("/certificate-sharing/certificates/batch-claim", {
				params: { header: idempotencyKey() },
				body: { claims: [...batchTokens, shared.claim_token].map((token) => ({ token })) },
			}),
		);
		// The token claimed above is in the batch too: a keyed request of the company that won it answers that claim
		// (as it would for the retry of a claim whose answer was lost) instead of ALREADY_CLAIMED.
		const batchClaimIds: number[] = [];
		for (const item of batchClaimed.results) {
			if (!item.ok) throw new Error(`item ${item.index}: ${item.error.code}`);
			batchClaimIds.push(item.claim_id);
		}
		expect(batchClaimIds.at(-1)).toBe(claim.claim_id);
		const claimIds = [...new Set(batchClaimIds)];
		expect(claimIds).toHaveLength(3);
		// Without a key, a second claim is refused, in the typed error shape.
		const again = await buyer.client.POST("/certificate-sharing/certificates/claim/{token}", {
			params: { path: { token: shared.claim_token } },
		});
		expect(again.response.status).toBe(409);
		expect(again.error?.error.code).toBe("ALREADY_CLAIMED");

		// The inbox one item a page, by cursor: every claim exactly once.
		const inbox: number[] = [];
		for await (const item of eachItem((cursor) =>
			buyer.client.GET("/certificate-sharing/partner-certificates", {
				params: { query: { cursor, limit: 1, status: "claimed" } },
			}),
		)) {
			inbox.push(item.claim_id);
		}
		expect(inbox.toSorted()).toEqual(claimIds.toSorted());

		// The JSON evidence and the bundle share the operation; the bundle is told apart by its `format`.
		const evidence = ok(
			await buyer.client.GET("/certificate-sharing/partner-certificates/{claimId}/evidence", {
				params: { path: { claimId: claim.claim_id } },
			}),
		);
		if ("format" in evidence) throw new Error("asked for the evidence, got a bundle");
		expect(evidence.audit_trail.map((event) => event.event_type)).toContain("claimed");
		const bundle = ok(
			await buyer.client.GET("/certificate-sharing/partner-certificates/{claimId}/evidence", {
				params: { path: { claimId: claim.claim_id }, query: { format: "bundle" } },
			}),
		);
		if (!("format" in bundle)) throw new Error("asked for the bundle, got the evidence");
		expect(bundle.format).toBe("econsent-evidence-bundle");
		expect(bundle.certificate).toMatchObject({ certificate_id: first.certificate_id });

		// The publisher's receiver gets each claim, signed; the events list has them too.
		await vi.waitFor(() => expect(deliveries.length).toBeGreaterThanOrEqual(3), { timeout: 30_000, interval: 200 });
		const events: WebhookPayload[] = deliveries.map((delivery) =>
			verifyWebhook(endpoint.secret, delivery.body, delivery.headers),
		);
		const claimedIds: number[] = [];
		for (const event of events) if (event.type === "certificate.claimed") claimedIds.push(event.data.claim_id);
		expect(claimedIds.toSorted()).toEqual(claimIds.toSorted());
		const [delivered] = deliveries;
		if (delivered === undefined) throw new Error("nothing delivered");
		expect(() =>
			verifyWebhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`, delivered.body, delivered.headers),
		).toThrow();
		const listed: string[] = [];
		for await (const event of eachItem((cursor) =>
			publisher.client.GET("/webhooks/events", {
				params: { query: { cursor, limit: 2, type: "certificate.claimed" } },
			}),
		)) {
			listed.push(event.id);
		}
		expect(listed.toSorted()).toEqual(events.map((event) => event.id).toSorted());

		// The publisher's certificates by cursor, then a share job over them and its results line by line.
		const certificates: string[] = [];
		for await (const certificate of eachItem((cursor) =>
			publisher.client.GET("/certificates", { params: { query: { cursor, limit: 2, property_id: property.id } } }),
		)) {
			certificates.push(certificate.certificate_id);
		}
		expect(certificates.toSorted()).toEqual([first.certificate_id, ...others].toSorted());
		const queued = ok(
			await publisher.client.POST("/certificate-sharing/jobs", {
				params: { header: idempotencyKey() },
				body: { type: "batch_share", certificate_ids: [...certificates, "EC-not-a-certificate"] },
			}),
		);
		await vi.waitFor(
			async () => {
				const job = ok(
					await publisher.client.GET("/certificate-sharing/jobs/{jobId}", { params: { path: { jobId: queued.id } } }),
				);
				expect(job.completed_at).not.toBeNull();
				expect(job).toMatchObject({ total: 4, succeeded: 3, failed: 1, progress: 1 });
			},
			{ timeout: 60_000, interval: 500 },
		);
		const lines = [];
		for await (const line of eachJobResult(publisher.client, queued.id)) lines.push(line);
		expect(lines.map((line) => line.certificate_id)).toEqual([...certificates, "EC-not-a-certificate"]);
		expect(lines.filter((line) => line.claim_token !== undefined)).toHaveLength(3);
		expect(lines.at(-1)?.error?.code).toBe("NOT_FOUND");
	});
});
