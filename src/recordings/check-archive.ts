// A recording archive checked against the manifest a certificate's signed record holds: the one check the service's
// replay page and both offline verifiers run, so they agree on every archive.
import type { ConsentRecord } from "../signing/canonical";
import { type ChunkProblem, checkRecording, chunksOfArchive, RecordingArchiveSchema } from "./manifest";

export interface ArchiveCheck {
	valid: boolean;
	detail: string;
	/** Each chunk that differs from the manifest, by place; empty when the archive could not be read at all. */
	problems: ChunkProblem[];
}

const shortHash = (hex: string) => `${hex.slice(0, 12)}…`;

/** One problem in plain words, naming the chunk's place (seq) and what is wrong with it. */
export function describeChunkProblem(problem: ChunkProblem): string {
	switch (problem.problem) {
		case "changed":
			return `chunk seq ${problem.seq} changed (signed SHA-256 ${shortHash(problem.expected_sha256)}, found ${shortHash(problem.actual_sha256)})`;
		case "missing":
			return `chunk seq ${problem.seq} missing (signed SHA-256 ${shortHash(problem.expected_sha256)})`;
		case "unexpected":
			return `chunk seq ${problem.seq} unexpected: the signed manifest has no chunk there`;
	}
}

export async function checkRecordingArchive(record: ConsentRecord, input: unknown): Promise<ArchiveCheck> {
	const fail = (detail: string, problems: ChunkProblem[] = []): ArchiveCheck => ({ valid: false, detail, problems });
	const manifest = record.witness?.recording;
	if (!manifest) return fail("the certificate was not witnessed: its signed record has no recording to check against");
	const parsed = RecordingArchiveSchema.safeParse(input);
	if (!parsed.success) {
		const where = parsed.error.issues
			.slice(0, 3)
			.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
			.join("; ");
		return fail(`the recording file is not an econsent-recording/1 archive: ${where}`);
	}
	const archive = parsed.data;
	if (archive.certificate_id !== record.certificate_id)
		return fail(`the recording archive is certificate ${archive.certificate_id}'s, not ${record.certificate_id}'s`);
	let chunks: Uint8Array[];
	try {
		chunks = chunksOfArchive(archive);
	} catch {
		const bad = archive.chunks.findIndex((chunk) => !/^[A-Za-z0-9+/]*={0,2}$/.test(chunk.data_base64));
		return fail(`chunk seq ${bad === -1 ? "?" : bad} of the archive is not base64`);
	}
	const { problems, total_bytes } = await checkRecording(manifest, chunks);
	if (problems.length > 0) {
		const listed = problems.slice(0, 10).map(describeChunkProblem);
		const more = problems.length > 10 ? `; and ${problems.length - 10} more` : "";
		return fail(`${listed.join("; ")}${more}`, problems);
	}
	if (total_bytes !== manifest.total_bytes)
		return fail(`the chunks total ${total_bytes} bytes, the signed manifest ${manifest.total_bytes}`);
	return {
		valid: true,
		detail: `${chunks.length} chunk${chunks.length === 1 ? "" : "s"}, ${total_bytes} bytes, each as the signed manifest lists it`,
		problems,
	};
}
