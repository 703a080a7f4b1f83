// Starting a session: checking an email and password (counted against the sign-in limits) and making the session
// row and its cookie. Used by POST /auth/login, POST /auth/signup and the sign-in page.
import { eq } from "drizzle-orm";
import { setCookie } from "hono/cookie";
import { companies, sessions, users } from "../db/schema";
import { addDays, now } from "../lib/clock";
import { randomHex, sha256Hex } from "../lib/crypto";
import type { AppContext } from "../lib/http";
import { clientSubject, returnAttempt, takeAttempt } from "./attempt-limits";
import { SESSION_COOKIE } from "./authenticate";
import { UNKNOWN_USER_HASH, verifyPassword } from "./passwords";
import { SIGN_IN_REFUSAL, signInPerAccountAndAddress, signInSubjects } from "./sign-in-limits";

const SESSION_DAYS = 14;

/** A new session row plus the cookie that names it; only the cookie value's hash is stored. */
export async function newSession(c: AppContext, userId: string, companyId: string) {
	const token = randomHex(32);
	const created = now();
	const expires = addDays(created, SESSION_DAYS);
	const insert = c.var.db.insert(sessions).values({
		idHash: await sha256Hex(token),
		userId,
		companyId,
		createdAt: created.toISOString(),
		expiresAt: expires.toISOString(),
	});
	const setSessionCookie = () =>
		setCookie(c, SESSION_COOKIE, token, {
			httpOnly: true,
			secure: true,
			sameSite: "Lax",
			path: "/",
			expires,
			maxAge: SESSION_DAYS * 86_400,
		});
	return { insert, setSessionCookie };
}

/**
 * Checks the pair and starts a session; null on a wrong pair, taking the same time for an unknown email. Every
 * attempt is counted first (429 RATE_LIMITED once the account-and-address or the address budget is spent); a
 * correct password hands its attempt back and clears the account's count for this address.
 */
export async function signIn(c: AppContext, email: string, password: string) {
	const attempt = await takeAttempt(c, signInSubjects(email, clientSubject(c)), SIGN_IN_REFUSAL);
	const [row] = await c.var.db
		.select({ user: users, companyName: companies.name })
		.from(users)
		.innerJoin(companies, eq(companies.id, users.companyId))
		.where(eq(users.email, email.toLowerCase()));
	const valid = await verifyPassword(password, row?.user.passwordHash ?? UNKNOWN_USER_HASH);
	if (!row || !valid) return null;
	const session = await newSession(c, row.user.id, row.user.companyId);
	await Promise.all([session.insert, returnAttempt(c, attempt, (t) => t.policy === signInPerAccountAndAddress)]);
	session.setSessionCookie();
	return {
		user: { id: row.user.id, email: row.user.email },
		company: { id: row.user.companyId, name: row.companyName },
	};
}
