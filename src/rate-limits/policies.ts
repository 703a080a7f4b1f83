// How much each kind of operation may be called, per company and per client address, in one minute. Every write and
// every read of a protected operation counts against one of these classes (the route declaration picks it, with a
// default by method: src/lib/routes.ts); a batch is one call whatever it carries. The numbers are far above what a
// legitimate integrator needs (a busy lead server capturing 100 leads a second stays under `captures`), so hitting
// one means a loop gone wrong or abuse. An address gets twice a company's budget: several companies may call from
// one address (an integration platform), and a company's servers spread over several addresses still meet the
// company's own budget.

/** One quota: `limit` calls per `windowSeconds`, named as RateLimit-Policy and RateLimit name it. */
export interface RatePolicy {
	name: string;
	limit: number;
	windowSeconds: number;
}

export const RATE_LIMIT_WINDOW_SECONDS = 60;

/** The classes an operation's calls are counted in; each has a budget per company and one per address. */
export const RATE_LIMIT_CLASSES = {
	/** POST /certificates: a publisher's lead servers capturing as forms are submitted. */
	captures: { perCompany: 6000, perAddress: 12000 },
	/** Every other write: sharing, claiming, partners, rules, properties, webhooks, API keys. */
	writes: { perCompany: 1200, perAddress: 2400 },
	/** Writes that carry up to 1,000 items or start background work: batch share, claim and verify, share jobs. */
	batches: { perCompany: 120, perAddress: 240 },
	/** Reads that assemble or recompute much: evidence and its downloads, verification, lists, recordings, results. */
	"costly-reads": { perCompany: 600, perAddress: 1200 },
	/** Reads of one thing by id. */
	reads: { perCompany: 3000, perAddress: 6000 },
	/** Unauthenticated writes (the capture script's sessions, chunks and submits; witnesses' cosignatures). */
	"public-writes": { perCompany: null, perAddress: 1200 },
} as const satisfies Record<string, { perCompany: number | null; perAddress: number }>;

export type RateLimitClass = keyof typeof RATE_LIMIT_CLASSES;

/**
 * RATE_LIMIT_SCALE: every budget multiplied by it (a positive number; 1 unless set). A deployment whose integrators
 * legitimately need more raises it; the benchmarks, which drive thousands of calls a minute from one address, run
 * with it high, since what they measure is not the limits.
 */
export function rateLimitScale(env: Cloudflare.Env): number {
	const scale = Number(env.RATE_LIMIT_SCALE ?? 1);
	return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/**
 * The policies a class counts against: per company (when the caller is a company) and per address, each budget
 * multiplied by `scale` (see rateLimitScale).
 */
export function classPolicies(
	limitClass: RateLimitClass,
	scale = 1,
): { perCompany: RatePolicy | null; perAddress: RatePolicy } {
	const { perCompany, perAddress } = RATE_LIMIT_CLASSES[limitClass];
	const policy = (budget: number, subject: string): RatePolicy => ({
		name: `${limitClass}-${subject}`,
		limit: Math.max(1, Math.round(budget * scale)),
		windowSeconds: RATE_LIMIT_WINDOW_SECONDS,
	});
	return {
		perCompany: perCompany === null ? null : policy(perCompany, "company"),
		perAddress: policy(perAddress, "address"),
	};
}
