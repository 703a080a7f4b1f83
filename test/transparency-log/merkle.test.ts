import { describe, expect, it } from "vitest";
import {
	consistencyProof,
	fromHex,
	type HashReader,
	inclusionProof,
	leafHash,
	nodeHash,
	rootFromLeafHashes,
	toHex,
	verifyConsistency,
	verifyInclusion,
} from "../../src/transparency-log/merkle";
import {
	decodeEntryBundle,
	emptyEdge,
	encodeTileIndex,
	growTree,
	parseTilePath,
	tileHashReader,
	tilePath,
} from "../../src/transparency-log/tiles";

// RFC 6962 test vectors as published with transparency-dev/merkle (proof/verify_test.go, from the
// certificate-transparency reference implementation): eight leaves, the roots of trees 1…8, proofs.
const leaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(
	fromHex,
);
const roots = [
	"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
	"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
	"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
	"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
	"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
	"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
	"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
	"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
// [leaf (1-based), size, proof]
const inclusionVectors: [number, number, string[]][] = [
	[1, 1, []],
	[
		1,
		8,
		[
			"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
			"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
			"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
		],
	],
	[
		6,
		8,
		[
			"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
			"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
		],
	],
	[3, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]],
	[
		2,
		5,
		[
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
			"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
		],
	],
];
// [size1, size2, proof]
const consistencyVectors: [number, number, string[]][] = [
	[1, 1, []],
	[
		1,
		8,
		[
			"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
			"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
			"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
		],
	],
	[
		6,
		8,
		[
			"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
			"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
		],
	],
	[
		2,
		5,
		[
			"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
			"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
		],
	],
	[
		6,
		7,
		[
			"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
			"b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
		],
	],
];

function memoryReader(hashes: readonly Uint8Array[]): HashReader {
	const read: HashReader = async (level, index) =>
		level === 0
			? (hashes[index] as Uint8Array)
			: nodeHash(await read(level - 1, 2 * index), await read(level - 1, 2 * index + 1));
	return read;
}

const flip = (h: Uint8Array) => {
	const c = h.slice();
	c[0] = (c[0] as number) ^ 8;
	return c;
};

describe("RFC 6962 Merkle tree", () => {
	it("computes the published roots of trees of 1 to 8 leaves, and SHA-256('') for the empty tree", async () => {
		const hashes = await Promise.all(leaves.map(leafHash));
		for (let n = 1; n <= 8; n++) expect(toHex(await rootFromLeafHashes(hashes.slice(0, n)))).toBe(roots[n - 1]);
		expect(toHex(await rootFromLeafHashes([]))).toBe(
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		);
	});

	it("produces and verifies the published inclusion proofs, and refuses every corruption of them", async () => {
		const hashes = await Promise.all(leaves.map(leafHash));
		for (const [leaf, size, proofHex] of inclusionVectors) {
			const proof = await inclusionProof(memoryReader(hashes), leaf - 1, size);
			expect(proof.map(toHex)).toEqual(proofHex);
			const root = fromHex(roots[size - 1] as string);
			const leafH = hashes[leaf - 1] as Uint8Array;
			expect(await verifyInclusion(leaf - 1, size, leafH, proof, root)).toBe(true);
			expect(await verifyInclusion(leaf, size, leafH, proof, root)).toBe(false);
			expect(await verifyInclusion(leaf - 1, size * 2, leafH, proof, root)).toBe(false);
			expect(await verifyInclusion(leaf - 1, size, flip(leafH), proof, root)).toBe(false);
			expect(await verifyInclusion(leaf - 1, size, leafH, [...proof, root], root)).toBe(false);
			for (let i = 0; i < proof.length; i++) {
				const bad = proof.map((p, j) => (j === i ? flip(p) : p));
				expect(await verifyInclusion(leaf - 1, size, leafH, bad, root)).toBe(false);
			}
			if (proof.length > 0) expect(await verifyInclusion(leaf - 1, size, leafH, proof.slice(1), root)).toBe(false);
		}
	});

	it("produces and verifies the published consistency proofs, and refuses every corruption of them", async () => {
		const hashes = await Promise.all(leaves.map(leafHash));
		for (const [size1, size2, proofHex] of consistencyVectors) {
			const proof = await consistencyProof(memoryReader(hashes), size1, size2);
			expect(proof.map(toHex)).toEqual(proofHex);
			const root1 = fromHex(roots[size1 - 1] as string);
			const root2 = fromHex(roots[size2 - 1] as string);
			expect(await verifyConsistency(size1, size2, proof, root1, root2)).toBe(true);
			if (proof.length === 0) continue;
			expect(await verifyConsistency(size1, size2, proof, root2, root1)).toBe(false);
			expect(await verifyConsistency(size1 + 1, size2, proof, root1, root2)).toBe(false);
			expect(await verifyConsistency(size1, size2, [], root1, root2)).toBe(false);
			expect(await verifyConsistency(size1, size2, proof.slice(0, -1), root1, root2)).toBe(false);
			for (let i = 0; i < proof.length; i++) {
				const bad = proof.map((p, j) => (j === i ? flip(p) : p));
				expect(await verifyConsistency(size1, size2, bad, root1, root2)).toBe(false);
			}
		}
	});

	it("verifies every inclusion and consistency proof of trees up to 40 leaves", async () => {
		const hashes = await Promise.all(Array.from({ length: 40 }, (_, i) => leafHash(new Uint8Array([i]))));
		const read = memoryReader(hashes);
		for (let size = 1; size <= 40; size++) {
			const root = await rootFromLeafHashes(hashes.slice(0, size));
			for (let i = 0; i < size; i++)
				expect(await verifyInclusion(i, size, hashes[i] as Uint8Array, await inclusionProof(read, i, size), root)).toBe(
					true,
				);
			for (let m = 0; m <= size; m++) {
				const rootM = await rootFromLeafHashes(hashes.slice(0, m));
				expect(await verifyConsistency(m, size, await consistencyProof(read, m, size), rootM, root)).toBe(true);
			}
		}
	});
});

describe("tlog-tiles", () => {
	it("encodes tile indexes and paths as the spec's examples", () => {
		expect(encodeTileIndex(1234067)).toBe("x001/x234/067");
		expect(encodeTileIndex(0)).toBe("000");
		expect(tilePath(0, 1234067)).toBe("tile/0/x001/x234/067");
		expect(tilePath(1, 5, 42)).toBe("tile/1/005.p/42");
		expect(parseTilePath("tile/0/x001/x234/067")).toEqual({ kind: "tile", level: 0, index: 1234067, width: 256 });
		expect(parseTilePath("tile/entries/005.p/7")).toEqual({ kind: "entries", level: 0, index: 5, width: 7 });
		for (const bad of [
			"tile/0/1234",
			"tile/0/x1/234",
			"tile/0/005.p/256",
			"tile/0/005.p/0",
			"tile/64/000",
			"tile/0/x000/001",
		])
			expect(parseTilePath(bad)).toBeNull();
	});

	it("grows the tree in batches into tiles whose proofs match a tree built at once", async () => {
		const entries = Array.from({ length: 700 }, (_, i) =>
			new Uint8Array(32).fill(i % 251).map((b, j) => (b + j * i) & 255),
		);
		const objects = new Map<string, Uint8Array>();
		let edge = emptyEdge();
		let at = 0;
		const batchSizes = [1, 2, 5, 250, 3, 100, 255, 84];
		const checkpoints: { size: number; root: Uint8Array }[] = [];
		for (const n of batchSizes) {
			const grown = await growTree(edge, entries.slice(at, at + n));
			for (const w of grown.writes) {
				const before = objects.get(w.path);
				// A full tile, once written, is never rewritten with other bytes.
				if (w.full && before) expect(toHex(before)).toBe(toHex(w.bytes));
				objects.set(w.path, w.bytes);
			}
			edge = grown.edge;
			at += n;
			checkpoints.push({ size: at, root: grown.root });
		}
		expect(at).toBe(700);
		const hashes = await Promise.all(entries.map(leafHash));
		expect(toHex(checkpoints.at(-1)?.root as Uint8Array)).toBe(toHex(await rootFromLeafHashes(hashes)));
		expect(objects.has("tile/0/000")).toBe(true);
		expect(objects.has("tile/0/001")).toBe(true);
		expect(objects.has("tile/0/002.p/188")).toBe(true);
		expect(objects.has("tile/1/000.p/2")).toBe(true);
		expect(decodeEntryBundle(objects.get("tile/entries/001") as Uint8Array).map(toHex)).toEqual(
			entries.slice(256, 512).map(toHex),
		);
		const reader = tileHashReader(700, async (p) => objects.get(p) ?? null);
		for (const i of [0, 1, 255, 256, 511, 512, 699]) {
			const proof = await inclusionProof(reader, i, 700);
			expect(
				await verifyInclusion(i, 700, hashes[i] as Uint8Array, proof, checkpoints.at(-1)?.root as Uint8Array),
			).toBe(true);
		}
		for (const cp of checkpoints) {
			const proof = await consistencyProof(reader, cp.size, 700);
			expect(await verifyConsistency(cp.size, 700, proof, cp.root, checkpoints.at(-1)?.root as Uint8Array)).toBe(true);
		}
	});
});
