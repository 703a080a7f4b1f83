// When a failed delivery is tried again. The Standard Webhooks retry schedule: after the first attempt fails, 5 s,
// 5 min, 30 min, 2 h, 5 h, 10 h and 10 h: eight attempts over about 27.5 hours, then the delivery is dead (kept,
// listed, and retried only by hand). Every wait fits a queue message's longest delay (12 h).

export const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18_000, 36_000, 36_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** An endpoint whose every attempt has failed for this long is disabled (and says so). */
export const DISABLE_AFTER_FAILING_MS = 5 * 86_400_000;

/** An attempt that got no answer in this time failed. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/** Seconds to wait after failed attempt number `attempts` (1 = the first), or null when it was the last. */
export function retryDelaySeconds(attempts: number): number | null {
	if (!Number.isInteger(attempts) || attempts < 1) throw new Error("attempts counts from 1");
	return RETRY_DELAYS_SECONDS[attempts - 1] ?? null;
}

/** Whether an endpoint failing since `failingSince` (its first failure since the last success) is to be disabled. */
export function failingTooLong(failingSince: string | null, at: Date): boolean {
	return failingSince !== null && at.getTime() - Date.parse(failingSince) >= DISABLE_AFTER_FAILING_MS;
}
