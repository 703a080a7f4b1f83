// The RFC 6962 / RFC 9162 Merkle tree hash, inclusion and consistency proofs, on Web Crypto only, so the same code runs
// in the Worker, in Node (CLI, monitor) and in the browser (/verify). Sizes and indexes are plain numbers: exact up to
// 2^53 entries, and every shift is written as a division because JavaScript's bit operators truncate to 32 bits.

export const HASH_SIZE = 32;

/** A complete subtree's hash: the one over leaves [index·2^level, (index+1)·2^level). */
export type HashReader = (level: number, index: number) => Promise<Uint8Array>;

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
}

/** MTH({d}) = SHA-256(0x00 ‖ d): the leaf prefix keeps a leaf from ever passing for an inner node. */
export function leafHash(entry: Uint8Array): Promise<Uint8Array> {
	const input = new Uint8Array(1 + entry.length);
	input[0] = 0x00;
	input.set(entry, 1);
	return sha256(input);
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
	const input = new Uint8Array(1 + left.length + right.length);
	input[0] = 0x01;
	input.set(left, 1);
	input.set(right, 1 + left.length);
	return sha256(input);
}

/** The largest power of two strictly smaller than n (n ≥ 2): RFC 6962's split point k. */
export function splitPoint(n: number): number {
	let k = 1;
	while (k * 2 < n) k *= 2;
	return k;
}

function isPowerOfTwo(n: number): boolean {
	return n > 0 && splitPoint(n + 1) === n;
}

function log2(n: number): number {
	let level = 0;
	while (2 ** level < n) level++;
	return level;
}

/**
 * MTH(D[lo:hi]) from the complete subtrees a reader holds. Every range a proof asks for starts on a boundary of its
 * own largest power of two, so it splits into complete subtrees the reader has.
 */
export async function rangeHash(read: HashReader, lo: number, hi: number): Promise<Uint8Array> {
	const n = hi - lo;
	if (n <= 0) throw new RangeError(`empty range [${lo}, ${hi})`);
	if (isPowerOfTwo(n) && lo % n === 0) return read(log2(n), lo / n);
	const k = splitPoint(n);
	return nodeHash(await rangeHash(read, lo, lo + k), await rangeHash(read, lo + k, hi));
}

/** The root of a tree given all its leaf hashes (RFC 6962 §2.1); the empty tree's root is SHA-256(""). */
export async function rootFromLeafHashes(leaves: readonly Uint8Array[]): Promise<Uint8Array> {
	if (leaves.length === 0) return sha256(new Uint8Array(0));
	const read: HashReader = async (level, index) => {
		if (level === 0) return leaves[index] as Uint8Array;
		return nodeHash(await read(level - 1, index * 2), await read(level - 1, index * 2 + 1));
	};
	return rangeHash(read, 0, leaves.length);
}

/** The root of the tree of `size` leaves from its complete subtrees. */
export async function treeRoot(read: HashReader, size: number): Promise<Uint8Array> {
	if (size === 0) return sha256(new Uint8Array(0));
	return rangeHash(read, 0, size);
}

/** PATH(m, D[n]) of RFC 6962 §2.1.1: the audit path of leaf `index` in the tree of `size` leaves. */
export async function inclusionProof(read: HashReader, index: number, size: number): Promise<Uint8Array[]> {
	if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
		throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
	const path: Uint8Array[] = [];
	const walk = async (m: number, lo: number, hi: number): Promise<void> => {
		const n = hi - lo;
		if (n === 1) return;
		const k = splitPoint(n);
		if (m < k) {
			await walk(m, lo, lo + k);
			path.push(await rangeHash(read, lo + k, hi));
		} else {
			await walk(m - k, lo + k, hi);
			path.push(await rangeHash(read, lo, lo + k));
		}
	};
	await walk(index, 0, size);
	return path;
}

/** PROOF(m, D[n]) of RFC 6962 §2.1.2: that the tree of `size2` leaves extends the one of `size1`. */
export async function consistencyProof(read: HashReader, size1: number, size2: number): Promise<Uint8Array[]> {
	if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size1 > size2)
		throw new RangeError(`no consistency proof from ${size1} to ${size2}`);
	if (size1 === 0 || size1 === size2) return [];
	const path: Uint8Array[] = [];
	const sub = async (m: number, lo: number, hi: number, whole: boolean): Promise<void> => {
		const n = hi - lo;
		if (m === n) {
			if (!whole) path.push(await rangeHash(read, lo, hi));
			return;
		}
		const k = splitPoint(n);
		if (m <= k) {
			await sub(m, lo, lo + k, whole);
			path.push(await rangeHash(read, lo + k, hi));
		} else {
			await sub(m - k, lo + k, hi, false);
			path.push(await rangeHash(read, lo, lo + k));
		}
	};
	await sub(size1, 0, size2, true);
	return path;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
	return diff === 0;
}

const odd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

/** The root an inclusion proof leads to (RFC 9162 §2.1.3.2), or null when the proof cannot belong to (index, size). */
export async function rootFromInclusionProof(
	index: number,
	size: number,
	leaf: Uint8Array,
	proof: readonly Uint8Array[],
): Promise<Uint8Array | null> {
	if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return null;
	if (leaf.length !== HASH_SIZE || proof.some((p) => p.length !== HASH_SIZE)) return null;
	let fn = index;
	let sn = size - 1;
	let r = leaf;
	for (const p of proof) {
		if (sn === 0) return null;
		if (odd(fn) || fn === sn) {
			r = await nodeHash(p, r);
			if (!odd(fn))
				while (!(odd(fn) || fn === 0)) {
					fn = half(fn);
					sn = half(sn);
				}
		} else {
			r = await nodeHash(r, p);
		}
		fn = half(fn);
		sn = half(sn);
	}
	return sn === 0 ? r : null;
}

export async function verifyInclusion(
	index: number,
	size: number,
	leaf: Uint8Array,
	proof: readonly Uint8Array[],
	root: Uint8Array,
): Promise<boolean> {
	const computed = await rootFromInclusionProof(index, size, leaf, proof);
	return computed !== null && root.length === HASH_SIZE && equalBytes(computed, root);
}

/** RFC 9162 §2.1.4.2: does the tree (size2, root2) contain the tree (size1, root1) as its first size1 leaves? */
export async function verifyConsistency(
	size1: number,
	size2: number,
	proof: readonly Uint8Array[],
	root1: Uint8Array,
	root2: Uint8Array,
): Promise<boolean> {
	if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size2 < size1) return false;
	if (root1.length !== HASH_SIZE || root2.length !== HASH_SIZE) return false;
	if (proof.some((p) => p.length !== HASH_SIZE)) return false;
	if (size1 === size2) return proof.length === 0 && equalBytes(root1, root2);
	// Every tree extends the empty one; there is nothing to prove.
	if (size1 === 0) return proof.length === 0;
	if (proof.length === 0) return false;
	const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
	let fn = size1 - 1;
	let sn = size2 - 1;
	while (odd(fn)) {
		fn = half(fn);
		sn = half(sn);
	}
	let fr = path[0] as Uint8Array;
	let sr = path[0] as Uint8Array;
	for (const c of path.slice(1)) {
		if (sn === 0) return false;
		if (odd(fn) || fn === sn) {
			fr = await nodeHash(c, fr);
			sr = await nodeHash(c, sr);
			if (!odd(fn))
				while (!(odd(fn) || fn === 0)) {
					fn = half(fn);
					sn = half(sn);
				}
		} else {
			sr = await nodeHash(sr, c);
		}
		fn = half(fn);
		sn = half(sn);
	}
	return sn === 0 && equalBytes(fr, root1) && equalBytes(sr, root2);
}

export function toHex(bytes: Uint8Array): string {
	let out = "";
	for (const b of bytes) out += b.toString(16).padStart(2, "0");
	return out;
}

export function fromHex(hex: string): Uint8Array {
	if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new Error("not hex");
	const out = new Uint8Array(hex.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
	return out;
}

export function toBase64(bytes: Uint8Array): string {
	let binary = "";
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary);
}

/** Standard base64 with padding (the encoding of notes and proofs); throws on anything else. */
export function fromBase64(text: string): Uint8Array {
	if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) throw new Error("not base64");
	const binary = atob(text);
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}
