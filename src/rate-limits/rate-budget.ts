// The one counter of a rate-limited subject ("writes-company/cmp_…", "writes-address/ip:203.0.113.7"): a fixed
// window that hands out slices of its budget to the Workers answering that subject's requests (src/rate-limits/
// budgets.ts). Counting happens here, exactly, while the Workers spend their slices without calling here.
// The window lives in memory only: an object is evicted only after it has been idle, by which time its minute is over,
// and losing a window on a restart errs on the caller's side for at most one minute.
import { DurableObject } from "cloudflare:workers";

export interface BudgetSlice {
	/** Calls handed to the asking Worker; 0 when the window is spent. */
	granted: number;
	/** What the window has left to hand out after this slice. */
	unleased: number;
	/** When the window ends (ms since the epoch); a new one starts with the first call after. */
	windowEndsAt: number;
}

// A Worker gets an eighth of what is left: few calls here while the budget is far from spent, one slice of 1 (a call
// per request) only in the last few calls of a window, and never much held unspent by one Worker while others wait.
const SLICE_DIVISOR = 8;

export class RateBudget extends DurableObject<Cloudflare.Env> {
	private windowEndsAt = 0;
	private handedOut = 0;

	slice(limit: number, windowMs: number): BudgetSlice {
		const at = Date.now();
		if (at >= this.windowEndsAt) {
			this.windowEndsAt = at + windowMs;
			this.handedOut = 0;
		}
		const left = Math.max(0, limit - this.handedOut);
		const granted = Math.min(left, Math.max(1, Math.floor(left / SLICE_DIVISOR)));
		this.handedOut += granted;
		return { granted, unleased: left - granted, windowEndsAt: this.windowEndsAt };
	}
}
