// A webhook receiver for tests inside workerd: outbound fetches to its host are answered here (everything else goes
// out as before), so the deliveries the queue consumer makes can be inspected and verified as a receiver would.
import { vi } from "vitest";

export interface Received {
	url: string;
	headers: Record<string, string>;
	body: string;
	redirect: RequestRedirect | undefined;
}

export function startReceiver(host: string) {
	const received: Received[] = [];
	let answer: (attempt: number) => Response | Promise<Response> = () => new Response("ok");
	const original = globalThis.fetch;
	const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
		const request = new Request(input as RequestInfo, init);
		if (new URL(request.url).host !== host) return original(input as RequestInfo, init);
		received.push({
			url: request.url,
			headers: Object.fromEntries(request.headers),
			body: await request.text(),
			redirect: init?.redirect,
		});
		return answer(received.length);
	});
	return {
		url: (path = "/hook") => `https://${host}${path}`,
		received,
		answerWith(respond: (attempt: number) => Response | Promise<Response>) {
			answer = respond;
		},
		stop: () => spy.mockRestore(),
	};
}
