// A witnessed certificate's session recording: the archive its buyer and publisher download, the replay page, the
// evidence's session_replay_url, and the offline verifiers' recording check. What the page does in a browser is
// tested in e2e/replay-page.test.ts.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EXIT_INVALID, EXIT_USAGE, EXIT_VALID, runCli } from "../src/evidence/cli";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import { chunksOfArchive, type RecordingArchive, recordingChunkKey } from "../src/recordings/manifest";
import { accessesRecorded, call, captureCertificate, createProperty, signup } from "./helpers";
import { claimedWitnessedCertificate, sampleChunks, shareAndClaim, witnessCertificate } from "./witnessed";

const claimPath = (claimId: number) => `/certificate-sharing/partner-certificates/${claimId}`;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function storedChunks(certificateId: string, count: number) {
	return Promise.all(
		Array.from({ length: count }, async (_, seq) => {
			const object = await env.RECORDINGS.get(recordingChunkKey(certificateId, seq));
			return object ? await object.text() : null;
		}),
	);
}

// Each case captures and claims a certificate through the API and some wait for the access events queue: more than
// the default 5 s when the machine is busy.
describe("the recording archive", { timeout: 30_000 }, () => {
	it("is the stored chunks in order, for the buyer that claimed it and for the publisher, each download logged", async () => {
		const chunks = sampleChunks(3);
		const { publisher, buyer, certificateId, claimId } = await claimedWitnessedCertificate(chunks);
		expect(await storedChunks(certificateId, 3)).toEqual(chunks);

		const byBuyer = await call<RecordingArchive>("GET", `${claimPath(claimId)}/recording`, { as: buyer });
		expect(byBuyer.status).toBe(200);
		expect(byBuyer.headers.get("content-disposition")).toBe(`attachment; filename="${certificateId}.recording.json"`);
		expect(byBuyer.headers.get("cache-control")).toBe("no-store");
		expect(byBuyer.json).toMatchObject({ format: "econsent-recording/1", certificate_id: certificateId });
		expect(chunksOfArchive(byBuyer.json).map(decode)).toEqual(chunks);
		expect(byBuyer.json.chunks.map((c) => c.seq)).toEqual([0, 1, 2]);

		const byPublisher = await call<RecordingArchive>("GET", `/certificates/${certificateId}/recording`, {
			as: publisher,
		});
		expect(byPublisher.status).toBe(200);
		expect(byPublisher.text).toBe(byBuyer.text);

		const accesses = await accessesRecorded(certificateId, 2);
		const downloads = accesses.filter((a) => a.event_type === "recording_downloaded");
		expect(downloads.map((a) => a.actor_company_id).sort()).toEqual([buyer.company.id, publisher.company.id].sort());
		const buyerDownload = downloads.find((a) => a.actor_company_id === buyer.company.id);
		expect(JSON.parse(buyerDownload?.details ?? "{}")).toMatchObject({ claim_id: claimId, role: "buyer" });
	});

	it("holds the manifest's places only: an object stored past them is left out, one gone shows as a difference", async () => {
		const chunks = sampleChunks(3);
		const { buyer, certificateId, claimId } = await claimedWitnessedCertificate(chunks);
		await env.RECORDINGS.put(recordingChunkKey(certificateId, 3), "[]");
		const archive = await call<RecordingArchive>("GET", `${claimPath(claimId)}/recording`, { as: buyer });
		expect(chunksOfArchive(archive.json).map(decode)).toEqual(chunks);

		await env.RECORDINGS.delete(recordingChunkKey(certificateId, 2));
		const bundle = await call("GET", `${claimPath(claimId)}/evidence?format=bundle`, { as: buyer });
		const short = await call<RecordingArchive>("GET", `${claimPath(claimId)}/recording`, { as: buyer });
		expect(short.json.chunks).toHaveLength(2);
		const result = await verifyEvidenceBundle(bundle.json, undefined, undefined, short.json);
		expect(result.checks.find((c) => c.check === "recording")?.chunk_problems).toEqual([
			expect.objectContaining({ seq: 2, problem: "missing" }),
		]);
	});

	it("is refused to another company and to nobody signed in, as the evidence is", async () => {
		const { certificateId, claimId } = await claimedWitnessedCertificate();
		const stranger = await signup("Other Buyer");
		for (const path of [`${claimPath(claimId)}/recording`, `/certificates/${certificateId}/recording`]) {
			const other = await call("GET", path, { as: stranger });
			expect(other.status).toBe(404);
			expect(other.json.error.code).toBe("NOT_FOUND");
			const anonymous = await call("GET", path);
			expect(anonymous.status).toBe(401);
			expect(anonymous.json.error.code).toBe("UNAUTHORIZED");
		}
		const evidence = await call("GET", `${claimPath(claimId)}/evidence`, { as: stranger });
		expect(evidence.status).toBe(404);
	});

	it("does not exist for an asserted certificate, which says why", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Acme Insurance");
		const cert = await captureCertificate(publisher, property.id);
		const claimId = await shareAndClaim(publisher, buyer, cert.certificate_id);
		for (const [path, as] of [
			[`${claimPath(claimId)}/recording`, buyer],
			[`/certificates/${cert.certificate_id}/recording`, publisher],
		] as const) {
			const res = await call("GET", path, { as });
			expect(res.status).toBe(404);
			expect(res.json.error.code).toBe("NOT_FOUND");
			expect(res.json.error.message).toContain("no session recording");
		}
	});

	it("answers a malformed claim id with the one error shape", async () => {
		const buyer = await signup("Acme Insurance");
		const res = await call("GET", "/certificate-sharing/partner-certificates/not-a-number/recording", { as: buyer });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
	});
});

const html = { accept: "text/html" };

describe("the replay page", { timeout: 30_000 }, () => {
	it("runs only its own script, by nonce, connects only to its origin and loads nothing from elsewhere", async () => {
		const { buyer, certificateId, claimId } = await claimedWitnessedCertificate();
		const page = await call("GET", `${claimPath(claimId)}/replay`, { as: buyer, headers: html });
		expect(page.status).toBe(200);
		expect(page.headers.get("content-type")).toContain("text/html");
		const policy = page.headers.get("content-security-policy") ?? "";
		const nonce = /script-src 'nonce-([0-9a-f]+)'/.exec(policy)?.[1];
		expect(nonce).toBeTruthy();
		expect(policy).toBe(
			`default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
		);
		expect(policy).not.toMatch(/https?:|\*|unsafe-eval/);
		expect(page.headers.get("referrer-policy")).toBe("no-referrer");
		expect(page.headers.get("cache-control")).toBe("no-store");

		// One script that runs (ours, with the nonce: rrweb's replayer inside), one that is data.
		const scripts = [...page.text.matchAll(/<script([^>]*)>/g)].map((m) => m[1]?.trim());
		expect(scripts).toEqual([`type="application/json" id="replay-data"`, `nonce="${nonce}"`]);
		const script = /<script nonce="[0-9a-f]+">([\s\S]*?)<\/script>/.exec(page.text)?.[1] ?? "";
		expect(script).toContain("replayer-wrapper");
		expect(script.length).toBeGreaterThan(100_000);
		expect(page.text).not.toMatch(/<(?:script|link|img|iframe)[^>]*\s(?:src|href)=/i);

		const data = JSON.parse(
			/<script type="application\/json" id="replay-data">([\s\S]*?)<\/script>/.exec(page.text)?.[1] ?? "",
		);
		expect(data).toMatchObject({
			certificate_id: certificateId,
			archive_path: `${claimPath(claimId)}/recording`,
			keys_path: "/.well-known/econsent/keys.json",
			record: { certificate_id: certificateId, source: "witnessed" },
			ed25519: { key_id: "test-ed-2026-01" },
		});
		expect(data.record.witness.recording.chunks).toHaveLength(3);
		for (const id of ["status", "player", "play", "skip", "notice", "notice-text"])
			expect(page.text).toContain(`id="${id}"`);

		const [view] = (await accessesRecorded(certificateId, 1)).filter((a) => a.event_type === "replay_viewed");
		expect(view?.actor_company_id).toBe(buyer.company.id);
	});

	it("sends a signed-out browser to sign in and back; another company gets a missing page", async () => {
		const { publisher, certificateId, claimId } = await claimedWitnessedCertificate();
		const signedOut = await call("GET", `${claimPath(claimId)}/replay`, { headers: html });
		expect(signedOut.status).toBe(303);
		expect(signedOut.headers.get("location")).toBe(`/login?next=${encodeURIComponent(`${claimPath(claimId)}/replay`)}`);

		const mine = await call("GET", `/certificates/${certificateId}/replay`, { as: publisher, headers: html });
		expect(mine.status).toBe(200);
		expect(mine.text).toContain(`/certificates/${certificateId}/recording`);

		const stranger = await signup("Other Buyer");
		for (const path of [`${claimPath(claimId)}/replay`, `/certificates/${certificateId}/replay`]) {
			const other = await call("GET", path, { as: stranger, headers: html });
			expect(other.status).toBe(404);
			expect(other.text).toContain("<h1>");
			expect(other.text).not.toContain(certificateId);
		}
	});
});

describe("session_replay_url and has_recording", { timeout: 30_000 }, () => {
	it("points a witnessed certificate's buyer to its replay page, and an asserted one to the publisher's recording", async () => {
		const { buyer, claimId, publisher, property } = await claimedWitnessedCertificate();
		const evidence = await call("GET", `${claimPath(claimId)}/evidence`, { as: buyer });
		expect(evidence.status).toBe(200);
		expect(evidence.json.session_replay_url).toBe(`https://api.test${claimPath(claimId)}/replay`);
		const report = await call("GET", `${claimPath(claimId)}/evidence`, { as: buyer, headers: html });
		expect(report.text).toContain(`<a href="https://api.test${claimPath(claimId)}/replay"`);

		const asserted = await captureCertificate(publisher, property.id, {
			recording_url: "https://replay.leadgen.example/s/xyz",
		});
		const assertedClaim = await shareAndClaim(publisher, buyer, asserted.certificate_id);
		const assertedEvidence = await call("GET", `${claimPath(assertedClaim)}/evidence`, { as: buyer });
		expect(assertedEvidence.json.session_replay_url).toBe("https://replay.leadgen.example/s/xyz");

		const inbox = await call("GET", "/certificate-sharing/partner-certificates", { as: buyer });
		const byClaim = new Map(inbox.json.data.map((item: any) => [item.claim_id, item.has_recording]));
		expect(byClaim.get(claimId)).toBe(true);

		const silent = await captureCertificate(publisher, property.id, { recording_url: undefined });
		const empty = await witnessCertificate(property.id, []);
		for (const id of [silent.certificate_id, empty]) {
			const share = await call("POST", `/certificate-sharing/certificates/${id}/share`, { as: publisher, body: {} });
			const summary = await call("GET", `/certificate-sharing/certificates/claim/${share.json.claim_token}`);
			expect(summary.json.has_recording).toBe(false);
		}
		const witnessedShare = await call(
			"POST",
			`/certificate-sharing/certificates/${await witnessCertificate(property.id, sampleChunks(1))}/share`,
			{
				as: publisher,
				body: {},
			},
		);
		const witnessedSummary = await call(
			"GET",
			`/certificate-sharing/certificates/claim/${witnessedShare.json.claim_token}`,
		);
		expect(witnessedSummary.json.has_recording).toBe(true);
	});
});

/** The buyer's bundle and recording archive of a witnessed certificate. */
async function bundleAndArchive() {
	const chunks = sampleChunks(4);
	const witnessed = await claimedWitnessedCertificate(chunks);
	const bundle = await call("GET", `${claimPath(witnessed.claimId)}/evidence?format=bundle`, { as: witnessed.buyer });
	const archive = await call<RecordingArchive>("GET", `${claimPath(witnessed.claimId)}/recording`, {
		as: witnessed.buyer,
	});
	expect(bundle.status).toBe(200);
	expect(archive.status).toBe(200);
	return { ...witnessed, bundle: bundle.json, archive: archive.json };
}

const recordingCheck = async (bundle: unknown, archive: unknown) => {
	const result = await verifyEvidenceBundle(bundle, undefined, undefined, archive);
	const check = result.checks.find((c) => c.check === "recording");
	return { valid: result.valid, check };
};

function editChunk(archive: RecordingArchive, seq: number, edit: (bytes: Uint8Array) => void): RecordingArchive {
	const copy = structuredClone(archive);
	const bytes = chunksOfArchive(copy)[seq] as Uint8Array;
	edit(bytes);
	(copy.chunks[seq] as { data_base64: string }).data_base64 = btoa(String.fromCharCode(...bytes));
	return copy;
}

describe("the verifiers' recording check", { timeout: 30_000 }, () => {
	it("passes on the archive as downloaded, and says it was not checked without one", async () => {
		const { bundle, archive } = await bundleAndArchive();
		const { valid, check } = await recordingCheck(bundle, archive);
		expect(valid).toBe(true);
		expect(check).toMatchObject({ valid: true });
		expect(check?.detail).toContain("4 chunks");
		const without = await verifyEvidenceBundle(bundle);
		expect(without.checks.map((c) => c.check)).not.toContain("recording");
		expect(without.not_checked.map((c) => c.check)).toContain("recording");
	});

	it("fails naming the chunk when one byte changes, one is dropped, two are swapped, or the archive is another's", async () => {
		const { bundle, archive, publisher, property } = await bundleAndArchive();

		const oneByte = await recordingCheck(
			bundle,
			editChunk(archive, 2, (bytes) => {
				bytes[5] = (bytes[5] as number) ^ 1;
			}),
		);
		expect(oneByte.valid).toBe(false);
		expect(oneByte.check?.chunk_problems).toEqual([expect.objectContaining({ seq: 2, problem: "changed" })]);
		expect(oneByte.check?.detail).toMatch(/^chunk seq 2 changed/);

		const dropped = structuredClone(archive);
		dropped.chunks.pop();
		const droppedCheck = await recordingCheck(bundle, dropped);
		expect(droppedCheck.check?.chunk_problems).toEqual([expect.objectContaining({ seq: 3, problem: "missing" })]);
		expect(droppedCheck.check?.detail).toContain("chunk seq 3 missing");

		const swapped = structuredClone(archive);
		swapped.chunks = [swapped.chunks[1], swapped.chunks[0], ...swapped.chunks.slice(2)] as RecordingArchive["chunks"];
		const swappedCheck = await recordingCheck(bundle, swapped);
		expect(swappedCheck.check?.chunk_problems?.map((p) => [p.seq, p.problem])).toEqual([
			[0, "changed"],
			[1, "changed"],
		]);

		const added = structuredClone(archive);
		added.chunks.push({ seq: 4, data_base64: btoa("[]") });
		const addedCheck = await recordingCheck(bundle, added);
		expect(addedCheck.check?.chunk_problems).toEqual([expect.objectContaining({ seq: 4, problem: "unexpected" })]);

		const otherId = await witnessCertificate(property.id, sampleChunks(4));
		const other = await call("GET", `/certificates/${otherId}/recording`, { as: publisher });
		const otherCheck = await recordingCheck(bundle, other.json);
		expect(otherCheck.valid).toBe(false);
		expect(otherCheck.check?.detail).toBe(
			`the recording archive is certificate ${otherId}'s, not ${(bundle as any).certificate.certificate_id}'s`,
		);

		const notAnArchive = await recordingCheck(bundle, { format: "something else" });
		expect(notAnArchive.check?.detail).toContain("not an econsent-recording/1 archive");
		const badBase64 = structuredClone(archive);
		(badBase64.chunks[1] as { data_base64: string }).data_base64 = "%%%";
		expect((await recordingCheck(bundle, badBase64)).check?.detail).toBe("chunk seq 1 of the archive is not base64");
	});

	it("is the command line's --recording, whose usage names the command as run", async () => {
		const { bundle, archive } = await bundleAndArchive();
		const changed = editChunk(archive, 1, (bytes) => {
			bytes[0] = 0x20;
		});
		const run = async (args: string[], program?: string) => {
			const out: string[] = [];
			const err: string[] = [];
			const files: Record<string, unknown> = { "bundle.json": bundle, "rec.json": archive, "changed.json": changed };
			const code = await runCli(args, {
				...(program ? { program } : {}),
				readFile: async (path) => {
					if (!(path in files)) throw new Error("ENOENT");
					return JSON.stringify(files[path]);
				},
				out: (line) => out.push(line),
				err: (line) => err.push(line),
			});
			return { code, out: out.join("\n"), err: err.join("\n") };
		};
		const good = await run(["verify", "bundle.json", "--recording", "rec.json"]);
		expect(good.code).toBe(EXIT_VALID);
		expect(good.out).toContain("PASS  recording: every chunk of the session recording file");
		const bad = await run(["verify", "bundle.json", "--recording", "changed.json"]);
		expect(bad.code).toBe(EXIT_INVALID);
		expect(bad.out).toContain("FAIL  recording");
		expect(bad.out).toContain("chunk seq 1 changed");
		const missingValue = await run(["verify", "bundle.json", "--recording"], "node econsent-verify.mjs");
		expect(missingValue.code).toBe(EXIT_USAGE);
		expect(missingValue.err).toMatch(
			/^Usage: node econsent-verify\.mjs <bundle\.json> [\s\S]*--recording <recording\.json>/,
		);
		const usage = await run(["--help"]);
		expect(usage.out).toMatch(/^Usage: econsent verify <bundle\.json>/);
	});
});
