import { authenticate } from "../auth/authenticate";
import { isoNow } from "../lib/clock";
import { createRouter } from "../lib/http";
import { inboxAnswer, inboxReads, readInboxCursor } from "./inbox";
import * as routes from "./inbox.routes";

export const inboxRouter = createRouter().openapi(routes.listInbox, async (c) => {
	const query = c.req.valid("query");
	const from = readInboxCursor(query);
	const at = isoNow();
	const { results } = await authenticate(c, (company) => inboxReads(c.var.db, company, query, from, at));
	return c.json(inboxAnswer(query, results.rows, results.totals), 200);
});
