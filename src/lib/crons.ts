// The Cron Triggers (wrangler.toml [triggers]). The main module may export only handlers and classes, so their
// names live here, for the scheduled handler, its tests and the local runner that fires them (scripts/dev.mjs).
/**
 * Every 5 minutes: the sweeps that re-send what a lost queue message left undone (webhook deliveries, job chunks,
 * auto-shares), and the deletion of capture sessions never submitted, with their recordings, 24 hours on.
 */
export const SWEEP_CRON = "*/5 * * * *";
/** Daily: results cleanup, token.expiring, and the lead index backfill until every shard is done. */
export const DAILY_CRON = "17 3 * * *";
/** Daily: the start of the archive run (src/archive/), one queue message per shard. */
export const ARCHIVE_CRON = "41 4 * * *";
