// Exact attempt counting for abuse limits (sign-in guessing, sign-up floods). The Workers rate-limit binding only
// knows 10 or 60 second periods and counts approximately per location; a password-guessing limit needs 15 minutes
// and has to hold under 100 parallel attempts. One Durable Object per limited subject ("ip:…", "acct:…|ip:…")
// keeps a sliding-window log of attempt times in its own storage. The object runs one call at a time and each call
// is a synchronous read-then-write, so two parallel attempts can never both take the last slot.
import { DurableObject } from "cloudflare:workers";

export interface WindowState {
	allowed: boolean;
	/** Attempts left in the window after this call. */
	remaining: number;
	/** Seconds until the oldest attempt in the window leaves it (and one more attempt becomes possible). */
	resetSeconds: number;
}

const HITS_KEY = "hits";

export class AttemptWindow extends DurableObject<Cloudflare.Env> {
	/** Counts one attempt when the window has room for it. */
	take(limit: number, windowMs: number): WindowState {
		const at = Date.now();
		const hits = this.liveHits(at, windowMs);
		if (hits.length >= limit) return this.state(false, hits, limit, windowMs, at);
		hits.push(at);
		this.ctx.storage.kv.put(HITS_KEY, hits);
		// Nothing needs to outlive the window: let the object forget the subject once it has passed.
		void this.ctx.storage.setAlarm(at + windowMs);
		return this.state(true, hits, limit, windowMs, at);
	}

	/** Hands back the most recent attempt: it turned out not to be one that should count (a correct password). */
	giveBack(limit: number, windowMs: number): WindowState {
		const at = Date.now();
		const hits = this.liveHits(at, windowMs);
		hits.pop();
		this.ctx.storage.kv.put(HITS_KEY, hits);
		return this.state(true, hits, limit, windowMs, at);
	}

	/** Forgets every attempt (after a successful sign-in from this account and address). */
	clear(limit: number, windowMs: number): WindowState {
		this.ctx.storage.kv.delete(HITS_KEY);
		return this.state(true, [], limit, windowMs, Date.now());
	}

	// Every attempt moves the alarm to its own end of window, so when it fires no attempt is still in the window.
	override async alarm() {
		await this.ctx.storage.deleteAll();
	}

	private liveHits(at: number, windowMs: number): number[] {
		return (this.ctx.storage.kv.get<number[]>(HITS_KEY) ?? []).filter((hit) => hit > at - windowMs);
	}

	private state(allowed: boolean, hits: number[], limit: number, windowMs: number, at: number): WindowState {
		const oldest = hits[0];
		return {
			allowed,
			remaining: Math.max(0, limit - hits.length),
			resetSeconds: oldest === undefined ? 0 : Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)),
		};
	}
}
