// The size limits of a session recording, in a module of their own with no imports: the capture script (bundled for
// browsers) needs them without pulling in the manifest's schemas and zod.

/** A chunk of a session's recording: a JSON array of rrweb events, as the capture script uploaded it. */
export const MAX_CHUNK_BYTES = 60 * 1024;
/** Chunks one session may upload: at most MAX_CHUNKS_PER_SESSION × MAX_CHUNK_BYTES (about 12 MB) in R2 per session. */
export const MAX_CHUNKS_PER_SESSION = 200;
