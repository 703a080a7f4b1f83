// The claim link opened in a browser: the PII-free summary and a Claim button. The button is a plain form POST to
// the same URL (same-site, so the Lax session cookie goes with it); a signed-out buyer is sent to sign in and comes
// back to this page with `?from=sign-in`, where claiming is the one thing left to do. No script runs on these pages,
// so a claim can never happen without the buyer pressing the button.
import { eq } from "drizzle-orm";
import { sourceAndSignals } from "../capture-sessions/witness-html";
import { claimTokens, companies } from "../db/schema";
import { ApiError } from "../lib/errors";
import { html, renderErrorPage, renderPage, time } from "../lib/html";
import type { AppContext } from "../lib/http";
import { clientIp } from "../lib/http";
import { enforceRateLimit } from "../lib/rate-limit";
import { claimPath, hashClaimToken, isWellFormedClaimToken } from "../sharing/tokens";
import type { ClaimOutcome } from "./claim";
import type { ClaimSummary } from "./claim-summary";

export { wantsHtml } from "../lib/html";

/** Where sign-in sends a buyer who pressed Claim while signed out: back to the claim card, ready to claim. */
export const AFTER_SIGN_IN = "from=sign-in";
export const claimPathAfterSignIn = (token: string) => `${claimPath(token)}?${AFTER_SIGN_IN}`;

const cameFromSignIn = (c: AppContext) => c.req.query("from") === "sign-in";

export function renderClaimPage(c: AppContext, token: string, summary: ClaimSummary) {
	const pending = summary.status === "pending";
	const readyAfterSignIn = pending && cameFromSignIn(c);
	const action = pending
		? html`${readyAfterSignIn ? html`<p class="notice" role="status"><strong>You are signed in.</strong> One step left: claim the certificate to add it to your inbox.</p>` : ""}
<form method="post" action="${claimPath(token)}"><p class="actions"><button type="submit"${readyAfterSignIn ? html` autofocus` : ""}>Claim certificate</button></p></form>
<p class="muted">${readyAfterSignIn ? "" : "You need to be signed in as the buyer; you come straight back here. "}Claiming runs your consent rules and records the claim in the certificate's audit trail.</p>`
		: html`<p class="muted">This link can no longer be claimed${summary.status === "expired" ? ": it has expired. Ask the publisher to share the certificate again." : summary.status === "revoked" ? html`: the consumer revoked this consent (received ${time(summary.revoked_at ?? "")}).` : "."}</p>`;
	return renderPage(
		c,
		`Consent certificate from ${summary.publisher_name}`,
		html`<h1>Consent certificate shared with you</h1>
<p><strong>${summary.publisher_name}</strong> shares a signed record of a consumer's consent, captured on
<span class="mono">${summary.property_domain}</span>.</p>
<p><span class="status ${summary.status}">${summary.status}</span></p>
<dl>
<dt>Certificate</dt><dd><code>${summary.certificate_id}</code></dd>
<dt>Publisher</dt><dd>${summary.publisher_name}</dd>
<dt>Property</dt><dd class="mono">${summary.property_domain}</dd>
<dt>Consent captured</dt><dd>${time(summary.consent_captured_at)}</dd>
<dt>Session recording</dt><dd>${summary.has_recording ? "Yes" : "No"}</dd>
${sourceAndSignals(summary.source, summary.signals)}
<dt>Link ${summary.status === "expired" ? "expired" : "expires"}</dt><dd>${time(summary.expires_at)}</dd>
</dl>
${action}`,
	);
}

export function renderClaimResult(c: AppContext, outcome: ClaimOutcome) {
	const compliance = outcome.compliance;
	const rejected = outcome.status === "rejected";
	return renderPage(
		c,
		`Claimed ${outcome.certificate_id}`,
		html`<h1>${rejected ? "Certificate rejected by your consent rules" : "Certificate claimed"}</h1>
<p><span class="status ${outcome.status}">${outcome.status}</span> <span class="status ${compliance.status}">compliance: ${compliance.status} (${compliance.score}%)</span></p>
<p>${rejected ? "The consent language failed a rule set to reject. The link is spent, and the rejection is kept as evidence." : "The certificate is in your inbox, and the claim is recorded in its audit trail."}</p>
<dl>
<dt>Claim id</dt><dd>${outcome.claim_id}</dd>
<dt>Certificate</dt><dd><code>${outcome.certificate_id}</code></dd>
<dt>Claimed</dt><dd>${time(outcome.claimed_at)}</dd>
<dt>Phrases found</dt><dd>${compliance.matched.join("; ") || "—"}</dd>
<dt>Phrases missing</dt><dd>${compliance.missing.join("; ") || "—"}</dd>
</dl>
<p class="actions"><a href="/certificate-sharing/partner-certificates/${outcome.claim_id}/evidence">View the evidence</a></p>`,
	);
}

/** Errors from the browser form: a signed-out buyer goes to sign in and comes back; others get a readable page. */
export function renderClaimError(c: AppContext, token: string, error: unknown) {
	return renderErrorPage(c, error, "This certificate cannot be claimed", claimPathAfterSignIn(token));
}

/**
 * Who shares the certificate behind a sign-in's `next` path, so the sign-in page can say what the buyer is signing in
 * for. Counted against the same per-IP limit as the claim page: the sign-in page must not become a way around it to
 * test guessed tokens. Undefined for other paths, unknown tokens, or when the limit is reached.
 */
export async function claimPublisherFor(c: AppContext, next: string): Promise<string | undefined> {
	const path = next.split(/[?#]/)[0] ?? "";
	const token = path.startsWith(claimPath("")) ? path.slice(claimPath("").length) : undefined;
	if (!token || !isWellFormedClaimToken(token)) return undefined;
	try {
		await enforceRateLimit(c.env.CLAIM_SUMMARY_LIMITER, clientIp(c) ?? "unknown");
	} catch (error) {
		if (error instanceof ApiError && error.code === "RATE_LIMITED") return undefined;
		throw error;
	}
	// On the token's shard, which keeps a copy of the publisher's company row.
	const [row] = await c.var.shards
		.forToken(token)
		.db.select({ publisherName: companies.name })
		.from(claimTokens)
		.innerJoin(companies, eq(companies.id, claimTokens.publisherCompanyId))
		.where(eq(claimTokens.tokenHash, await hashClaimToken(token)));
	return row?.publisherName;
}
