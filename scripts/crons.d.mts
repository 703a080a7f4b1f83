// Types for crons.mjs, for the Node-side tests that fire Cron Triggers on their `wrangler dev` server.
export declare const SWEEP_CRON: string;
export declare const LOCAL_SWEEP_EVERY_MS: number;
export declare const ARCHIVE_CRON: string;
export declare function scheduledUrl(baseUrl: string, cron: string): string;
export declare function fireSweepWhileRunning(
	baseUrl: string,
	options?: { everyMs?: number; onError?: (error: unknown) => void; onFired?: (at: Date) => void },
): () => void;
