// The D1 databases a test reads or tampers with directly: certificates' data is on the shard named in their ids
// (src/db/shards.ts), accounts and settings on the directory (env.DB).
import { env } from "cloudflare:workers";
import { createDb } from "../src/db/client";
import { allShards, certificateShard, idShard, shardDatabase, tokenShard } from "../src/db/shards";

/** The D1 database holding this certificate's data (its logs, shares, claims, capture session). */
export const certificateD1 = (certificateId: string) => shardDatabase(env, certificateShard(certificateId));
export const certificateDb = (certificateId: string) => createDb(certificateD1(certificateId));

/** The D1 database of a claim (or an audit or access event) by its id. */
export const claimD1 = (claimId: number) => shardDatabase(env, idShard(claimId));
export const claimDb = (claimId: number) => createDb(claimD1(claimId));

/** The D1 database of the certificate a claim token shares. */
export const tokenD1 = (token: string) => shardDatabase(env, tokenShard(token));

/** Every database certificates may be on (the directory first), for counts and sweeps over all of them. */
export const everyD1 = () => allShards(env).map((shard) => shardDatabase(env, shard));

/** One query run on every database, rows concatenated. */
export async function allRows<T>(sql: string, ...params: unknown[]): Promise<T[]> {
	const answers = await Promise.all(
		everyD1().map((d1) =>
			d1
				.prepare(sql)
				.bind(...params)
				.all<T>(),
		),
	);
	return answers.flatMap((answer) => answer.results);
}

/** How many shards these certificates are on: a read by their ids costs one round trip on each. */
export const shardsOf = (certificateIds: readonly string[]) =>
	new Set(certificateIds.map((id) => certificateShard(id))).size;

/** A `SELECT count(*) AS n …` run on every database, summed. */
export async function countAll(sql: string, ...params: unknown[]): Promise<number> {
	return (await allRows<{ n: number }>(sql, ...params)).reduce((sum, row) => sum + row.n, 0);
}
