// Who is calling: a session cookie (people) or an API key (publishers' servers), resolved in the same D1 round trip
// as the handler's own reads. Each handler passes its reads to authenticate(); they can scope themselves to the
// caller's company through `callerCompany`, an SQL subquery over the same credential.
import { and, eq, gt, isNull, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { getCookie } from "hono/cookie";
import { apiKeys, companies, sessions, users } from "../db/schema";
import { isoNow } from "../lib/clock";
import { sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import type { AppContext } from "../lib/http";

export const SESSION_COOKIE = "econsent_session";
export const API_KEY_PREFIX = "eck_";

export interface Caller {
	companyId: string;
	companyName: string;
	userId: string | null;
	email: string | null;
	via: "session" | "api_key";
}

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

type Reads = readonly BatchItem<"sqlite">[];
type ReadResults<T extends Reads> = {
	[K in keyof T]: T[K] extends BatchItem<"sqlite"> ? Awaited<T[K]> : never;
};

export async function authenticate<const T extends Reads = []>(
	c: AppContext,
	reads?: (callerCompany: SQL) => T,
): Promise<{ caller: Caller; results: ReadResults<T> }> {
	const credential = await readCredential(c);
	if (!credential) throw unauthorized();
	const db = c.var.db;
	const now = isoNow();

	const lookup =
		credential.kind === "session"
			? db
					.select({
						companyId: sessions.companyId,
						companyName: companies.name,
						userId: users.id,
						email: users.email,
					})
					.from(sessions)
					.innerJoin(users, eq(users.id, sessions.userId))
					.innerJoin(companies, eq(companies.id, sessions.companyId))
					.where(and(eq(sessions.idHash, credential.hash), gt(sessions.expiresAt, now)))
			: db
					.select({
						companyId: apiKeys.companyId,
						companyName: companies.name,
						userId: sql<string | null>`null`,
						email: sql<string | null>`null`,
					})
					.from(apiKeys)
					.innerJoin(companies, eq(companies.id, apiKeys.companyId))
					.where(and(eq(apiKeys.keyHash, credential.hash), isNull(apiKeys.revokedAt)));

	const callerCompany =
		credential.kind === "session"
			? sql`(select ${sessions.companyId} from ${sessions} where ${sessions.idHash} = ${credential.hash} and ${sessions.expiresAt} > ${now})`
			: sql`(select ${apiKeys.companyId} from ${apiKeys} where ${apiKeys.keyHash} = ${credential.hash} and ${apiKeys.revokedAt} is null)`;

	const extra = reads ? reads(callerCompany) : ([] as unknown as T);
	const [found, ...results] = (await db.batch([lookup, ...extra] as unknown as [BatchItem<"sqlite">])) as unknown as [
		Caller[],
		...unknown[],
	];
	const row = found[0];
	if (!row) throw unauthorized();
	return {
		caller: { ...row, via: credential.kind },
		results: results as ReadResults<T>,
	};
}

/** Hash of the presented session cookie, for logout. */
export async function presentedSessionHash(c: AppContext): Promise<string | null> {
	const session = getCookie(c, SESSION_COOKIE);
	return session ? sha256Hex(session) : null;
}
