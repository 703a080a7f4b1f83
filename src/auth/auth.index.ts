import { and, desc, eq, isNull } from "drizzle-orm";
import { deleteCookie } from "hono/cookie";
import { isUniqueViolation } from "../db/client";
import { apiKeys, companies, sessions, users } from "../db/schema";
import { now } from "../lib/clock";
import { newId, randomHex, sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import { createRouter } from "../lib/http";
import { before, cursorPage, decodeCursor } from "../lib/pagination";
import { clientSubject, takeAttempt } from "./attempt-limits";
import * as routes from "./auth.routes";
import { API_KEY_PREFIX, authenticate, type Caller, presentedSessionHash, SESSION_COOKIE } from "./authenticate";
import { assertAcceptablePassword } from "./password-rules";
import { hashPassword } from "./passwords";
import { apiKeyScopes } from "./scopes";
import { newSession, signIn } from "./sign-in";
import { SIGN_UP_REFUSAL, signUpPerAddress } from "./sign-in-limits";

function presentApiKey(
	key: Omit<typeof apiKeys.$inferSelect, "keyHash" | "companyId" | "createdByUserId" | "revokedAt">,
) {
	return {
		id: key.id,
		name: key.name,
		key_prefix: key.keyPrefix,
		scopes: key.scopes,
		created_at: key.createdAt,
		expires_at: key.expiresAt,
		last_used_at: key.lastUsedAt,
	};
}

function requireUser(caller: Caller): string {
	if (!caller.userId) throw new ApiError("FORBIDDEN", "API keys are managed by signed-in users, not by other keys");
	return caller.userId;
}

export const authRouter = createRouter()
	.openapi(routes.signup, async (c) => {
		await takeAttempt(c, [{ policy: signUpPerAddress, subject: clientSubject(c) }], SIGN_UP_REFUSAL);
		const body = c.req.valid("json");
		const email = body.email.toLowerCase();
		await assertAcceptablePassword(body.password, email, [body.company_name]);
		const company = {
			id: newId(),
			name: body.company_name,
			createdAt: now().toISOString(),
		};
		const user = {
			id: newId(),
			companyId: company.id,
			email,
			passwordHash: await hashPassword(body.password),
		};
		const session = await newSession(c, user.id, company.id);
		try {
			await c.var.db.batch([
				c.var.db.insert(companies).values(company),
				c.var.db.insert(users).values({ ...user, createdAt: company.createdAt }),
				session.insert,
			]);
		} catch (error) {
			if (isUniqueViolation(error)) throw new ApiError("CONFLICT", "An account with this email already exists");
			throw error;
		}
		session.setSessionCookie();
		return c.json(
			{
				user: { id: user.id, email },
				company: { id: company.id, name: company.name },
			},
			201,
		);
	})
	.openapi(routes.login, async (c) => {
		const body = c.req.valid("json");
		const account = await signIn(c, body.email, body.password);
		if (!account) throw new ApiError("UNAUTHORIZED", "Email or password is incorrect");
		return c.json(account, 200);
	})
	.openapi(routes.logout, async (c) => {
		const hash = await presentedSessionHash(c);
		if (!hash) throw new ApiError("UNAUTHORIZED", "No session to end");
		const ended = await c.var.db.delete(sessions).where(eq(sessions.idHash, hash)).returning({ id: sessions.idHash });
		deleteCookie(c, SESSION_COOKIE, {
			path: "/",
			secure: true,
			httpOnly: true,
			sameSite: "Lax",
		});
		if (ended.length === 0) throw new ApiError("UNAUTHORIZED", "No session to end");
		return c.body(null, 204);
	})
	.openapi(routes.me, async (c) => {
		const { caller } = await authenticate(c);
		return c.json(
			{
				user: caller.userId && caller.email ? { id: caller.userId, email: caller.email } : null,
				company: { id: caller.companyId, name: caller.companyName },
				authenticated_via: caller.via,
			},
			200,
		);
	})
	.openapi(routes.createApiKey, async (c) => {
		const { caller } = await authenticate(c);
		const userId = requireUser(caller);
		const body = c.req.valid("json");
		const createdAt = now();
		// Stored as UTC ISO so it compares as text with the time the credential lookup passes to SQL.
		const expiresAt = body.expires_at ? new Date(body.expires_at) : null;
		if (expiresAt && expiresAt.getTime() <= createdAt.getTime()) {
			throw new ApiError("VALIDATION_FAILED", "Invalid request: expires_at", {
				fields: [{ field: "expires_at", message: "must be in the future" }],
			});
		}
		const key = `${API_KEY_PREFIX}${randomHex(24)}`;
		const row = {
			id: newId(),
			companyId: caller.companyId,
			name: body.name,
			keyHash: await sha256Hex(key),
			keyPrefix: key.slice(0, API_KEY_PREFIX.length + 8),
			createdByUserId: userId,
			createdAt: createdAt.toISOString(),
			// Kept in the canonical order, once each, whatever order or repeats the request used.
			scopes: apiKeyScopes.filter((scope) => (body.scopes ?? apiKeyScopes).includes(scope)),
			expiresAt: expiresAt?.toISOString() ?? null,
			lastUsedAt: null,
		};
		await c.var.db.insert(apiKeys).values(row);
		return c.json({ ...presentApiKey(row), key }, 201);
	})
	.openapi(routes.listApiKeys, async (c) => {
		const { limit, cursor } = c.req.valid("query");
		const after = decodeCursor(cursor, ["string", "string"]);
		const { caller, results } = await authenticate(c, (company) => ({
			keys: c.var.db
				.select()
				.from(apiKeys)
				.where(
					and(
						eq(apiKeys.companyId, company),
						isNull(apiKeys.revokedAt),
						after ? before([apiKeys.createdAt, apiKeys.id], after) : undefined,
					),
				)
				.orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
				.limit(limit + 1),
		}));
		requireUser(caller);
		const page = cursorPage(results.keys, limit, (k) => [k.createdAt, k.id]);
		return c.json({ data: page.rows.map(presentApiKey), limit, next_cursor: page.next_cursor }, 200);
	})
	.openapi(routes.revokeApiKey, async (c) => {
		const { caller } = await authenticate(c);
		requireUser(caller);
		const revoked = await c.var.db
			.update(apiKeys)
			.set({ revokedAt: now().toISOString() })
			.where(
				and(
					eq(apiKeys.id, c.req.valid("param").id),
					eq(apiKeys.companyId, caller.companyId),
					isNull(apiKeys.revokedAt),
				),
			)
			.returning({ id: apiKeys.id });
		if (revoked.length === 0) throw new ApiError("NOT_FOUND", "API key not found");
		return c.body(null, 204);
	});
