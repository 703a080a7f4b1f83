// The claim link opened in a browser: the PII-free summary and a Claim button. The button is a plain form POST to
// the same URL (same-site, so the Lax session cookie goes with it); a signed-out buyer is sent to sign in and back.
import { html, renderErrorPage, renderPage } from "../lib/html";
import type { AppContext } from "../lib/http";
import type { ClaimOutcome } from "./claim";
import { claimPath } from "./tokens";

export { wantsHtml } from "../lib/html";

export interface ClaimSummary {
	certificate_id: string;
	publisher_name: string;
	property_domain: string;
	consent_captured_at: string;
	has_recording: boolean;
	status: "pending" | "claimed" | "expired";
	expires_at: string;
}

export function renderClaimPage(c: AppContext, token: string, summary: ClaimSummary) {
	const action =
		summary.status === "pending"
			? html`<form method="post" action="${claimPath(token)}"><button type="submit">Claim certificate</button></form>
<p class="muted">You need to be signed in as the buyer. Claiming runs your consent rules and records the claim in the certificate's audit trail.</p>`
			: html`<p class="muted">This token can no longer be claimed.</p>`;
	return renderPage(
		c,
		`Consent certificate ${summary.certificate_id}`,
		html`<h1>Consent certificate shared with you</h1>
<p><span class="status ${summary.status}">${summary.status}</span></p>
<dl>
<dt>Certificate</dt><dd><code>${summary.certificate_id}</code></dd>
<dt>Publisher</dt><dd>${summary.publisher_name}</dd>
<dt>Property</dt><dd>${summary.property_domain}</dd>
<dt>Consent captured</dt><dd>${summary.consent_captured_at}</dd>
<dt>Session recording</dt><dd>${summary.has_recording ? "Yes" : "No"}</dd>
<dt>Token expires</dt><dd>${summary.expires_at}</dd>
</dl>
${action}`,
	);
}

export function renderClaimResult(c: AppContext, outcome: ClaimOutcome) {
	const compliance = outcome.compliance;
	return renderPage(
		c,
		`Claimed ${outcome.certificate_id}`,
		html`<h1>${outcome.status === "rejected" ? "Certificate rejected by your consent rules" : "Certificate claimed"}</h1>
<p><span class="status ${outcome.status}">${outcome.status}</span> <span class="status ${compliance.status}">compliance: ${compliance.status} (${compliance.score}%)</span></p>
<dl>
<dt>Claim id</dt><dd>${outcome.claim_id}</dd>
<dt>Certificate</dt><dd><code>${outcome.certificate_id}</code></dd>
<dt>Claimed at</dt><dd>${outcome.claimed_at}</dd>
<dt>Phrases found</dt><dd>${compliance.matched.join("; ") || "—"}</dd>
<dt>Phrases missing</dt><dd>${compliance.missing.join("; ") || "—"}</dd>
</dl>
<p><a href="/certificate-sharing/partner-certificates/${outcome.claim_id}/evidence">View the evidence</a></p>`,
	);
}

/** Errors from the browser form: a signed-out buyer goes to sign in and comes back; others get a readable page. */
export function renderClaimError(c: AppContext, token: string, error: unknown) {
	return renderErrorPage(c, error, "This certificate cannot be claimed", claimPath(token));
}
