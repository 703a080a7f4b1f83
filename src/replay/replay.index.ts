// A witnessed certificate's session recording, for the buyer that claimed it and for its publisher: the archive to
// download and keep with the evidence, and a page that checks it against the signed record and plays it. The page's
// script is src/replay/browser/replay-in-browser.ts with @rrweb/replay, bundled by scripts/build-scripts.mjs and
// inlined here as text (rrweb's own stylesheet is in that script, which adds it to the page).
import replayScript from "../../dist/verifier/replay-page.js";
import { renderErrorPage, renderNoncedScriptPage, setNoLeakHeaders, wantsHtml } from "../lib/html";
import { type AppContext, createRouter } from "../lib/http";
import { toRecordingArchive } from "../recordings/manifest";
import { findRecording, type RecordingReader, readStoredChunks, recordRecordingAccess } from "./read-recording";
import * as routes from "./replay.routes";
import { REPLAY_CSS, replayPageBody } from "./replay-page";

// What the page's script and rrweb's replayer need, and nothing more. Scripts: only ours (the nonce); the replayer
// runs none of the recorded page's (its iframe is sandboxed without allow-scripts). Connections: this origin only
// (the archive, the published keys). Styles: the recorded page's own stylesheets are inline <style> elements and
// style attributes that rrweb writes into its iframe, which inherits this policy, so inline styles are allowed;
// they can load nothing, since images are limited to data: URLs (rrweb's cursor) and fonts and frames from
// anywhere are refused (the replayer's iframe is about:blank, which no fetch directive governs).
const REPLAY_POLICY = "style-src 'unsafe-inline'; img-src data:; connect-src 'self'";

async function downloadRecording(c: AppContext, reader: RecordingReader) {
	const read = await findRecording(c, reader);
	const chunks = await readStoredChunks(c.env.RECORDINGS, read);
	recordRecordingAccess(c, read, "recording_downloaded");
	c.header("Content-Disposition", `attachment; filename="${read.certificate.id}.recording.json"`);
	return c.json(toRecordingArchive(read.certificate.id, chunks), 200);
}

async function replayPage(c: AppContext, reader: RecordingReader) {
	try {
		const read = await findRecording(c, reader);
		recordRecordingAccess(c, read, "replay_viewed");
		return renderNoncedScriptPage(c, {
			title: `Session recording of ${read.certificate.id}`,
			body: replayPageBody(read),
			script: replayScript,
			css: REPLAY_CSS,
			policy: REPLAY_POLICY,
		});
	} catch (error) {
		// A client that asked for JSON gets the error in the one error shape; a browser gets a page (or sign-in).
		if (!wantsHtml(c)) throw error;
		return renderErrorPage(c, error, "Recording not available", new URL(c.req.url).pathname);
	}
}

export const replayRouter = createRouter()
	.openapi(routes.getClaimRecording, async (c) => {
		setNoLeakHeaders(c);
		return downloadRecording(c, { kind: "buyer", claimId: c.req.valid("param").claimId });
	})
	.openapi(routes.getCertificateRecording, async (c) => {
		setNoLeakHeaders(c);
		return downloadRecording(c, { kind: "publisher", certificateId: c.req.valid("param").id });
	})
	.openapi(routes.getClaimReplay, (c) => replayPage(c, { kind: "buyer", claimId: c.req.valid("param").claimId }))
	.openapi(routes.getCertificateReplay, (c) =>
		replayPage(c, { kind: "publisher", certificateId: c.req.valid("param").id }),
	);
