// Events too large for one recording chunk are cut by the capture script (src/capture-sessions/browser/chunks.ts)
// into consecutive rrweb custom events tagged FRAGMENT_TAG:
//   {"type":5,"timestamp":t,"data":{"tag":"econsent:fragment","payload":{"id":n,"index":i,"count":c,"json":"…"}}}
// Readers of a recording (the replay page, tests) put them back together here. Pure, and free of zod, so the capture
// script's bundle stays small.

/** rrweb's EventType.Custom. */
export const CUSTOM_EVENT = 5;
export const FRAGMENT_TAG = "econsent:fragment";

/** Undoes the fragmenting of a chunk's events: for readers of a recording (the replay, the tests). */
export function joinFragments(events: readonly unknown[]): unknown[] {
	const out: unknown[] = [];
	let open: { id: number; count: number; pieces: string[] } | undefined;
	for (const event of events) {
		const payload = fragmentPayload(event);
		if (!payload) {
			out.push(event);
			continue;
		}
		if (!open || open.id !== payload.id) open = { id: payload.id, count: payload.count, pieces: [] };
		open.pieces[payload.index] = payload.json;
		if (open.pieces.filter((p) => p !== undefined).length === open.count) {
			out.push(JSON.parse(open.pieces.join("")));
			open = undefined;
		}
	}
	return out;
}

function fragmentPayload(event: unknown): { id: number; index: number; count: number; json: string } | undefined {
	if (typeof event !== "object" || event === null) return undefined;
	const { type, data } = event as { type?: unknown; data?: { tag?: unknown; payload?: unknown } };
	if (type !== CUSTOM_EVENT || data?.tag !== FRAGMENT_TAG) return undefined;
	return data.payload as { id: number; index: number; count: number; json: string };
}
