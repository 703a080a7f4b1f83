// The transparency section of an evidence bundle (v3) and its offline check. Pure: the verifier CLI, the single-file
// build and the /verify page run it with no network. The section ties each event of the bundle's audit chain, by its
// hash, to a leaf of the log under a signed checkpoint; an event written moments before the export is listed as
// pending inclusion instead.
import * as z from "zod";
import { fromBase64, fromHex, HASH_SIZE, leafHash, verifyInclusion } from "./merkle";
import { openCheckpoint, parseVerifierKey } from "./note";

export const TransparencySchema = z.object({
	checkpoint: z.string().max(100_000).describe("The log's signed checkpoint note (C2SP tlog-checkpoint) at export"),
	verifier_key: z
		.string()
		.max(300)
		.describe("The log's note verifier key, as /.well-known/econsent/keys.json lists it under transparency_log"),
	entries: z
		.array(
			z.object({
				seq: z.number().int().min(1),
				log_index: z.number().int().min(0),
				inclusion_proof: z.array(z.string().max(44)).max(64).describe("Base64 SHA-256 hashes, RFC 9162 §2.1.3"),
			}),
		)
		.describe("Each audit chain event in the checkpoint: its leaf index and inclusion proof"),
	pending: z
		.array(z.number().int().min(1))
		.describe("Seqs of events written too recently to be in the checkpoint: pending inclusion, within seconds"),
});
export type Transparency = z.infer<typeof TransparencySchema>;

export const TRANSPARENCY_METHOD =
	"Every audit and access event is an entry of one append-only Merkle log (RFC 6962/9162 hashing; C2SP tlog-tiles at /log/tile/): the entry is the event's 32-byte hash, leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right). transparency.checkpoint is a C2SP signed note (origin, tree size, base64 root) signed with the Ed25519 note key transparency.verifier_key (also at keys_url). Each entry's inclusion_proof shows that the event with that seq is the leaf at log_index of the checkpoint's tree. Keep the checkpoint: any later checkpoint of the log must be consistent with it (GET /log/proof/consistency?from=&to=), so a history rewritten after this export shows, even when the bundle is re-signed.";

export interface TransparencyCheck {
	valid: boolean;
	detail: string;
	/** The tree size and root this bundle's events are proven under, when the checkpoint verified. */
	checkpoint?: { size: number; root: Uint8Array; note: string };
	pendingSeqs: number[];
}

/**
 * Checks the checkpoint's signature with the log key (a trusted copy when given, else the bundle's), then every
 * event of the chain: in the checkpoint by its inclusion proof, or listed as pending. Names the first event that is
 * not in the log.
 */
export async function checkTransparency(
	section: Transparency,
	events: readonly { seq: number; hash: string }[],
	trustedVerifierKey?: string,
): Promise<TransparencyCheck> {
	const fail = (detail: string): TransparencyCheck => ({ valid: false, detail, pendingSeqs: section.pending });
	let checkpoint: Awaited<ReturnType<typeof openCheckpoint>>;
	try {
		const key = await parseVerifierKey(trustedVerifierKey ?? section.verifier_key);
		checkpoint = await openCheckpoint(section.checkpoint, key);
	} catch (error) {
		return fail(`the log checkpoint does not verify: ${(error as Error).message}`);
	}
	const bySeq = new Map(section.entries.map((e) => [e.seq, e]));
	const pending = new Set(section.pending);
	for (const event of events) {
		const entry = bySeq.get(event.seq);
		if (!entry) {
			if (pending.has(event.seq)) continue;
			return fail(`event seq ${event.seq} is not in the log: no inclusion proof and not pending inclusion`);
		}
		if (!/^[0-9a-f]{64}$/.test(event.hash)) return fail(`event seq ${event.seq} has no SHA-256 hash`);
		let proof: Uint8Array[];
		try {
			proof = entry.inclusion_proof.map(fromBase64);
		} catch {
			return fail(`event seq ${event.seq}: its inclusion proof is not base64`);
		}
		if (proof.some((p) => p.length !== HASH_SIZE)) return fail(`event seq ${event.seq}: malformed inclusion proof`);
		const leaf = await leafHash(fromHex(event.hash));
		if (!(await verifyInclusion(entry.log_index, checkpoint.size, leaf, proof, checkpoint.root)))
			return fail(
				`event seq ${event.seq} is not in the log: its hash is not leaf ${entry.log_index} of the checkpoint's tree of ${checkpoint.size}`,
			);
	}
	const seqs = new Set(events.map((e) => e.seq));
	const stray = [...bySeq.keys(), ...pending].find((s) => !seqs.has(s));
	if (stray !== undefined) return fail(`the log section names seq ${stray}, which is not in the audit chain`);
	const proven = events.length - events.filter((e) => !bySeq.has(e.seq)).length;
	return {
		valid: true,
		detail: `${proven} of ${events.length} events proven in the log ${checkpoint.origin} at size ${checkpoint.size}${
			section.pending.length > 0 ? `; seq ${section.pending.join(", ")} pending inclusion` : ""
		}`,
		checkpoint: { size: checkpoint.size, root: checkpoint.root, note: section.checkpoint },
		pendingSeqs: section.pending,
	};
}
