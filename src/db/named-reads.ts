// D1 answers a batch as a list in the order it was sent. Reads batched with authentication (authenticate() in
// src/auth, which handlers' reads go through) and the consumers' batches (batchNamed below) are named instead: a
// record of queries, or of lists of same-shaped queries such as one select per 100-id chunk, given back under the
// same keys, typed, so their callers unpack nothing by position or computed offset. A few small write batches still
// destructure drizzle's typed answer by position (webhook endpoints and deliveries, sign-in).
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "./client";

type Read = BatchItem<"sqlite">;
export type NamedReads = Record<string, Read | readonly Read[]>;

/** Each key's result: a query's own result, or for a list of queries their rows concatenated. */
export type NamedResults<R extends NamedReads> = {
	[K in keyof R]: R[K] extends readonly (infer Q)[] ? Awaited<Q> : Awaited<R[K]>;
};

/** The reads in batch order, and how to give the batch's answers (from `offset` on) their names back. */
export function flattenReads<R extends NamedReads>(reads: R) {
	const layout = Object.entries(reads).map(([key, read]) => [key, isList(read) ? read.length : null] as const);
	const items = Object.values(reads).flatMap((read) => (isList(read) ? [...read] : [read]));
	const name = (answers: readonly unknown[], offset = 0) => {
		const named: Record<string, unknown> = {};
		let at = offset;
		for (const [key, listLength] of layout) {
			if (listLength === null) named[key] = answers[at++];
			else {
				named[key] = answers.slice(at, at + listLength).flat();
				at += listLength;
			}
		}
		return named as NamedResults<R>;
	};
	return { items, name };
}

function isList(read: Read | readonly Read[]): read is readonly Read[] {
	return Array.isArray(read);
}

/** Runs named queries as one D1 batch (one round trip; none when there is nothing to run) and answers them by name. */
export async function batchNamed<R extends NamedReads>(db: Db, reads: R): Promise<NamedResults<R>> {
	const { items, name } = flattenReads(reads);
	const [first, ...rest] = items;
	if (!first) return name([]);
	return name(await db.batch([first, ...rest]));
}
