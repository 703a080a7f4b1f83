// C2SP tlog-tiles (https://c2sp.org/tlog-tiles): tile and entry bundle paths, their bytes, the tree's growth batch by
// batch (what the sequencer writes), and a hash reader over tiles (what proofs are built from). Pure: the storage is
// a parameter.
import { type HashReader, leafHash, nodeHash, sha256 } from "./merkle";

/** Tiles are 2^8 hashes wide, as the spec fixes. */
export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;

/** "1234067" → "x001/x234/067": groups of three digits, all but the last prefixed with x. */
export function encodeTileIndex(index: number): string {
	const digits = String(index);
	const padded = digits.padStart(Math.ceil(digits.length / 3) * 3, "0");
	const groups = padded.match(/.{3}/g) ?? ["000"];
	return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join("/");
}

/** The path of tile (level, index) of `width` hashes (partial when fewer than 256). */
export function tilePath(level: number, index: number, width = TILE_WIDTH): string {
	return `tile/${level}/${encodeTileIndex(index)}${width < TILE_WIDTH ? `.p/${width}` : ""}`;
}

export function entryBundlePath(index: number, width = TILE_WIDTH): string {
	return `tile/entries/${encodeTileIndex(index)}${width < TILE_WIDTH ? `.p/${width}` : ""}`;
}

/** What a /log/tile/… path names, or null when it is not a tile or entry bundle path. */
export function parseTilePath(
	path: string,
): { kind: "tile" | "entries"; level: number; index: number; width: number } | null {
	const m = /^tile\/(entries|[0-9]|[1-5][0-9]|6[0-3])\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/.exec(
		path,
	);
	if (!m) return null;
	const width = m[3] === undefined ? TILE_WIDTH : Number(m[3]);
	if (m[3] !== undefined && width >= TILE_WIDTH) return null;
	const digits = (m[2] as string).replace(/x|\//g, "");
	const index = Number(digits);
	if (!Number.isSafeInteger(index) || encodeTileIndex(index) !== m[2]) return null;
	return m[1] === "entries"
		? { kind: "entries", level: 0, index, width }
		: { kind: "tile", level: Number(m[1]), index, width };
}

/** An entry bundle: each entry as a big-endian 16-bit length and its bytes. */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(entries.reduce((n, e) => n + 2 + e.length, 0));
	let at = 0;
	for (const e of entries) {
		out[at] = e.length >> 8;
		out[at + 1] = e.length & 0xff;
		out.set(e, at + 2);
		at += 2 + e.length;
	}
	return out;
}

export function decodeEntryBundle(bytes: Uint8Array): Uint8Array[] {
	const entries: Uint8Array[] = [];
	let at = 0;
	while (at < bytes.length) {
		if (at + 2 > bytes.length) throw new Error("truncated entry bundle");
		const length = ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
		if (at + 2 + length > bytes.length) throw new Error("truncated entry bundle");
		entries.push(bytes.slice(at + 2, at + 2 + length));
		at += 2 + length;
	}
	return entries;
}

/**
 * The sequencer's whole tree state between batches: the right edge only. `frontier[l]` is the hash of the complete
 * subtree at level l that waits for a right sibling (present exactly when bit l of size is set); `tiles[t]` holds the
 * hashes of tile level t's unfinished tile; `entries` the unfinished entry bundle's entries.
 */
export interface TreeEdge {
	size: number;
	frontier: (Uint8Array | null)[];
	tiles: Uint8Array[][];
	entries: Uint8Array[];
}

export function emptyEdge(): TreeEdge {
	return { size: 0, frontier: [], tiles: [], entries: [] };
}

export interface TileWrite {
	path: string;
	bytes: Uint8Array;
	/** Full tiles never change once written; partial ones are superseded by wider ones. */
	full: boolean;
}

export interface GrowResult {
	edge: TreeEdge;
	root: Uint8Array;
	/** Full tiles and bundles completed by this batch, then the partial ones for the new size. */
	writes: TileWrite[];
	leafHashes: Uint8Array[];
}

function concat(hashes: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(hashes.length * 32);
	hashes.forEach((h, i) => {
		out.set(h, i * 32);
	});
	return out;
}

export async function edgeRoot(edge: TreeEdge): Promise<Uint8Array> {
	let root: Uint8Array | null = null;
	for (const h of edge.frontier) if (h) root = root ? await nodeHash(h, root) : h;
	return root ?? sha256(new Uint8Array(0));
}

/**
 * Appends entries to the tree: the new edge, the root, and every tile to write. Deterministic in (edge, entries), so a
 * batch re-run after a crash writes byte-identical full tiles.
 */
export async function growTree(previous: TreeEdge, entries: readonly Uint8Array[]): Promise<GrowResult> {
	const edge: TreeEdge = {
		size: previous.size,
		frontier: [...previous.frontier],
		tiles: previous.tiles.map((t) => [...t]),
		entries: [...previous.entries],
	};
	const writes: TileWrite[] = [];
	const leafHashes: Uint8Array[] = [];
	const tileLevelsTouched = new Set<number>();
	const emit = (level: number, index: number, hash: Uint8Array) => {
		if (level % TILE_HEIGHT !== 0) return;
		const t = level / TILE_HEIGHT;
		while (edge.tiles.length <= t) edge.tiles.push([]);
		const tile = edge.tiles[t] as Uint8Array[];
		tile.push(hash);
		tileLevelsTouched.add(t);
		if (tile.length === TILE_WIDTH) {
			writes.push({ path: tilePath(t, Math.floor(index / TILE_WIDTH)), bytes: concat(tile), full: true });
			edge.tiles[t] = [];
		}
	};
	for (const entry of entries) {
		const index = edge.size;
		edge.entries.push(entry);
		if (edge.entries.length === TILE_WIDTH) {
			writes.push({
				path: entryBundlePath(Math.floor(index / TILE_WIDTH)),
				bytes: encodeEntryBundle(edge.entries),
				full: true,
			});
			edge.entries = [];
		}
		let node = await leafHash(entry);
		leafHashes.push(node);
		emit(0, index, node);
		let level = 0;
		let remaining = index;
		while (remaining % 2 === 1) {
			node = await nodeHash(edge.frontier[level] as Uint8Array, node);
			edge.frontier[level] = null;
			level++;
			remaining = Math.floor(remaining / 2);
			emit(level, remaining, node);
		}
		edge.frontier[level] = node;
		edge.size++;
	}
	while (edge.frontier.length > 0 && edge.frontier.at(-1) === null) edge.frontier.pop();
	if (entries.length > 0) {
		if (edge.entries.length > 0)
			writes.push({
				path: entryBundlePath(Math.floor(edge.size / TILE_WIDTH), edge.entries.length),
				bytes: encodeEntryBundle(edge.entries),
				full: false,
			});
		for (const t of [...tileLevelsTouched].sort()) {
			const tile = edge.tiles[t] as Uint8Array[];
			if (tile.length === 0) continue;
			const index = Math.floor(edge.size / TILE_WIDTH ** (t + 1));
			writes.push({ path: tilePath(t, index, tile.length), bytes: concat(tile), full: false });
		}
	}
	return { edge, root: await edgeRoot(edge), writes, leafHashes };
}

/** Reads a tile's bytes, or null when it is not stored. */
export type TileFetcher = (path: string) => Promise<Uint8Array | null>;

/**
 * A hash reader for the tree of `size` leaves over its tiles: hash (L, K) is built from the level-8⌊L/8⌋ hashes of one
 * tile. Tiles are fetched once per reader. A partial tile that a newer batch superseded falls back to the full tile.
 */
export function tileHashReader(size: number, fetchTile: TileFetcher, publishedSize = size): HashReader {
	if (publishedSize < size) throw new RangeError(`the log has ${publishedSize} entries, not ${size}`);
	const cache = new Map<string, Promise<Uint8Array>>();
	// Tiles only grow, so the tile of the published tree holds every hash the older tree of `size` needs as a prefix.
	const tile = (t: number, index: number): Promise<Uint8Array> => {
		const key = `${t}/${index}`;
		let pending = cache.get(key);
		if (!pending) {
			const needed = Math.min(TILE_WIDTH, Math.floor(size / TILE_WIDTH ** t) - index * TILE_WIDTH);
			const width = Math.min(TILE_WIDTH, Math.floor(publishedSize / TILE_WIDTH ** t) - index * TILE_WIDTH);
			pending = (async () => {
				let bytes = await fetchTile(tilePath(t, index, width));
				if (!bytes && width < TILE_WIDTH) bytes = await fetchTile(tilePath(t, index));
				if (!bytes || bytes.length < needed * 32) throw new Error(`tile ${tilePath(t, index, width)} is missing`);
				return bytes;
			})();
			cache.set(key, pending);
		}
		return pending;
	};
	const read: HashReader = async (level, index) => {
		const t = Math.floor(level / TILE_HEIGHT);
		const within = level - t * TILE_HEIGHT;
		if (within === 0) {
			const position = index % TILE_WIDTH;
			const bytes = await tile(t, Math.floor(index / TILE_WIDTH));
			return bytes.slice(position * 32, position * 32 + 32);
		}
		return nodeHash(await read(level - 1, index * 2), await read(level - 1, index * 2 + 1));
	};
	return read;
}
