// Cursor iteration over the lists that answer {data, limit, next_cursor} (the buyer's inbox, the certificates list,
// the webhook events, API keys, partners, jobs, deliveries…): ask for a page, then for `cursor=<next_cursor>` until it
// is null. Each item is served once, even while the list changes, so a walk can be resumed from any cursor.
import { ok } from "./errors";

export interface CursorPage<Item> {
	data: Item[];
	next_cursor: string | null;
}

/**
 * Every item of a list, page after page:
 * `for await (const item of eachItem((cursor) => client.GET("/certificate-sharing/partner-certificates", { params: { query: { cursor, status: "claimed" } } })))`.
 * Keep the filters the same for the whole walk (the API refuses a cursor carried to other filters).
 */
export async function* eachItem<Item>(
	fetchPage: (cursor: string | undefined) => Promise<{ data?: CursorPage<Item>; error?: unknown; response: Response }>,
	startAt?: string,
): AsyncGenerator<Item, void, undefined> {
	let cursor = startAt;
	do {
		const page = ok(await fetchPage(cursor));
		yield* page.data;
		cursor = page.next_cursor ?? undefined;
	} while (cursor !== undefined);
}
