// Cron Triggers do not fire by themselves under `wrangler dev`. Started with `--test-scheduled`, wrangler dev serves
// GET /__scheduled?cron=<expression>, which runs the Worker's scheduled handler as that trigger would. The local
// runners (`npm run dev` and the e2e suite's server) fire the sweep trigger once right after start, so whatever a
// killed server left behind is looked at at once, and then every minute: lost batch job chunks and missed webhook
// deliveries are recovered locally within a couple of minutes, as production recovers them every 5 minutes. The
// daily trigger (results cleanup, token.expiring) is not fired locally; fire it by hand with the same URL.

/** The sweep's Cron Trigger: SWEEP_CRON in src/lib/crons.ts and in wrangler.toml's [triggers]. */
export const SWEEP_CRON = "*/5 * * * *";
export const LOCAL_SWEEP_EVERY_MS = 60_000;
/**
 * The archive run's Cron Trigger: ARCHIVE_CRON in src/lib/crons.ts and in wrangler.toml. Not fired locally by itself:
 * fire it with scheduledUrl(baseUrl, ARCHIVE_CRON), with ARCHIVE_AFTER_DAYS=0 to archive everything eligible now.
 */
export const ARCHIVE_CRON = "41 4 * * *";

/** The URL that fires a Cron Trigger on a `wrangler dev --test-scheduled` server. */
export const scheduledUrl = (baseUrl, cron) => `${baseUrl}/__scheduled?cron=${encodeURIComponent(cron)}`;

/**
 * Fires the sweep now and then every `everyMs` until the returned function is called. A failed firing is reported
 * to `onError` and the next one goes ahead: the server may be restarting.
 */
export function fireSweepWhileRunning(
	baseUrl,
	{ everyMs = LOCAL_SWEEP_EVERY_MS, onError = () => {}, onFired = () => {} } = {},
) {
	const fire = async () => {
		try {
			const res = await fetch(scheduledUrl(baseUrl, SWEEP_CRON), { signal: AbortSignal.timeout(55_000) });
			await res.text();
			if (res.ok) onFired(new Date());
			else onError(new Error(`GET /__scheduled answered ${res.status}`));
		} catch (error) {
			onError(error);
		}
	};
	void fire();
	const timer = setInterval(fire, everyMs);
	timer.unref?.();
	return () => clearInterval(timer);
}
