// The buyer's inbox in a browser: the same page of the same list the JSON answer holds, with the inbox's filters as
// a GET form and a "Next page" link that carries next_cursor (and the filters, which a cursor must keep). A pending
// item is claimed with a plain form POST, as on the claim page; a decided one links to its evidence report and, when
// it was witnessed with a recording, to its replay. No script runs on the page.
import type { z } from "@hono/zod-openapi";
import { html, type Markup, renderPage, time } from "../lib/html";
import type { AppContext } from "../lib/http";
import type { inboxAnswer } from "./inbox";
import { type InboxQuery, inboxStatuses } from "./inbox.routes";

export const INBOX_PATH = "/certificate-sharing/partner-certificates";

type Query = z.output<typeof InboxQuery>;
type Answer = ReturnType<typeof inboxAnswer>;
type Item = Answer["data"][number];

const itemPath = (item: Item, what: "claim" | "evidence" | "replay") => `${INBOX_PATH}/${item.claim_id}/${what}`;

/** The filters a person set, as sent (the inbox's own parameters only): what every link of the walk must keep. */
export function filtersOf(url: string): URLSearchParams {
	const sent = new URL(url).searchParams;
	const kept = new URLSearchParams();
	for (const name of ["status", "certificate_id", "claimed_after", "claimed_before", "limit"]) {
		const value = sent.get(name);
		if (value) kept.set(name, value);
	}
	return kept;
}

/** The address of the page after this one: the same filters, from next_cursor. */
export function nextPageHref(url: string, nextCursor: string): string {
	const params = filtersOf(url);
	params.set("cursor", nextCursor);
	return `${INBOX_PATH}?${params}`;
}

const statusWords: Record<(typeof inboxStatuses)[number], string> = {
	pending: "Pending: ready to claim",
	claimed: "Claimed",
	flagged: "Claimed, flagged by your rules",
	rejected: "Rejected by your rules",
};

function actions(item: Item): Markup {
	const heading = `item-${item.claim_id}`;
	if (item.status === "pending" && item.revoked) return html``;
	if (item.status === "pending") {
		return html`<form method="post" action="${itemPath(item, "claim")}"><p class="actions"><button type="submit" aria-describedby="${heading}">Claim certificate</button></p></form>`;
	}
	const replayable = (item.signals?.recording.chunks ?? 0) > 0;
	return html`<ul class="links">
<li><a href="${itemPath(item, "evidence")}" aria-describedby="${heading}">Evidence report</a></li>
${replayable ? html`<li><a href="${itemPath(item, "replay")}" aria-describedby="${heading}">Session replay</a></li>` : ""}
</ul>`;
}

function itemCard(item: Item): Markup {
	const compliance = item.compliance;
	return html`<li>
<h3 id="item-${item.claim_id}"><span class="mono">${item.certificate_id}</span></h3>
<p><span class="status ${item.status}">${statusWords[item.status]}</span>${item.revoked ? html` <span class="status revoked">Consent revoked</span>` : ""}</p>
<dl>
${item.revoked_at ? html`<dt>Consent revoked</dt><dd>${time(item.revoked_at)}</dd>` : ""}
<dt>Publisher</dt><dd>${item.publisher_name}</dd>
<dt>Property</dt><dd class="mono">${item.property_domain}</dd>
<dt>Source</dt><dd>${item.source === "witnessed" ? "Witnessed on the form page" : "Asserted by the publisher"}</dd>
<dt>Consent captured</dt><dd>${time(item.consent_captured_at)}</dd>
<dt>Shared</dt><dd>${time(item.shared_at)}</dd>
${item.status === "pending" ? html`<dt>Link expires</dt><dd>${time(item.expires_at)}</dd>` : html`<dt>Claimed</dt><dd>${time(item.claimed_at)}</dd>`}
${compliance ? html`<dt>Compliance</dt><dd>${compliance.status}, ${compliance.score}% (grade ${compliance.grade})</dd>` : ""}
</dl>
${actions(item)}
</li>`;
}

function selected(current: string | undefined, value: string): Markup {
	return current === value ? html` selected` : html``;
}

function filterForm(c: AppContext): Markup {
	const sent = filtersOf(c.req.url);
	const status = sent.get("status") ?? undefined;
	return html`<form method="get" action="${INBOX_PATH}" class="filters" aria-label="Filter the inbox">
<div><label for="status">Status</label>
<select id="status" name="status"><option value=""${selected(status, "")}>Any</option>${inboxStatuses.map(
		(value) => html`<option value="${value}"${selected(status, value)}>${value}</option>`,
	)}</select></div>
<div><label for="certificate_id">Certificate id</label>
<input id="certificate_id" name="certificate_id" value="${sent.get("certificate_id") ?? ""}" maxlength="64" autocomplete="off"></div>
<div><label for="claimed_after">Claimed at or after</label>
<input id="claimed_after" name="claimed_after" value="${sent.get("claimed_after") ?? ""}" maxlength="40" placeholder="2026-04-18T00:00:00Z" aria-describedby="time-hint" autocomplete="off"></div>
<div><label for="claimed_before">Claimed before</label>
<input id="claimed_before" name="claimed_before" value="${sent.get("claimed_before") ?? ""}" maxlength="40" placeholder="2026-05-01T00:00:00Z" aria-describedby="time-hint" autocomplete="off"></div>
<p id="time-hint" class="muted">Times with their offset, such as 2026-04-18T00:00:00Z (UTC). A claim-time range lists claimed items only, newest claim first.</p>
<p class="actions"><button type="submit">Show</button> <a href="${INBOX_PATH}">Clear filters</a></p>
</form>`;
}

export function renderInboxPage(c: AppContext, query: Query, answer: Answer) {
	const filters = filtersOf(c.req.url);
	const filtering = ["status", "certificate_id", "claimed_after", "claimed_before"].some((name) => filters.has(name));
	const continued = query.cursor !== undefined || query.page !== undefined;
	const items = answer.data;
	const empty = continued
		? "No more certificates."
		: filtering
			? "No certificates match these filters."
			: "Nothing has been shared with you yet. When a publisher shares a certificate with your company, it appears here.";
	return renderPage(
		c,
		"Certificates shared with you",
		html`<h1>Certificates shared with you</h1>
<p>Pending shares you can claim, and the certificates you claimed, newest first${query.claimed_after !== undefined || query.claimed_before !== undefined ? " by claim time" : ""}.
<a href="/certificates">Your own certificates</a></p>
${filterForm(c)}
<h2>${continued ? "More certificates" : "Certificates"}</h2>
${items.length > 0 ? html`<ul class="items">${items.map(itemCard)}</ul>` : html`<p>${empty}</p>`}
<nav aria-label="Pages" class="pages">
${answer.next_cursor ? html`<a rel="next" href="${nextPageHref(c.req.url, answer.next_cursor)}">Next page</a>` : ""}
${continued ? html`<a href="${filters.size > 0 ? `${INBOX_PATH}?${filters}` : INBOX_PATH}">First page</a>` : ""}
</nav>`,
		200,
		"wide",
	);
}
