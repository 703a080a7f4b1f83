// A session recording's manifest and the archive a party downloads. Pure (Web Crypto only), so the service, the
// replay page and the offline verifiers check recordings with the same code.
//
// The signed record of a witnessed certificate holds the manifest (src/signing/canonical.ts, `witness.recording`):
// the SHA-256 of each chunk's bytes in upload order, and their total. Whoever holds the chunks can recompute it, so a
// chunk changed, dropped, added or moved after capture shows as a difference at its place.
import * as z from "zod";
import type { Witness } from "../signing/canonical";

export type RecordingManifest = Witness["recording"];

// Defined beside this file so the capture script can import them without this module's schemas.
export { MAX_CHUNK_BYTES, MAX_CHUNKS_PER_SESSION } from "./limits";

/** Where chunk `seq` of a session (the certificate's id) is kept in the RECORDINGS bucket. */
export function recordingChunkKey(certificateId: string, seq: number): string {
	return `recordings/${certificateId}/${String(seq).padStart(6, "0")}`;
}

/** Everything stored under one recording, for listing and deleting. */
export const recordingPrefix = (certificateId: string) => `recordings/${certificateId}/`;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
	let hex = "";
	for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
	return hex;
}

export async function manifestOf(chunks: readonly Uint8Array[]): Promise<RecordingManifest> {
	return {
		chunks: await Promise.all(chunks.map(sha256Hex)),
		total_bytes: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
	};
}

export type ChunkProblem =
	| { seq: number; problem: "changed"; expected_sha256: string; actual_sha256: string }
	| { seq: number; problem: "missing"; expected_sha256: string }
	| { seq: number; problem: "unexpected"; actual_sha256: string };

/** Every difference between the chunks held and the signed manifest, by place; empty when they match. */
export async function checkRecording(
	manifest: RecordingManifest,
	chunks: readonly Uint8Array[],
): Promise<{ problems: ChunkProblem[]; total_bytes: number }> {
	const actual = await manifestOf(chunks);
	const problems: ChunkProblem[] = [];
	const places = Math.max(manifest.chunks.length, actual.chunks.length);
	for (let seq = 0; seq < places; seq++) {
		const expected = manifest.chunks[seq];
		const found = actual.chunks[seq];
		if (expected === undefined && found !== undefined)
			problems.push({ seq, problem: "unexpected", actual_sha256: found });
		else if (expected !== undefined && found === undefined)
			problems.push({ seq, problem: "missing", expected_sha256: expected });
		else if (expected !== found)
			problems.push({ seq, problem: "changed", expected_sha256: expected ?? "", actual_sha256: found ?? "" });
	}
	return { problems, total_bytes: actual.total_bytes };
}

/**
 * The recording as one file a party downloads and keeps beside the evidence bundle: every chunk's bytes in order
 * (base64, so they come back byte for byte). The offline verifiers check it against the bundle's signed manifest.
 */
export const RECORDING_ARCHIVE_FORMAT = "econsent-recording/1";

export const RecordingArchiveSchema = z.strictObject({
	format: z.literal(RECORDING_ARCHIVE_FORMAT),
	certificate_id: z.string(),
	chunks: z.array(z.strictObject({ seq: z.number().int().min(0), data_base64: z.string() })),
});

export type RecordingArchive = z.infer<typeof RecordingArchiveSchema>;

function fromBase64(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

function toBase64(bytes: Uint8Array): string {
	let binary = "";
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

export function toRecordingArchive(certificateId: string, chunks: readonly Uint8Array[]): RecordingArchive {
	return {
		format: RECORDING_ARCHIVE_FORMAT,
		certificate_id: certificateId,
		chunks: chunks.map((chunk, seq) => ({ seq, data_base64: toBase64(chunk) })),
	};
}

/** The archive's chunks in the order it lists them (an archive edited to reorder them is checked as reordered). */
export function chunksOfArchive(archive: RecordingArchive): Uint8Array[] {
	return archive.chunks.map((chunk) => fromBase64(chunk.data_base64));
}
