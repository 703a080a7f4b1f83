// The publisher's certificates in a browser: the same page of the same list the JSON answer holds, newest first, with
// a "Next page" link carrying next_cursor. Each certificate has a Share button, a plain form POST to the share
// operation (as the claim page posts its claim), whose answer is a page showing the new claim link once.
import { sourceOf } from "../capture-sessions/witness-view";
import { html, type Markup, renderPage, time } from "../lib/html";
import type { AppContext } from "../lib/http";
import type { CertificateRow } from "./record";

export const CERTIFICATES_PATH = "/certificates";

const sharePath = (id: string) => `/certificate-sharing/certificates/${encodeURIComponent(id)}/share`;
const certificatePath = (id: string, what: "history" | "verify" | "replay") =>
	`${CERTIFICATES_PATH}/${encodeURIComponent(id)}/${what}`;

/** The address of the page after this one: the same property filter and page size, from next_cursor. */
export function nextCertificatesHref(url: string, nextCursor: string): string {
	const sent = new URL(url).searchParams;
	const params = new URLSearchParams();
	for (const name of ["property_id", "limit"]) {
		const value = sent.get(name);
		if (value) params.set(name, value);
	}
	params.set("cursor", nextCursor);
	return `${CERTIFICATES_PATH}?${params}`;
}

function certificateCard(row: CertificateRow, index: number): Markup {
	const heading = `certificate-${index}`;
	const witnessed = sourceOf(row.source) === "witnessed";
	const replayable = (row.witness?.recording.chunks.length ?? 0) > 0;
	return html`<li>
<h3 id="${heading}"><span class="mono">${row.id}</span></h3>
<dl>
<dt>Source</dt><dd>${witnessed ? "Witnessed on the form page" : "Asserted by your server"}</dd>
<dt>Consent captured</dt><dd>${time(row.consentCapturedAt)}</dd>
<dt>Page</dt><dd class="mono">${row.pageUrl}</dd>
<dt>Property</dt><dd class="mono">${row.propertyId}</dd>
</dl>
<ul class="links">
<li><a href="${certificatePath(row.id, "history")}" aria-describedby="${heading}">History (JSON)</a></li>
<li><a href="${certificatePath(row.id, "verify")}" aria-describedby="${heading}">Verification (JSON)</a></li>
${replayable ? html`<li><a href="${certificatePath(row.id, "replay")}" aria-describedby="${heading}">Session replay</a></li>` : ""}
</ul>
<form method="post" action="${sharePath(row.id)}"><p class="actions"><button type="submit" aria-describedby="${heading}">Share</button></p></form>
</li>`;
}

export function renderCertificatesPage(
	c: AppContext,
	continued: boolean,
	page: { rows: CertificateRow[]; next_cursor: string | null },
) {
	return renderPage(
		c,
		"Your certificates",
		html`<h1>Your certificates</h1>
<p>The consent certificates your company captured, newest first. Share one to make a one-time claim link for a buyer.
<a href="/certificate-sharing/partner-certificates">Certificates shared with you</a></p>
<h2>${continued ? "More certificates" : "Certificates"}</h2>
${
	page.rows.length > 0
		? html`<ul class="items">${page.rows.map(certificateCard)}</ul>`
		: html`<p>${continued ? "No more certificates." : "No certificates yet. They appear here once your forms capture consent."}</p>`
}
<nav aria-label="Pages" class="pages">
${page.next_cursor ? html`<a rel="next" href="${nextCertificatesHref(c.req.url, page.next_cursor)}">Next page</a>` : ""}
${continued ? html`<a href="${CERTIFICATES_PATH}">First page</a>` : ""}
</nav>`,
		200,
		"wide",
	);
}

/** The claim link just made, shown this once: only its hash is kept, so no page can show it again. */
export function renderShareResult(
	c: AppContext,
	certificateId: string,
	share: { claim_url: string; expires_at: string },
) {
	return renderPage(
		c,
		`Shared ${certificateId}`,
		html`<h1>Claim link made</h1>
<p class="notice" role="status"><strong>Copy this link now: it is shown only once.</strong> Send it to the buyer; the first company to claim it gets the certificate.</p>
<dl>
<dt>Certificate</dt><dd><code>${certificateId}</code></dd>
<dt>Claim link</dt><dd><code class="value">${share.claim_url}</code></dd>
<dt>Expires</dt><dd>${time(share.expires_at)}</dd>
</dl>
<p><a href="${CERTIFICATES_PATH}">Back to your certificates</a></p>`,
		201,
	);
}
