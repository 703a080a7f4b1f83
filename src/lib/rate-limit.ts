import { ApiError } from "./errors";

// Workers Rate Limiting windows are 10 or 60 seconds; ours are 60, so that is the honest Retry-After.
const RETRY_AFTER_SECONDS = 60;

export async function enforceRateLimit(limiter: RateLimit, key: string): Promise<void> {
	const { success } = await limiter.limit({ key });
	if (!success) {
		throw new ApiError("RATE_LIMITED", "Too many requests; slow down and retry later", {
			headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
		});
	}
}
