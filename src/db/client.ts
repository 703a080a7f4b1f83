import { getTableColumns, type SQL, sql, type Table } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

export function createDb(d1: D1Database) {
	return drizzle(d1, { schema });
}

export type Db = ReturnType<typeof createDb>;

/** A D1 batch as drizzle types it: at least one statement. */
export type Batch = [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]];

/** Statements as a batch; the caller has made sure there is at least one. */
export const asBatch = (statements: readonly BatchItem<"sqlite">[]) => statements as Batch;

/** D1 binds at most 100 parameters per statement: split rows so each insert stays under it. */
export function chunkForParams<T>(rows: readonly T[], paramsPerRow: number): T[][] {
	const size = Math.max(1, Math.floor(100 / paramsPerRow));
	const chunks: T[][] = [];
	for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
	return chunks;
}

/**
 * Bound parameters one row of an INSERT into this table can take: one per column of the schema. An upper bound, so a
 * chunk never passes 100 whichever columns a row sets (drizzle writes a column left out without a default as a
 * literal null).
 */
export function paramsPerRow(table: Table): number {
	return Object.keys(getTableColumns(table)).length;
}

/** Rows to insert into `table`, in chunks that each fit one statement under D1's parameter limit. */
export function chunkRows<T>(table: Table, rows: readonly T[]): T[][] {
	return chunkForParams(rows, paramsPerRow(table));
}

/** SQLite reports a violated UNIQUE index this way; several flows treat it as "someone else got there first". */
export function isUniqueViolation(error: unknown): boolean {
	const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : "";
	return text.includes("UNIQUE constraint failed");
}

/**
 * A table's columns aliased as "<prefix>_<column>". D1's batch API returns rows as objects, so two joined tables'
 * columns with the same name ("id", "created_at") would overwrite each other in a batched join; unique aliases
 * keep every value, and mapWith keeps each column's own decoding (JSON columns stay parsed).
 */
export function prefixedColumns<T extends Table>(table: T, prefix: string) {
	const columns = getTableColumns(table);
	return Object.fromEntries(
		Object.entries(columns).map(([key, column]) => [
			key,
			sql`${column}`.mapWith(column).as(`${prefix}_${column.name}`),
		]),
	) as { [K in keyof T["_"]["columns"]]: SQL.Aliased<T["_"]["columns"][K]["_"]["data"]> };
}
