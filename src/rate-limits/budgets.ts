// Counting calls against a budget without a slow call on every request. The Workers rate-limit binding is fast but
// only answers allowed or refused, so it cannot say what is left (the RateLimit field's `r`); a Durable Object
// counting every call exactly would add a call to another machine to every request; D1 would add round trips.
// So each subject's budget is counted by one RateBudget object (rate-budget.ts), which hands this Worker a slice of
// it (an eighth of what is left), and the Worker spends the slice in memory: a request costs no call at all until the
// slice is spent, and an object is asked about once per slice. What is left is what the object had not handed out
// when this Worker last asked, plus this Worker's unspent slice: exact when one Worker serves the subject, and an
// estimate when several do (slices held by other Workers count as spent until they ask again). Refusals are exact:
// nothing beyond the budget is ever handed out. Once the object has said the window is spent, the Worker refuses
// without asking until the window ends, so a flood costs the object nothing.
import type { RatePolicy } from "./policies";
import type { BudgetSlice } from "./rate-budget";

export interface BudgetState {
	policy: RatePolicy;
	allowed: boolean;
	/** Calls left in the window, as this Worker knows it. */
	remaining: number;
	/** Seconds until the window ends and the budget is whole again (at least 1). */
	resetSeconds: number;
}

interface HeldSlice {
	windowEndsAt: number;
	/** Calls of this Worker's slices not spent yet. */
	left: number;
	/** What the object had left to hand out when last asked. */
	unleased: number;
}

const heldSlices = new Map<string, HeldSlice>();
// Subjects come and go (client addresses): slices of ended windows are dropped once this many are held.
const PRUNE_ABOVE = 10_000;

function prune(at: number) {
	if (heldSlices.size <= PRUNE_ABOVE) return;
	for (const [key, held] of heldSlices) if (held.windowEndsAt <= at) heldSlices.delete(key);
}

function stateOf(policy: RatePolicy, held: HeldSlice, allowed: boolean, at: number): BudgetState {
	return {
		policy,
		allowed,
		remaining: held.left + held.unleased,
		resetSeconds: Math.max(1, Math.ceil((held.windowEndsAt - at) / 1000)),
	};
}

/** The object counting `subject`'s budget under `policy`. */
function budgetObject(env: Cloudflare.Env, key: string) {
	return env.RATE_BUDGETS.get(env.RATE_BUDGETS.idFromName(key));
}

/** Adds a slice just handed out to what this Worker holds for the same window. */
function holdSlice(key: string, slice: BudgetSlice) {
	const held = heldSlices.get(key);
	if (held && held.windowEndsAt === slice.windowEndsAt) {
		held.left += slice.granted;
		held.unleased = Math.min(held.unleased, slice.unleased);
	} else if (!held || held.windowEndsAt < slice.windowEndsAt) {
		heldSlices.set(key, { windowEndsAt: slice.windowEndsAt, left: slice.granted, unleased: slice.unleased });
	}
}

/** Counts one call against `subject`'s budget under `policy`, or says it is spent. */
export async function takeFromBudget(env: Cloudflare.Env, policy: RatePolicy, subject: string): Promise<BudgetState> {
	const key = `${policy.name}/${subject}`;
	// Each turn either answers or brings a slice (perhaps empty, which answers on the next turn); concurrent requests
	// of this Worker may spend a slice before the one that asked for it gets to.
	for (;;) {
		const at = Date.now();
		let held = heldSlices.get(key);
		if (held && held.windowEndsAt <= at) {
			heldSlices.delete(key);
			held = undefined;
		}
		if (held && held.left > 0) {
			held.left -= 1;
			return stateOf(policy, held, true, at);
		}
		if (held && held.unleased === 0) return stateOf(policy, held, false, at);
		holdSlice(key, await budgetObject(env, key).slice(policy.limit, policy.windowSeconds * 1000));
		prune(Date.now());
	}
}
