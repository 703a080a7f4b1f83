// fast-check arbitraries drawn from an operation's JSON Schema: values the schema accepts, values one step outside
// it, and values chosen to hurt (ill-formed Unicode, injection strings, huge or deeply nested input).
import fc from "fast-check";
import type { Schema } from "./operations";

/** Strings that have broken services before: ill-formed Unicode, control characters, injections, odd numbers. */
export const HOSTILE_STRINGS = [
	"",
	" ",
	"x\ud800y",
	"auto\udc00dialer",
	"\ud83d",
	"\u0000",
	"a\u0000b",
	"\ufeff",
	"\u202e\u0041",
	"😀".repeat(40),
	"<script>alert(1)</script>",
	"' OR 1=1 --",
	'"; DROP TABLE certificates; --',
	"../../../../etc/passwd",
	"%00%ED%A0%80",
	"__proto__",
	"constructor",
	"NaN",
	"Infinity",
	"-0",
	"1e309",
	"9".repeat(400),
	"0x1F",
	"١٢٣",
	"null",
	"x".repeat(5_000),
];

const HOSTILE_VALUES: unknown[] = [
	null,
	true,
	false,
	0,
	-1,
	-0,
	1.5,
	2 ** 53 + 2,
	-(2 ** 63),
	1e308,
	[],
	{},
	[null],
	{ __proto__: { admin: true } },
	JSON.parse('{"__proto__": {"admin": true}}'),
	{ $ne: null },
	Array.from({ length: 2_000 }, (_, i) => i),
	JSON.parse(`${"[".repeat(2_000)}${"]".repeat(2_000)}`),
];

export const hostileValue = (): fc.Arbitrary<unknown> =>
	fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...HOSTILE_VALUES), fc.string({ unit: "binary" }));

const typesOf = (schema: Schema): string[] =>
	Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
	const min = schema.minLength ?? 0;
	const max = Math.min(schema.maxLength ?? 64, 64);
	const fits = (s: string) => s.length >= min && s.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY);
	switch (schema.format) {
		case "email":
			return fc.emailAddress().filter(fits);
		case "uri":
			return fc.webUrl().filter(fits);
		case "date-time":
			return fc
				.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date(), noInvalidDate: true })
				.map((d) => d.toISOString());
		case "ipv4":
			return fc.ipV4();
		case "ipv6":
			return fc.ipV6();
	}
	if (schema.pattern) {
		try {
			return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
		} catch {
			// A pattern fast-check cannot generate from (lookarounds): the example and plain strings stand in.
			return typeof schema.example === "string"
				? fc.oneof(fc.constant(schema.example), fc.string({ minLength: min, maxLength: max }))
				: fc.string({ minLength: min, maxLength: max });
		}
	}
	return fc.string({ minLength: min, maxLength: max, unit: "grapheme" }).filter(fits);
}

/** Values the schema accepts (as far as JSON Schema can say: refinements in code may still refuse some). */
export function valid(schema: Schema): fc.Arbitrary<unknown> {
	if (schema.const !== undefined) return fc.constant(schema.const);
	if (schema.enum) return fc.constantFrom(...schema.enum);
	const alternatives = schema.anyOf ?? schema.oneOf;
	if (alternatives) return fc.oneof(...alternatives.map(valid));
	const [type, ...others] = typesOf(schema);
	if (others.length > 0) return fc.oneof(...typesOf(schema).map((t) => valid({ ...schema, type: t })));
	switch (type) {
		case "string":
			return stringArbitrary(schema);
		case "integer":
			return fc.integer({
				min: Math.max(schema.minimum ?? -(2 ** 31), Number.MIN_SAFE_INTEGER),
				max: Math.min(schema.maximum ?? 2 ** 31, Number.MAX_SAFE_INTEGER),
			});
		case "number":
			return fc.double({ min: schema.minimum, max: schema.maximum, noNaN: true, noDefaultInfinity: true });
		case "boolean":
			return fc.boolean();
		case "null":
			return fc.constant(null);
		case "array":
			return fc.array(schema.items ? valid(schema.items) : fc.anything(), {
				minLength: schema.minItems ?? 0,
				maxLength: Math.min(schema.maxItems ?? 5, 5),
			});
		case "object": {
			const properties = schema.properties ?? {};
			return fc.record(Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, valid(sub)])), {
				requiredKeys: (schema.required ?? []).filter((key) => key in properties),
			});
		}
	}
	return fc.anything();
}

/** One step outside the schema: a bound crossed by one, a wrong type, a missing or unknown field. */
export function almostValid(schema: Schema): fc.Arbitrary<unknown> {
	const typed = typesOf(schema);
	const outside: fc.Arbitrary<unknown>[] = [fc.constantFrom(null, 1, "1", [], {})];
	if (typed.includes("string")) {
		if (schema.maxLength !== undefined) outside.push(fc.constant("a".repeat(schema.maxLength + 1)));
		if (schema.minLength) outside.push(fc.constant("a".repeat(schema.minLength - 1)));
		outside.push(valid(schema).map((s) => `${s}\ud800`));
	}
	if (typed.includes("integer")) {
		if (schema.maximum !== undefined) outside.push(fc.constant(schema.maximum + 1));
		if (schema.minimum !== undefined) outside.push(fc.constant(schema.minimum - 1));
		outside.push(fc.constant(0.5));
	}
	if (typed.includes("array") && schema.maxItems !== undefined && schema.items) {
		outside.push(fc.array(valid(schema.items), { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 1 }));
	}
	if (typed.includes("object") && schema.properties) {
		const properties = schema.properties;
		const keys = Object.keys(properties);
		const base = valid(schema) as fc.Arbitrary<Record<string, unknown>>;
		if (keys.length > 0) {
			outside.push(
				fc.tuple(base, fc.constantFrom(...keys)).chain(([value, key]) =>
					fc.oneof(
						fc.constant(withoutKey(value, key)),
						almostValid(properties[key]!).map((bad) => ({ ...value, [key]: bad })),
						hostileValue().map((bad) => ({ ...value, [key]: bad })),
					),
				),
			);
		}
		outside.push(base.map((value) => ({ ...value, unexpected_field: "x" })));
	}
	return fc.oneof(...outside);
}

function withoutKey(value: Record<string, unknown>, key: string) {
	const { [key]: _, ...rest } = value;
	return rest;
}

/** Valid, almost valid and hostile, in about equal parts. */
export const anyInput = (schema: Schema): fc.Arbitrary<unknown> =>
	fc.oneof(valid(schema), almostValid(schema), hostileValue());
