import { z } from "@hono/zod-openapi";
import { CertificateIdParam } from "../certificates/certificates.routes";
import { ClaimIdParam } from "../inbox/inbox.routes";
import { PAGE_HEADERS, protectedRoute } from "../lib/routes";
import { RECORDING_ARCHIVE_FORMAT } from "../recordings/manifest";

const RecordingArchiveSchema = z
	.object({
		format: z.literal(RECORDING_ARCHIVE_FORMAT),
		certificate_id: z.string(),
		chunks: z
			.array(
				z.object({
					seq: z.number().int().min(0),
					data_base64: z.string().openapi({ description: "The chunk's bytes (a JSON array of rrweb events), base64" }),
				}),
			)
			.openapi({ description: "Every chunk stored, in order" }),
	})
	.openapi("RecordingArchive", {
		description:
			"A witnessed certificate's session recording: each chunk's bytes as stored. Its SHA-256s, in order, must be the `witness.recording.chunks` of the signed record; `npx econsent verify bundle.json --recording <file>` checks it offline.",
	});

const archiveResponse = {
	200: {
		content: { "application/json": { schema: RecordingArchiveSchema } },
		description: "The recording archive, as a download (`Content-Disposition: attachment`)",
	},
};

const pageResponse = {
	200: {
		content: { "text/html": { schema: z.string().openapi({ description: "An HTML page" }) } },
		description: "The replay page",
	},
};

const archiveDescription =
	"The session recording of a witnessed certificate as one file: each chunk's bytes, as stored, in order. " +
	"Every download is recorded as a `recording_downloaded` event on the certificate's access log. " +
	"A certificate asserted by the publisher's server has no recording: 404.";

const pageDescription =
	"A page that plays the session recording of a witnessed certificate in the browser, after checking every chunk " +
	"against the manifest in the signed record (and the record's Ed25519 signature against the published keys); a " +
	"chunk changed, missing or unexpected is named by its place and the recording is not played. At the end it " +
	"outlines the consent notice and shows its text as it was at submit. Each view is recorded as a `replay_viewed` " +
	"event on the certificate's access log. A signed-out browser is sent to sign in.";

export const getClaimRecording = protectedRoute(
	{ scope: "evidence:read" },
	{
		operationId: "getPartnerCertificateRecording",
		rateLimit: "costly-reads",
		sends: { always: PAGE_HEADERS, onSuccess: ["Content-Disposition"] },
		tag: "Buyer inbox",
		summary: "Download the session recording of a claimed certificate",
		description: `${archiveDescription} Only the buyer that claimed it may download it.`,
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificate-sharing/partner-certificates/{claimId}/recording",
		request: { params: ClaimIdParam },
		responses: archiveResponse,
	},
);

export const getCertificateRecording = protectedRoute(
	{ scope: "certificates:read" },
	{
		operationId: "getCertificateRecording",
		rateLimit: "costly-reads",
		sends: { always: PAGE_HEADERS, onSuccess: ["Content-Disposition"] },
		tag: "Certificates",
		summary: "Download the session recording of one of the publisher's certificates",
		description: `${archiveDescription} Another company's certificate answers the same 404 as one that does not exist.`,
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificates/{id}/recording",
		request: { params: CertificateIdParam },
		responses: archiveResponse,
	},
);

export const getClaimReplay = protectedRoute(
	"session",
	{
		operationId: "getPartnerCertificateReplayPage",
		sends: { always: PAGE_HEADERS },
		tag: "Buyer inbox",
		summary: "Watch the session recording of a claimed certificate",
		description: `${pageDescription} Only the buyer that claimed it may open it.`,
		errors: ["NOT_FOUND"],
		signInRedirect: true,
	},
	{
		method: "get",
		path: "/certificate-sharing/partner-certificates/{claimId}/replay",
		request: { params: ClaimIdParam },
		responses: pageResponse,
	},
);

export const getCertificateReplay = protectedRoute(
	"session",
	{
		operationId: "getCertificateReplayPage",
		sends: { always: PAGE_HEADERS },
		tag: "Certificates",
		summary: "Watch the session recording of one of the publisher's certificates",
		description: `${pageDescription} Another company's certificate answers the same 404 as one that does not exist.`,
		errors: ["NOT_FOUND"],
		signInRedirect: true,
	},
	{
		method: "get",
		path: "/certificates/{id}/replay",
		request: { params: CertificateIdParam },
		responses: pageResponse,
	},
);
