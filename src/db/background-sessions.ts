// The shard sessions of work done outside a request: queue consumers, crons, and a job's results stream (which runs
// after its request has answered). Each database is read at its primary, since a job's state must be read as the
// last write left it, and no client sends a bookmark or reads the round trips counted.
import { openShardSessions, type ShardSessions } from "./shard-sessions";
import { allShards } from "./shards";

export const backgroundShards = (env: Cloudflare.Env): ShardSessions =>
	openShardSessions(env, "first-primary", new Map(), () => allShards(env));
