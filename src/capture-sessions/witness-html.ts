// The source and witnessed signals as the claim page and the evidence report show them.
import { html, type Markup } from "../lib/html";
import { type CertificateSource, describeOptin, type WitnessSignals } from "./witness-view";

const FILLED_WORDS: Record<WitnessSignals["fields"][number]["filled"], string> = {
	typed: "typed",
	pasted: "pasted",
	autofilled: "filled by the browser",
	empty: "left empty",
};

/** <dt>/<dd> pairs for a definition list. */
export function sourceAndSignals(source: CertificateSource, signals: WitnessSignals | null): Markup {
	if (source === "asserted" || !signals) {
		return html`<dt>Source</dt><dd>Asserted <span class="muted">(sent by the publisher's server; nothing on the page was measured by this service)</span></dd>`;
	}
	const { notice } = signals;
	return html`<dt>Source</dt><dd>Witnessed <span class="muted">(measured on the form page by the capture script)</span></dd>
<dt>Notice font size</dt><dd>${notice.font_size_px} px</dd>
<dt>Notice contrast</dt><dd>${notice.contrast_ratio}:1</dd>
<dt>Notice visible</dt><dd>${notice.visible ? "Yes, it was in view" : "No, it was never in view"}</dd>
<dt>Opt-in</dt><dd>${describeOptin(signals.optin)}</dd>
<dt>Time on page</dt><dd>${signals.seconds_on_page} s</dd>
<dt>Fields</dt><dd>${
		signals.fields.length === 0
			? "—"
			: html`<ul class="items">${signals.fields.map((field) => html`<li><span class="mono">${field.name}</span> (${field.kind}): ${FILLED_WORDS[field.filled]}</li>`)}</ul>`
	}</dd>
<dt>Recording</dt><dd>${signals.recording.chunks} chunks, ${signals.recording.total_bytes} bytes</dd>`;
}
