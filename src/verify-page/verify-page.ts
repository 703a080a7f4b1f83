// The /verify page's markup. Its script (./browser/verify-in-browser.ts) fills #result; everything else is static,
// so the page says what it does even before a file is chosen, and when script is off.
import { WHAT_IT_CHECKED } from "../evidence/cli";
import { html } from "../lib/html";

export function verifyPageBody(keysUrl: string) {
	return html`<h1>Verify an evidence bundle</h1>
<p>Checks an evidence bundle in this browser, with the same checks as <code>npx econsent verify</code>: the
signatures, the audit chain and the records it keeps, and a witnessed certificate's session recording. The files you choose are read here and never sent anywhere;
this page makes no request at all.</p>
<p class="muted">To verify without a network, save this page (Ctrl+S or ⌘S) and open the saved file.</p>
<label for="bundle-file">Evidence bundle (the downloaded JSON file)</label>
<input type="file" id="bundle-file" accept=".json,application/json">
<label for="keys-file">Public keys, optional</label>
<p class="muted" id="keys-help">A copy of <a href="${keysUrl}">${keysUrl}</a> saved when the bundle was produced. Without
it the bundle's own keys are used, and their thumbprints are shown for you to compare.</p>
<input type="file" id="keys-file" accept=".json,application/json" aria-describedby="keys-help">
<label for="access-log-file">Access log, optional</label>
<p class="muted" id="access-log-help">The file at the bundle's <code>access_log.url</code>, downloaded after the
bundle: every read of the evidence is then checked too.</p>
<input type="file" id="access-log-file" accept=".json,application/json" aria-describedby="access-log-help">
<label for="recording-file">Session recording, optional</label>
<p class="muted" id="recording-help">For a witnessed certificate: the recording archive downloaded beside the bundle
(<code>…/recording</code>). Each chunk is checked against the list of hashes in the signed record.</p>
<input type="file" id="recording-file" accept=".json,application/json" aria-describedby="recording-help">
<p class="muted">You can also drop the files anywhere on this page.</p>
<noscript><p class="error">This page verifies with JavaScript, which is turned off.</p></noscript>
<section id="result" aria-live="polite" hidden></section>
<h2>What each check establishes</h2>
<dl>${Object.entries(WHAT_IT_CHECKED).map(([check, what]) => html`<dt><code>${check}</code></dt><dd>${what}</dd>`)}
<dt><code>hmac_signature</code></dt><dd>not checked here: it needs the service's secret key; the bundle carries the
service's own result</dd></dl>`;
}
