// Revocations under `wrangler dev`: three buyers, each with a webhook endpoint served by a receiver of its own on
// 127.0.0.1, claim one certificate; the publisher records a consumer's revocation; every endpoint gets a
// consent.revoked whose Standard Webhooks signature verifies. Repeated over fresh certificates to print the time from
// the revocation's request to its last delivery (p50 and p95; printed, not asserted).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Account, apiOk, signup } from "./api";

interface Delivery {
	at: number;
	headers: Record<string, string>;
	body: string;
}

interface Receiver {
	server: Server;
	url: string;
	received: Delivery[];
}

async function startReceiver(): Promise<Receiver> {
	const received: Delivery[] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (chunk: Buffer) => chunks.push(chunk));
		req.on("end", () => {
			received.push({
				at: performance.now(),
				headers: headersOf(req.headers),
				body: Buffer.concat(chunks).toString("utf8"),
			});
			res.writeHead(204).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/revoked`, received };
}

const headersOf = (headers: IncomingHttpHeaders) =>
	Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)]));

const ROUNDS = 20;
const BUYERS = 3;

interface Buyer {
	account: Account;
	secret: string;
	receiver: Receiver;
}

let buyers: Buyer[] = [];

beforeAll(async () => {
	buyers = await Promise.all(
		Array.from({ length: BUYERS }, async (_, i) => {
			const receiver = await startReceiver();
			const account = await signup(`Revoked Buyer ${i + 1}`, `revoked-buyer-${i + 1}`);
			const endpoint = await apiOk<{ secret: string }>(201, "POST", "/webhooks", {
				as: account,
				body: { url: receiver.url, events: ["consent.revoked"] },
			});
			return { account, secret: endpoint.secret, receiver };
		}),
	);
});

afterAll(async () => {
	await Promise.all(buyers.map(({ receiver }) => new Promise((resolve) => receiver.server.close(resolve))));
});

const percentile = (sorted: readonly number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

describe("consent.revoked over HTTP", () => {
	it("reaches every buyer that claimed the certificate, signed, after the publisher records a revocation", {
		timeout: 300_000,
	}, async () => {
		const publisher = await signup("Revoking LeadGen", "revoking-publisher");
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: "forms.revoking.example" },
		});
		const latencies: number[] = [];
		let lastCertificateId = "";
		for (let round = 0; round < ROUNDS; round++) {
			const { certificate_id } = await apiOk<{ certificate_id: string }>(201, "POST", "/certificates", {
				as: publisher,
				body: {
					property_id: property.id,
					consent_text: "I agree that the buyers may call me.",
					page_url: "https://forms.revoking.example/q",
				},
			});
			lastCertificateId = certificate_id;
			const claimIds = new Map<string, number>();
			for (const buyer of buyers) {
				const { claim_token } = await apiOk<{ claim_token: string }>(
					201,
					"POST",
					`/certificate-sharing/certificates/${certificate_id}/share`,
					{ as: publisher, body: {} },
				);
				const claimed = await apiOk<{ claim_id: number }>(
					200,
					"POST",
					`/certificate-sharing/certificates/claim/${claim_token}`,
					{ as: buyer.account },
				);
				claimIds.set(buyer.account.company.id, claimed.claim_id);
			}
			const before = buyers.map(({ receiver }) => receiver.received.length);

			const started = performance.now();
			const revocation = await apiOk<{ id: string; honor_by: string }>(
				201,
				"POST",
				`/certificates/${certificate_id}/revocations`,
				{ as: publisher, body: { channel: "sms", received_at: new Date().toISOString() } },
			);
			await vi.waitFor(
				() => expect(buyers.map(({ receiver }, i) => receiver.received.length - (before[i] ?? 0))).toEqual([1, 1, 1]),
				{ timeout: 30_000, interval: 10 },
			);
			const deliveries = buyers.map(({ receiver }) => receiver.received.at(-1) as Delivery);
			latencies.push(Math.max(...deliveries.map((d) => d.at)) - started);

			for (const [i, buyer] of buyers.entries()) {
				const delivery = deliveries[i] as Delivery;
				const event = new Webhook(buyer.secret).verify(delivery.body, delivery.headers);
				expect(event).toMatchObject({
					type: "consent.revoked",
					id: delivery.headers["webhook-id"],
					data: {
						revocation_id: revocation.id,
						certificate_id,
						claim_id: claimIds.get(buyer.account.company.id),
						channel: "sms",
						honor_by: revocation.honor_by,
						recorded_by_company_id: publisher.company.id,
					},
				});
				// Signed with this buyer's secret, not another's.
				const other = buyers[(i + 1) % buyers.length] as Buyer;
				expect(() => new Webhook(other.secret).verify(delivery.body, delivery.headers)).toThrow();
			}
		}

		// Each delivery succeeded, as the publisher sees it (recorded once the receiver has answered).
		type Revocations = { data: { notified: { deliveries: { status: string; delivered_at: string | null }[] }[] }[] };
		await vi.waitFor(
			async () => {
				const list = await apiOk<Revocations>(200, "GET", `/certificates/${lastCertificateId}/revocations`, {
					as: publisher,
				});
				const deliveries = list.data[0]?.notified.flatMap((n) => n.deliveries) ?? [];
				expect(deliveries.map((d) => d.status)).toEqual(["delivered", "delivered", "delivered"]);
				expect(deliveries.every((d) => d.delivered_at !== null)).toBe(true);
			},
			{ timeout: 10_000, interval: 100 },
		);

		const sorted = [...latencies].sort((a, b) => a - b);
		console.log(
			`consent.revoked, revocation request → last of ${BUYERS} deliveries over ${ROUNDS} revocations: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms (min ${sorted[0]?.toFixed(0)}, max ${sorted.at(-1)?.toFixed(0)})`,
		);
	});
});
