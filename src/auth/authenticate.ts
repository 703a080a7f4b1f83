// Who is calling: a session cookie (people) or an API key (publishers' servers), resolved in the same D1 round trip
// as the handler's own reads. Each handler passes its reads to authenticate(); they can scope themselves to the
// caller's company through `callerCompany`, an SQL subquery over the same credential.
// What the operation asks of the caller (a scope, a signed-in user) is looked up from the route being served in
// its declaration (protectedRoute in src/lib/routes.ts, which also writes it into the OpenAPI document), and checked
// here before a handler acts.
import { and, eq, gt, isNull, type SQL, sql } from "drizzle-orm";
import { getCookie } from "hono/cookie";
import { routePath } from "hono/route";
import { createDb, type Db } from "../db/client";
import { batchNamed, flattenReads, type NamedReads, type NamedResults } from "../db/named-reads";
import { apiKeys, companies, sessions, users } from "../db/schema";
import type { ShardSession } from "../db/shard-sessions";
import { isoNow, now } from "../lib/clock";
import { sha256Hex } from "../lib/crypto";
import { ApiError, notFound } from "../lib/errors";
import type { AppContext } from "../lib/http";
import { declaredAuth, type RouteAuth } from "../lib/route-policies";
import { countCompanyCall } from "../rate-limits/rate-limits";
import { type ApiKeyScope, apiKeyScopes } from "./scopes";

export const SESSION_COOKIE = "econsent_session";
export const API_KEY_PREFIX = "eck_";

export interface Caller {
	companyId: string;
	companyName: string;
	/** When the caller's company was created: with its id and name, the row a shard keeps a copy of. */
	companyCreatedAt: string;
	userId: string | null;
	email: string | null;
	via: "session" | "api_key";
	/** A session has every scope; an API key the ones it was created with. */
	scopes: readonly ApiKeyScope[];
}

/** The caller's company row, as a shard keeps a copy of it (src/db/reference-copies.ts). */
export const callerCompanyRow = (caller: Caller) => ({
	id: caller.companyId,
	name: caller.companyName,
	createdAt: caller.companyCreatedAt,
});

type Credential = { kind: "session" | "api_key"; hash: string };

async function readCredential(c: AppContext): Promise<Credential | null> {
	const authorization = c.req.header("authorization");
	if (authorization) {
		const match = /^Bearer\s+(\S+)$/i.exec(authorization);
		if (!match?.[1]) return null;
		return { kind: "api_key", hash: await sha256Hex(match[1]) };
	}
	const session = getCookie(c, SESSION_COOKIE);
	return session ? { kind: "session", hash: await sha256Hex(session) } : null;
}

const unauthorized = () => new ApiError("UNAUTHORIZED", "A valid session cookie or API key is required");

// A key is used many times a second by a busy lead server; recording each use would be a write per request.
const LAST_USED_RESOLUTION_MS = 60_000;

type CredentialRow = Omit<Caller, "via" | "scopes"> & {
	apiKeyId: string | null;
	scopes: ApiKeyScope[] | null;
	expiresAt: string | null;
	lastUsedAt: string | null;
};

/**
 * Refuses a caller what the operation being served does not allow, as its route declares it. An operation that
 * declares nothing needs a signed-in user: forgetting a declaration never opens an operation to API keys.
 */
function checkAccess(access: RouteAuth | undefined, caller: Caller) {
	if (caller.via === "session" || access === "public") return;
	if (access === undefined || access === "session") {
		throw new ApiError("FORBIDDEN", "This needs a signed-in user; an API key cannot do it");
	}
	if (access.scope !== null && !caller.scopes.includes(access.scope)) {
		throw new ApiError("INSUFFICIENT_SCOPE", `This API key lacks the ${access.scope} scope`, {
			details: { required_scope: access.scope },
		});
	}
}

// Requests whose caller has been identified and allowed: a refusal after that needs no second look at the caller
// (see credentials-first.ts).
const identifiedRequests = new WeakSet<AppContext>();

/** Whether authenticate() has let this request's caller through. */
export function callerIdentified(c: AppContext): boolean {
	return identifiedRequests.has(c);
}

/** Notes that a key was used, after the response, at most once a minute, outside the request's round trips. */
function recordKeyUse(c: AppContext, row: CredentialRow) {
	const at = now();
	if (!row.apiKeyId) return;
	if (row.lastUsedAt && at.getTime() - Date.parse(row.lastUsedAt) < LAST_USED_RESOLUTION_MS) return;
	const staleBefore = new Date(at.getTime() - LAST_USED_RESOLUTION_MS).toISOString();
	const update = createDb(c.env.DB)
		.update(apiKeys)
		.set({ lastUsedAt: at.toISOString() })
		.where(
			and(eq(apiKeys.id, row.apiKeyId), sql`(${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} < ${staleBefore})`),
		);
	c.executionCtx.waitUntil(
		update.run().catch((error: unknown) => console.error(`[${c.var.requestId}] last_used_at`, error)),
	);
}

export async function authenticate<R extends NamedReads = Record<never, never>>(
	c: AppContext,
	reads?: (callerCompany: SQL) => R,
): Promise<{ caller: Caller; results: NamedResults<R> }> {
	const credential = await readCredential(c);
	if (!credential) throw unauthorized();
	const db = c.var.db;
	const now = isoNow();

	// D1 batches return rows as objects: every column needs its own name, or two "null"s would become one.
	const lookup =
		credential.kind === "session"
			? db
					.select({
						companyId: sessions.companyId,
						companyName: companies.name,
						companyCreatedAt: companies.createdAt,
						userId: users.id,
						email: users.email,
						apiKeyId: sql<string | null>`null`.as("no_api_key_id"),
						scopes: sql<ApiKeyScope[] | null>`null`.as("no_scopes"),
						expiresAt: sql<string | null>`null`.as("no_expires_at"),
						lastUsedAt: sql<string | null>`null`.as("no_last_used_at"),
					})
					.from(sessions)
					.innerJoin(users, eq(users.id, sessions.userId))
					.innerJoin(companies, eq(companies.id, sessions.companyId))
					.where(and(eq(sessions.idHash, credential.hash), gt(sessions.expiresAt, now)))
			: db
					.select({
						companyId: apiKeys.companyId,
						companyName: companies.name,
						companyCreatedAt: companies.createdAt,
						userId: sql<string | null>`null`.as("no_user_id"),
						email: sql<string | null>`null`.as("no_email"),
						apiKeyId: apiKeys.id,
						scopes: apiKeys.scopes,
						expiresAt: apiKeys.expiresAt,
						lastUsedAt: apiKeys.lastUsedAt,
					})
					.from(apiKeys)
					.innerJoin(companies, eq(companies.id, apiKeys.companyId))
					.where(and(eq(apiKeys.keyHash, credential.hash), isNull(apiKeys.revokedAt)));

	const callerCompany =
		credential.kind === "session"
			? sql`(select ${sessions.companyId} from ${sessions} where ${sessions.idHash} = ${credential.hash} and ${sessions.expiresAt} > ${now})`
			: sql`(select ${apiKeys.companyId} from ${apiKeys} where ${apiKeys.keyHash} = ${credential.hash} and ${apiKeys.revokedAt} is null and (${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > ${now}))`;

	const handlerReads = flattenReads(reads ? reads(callerCompany) : ({} as R));
	const answers = await db.batch([lookup, ...handlerReads.items]);
	const row = (answers[0] as CredentialRow[])[0];
	if (!row) throw unauthorized();
	if (row.expiresAt && row.expiresAt <= now) {
		throw new ApiError("UNAUTHORIZED", `This API key expired at ${row.expiresAt}`);
	}
	const { apiKeyId: _, scopes, expiresAt: __, lastUsedAt: ___, ...identity } = row;
	const caller: Caller = { ...identity, via: credential.kind, scopes: scopes ?? apiKeyScopes };
	// HEAD is served by the GET handler and asks for the same.
	const method = c.req.method === "HEAD" ? "GET" : c.req.method;
	checkAccess(declaredAuth(method, routePath(c)), caller);
	// The company is known only now; its rate limit is counted here, with no round trip (src/rate-limits/).
	await countCompanyCall(c, caller.companyId);
	identifiedRequests.add(c);
	recordKeyUse(c, row);
	return { caller, results: handlerReads.name(answers, 1) };
}

/**
 * Authenticates on the directory and, in parallel, runs reads by id on one shard (a certificate's data: by the
 * certificate's id, a claim's id). A shard cannot see the credential, so these reads are not scoped to the caller's
 * company: the handler checks what they found against `caller` before using or showing any of it, and answers a row
 * of another company with the same 404 as no row. A caller who is not let through gets authentication's answer,
 * whatever the shard found.
 */
export async function authenticateBesideShard<R extends NamedReads>(
	c: AppContext,
	shard: ShardSession,
	reads: (db: Db) => R,
): Promise<{ caller: Caller; results: NamedResults<R> }> {
	const [authenticated, found] = await Promise.allSettled([authenticate(c), batchNamed(shard.db, reads(shard.db))]);
	if (authenticated.status === "rejected") throw authenticated.reason;
	if (found.status === "rejected") throw found.reason;
	return { caller: authenticated.value.caller, results: found.value };
}

/** Hash of the presented session cookie, for logout. */
export async function presentedSessionHash(c: AppContext): Promise<string | null> {
	const session = getCookie(c, SESSION_COOKIE);
	return session ? sha256Hex(session) : null;
}

/**
 * A path id that must be a SQLite rowid. Anything else names nothing and gets the same 404 as an unknown id, after
 * the caller is known, so a stranger still learns only that credentials are missing.
 */
export async function rowIdOr404(c: AppContext, raw: string, what: string): Promise<number> {
	if (/^[1-9]\d{0,14}$/.test(raw)) return Number(raw);
	await authenticate(c);
	throw notFound(what);
}
