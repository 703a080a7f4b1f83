import { authenticate } from "../auth/authenticate";
import { batchNamed } from "../db/named-reads";
import { DIRECTORY_SHARD } from "../db/shards";
import { isoNow } from "../lib/clock";
import { wantsHtml, withoutEmptyQueryFields } from "../lib/html";
import { createRouter } from "../lib/http";
import { inboxAnswer, inboxReads, inboxShards, readInboxCursor } from "./inbox";
import * as routes from "./inbox.routes";
import { INBOX_PATH, renderInboxPage } from "./inbox-page";

export const inboxRouter = createRouter();
inboxRouter.use(INBOX_PATH, withoutEmptyQueryFields);
inboxRouter.openapi(routes.listInbox, async (c) => {
	const query = c.req.valid("query");
	const from = readInboxCursor(query);
	const at = isoNow();
	const shards = inboxShards(
		query,
		c.var.shards.every().map((session) => session.shard),
	);
	// The directory is shard 0 too: its claims (of certificates made before shards) are read in the authenticating
	// batch. The other shards need the buyer's id, known once authenticated, and are read then, in parallel.
	const onDirectory = shards.includes(DIRECTORY_SHARD);
	const { caller, results: directory } = await authenticate(c, (company) => {
		const reads = onDirectory ? inboxReads(c.var.db, company, query, from, at) : null;
		return { rows: reads ? [reads.rows] : [], totals: reads?.totals ?? [] };
	});
	const onShards = await Promise.all(
		shards
			.filter((shard) => shard !== DIRECTORY_SHARD)
			.map((shard) => {
				const { db } = c.var.shards.shard(shard);
				return batchNamed(db, inboxReads(db, caller.companyId, query, from, at));
			}),
	);
	const every = [directory, ...onShards];
	const rows = every.flatMap((answer) => answer.rows);
	const totals = every.flatMap((answer) => answer.totals);
	const answer = inboxAnswer(query, rows, totals);
	// A browser gets the same page of the same list as a page (a signed-out one was sent to sign in by then).
	if (wantsHtml(c)) return renderInboxPage(c, query, answer);
	return c.json(answer, 200);
});
