// Retrying a write is safe: with an Idempotency-Key header, the first answer is kept (sealed) for 24 hours and a
// retry of the same request gets it back instead of creating a second certificate or a second set of claim tokens.
// Keys belong to the caller's company, so two API keys of one company share them.
//
// A retry after a crash never starts new work: the key's row keeps a sealed seed from the first attempt, and what a
// keyed request makes is derived from it (retry-scope.ts), so a retry that takes over a dead attempt's lease finds
// what that attempt committed and finishes the rest. A failed attempt (5xx, 429) releases its lease rather than
// deleting the row, so its retry keeps the seed too.
//
// Cost: nothing without the header. With it, one D1 round trip before the handler (authentication, reservation and
// the housekeeping delete in one batch) and one after it (storing the answer); a replay costs that first one only.
import { z } from "@hono/zod-openapi";
import { and, eq, getTableColumns, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { authenticate } from "../auth/authenticate";
import { readFreshOnMiss } from "../db/fresh-on-miss";
import { idempotencyKeys } from "../db/schema";
import { now } from "../lib/clock";
import { fromBase64, randomHex, sha256Hex, toBase64 } from "../lib/crypto";
import { ApiError, fieldIssues } from "../lib/errors";
import type { AppContext, AppEnv } from "../lib/http";
import { dataKeyRing, open, openBytes, type SealingKeyRing, seal, sealBytes } from "../lib/sealed";
import { countedCompany } from "../rate-limits/rate-limits";
import { retryScopeFromSeed } from "./retry-scope";

// A request normally answers within a second; a reservation older than this belongs to a Worker that died
// mid-request, and a retry may take it over.
export const LEASE_MS = 60_000;
export const RETENTION_MS = 24 * 60 * 60_000;
// Each keyed request deletes at most this many expired rows (of any company): bounded work, and since every
// request adds one row, expired rows can never pile up.
const EXPIRED_ROWS_DELETED_PER_REQUEST = 20;
const IN_FLIGHT_RETRY_AFTER_SECONDS = 1;
export const REPLAYED_HEADER = "Idempotency-Replayed";

export const IdempotencyKeyHeader = z
	.string()
	.min(1, "must be 1 to 255 printable ASCII characters")
	.max(255, "must be 1 to 255 printable ASCII characters")
	.regex(/^[\x20-\x7E]*$/, "must be 1 to 255 printable ASCII characters")
	.openapi({
		param: { name: "Idempotency-Key", in: "header", required: false },
		description:
			"Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with " +
			"`Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. " +
			"The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request " +
			"is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a " +
			"crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims " +
			"won, the certificate, job or endpoint) and makes only the rest.",
		example: "6f1c2d4e-share-lead-48213",
	});

export interface StoredAnswer {
	status: number;
	headers: [string, string][];
	body: string;
}

/** What a key is bound to: the same key may only ever mean this one request. */
export function requestFingerprint(method: string, pathAndQuery: string, body: string): Promise<string> {
	return sha256Hex(`${method}\n${pathAndQuery}\n${body}`);
}

// Successes and client errors that a retry would get again are kept; a rate limit or a server error is not, so the
// key stays usable for a retry that may succeed. (An in-flight refusal never gets here: it is answered before.)
function isReplayable(status: number): boolean {
	return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);
}

// The sealed answer only opens for the row it was stored in.
const sealingContext = (companyId: string, key: string) => JSON.stringify(["idempotency_keys", companyId, key]);
// The seed is sealed before the company is known (it goes into the reserving statement), so it is bound to the key
// and the request; whatever a retry finds through it is checked to be the caller's company's anyway.
const seedSealingContext = (key: string, requestHash: string) =>
	JSON.stringify(["idempotency_keys.seed", key, requestHash]);
const SEED_BYTES = 32;

export const idempotency: MiddlewareHandler<AppEnv> = async (c, next) => {
	const key = c.req.header("idempotency-key");
	if (key === undefined) return next();
	const valid = IdempotencyKeyHeader.safeParse(key);
	if (!valid.success) {
		// Who is calling comes first, as for every other refusal of what was sent (src/auth/credentials-first.ts).
		await readFreshOnMiss(
			c,
			() => authenticate(c),
			() => false,
		);
		throw new ApiError("VALIDATION_FAILED", "Invalid request: header.idempotency-key", {
			fields: fieldIssues(valid.error.issues, "header.idempotency-key"),
		});
	}

	// A missing or broken key ring fails here, before any work, not after the work when the answer cannot be kept.
	const ring = await dataKeyRing(c.env);
	const url = new URL(c.req.url);
	const requestHash = await requestFingerprint(c.req.method, url.pathname + url.search, await c.req.text());
	const leaseId = randomHex(16);
	const seed = await seal(
		ring,
		toBase64(crypto.getRandomValues(new Uint8Array(SEED_BYTES))),
		seedSealingContext(key, requestHash),
	);
	const { companyId, row } = await reserveUnlessRateLimited(c, key, requestHash, leaseId, seed);

	if (row.requestHash !== requestHash) {
		throw new ApiError(
			"IDEMPOTENCY_KEY_REUSED",
			"This Idempotency-Key was already used for a different request; use a new key for a new request",
		);
	}
	if (row.leaseId !== leaseId) {
		if (row.response === null) {
			throw new ApiError("IDEMPOTENCY_IN_FLIGHT", "A request with this Idempotency-Key is still being processed", {
				headers: { "Retry-After": String(IN_FLIGHT_RETRY_AFTER_SECONDS) },
				details: { lease_expires_at: row.leaseExpiresAt },
			});
		}
		return replay(ring, row.response, sealingContext(companyId, key));
	}

	// Rows from before seeds existed have none: their requests make things at random, as they always did.
	if (row.seed) {
		const opened = fromBase64(await open(ring, row.seed, seedSealingContext(key, requestHash)));
		c.set("retryScope", await retryScopeFromSeed(companyId, opened));
	}
	await next();
	await keepOrRelease(c, ring, companyId, key, leaseId);
};

/**
 * One batch: authenticate, delete a few expired rows, then reserve the key with one conditional upsert (insert, or
 * take over a row whose lease or retention ran out, same request only) and read back whoever holds it now. Taking
 * over a lease keeps the row's seed and dates: it is the same request, retried. A row past its retention starts over.
 */
async function reserve(c: AppContext, key: string, requestHash: string, leaseId: string, seed: string) {
	const db = c.var.db;
	const at = now();
	const atIso = at.toISOString();
	const { caller, results } = await authenticate(c, (company) => {
		const fresh: Record<keyof typeof idempotencyKeys.$inferInsert, SQL> = {
			companyId: company,
			idempotencyKey: sql`${key}`,
			requestHash: sql`${requestHash}`,
			leaseId: sql`${leaseId}`,
			leaseExpiresAt: sql`${new Date(at.getTime() + LEASE_MS).toISOString()}`,
			response: sql`null`,
			seed: sql`${seed}`,
			createdAt: sql`${atIso}`,
			expiresAt: sql`${new Date(at.getTime() + RETENTION_MS).toISOString()}`,
		};
		// INSERT … SELECT lists every column in table order; the WHERE skips the insert for an unknown credential
		// (authenticate answers 401) and is what SQLite needs to parse the upsert after a SELECT.
		const columnsInOrder = Object.keys(getTableColumns(idempotencyKeys)) as (keyof typeof fresh)[];
		const values = sql`select ${sql.join(
			columnsInOrder.map((name) => fresh[name]),
			sql`, `,
		)} where ${company} is not null`;
		const expired = lte(idempotencyKeys.expiresAt, atIso);
		// In an upsert's SET, a bare column is the row's current value and excluded.* the one just offered.
		const keptUnlessExpired = (column: string) =>
			sql`case when ${expired} then ${sql.raw(`excluded.${column}`)} else ${sql.raw(column)} end`;
		return {
			expiredRemoved: db
				.delete(idempotencyKeys)
				.where(
					inArray(
						sql`rowid`,
						db
							.select({ rowid: sql`rowid` })
							.from(idempotencyKeys)
							.where(lte(idempotencyKeys.expiresAt, atIso))
							.limit(EXPIRED_ROWS_DELETED_PER_REQUEST),
					),
				),
			claimed: db
				.insert(idempotencyKeys)
				.select(values)
				.onConflictDoUpdate({
					target: [idempotencyKeys.companyId, idempotencyKeys.idempotencyKey],
					set: {
						requestHash: sql`excluded.request_hash`,
						leaseId: sql`excluded.lease_id`,
						leaseExpiresAt: sql`excluded.lease_expires_at`,
						response: null,
						seed: keptUnlessExpired("seed"),
						createdAt: keptUnlessExpired("created_at"),
						expiresAt: keptUnlessExpired("expires_at"),
					},
					setWhere: or(
						expired,
						and(
							isNull(idempotencyKeys.response),
							lte(idempotencyKeys.leaseExpiresAt, atIso),
							eq(idempotencyKeys.requestHash, requestHash),
						),
					),
				}),
			stored: db
				.select()
				.from(idempotencyKeys)
				.where(and(eq(idempotencyKeys.companyId, company), eq(idempotencyKeys.idempotencyKey, key))),
		};
	});
	const row = results.stored[0];
	if (!row) throw new Error("idempotency key was neither reserved nor found");
	return { companyId: caller.companyId, row };
}

/**
 * reserve(), but a call refused by the company's rate limit (counted by authenticate() once the batch that also
 * reserved the key has run) releases what it reserved, as any other 429 does, so a retry after Retry-After runs at
 * once. That release is a write on the refusal alone.
 */
async function reserveUnlessRateLimited(
	c: AppContext,
	key: string,
	requestHash: string,
	leaseId: string,
	seed: string,
) {
	try {
		return await reserve(c, key, requestHash, leaseId, seed);
	} catch (error) {
		const companyId = countedCompany(c);
		if (error instanceof ApiError && error.code === "RATE_LIMITED" && companyId !== undefined) {
			await c.var.db
				.update(idempotencyKeys)
				.set({ leaseExpiresAt: now().toISOString() })
				.where(
					and(
						eq(idempotencyKeys.companyId, companyId),
						eq(idempotencyKeys.idempotencyKey, key),
						eq(idempotencyKeys.leaseId, leaseId),
					),
				);
		}
		throw error;
	}
}

// Answers are kept gzip-compressed before sealing: a capture's answer is the whole certificate with its consent
// text, and these rows are a quarter of what a certificate's life writes to the directory (README, "Measured").
// Answers stored before compression open as JSON text; gzip's first byte (0x1f) can never start one.
const GZIP_FIRST_BYTE = 0x1f;

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

export async function sealAnswer(ring: SealingKeyRing, answer: StoredAnswer, context: string): Promise<string> {
	const compressed = await transform(new TextEncoder().encode(JSON.stringify(answer)), new CompressionStream("gzip"));
	return sealBytes(ring, compressed, context);
}

export async function openAnswer(ring: SealingKeyRing, sealed: string, context: string): Promise<StoredAnswer> {
	const bytes = await openBytes(ring, sealed, context);
	const json = bytes[0] === GZIP_FIRST_BYTE ? await transform(bytes, new DecompressionStream("gzip")) : bytes;
	return JSON.parse(new TextDecoder().decode(json)) as StoredAnswer;
}

async function replay(ring: SealingKeyRing, sealed: string, context: string): Promise<Response> {
	const answer = await openAnswer(ring, sealed, context);
	const response = new Response(answer.body, { status: answer.status, headers: answer.headers });
	response.headers.set(REPLAYED_HEADER, "true");
	return response;
}

/**
 * Keeps a replayable answer for the key's lifetime, or releases the lease so that a retry runs the request again at
 * once, with the same seed: it finishes what this attempt may have committed before failing.
 */
async function keepOrRelease(c: AppContext, ring: SealingKeyRing, companyId: string, key: string, leaseId: string) {
	const db = c.var.db;
	// Only the attempt still holding the lease writes: one that overran it must not overwrite its successor.
	const heldByThisAttempt = and(
		eq(idempotencyKeys.companyId, companyId),
		eq(idempotencyKeys.idempotencyKey, key),
		eq(idempotencyKeys.leaseId, leaseId),
	);
	try {
		if (!isReplayable(c.res.status) || c.var.unfinished) {
			await db.update(idempotencyKeys).set({ leaseExpiresAt: now().toISOString() }).where(heldByThisAttempt);
			return;
		}
		const answer: StoredAnswer = {
			status: c.res.status,
			headers: [...c.res.headers].filter(([name]) => name !== "set-cookie"),
			body: await c.res.clone().text(),
		};
		const sealed = await sealAnswer(ring, answer, sealingContext(companyId, key));
		await db.update(idempotencyKeys).set({ response: sealed }).where(heldByThisAttempt);
	} catch (error) {
		// The work is done and its answer is in hand: give it to the caller. The key stays reserved until its lease
		// runs out, after which a retry runs the request again.
		console.error(`[${c.var.requestId}] could not keep the answer for an Idempotency-Key`, error);
	}
}
