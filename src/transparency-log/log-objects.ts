// The log's objects in R2 (the LOG bucket): tiles and entry bundles under their tlog-tiles paths, and the latest
// checkpoint. Full tiles never change, so they are served and cached as immutable; the checkpoint and partial tiles
// are short-lived.
import { transparencyLog } from "./log-client";
import { type Checkpoint, parseCheckpointBody, parseNote } from "./note";
import { type TileFetcher, tileHashReader } from "./tiles";

export const CHECKPOINT_OBJECT = "checkpoint";
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
export const PARTIAL_CACHE = "public, max-age=10";
export const CHECKPOINT_CACHE = "public, max-age=5";

export function r2TileFetcher(bucket: R2Bucket): TileFetcher {
	return async (path) => {
		const object = await bucket.get(path);
		return object ? new Uint8Array(await object.arrayBuffer()) : null;
	};
}

export interface PublishedCheckpoint {
	note: string;
	checkpoint: Checkpoint;
}

/** The latest checkpoint the sequencer published, or null before its first one. Parsed, not verified: it is ours. */
export async function readPublishedCheckpoint(bucket: R2Bucket): Promise<PublishedCheckpoint | null> {
	const object = await bucket.get(CHECKPOINT_OBJECT);
	if (!object) return null;
	const note = await object.text();
	return { note, checkpoint: parseCheckpointBody(parseNote(note).text) };
}

/** A hash reader for the tree of `size` entries over the published tiles. */
export function publishedHashReader(bucket: R2Bucket, size: number, publishedSize: number) {
	return tileHashReader(size, r2TileFetcher(bucket), publishedSize);
}

/** The latest checkpoint: the published one, or for a log that never published, one it publishes now. */
export async function latestCheckpoint(env: Cloudflare.Env): Promise<PublishedCheckpoint> {
	const published = await readPublishedCheckpoint(env.LOG);
	if (published) return published;
	const { note } = await transparencyLog(env).checkpoint();
	return { note, checkpoint: parseCheckpointBody(parseNote(note).text) };
}
