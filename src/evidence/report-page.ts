// The evidence report: the evidence bundle as a printable page a paralegal can save as PDF. It renders the same
// bundle the offline verifier checks, so the page and the file never disagree. Same security headers as the claim
// page (renderPage); a signed-out buyer is sent to sign in and comes back here.
import { sourceAndSignals } from "../capture-sessions/witness-html";
import { signalsOf, sourceOf } from "../capture-sessions/witness-view";
import type { ComplianceResult } from "../compliance";
import { html, type Markup, renderErrorPage, renderPage, time } from "../lib/html";
import type { AppContext } from "../lib/http";
import { buyerReplayPath } from "../replay/replay-page";
import type { EvidenceBundle } from "./bundle";
import { jwkThumbprint } from "./verify-bundle";

const orDash = (value: string | null | undefined) => value || "—";

/** Only web addresses become links: a stored "javascript:" URL must never be clickable. */
function link(url: string | null) {
	if (!url) return "—";
	return /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noreferrer noopener">${url}</a>` : url;
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** An event's details one "key: value" per line; recorded times read as UTC like every other time on the page. */
function prettyDetails(details: string): Markup {
	let parsed: Record<string, unknown>;
	try {
		parsed = JSON.parse(details) as Record<string, unknown>;
	} catch {
		return html`${details}`;
	}
	const lines = Object.entries(parsed).map(([key, value]) => {
		if (typeof value === "string" && ISO_TIME.test(value)) return html`${key}: ${time(value)}`;
		return html`${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`;
	});
	return html`${lines.map((line, i) => (i === 0 ? line : html`\n${line}`))}`;
}

function complianceSection(compliance: EvidenceBundle["compliance"]): Markup {
	if (!compliance) return html`<p class="muted">No compliance check was recorded.</p>`;
	const result = compliance as unknown as ComplianceResult;
	const rules = result.rules ?? [];
	return html`<p><span class="status ${result.status}">${result.status}</span> score ${result.score}% · grade ${result.grade} · ${result.rules_evaluated} rule(s) evaluated${result.state ? ` · consumer state ${result.state}` : ""}</p>
${result.rules_evaluated === 0 ? html`<p class="muted">None of the buyer's consent rules applied to this certificate when it was claimed.</p>` : ""}
<dl>
<dt>Phrases found</dt><dd>${result.matched?.join("; ") || "—"}</dd>
<dt>Phrases missing</dt><dd>${result.missing?.join("; ") || "—"}</dd>
<dt>Forbidden phrases found</dt><dd>${result.forbidden_found?.join("; ") || "—"}</dd>
</dl>
${
	rules.length > 0
		? html`<h3>Rules</h3><ul class="items">
${rules.map(
	(r) =>
		html`<li><p><strong>${r.rule_name}</strong> <span class="status ${r.passed ? "pass" : "fail"}">${r.passed ? "passed" : "failed"} (${r.score}%)</span> <span class="muted">${r.mode} mode</span></p>
<dl><dt>Missing</dt><dd>${r.missing.join("; ") || "—"}</dd><dt>Forbidden found</dt><dd>${r.forbidden_found.join("; ") || "—"}</dd></dl></li>`,
)}
</ul>`
		: ""
}`;
}

function revocationsSection(revocations: NonNullable<EvidenceBundle["revocations"]>): Markup {
	if (revocations.length === 0) return html``;
	return html`<h2>Consent revoked</h2>
<p>The consumer revoked this consent. Each revocation is on the audit trail below (event <code>revoked</code>).</p>
<table><thead><tr><th>Received</th><th>Channel</th><th>Honor by</th><th>Recorded by</th><th>Audit event</th></tr></thead><tbody>
${revocations.map(
	(r) =>
		html`<tr><td>${time(r.received_at)}</td><td>${r.channel}</td><td>${time(r.honor_by)}</td><td class="mono">${r.recorded_by_company_id}</td><td>#${r.seq}</td></tr>`,
)}
</tbody></table>`;
}

export async function renderEvidenceReport(c: AppContext, bundle: EvidenceBundle) {
	const { certificate: record, claim, verification } = bundle;
	const keys = await Promise.all(
		bundle.public_keys.keys.map(async (k) => ({ kid: k.kid, x: k.x, thumbprint: await jwkThumbprint(k) })),
	);
	const serviceResult = (check: string) => verification.checks.find((v) => v.check === check);
	const bundleUrl = `${new URL(c.req.url).pathname}?format=bundle`;
	// Absolute, so a printed report still says where the verifier is.
	const verifyUrl = `${bundle.issuer}/verify`;

	return renderPage(
		c,
		`Consent evidence report ${record.certificate_id}`,
		html`<h1>Consent evidence report</h1>
<p><span class="status ${claim.status}">${claim.status}</span>${(bundle.revocations ?? []).length > 0 ? html` <span class="status revoked">consent revoked</span>` : ""}
<span class="status ${verification.valid ? "pass" : "fail"}">${verification.valid ? "All checks passed" : "Verification failed"}</span></p>
<p class="muted">Generated ${time(bundle.generated_at)} by ${bundle.issuer}. This report's reading is recorded on the access log within seconds.</p>

<h2>Certificate</h2>
<dl>
<dt>Certificate id</dt><dd><code>${record.certificate_id}</code></dd>
<dt>Claim id</dt><dd>${claim.claim_id}</dd>
<dt>Publisher</dt><dd>${claim.publisher_name} <span class="muted">(${record.publisher_company_id})</span></dd>
<dt>Property</dt><dd class="mono">${claim.property_domain}</dd>
<dt>Form page</dt><dd>${link(record.page_url)}</dd>
<dt>Consent captured</dt><dd>${time(record.consent_captured_at)}</dd>
<dt>Certificate created</dt><dd>${time(record.created_at)}</dd>
<dt>Shared</dt><dd>${time(claim.shared_at)}</dd>
<dt>Claimed</dt><dd>${time(claim.claimed_at)}</dd>
<dt>Claim link expiry</dt><dd>${time(claim.token_expires_at)} <span class="muted">(the evidence does not expire)</span></dd>
<dt>Consumer IP</dt><dd>${orDash(record.consumer.ip)}</dd>
<dt>Consumer browser</dt><dd>${orDash(record.consumer.user_agent)}</dd>
<dt>Location</dt><dd>${[record.geo.city, record.geo.state, record.geo.country].filter(Boolean).join(", ") || "—"}</dd>
<dt>Lead email (SHA-256)</dt><dd><code class="value">${orDash(record.lead.email_sha256)}</code></dd>
<dt>Lead phone (SHA-256)</dt><dd><code class="value">${orDash(record.lead.phone_sha256)}</code></dd>
<dt>Session replay</dt><dd>${link(record.source === "witnessed" ? `${bundle.issuer}${buyerReplayPath(claim.claim_id)}` : record.recording_url)}</dd>
</dl>

${revocationsSection(bundle.revocations ?? [])}
<h2>How consent was captured</h2>
<dl>
${sourceAndSignals(sourceOf(record.source), signalsOf(record.witness))}
</dl>

<h2>Consent language shown to the consumer</h2>
<blockquote>${record.consent_text}</blockquote>

<h2>Compliance with the buyer's consent rules (at claim time)</h2>
${complianceSection(bundle.compliance)}

<h2>Signatures</h2>
<ul class="items">
${bundle.signatures.map((s) => {
	const result = serviceResult(s.algorithm === "Ed25519" ? "ed25519_signature" : "hmac_signature");
	const verdict = result ? (result.valid ? "valid" : `INVALID: ${orDash(result.detail)}`) : "—";
	return html`<li><p><strong>${s.algorithm}</strong> <span class="status ${result?.valid ? "pass" : "fail"}">verified now: ${verdict}</span></p>
<p class="muted">Key id <span class="mono">${s.key_id}</span></p><code class="value">${s.value}</code></li>`;
})}
</ul>
<p class="muted">Both signatures cover the RFC 8785 canonical JSON of the certificate record. Anyone can check the Ed25519
signature with the public key below, also published at <span class="mono">${bundle.keys_url}</span>.</p>
<dl>
${keys.map((k) => html`<dt>Public key <span class="mono">${k.kid}</span></dt><dd><code class="value">x = ${k.x}</code><span class="muted">JWK thumbprint (RFC 7638)</span> <code class="value">${k.thumbprint}</code></dd>`)}
</dl>

<h2>Verification</h2>
<ul class="items">
${verification.checks.map(
	(v) =>
		html`<li><p><span class="status ${v.valid ? "pass" : "fail"}">${v.valid ? "pass" : "FAIL"}</span> <strong>${v.check.replaceAll("_", " ")}</strong></p>
${v.detail || v.broken_at_seq !== undefined ? html`<p class="muted">${orDash(v.detail)}${v.broken_at_seq !== undefined ? ` (at event seq ${v.broken_at_seq})` : ""}</p>` : ""}</li>`,
)}
</ul>

<h2>Audit trail (${bundle.audit_chain.length} events, hash-chained)</h2>
<ol class="timeline">
${bundle.audit_chain.map(
	(e) =>
		html`<li><p><strong>${e.seq}. ${e.event_type.replaceAll("_", " ")}</strong> · ${time(e.created_at)}</p>
${
	"redacted" in e
		? html`<p class="muted">Concerns another party: shown only as its commitment, which the chain verifies.</p>`
		: html`<p class="muted">company <span class="mono">${orDash(e.actor_company_id)}</span>${e.actor_user_id ? html` · user <span class="mono">${e.actor_user_id}</span>` : ""} · IP ${orDash(e.ip)}</p>
<div class="details">${prettyDetails(e.details)}</div>`
}
<p class="muted">hash</p><code class="value">${e.hash}</code></li>`,
)}
</ol>

${
	bundle.access_log
		? html`<h2>Access log</h2>
<p>Every read of this evidence and every verification is on the certificate's access log, a hash chain of its own:
<strong>${bundle.access_log.events}</strong> before this report, head <code>${bundle.access_log.head_hash}</code>. This
report's own access is recorded within seconds.
The audit trail commits to it whenever it grows. <a href="${bundle.access_log.url}">Download the access log</a> to see
and check each access.</p>`
		: ""
}

<h2>Verify it yourself</h2>
<p>Download the <a href="${bundleUrl}">evidence bundle</a> (one JSON file with the record, signatures, public key and
the whole audit chain) and check it offline: in a browser at <a href="${verifyUrl}">${verifyUrl}</a>, which reads the
file on your computer, sends nothing and works saved to disk; with <code>node econsent-verify.mjs bundle.json</code>,
the standalone verifier (one file, Node 20 or later); or with <code>npx econsent verify bundle.json</code> from this
project. Methods:</p>
<dl>
<dt>Canonical form</dt><dd>${bundle.methods.canonicalization}</dd>
<dt>Signatures</dt><dd>${bundle.methods.certificate_signatures}</dd>
<dt>Bundle signature</dt><dd>${bundle.methods.bundle_signature}</dd>
<dt>Audit chain</dt><dd>${bundle.methods.audit_chain}</dd>
${bundle.methods.access_log ? html`<dt>Access log</dt><dd>${bundle.methods.access_log}</dd>` : ""}
${bundle.methods.signature_encoding ? html`<dt>Encodings</dt><dd>${bundle.methods.signature_encoding}</dd>` : ""}
${bundle.methods.lead_contact ? html`<dt>Lead contact</dt><dd>${bundle.methods.lead_contact}</dd>` : ""}
</dl>`,
		200,
		"wide",
	);
}

/** Errors for the browser: a signed-out buyer signs in and comes back here; anything else gets a readable page. */
export function renderEvidenceError(c: AppContext, error: unknown) {
	const url = new URL(c.req.url);
	return renderErrorPage(c, error, "Evidence unavailable", url.pathname + url.search);
}
