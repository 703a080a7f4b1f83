// Request text is checked where it enters. A lone UTF-16 surrogate ("\ud800") survives JSON.parse but not SQLite,
// hashing or canonical JSON: stored, it came back as "���", or made every later claim of that buyer fail. Refusing
// it at validation keeps it out of the database and names the field.

import { z } from "@hono/zod-openapi";
import { OUTSIDE_STORABLE_YEARS, storableUtc } from "./client-times";

export const ILL_FORMED_TEXT = "must be well-formed Unicode text (it contains a lone surrogate)";

const isWellFormed = (value: string) => value.isWellFormed();

/** Adds the well-formed check to any string schema (formats such as email or url included). */
export function wellFormed<T extends z.ZodType<string, string>>(schema: T): T {
	return schema.refine(isWellFormed, { message: ILL_FORMED_TEXT, abort: true }) as T;
}

interface TextOptions {
	max: number;
	min?: number;
	trim?: boolean;
}

/** A bounded, well-formed string: every free-text field of every request is one of these. */
export function text({ max, min, trim = false }: TextOptions) {
	// Checked first, and nothing after it runs on ill-formed text.
	let schema = z.string().refine(isWellFormed, { message: ILL_FORMED_TEXT, abort: true });
	if (trim) schema = schema.trim();
	if (min !== undefined) schema = schema.min(min);
	return schema.max(max);
}

/** A bounded integer; `format` tells generated clients which integer type holds it. */
export function int({ min, max }: { min: number; max: number }) {
	const format = min >= -(2 ** 31) && max < 2 ** 31 ? "int32" : "int64";
	return z.number().int().min(min).max(max).openapi({ format });
}

/** The same, read from a path or query string. */
export function intFromString({ min, max }: { min: number; max: number }) {
	const format = min >= -(2 ** 31) && max < 2 ** 31 ? "int32" : "int64";
	// Coercion hides the bounds from the document generator, so they are stated again for it.
	return z.coerce.number().int().min(min).max(max).openapi({ type: "integer", format, minimum: min, maximum: max });
}

export const email = () => wellFormed(z.email().max(254)).openapi({ example: "ops@leadgen.example" });

export const httpUrl = () => wellFormed(z.url({ protocol: /^https?$/ }).max(2048));

/** A row id in a path: SQLite rowids, positive and within JavaScript's exact integers. */
export const rowIdParam = () => intFromString({ min: 1, max: Number.MAX_SAFE_INTEGER });

/** A company id: 24 lowercase hex characters. */
export const companyId = () =>
	z
		.string()
		.max(24)
		.regex(/^[0-9a-f]{24}$/, "must be a company id (24 lowercase hex)")
		.openapi({ example: "68a1b2c3d4e5f6a7b8c9d0e1" });

/**
 * A query filter on a stored time: an RFC 3339 date-time with its offset, turned into the UTC string rows are stored
 * with, so that it compares with them as text.
 */
export const instantFilter = (description: string) =>
	z.iso
		.datetime({ offset: true })
		.max(40)
		.transform((value, ctx) => {
			const utc = storableUtc(value);
			if (utc !== null) return utc;
			ctx.issues.push({ code: "custom", input: value, message: OUTSIDE_STORABLE_YEARS });
			return z.NEVER;
		})
		.optional()
		.openapi({ description, example: "2026-04-18T00:00:00Z", format: "date-time", maxLength: 40 });
