// The replay page's markup. Its script (./browser/replay-in-browser.ts) reads the signed record embedded here,
// fetches the recording archive, checks it and plays it; everything else is static, so the page says what it is and
// whose certificate it shows even before the recording arrives, and when script is off.
import { toConsentRecord } from "../certificates/record";
import { html, jsonScriptText, time } from "../lib/html";
import type { RecordingRead } from "./read-recording";

/** What the page's script reads from the page (the element #replay-data), never from the network. */
export interface ReplayPageData {
	certificate_id: string;
	/** The signed record, exactly as the signatures cover it: its `witness.recording` is the manifest checked. */
	record: ReturnType<typeof toConsentRecord>;
	ed25519: { key_id: string; value: string } | null;
	/** Same-origin paths: the page's policy lets it connect to its own origin only. */
	archive_path: string;
	keys_path: string;
}

export const KEYS_PATH = "/.well-known/econsent/keys.json";

/** Where the claiming buyer watches a witnessed certificate's recording (the evidence's session_replay_url). */
export const buyerReplayPath = (claimId: number) => `/certificate-sharing/partner-certificates/${claimId}/replay`;

export function recordingPath(read: Pick<RecordingRead, "reader">): string {
	return read.reader.kind === "buyer"
		? `/certificate-sharing/partner-certificates/${read.reader.claimId}/recording`
		: `/certificates/${read.reader.certificateId}/recording`;
}

export function replayPageData(read: RecordingRead): ReplayPageData {
	const { certificate } = read;
	return {
		certificate_id: certificate.id,
		record: toConsentRecord(certificate),
		ed25519:
			certificate.ed25519KeyId && certificate.ed25519Signature
				? { key_id: certificate.ed25519KeyId, value: certificate.ed25519Signature }
				: null,
		archive_path: recordingPath(read),
		keys_path: KEYS_PATH,
	};
}

export function replayPageBody(read: RecordingRead) {
	const { certificate, manifest } = read;
	const data = replayPageData(read);
	return html`<h1>Session recording of certificate <code>${certificate.id}</code></h1>
<p>The consumer's visit to <code>${certificate.pageUrl}</code>, recorded by the capture script and signed with the
certificate. Before it plays, this page checks every chunk of the recording against the list of SHA-256 hashes in the
signed record, and the record's Ed25519 signature against the service's published keys.</p>
<dl>
<dt>Consent captured</dt><dd>${time(certificate.consentCapturedAt)}</dd>
<dt>Recording</dt><dd>${manifest.chunks.length} chunk${manifest.chunks.length === 1 ? "" : "s"}, ${manifest.total_bytes} bytes</dd>
<dt>Download</dt><dd><a href="${data.archive_path}" download>${certificate.id}.recording.json</a> (check it offline with
<code>econsent verify bundle.json --recording ${certificate.id}.recording.json</code>)</dd>
</dl>
<h2 id="check-heading">Check</h2>
<section id="status" aria-labelledby="check-heading" aria-live="polite" data-state="checking">
<p>Checking the recording against the signed record…</p>
</section>
<noscript><p class="error">This page checks and plays the recording with JavaScript, which is turned off.</p></noscript>
<h2 id="player-heading">Replay</h2>
<div class="replay-controls" role="group" aria-label="Replay controls">
<button type="button" id="play" disabled>Play from the start</button>
<button type="button" id="skip" disabled>Skip to the end</button>
</div>
<div id="player" class="replay-player" role="region" aria-labelledby="player-heading"></div>
<section id="notice" aria-labelledby="notice-heading" hidden>
<h2 id="notice-heading">The consent notice at submit</h2>
<p>The element the publisher's page marked as its consent notice (<code>data-econsent="notice"</code>), outlined in the
replay, held this text when the form was submitted:</p>
<blockquote id="notice-text"></blockquote>
<p id="notice-match" class="muted"></p>
</section>
<script type="application/json" id="replay-data">${jsonScriptText(data)}</script>`;
}

/**
 * The replay's own layout: the replayer scales the recorded page down to the width available (the script sets the
 * scale), so a 390 px phone shows the whole page without scrolling sideways.
 */
export const REPLAY_CSS = `
.replay-controls{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 1rem}
.replay-controls button{width:auto}
.replay-player{position:relative;overflow:hidden;border:1px solid #d8dde3;border-radius:6px;background:#fff;max-width:100%}
.replay-player iframe{border:0;transform-origin:0 0;display:block}
.replay-player .replayer-wrapper{transform-origin:0 0}
#status[data-state=failed]{border-left:4px solid #8a1c17;padding-left:.75rem}
#status[data-state=verified]{border-left:4px solid #1a6b2c;padding-left:.75rem}
`;
