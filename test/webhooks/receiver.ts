// Webhook receivers for tests inside workerd: outbound fetches to a receiver's host are answered here (everything
// else goes out as before), so the deliveries the queue consumer makes can be inspected and verified as a receiver
// would, each checked against the OpenAPI document's webhooks. One interception of fetch serves every receiver, by host.
import { vi } from "vitest";
import { checkedDelivery } from "../openapi-contract/validated-worker";

export interface Received {
	url: string;
	headers: Record<string, string>;
	body: string;
	redirect: string | undefined;
}

type Handler = (request: Request, init: RequestInit | undefined) => Promise<Response>;
const hosts = new Map<string, Handler>();

function intercept() {
	// Checked on fetch itself, not with a flag: test files share this module when they share a runtime, and a file's
	// mocks are restored when it ends.
	if (vi.isMockFunction(globalThis.fetch)) return;
	const original = globalThis.fetch.bind(globalThis);
	vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
		const request = new Request(input as RequestInfo, init);
		const handler = hosts.get(new URL(request.url).host);
		return handler ? handler(request, init) : original(input as RequestInfo, init);
	});
}

export function startReceiver(host: string) {
	intercept();
	const received: Received[] = [];
	let answer: (attempt: number) => Response | Promise<Response> = () => new Response("ok");
	hosts.set(host, async (request, init) => {
		const body = await request.text();
		received.push({ url: request.url, headers: Object.fromEntries(request.headers), body, redirect: init?.redirect });
		// Every delivery against the document's webhooks; a violation fails the test (test/setup.ts), whatever the
		// sender makes of this answer.
		await checkedDelivery(request.headers, body).catch(() => {});
		return answer(received.length);
	});
	return {
		url: (path = "/hook") => `https://${host}${path}`,
		received,
		answerWith(respond: (attempt: number) => Response | Promise<Response>) {
			answer = respond;
		},
		stop: () => hosts.delete(host),
	};
}

/**
 * A certificate.claimed body as the document describes it (every delivery and events list answer is checked against
 * the document), for rows a test writes straight into an outbox or the deliveries; `name` tells its certificate apart.
 */
export function claimedEventBody(eventId: string, createdAt: string, name: string, claimId: number): string {
	const certificate = `EC-${name}`;
	return JSON.stringify({
		type: "certificate.claimed",
		id: eventId,
		created_at: createdAt,
		data: {
			certificate_id: certificate,
			claim_id: claimId,
			claim_token_id: `tok_${name}`,
			buyer_company_id: `buyer-${name}`,
			status: "claimed",
			claimed_at: createdAt,
			compliance: { status: "pass" },
			links: { certificate: `/certificates/${certificate}`, verify: `/certificates/${certificate}/verify` },
		},
	});
}
