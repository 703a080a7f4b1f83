import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

export function createDb(d1: D1Database) {
	return drizzle(d1, { schema });
}

export type Db = ReturnType<typeof createDb>;

/** D1 binds at most 100 parameters per statement: split rows so each insert stays under it. */
export function chunkForParams<T>(rows: readonly T[], paramsPerRow: number): T[][] {
	const size = Math.max(1, Math.floor(100 / paramsPerRow));
	const chunks: T[][] = [];
	for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
	return chunks;
}

/** SQLite reports a violated UNIQUE index this way; several flows treat it as "someone else got there first". */
export function isUniqueViolation(error: unknown): boolean {
	const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : "";
	return text.includes("UNIQUE constraint failed");
}
