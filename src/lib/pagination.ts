// One pagination shape for every list: `?limit=&cursor=` in, `{ data, limit, next_cursor }` out. The cursor is the
// sort key of the last item served, so a page is one indexed range read (no OFFSET scan) and stays stable while
// rows are added. Each list reads limit + 1 rows to learn whether another page exists without a second query.
import { z } from "@hono/zod-openapi";
import { type Column, type SQL, sql } from "drizzle-orm";
import { ApiError } from "./errors";
import { intFromString, text } from "./request-schemas";

export const MAX_PAGE_SIZE = 100;
const MAX_CURSOR_CHARS = 512;

export const CursorQuery = z.object({
	limit: intFromString({ min: 1, max: MAX_PAGE_SIZE })
		.default(25)
		.openapi({ example: 25, description: `Items per page, 1 to ${MAX_PAGE_SIZE}` }),
	cursor: text({ max: MAX_CURSOR_CHARS })
		.regex(/^[A-Za-z0-9_-]+$/, "must be a next_cursor from a previous page")
		.optional()
		.openapi({ description: "The `next_cursor` of the previous page; absent for the first page" }),
});

/**
 * How deep page numbers reach in a list spread over shards (src/db/shards.ts): a page by number has each shard read
 * its rows up to the page, which only a depth bound keeps small. Past it, `next_cursor` (one page's rows from each
 * shard, however deep) is the way on.
 */
export const MAX_NUMBERED_DEPTH = 10_000;

const pageNumber = intFromString({ min: 1, max: 100_000 }).default(1).openapi({ example: 1 });

/** Page numbers, for the lists that offered them before cursors; existing callers keep working. */
export const CursorOrPageQuery = CursorQuery.extend({
	page: pageNumber.openapi({ description: "Page number (1-based), the older form; ignored when `cursor` is given" }),
});

/**
 * Cursors, with page numbers for the callers that used them before: only a page number brings `total` (counting
 * every match is what makes a page slow on a long list), so a walk by cursor never counts.
 */
export const CursorOrCountedPageQuery = CursorQuery.extend({
	page: intFromString({ min: 1, max: 100_000 })
		.optional()
		.openapi({
			example: 1,
			description:
				"Page number (1-based), the older and slower form: the answer adds `page` and `total`, which counts every " +
				`match. Not with \`cursor\`; pages reach the ${MAX_NUMBERED_DEPTH.toLocaleString("en-US")}th item, then follow \`next_cursor\``,
		}),
});

const nextCursorField = z
	.string()
	.max(MAX_CURSOR_CHARS)
	.regex(/^[A-Za-z0-9_-]+$/)
	.nullable()
	.openapi({ description: "Pass as `cursor` to get the next page; null on the last page" });

// Every envelope is one flat object: extending a named schema would make the document's schema refer to itself.
const cursorFields = <T extends z.ZodType>(item: T) => ({
	data: z.array(item).max(MAX_PAGE_SIZE),
	limit: z.number().int().min(1).max(MAX_PAGE_SIZE).openapi({ format: "int32" }),
	next_cursor: nextCursorField,
});

export function cursorEnvelope<T extends z.ZodType>(item: T, name: string) {
	return z.object(cursorFields(item)).openapi(name);
}

const pageFields = {
	page: z.number().int().min(1).max(100_000).openapi({ format: "int32" }),
	total: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).openapi({ format: "int64" }),
};

/** A cursor page that also reports page number and total, for lists that offered them before cursors. */
export function cursorAndPageEnvelope<T extends z.ZodType>(item: T, name: string) {
	return z.object({ ...cursorFields(item), ...pageFields }).openapi(name);
}

/** A cursor page; `page` and `total` only when the request asked for a page number (CursorOrCountedPageQuery). */
export function cursorOrCountedPageEnvelope<T extends z.ZodType>(item: T, name: string) {
	return z
		.object({
			...cursorFields(item),
			page: pageFields.page.optional().openapi({ description: "The page number asked for; only with `?page=`" }),
			total: pageFields.total
				.optional()
				.openapi({ description: "How many items match, over all pages; only with `?page=`" }),
		})
		.openapi(name);
}

export const offsetOf = (q: { page: number; limit: number }) => (q.page - 1) * q.limit;

/** Refuses a page number whose page ends past MAX_NUMBERED_DEPTH items, naming the way on. */
export function refuseTooDeepPage(q: { page: number; limit: number }, items: string): void {
	if (offsetOf(q) + q.limit <= MAX_NUMBERED_DEPTH) return;
	throw new ApiError("VALIDATION_FAILED", "Invalid request: query.page", {
		fields: [
			{
				field: "query.page",
				message: `pages by number reach the ${MAX_NUMBERED_DEPTH.toLocaleString("en-US")}th ${items}; follow next_cursor past it`,
			},
		],
	});
}

export type CursorKey = (string | number)[];

export function encodeCursor(key: CursorKey): string {
	const bytes = new TextEncoder().encode(JSON.stringify(key));
	return btoa(String.fromCharCode(...bytes))
		.replaceAll("+", "-")
		.replaceAll("/", "_")
		.replace(/=+$/, "");
}

const badCursor = () =>
	new ApiError("VALIDATION_FAILED", "Invalid request: query.cursor", {
		fields: [{ field: "query.cursor", message: "must be a next_cursor from a previous page of this list" }],
	});

/** The sort key a cursor holds, checked against the types the list sorts by; null without a cursor. */
export function decodeCursor<const T extends readonly ("string" | "number")[]>(
	cursor: string | undefined,
	types: T,
): { [K in keyof T]: T[K] extends "string" ? string : number } | null {
	if (cursor === undefined) return null;
	let key: unknown;
	try {
		const binary = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
		key = JSON.parse(
			new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(
				Uint8Array.from(binary, (ch) => ch.charCodeAt(0)),
			),
		);
	} catch {
		throw badCursor();
	}
	if (!Array.isArray(key) || key.length !== types.length) throw badCursor();
	key.forEach((part, i) => {
		if (typeof part !== types[i] || (typeof part === "string" && (part.length > 200 || !part.isWellFormed()))) {
			throw badCursor();
		}
		if (typeof part === "number" && !Number.isSafeInteger(part)) throw badCursor();
	});
	return key as { [K in keyof T]: T[K] extends "string" ? string : number };
}

/** The page served from limit + 1 rows read, and the cursor to the next one. */
export function cursorPage<Row>(rows: Row[], limit: number, keyOf: (row: Row) => CursorKey) {
	const served = rows.slice(0, limit);
	const last = served.at(-1);
	return { rows: served, next_cursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

const rowValue = (parts: readonly unknown[]) =>
	sql`(${sql.join(
		parts.map((part) => sql`${part}`),
		sql`, `,
	)})`;

/** Rows whose sort key comes after the cursor's, for a list in ascending order (SQLite row values). */
export const after = (columns: readonly Column[], key: readonly (string | number)[]): SQL =>
	sql`${rowValue(columns)} > ${rowValue(key)}`;

/** The same for a list in descending order. */
export const before = (columns: readonly Column[], key: readonly (string | number)[]): SQL =>
	sql`${rowValue(columns)} < ${rowValue(key)}`;
