import { describe, expect, it } from "vitest";
import { sha256 } from "../../src/transparency-log/merkle";
import {
	checkpointBody,
	cosignCheckpoint,
	cosignerVerifierKey,
	formatVerifierKey,
	generateSignerKey,
	openCheckpoint,
	openNote,
	parseSignerKey,
	parseVerifierKey,
	signNote,
	verifyCosignature,
} from "../../src/transparency-log/note";

// The example of golang.org/x/mod/sumdb/note (and of C2SP signed-note): Ed25519 signatures are deterministic, so
// signing the text with the published private key must give the published note byte for byte.
const GO_SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const GO_VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_NOTE = `${GO_TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

describe("signed notes", () => {
	it("signs the Go reference note byte for byte and derives its verifier key", async () => {
		const signer = await parseSignerKey(GO_SIGNER);
		expect(await signNote(GO_TEXT, signer)).toBe(GO_NOTE);
		expect(formatVerifierKey(signer)).toBe(GO_VERIFIER);
	});

	it("opens the reference note with its key and refuses a changed text or another key", async () => {
		const key = await parseVerifierKey(GO_VERIFIER);
		expect((await openNote(GO_NOTE, key)).text).toBe(GO_TEXT);
		await expect(openNote(GO_NOTE.replace("cryptography", "cryptographY"), key)).rejects.toThrow(/does not match/);
		const other = await parseVerifierKey(
			formatVerifierKey(await parseSignerKey(await generateSignerKey("PeterNeumann"))),
		);
		await expect(openNote(GO_NOTE, other)).rejects.toThrow(/not signed by/);
	});

	it("refuses verifier keys whose hash does not match", async () => {
		await expect(parseVerifierKey(GO_VERIFIER.replace("c74f20a3", "c74f20a4"))).rejects.toThrow(/hash/);
		await expect(parseVerifierKey("PeterNeumann+c74f20a3")).rejects.toThrow();
	});

	it("accepts a published cosignature (type 0x04) verifier key", async () => {
		// From the tests of transparency-dev/formats (note_cosigv1_test.go).
		const key = await parseVerifierKey("remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2");
		expect(key.type).toBe(4);
	});
});

describe("checkpoints and cosignatures", () => {
	it("signs a checkpoint that opens with the log key and carries origin, size and root", async () => {
		const signer = await parseSignerKey(await generateSignerKey("example.com/econsent-log"));
		const root = await sha256(new Uint8Array([1]));
		const note = await signNote(checkpointBody({ origin: signer.name, size: 42, root }), signer);
		const checkpoint = await openCheckpoint(note, await parseVerifierKey(formatVerifierKey(signer)));
		expect(checkpoint.size).toBe(42);
		expect(checkpoint.root).toEqual(root);
		await expect(
			openCheckpoint(note.replace("\n42\n", "\n43\n"), await parseVerifierKey(formatVerifierKey(signer))),
		).rejects.toThrow();
	});

	it("verifies a witness's cosignature over the checkpoint body and refuses it on another body", async () => {
		const log = await parseSignerKey(await generateSignerKey("example.com/econsent-log"));
		const witness = await parseSignerKey(await generateSignerKey("witness.example"));
		const root = await sha256(new Uint8Array([2]));
		const body = checkpointBody({ origin: log.name, size: 7, root });
		const note = await signNote(body, log);
		const line = await cosignCheckpoint(body, witness, 1_700_000_000);
		const witnessKey = await parseVerifierKey(await cosignerVerifierKey(witness));
		expect(await verifyCosignature(note + line, witnessKey)).toEqual({ timestamp: 1_700_000_000, line });
		const otherNote = await signNote(checkpointBody({ origin: log.name, size: 8, root }), log);
		expect(await verifyCosignature(otherNote + line, witnessKey)).toBeNull();
	});
});
