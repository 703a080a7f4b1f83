// Where a certificate's data lives. One D1 database stops at 10 GB and runs one query at a time, so the data of
// certificates (the certificate, its audit and access logs, shares, claims, capture session, webhook deliveries and
// job results about it) is spread over several databases, the shards; what must be found across them (companies,
// users, API keys, properties, consent rules, partners, jobs, webhook endpoints, idempotency keys) stays in the
// directory, the `DB` database. Every database has the same schema (one set of migrations): a shard's directory
// tables and the directory's certificate tables are simply not used, except that the directory is shard 0, where
// the certificates captured before shards existed stay.
//
// The rule never moves a certificate once written: a certificate's shard is written into its id when it is made, and
// everything that names a certificate's data carries it too:
// - a certificate id is EC-<UUIDv8> whose first 16 bits are the shard number (RFC 9562's version 8 is the form for
//   custom layouts); an id of another form (the UUIDv4 ids made before shards) is shard 0;
// - a claim token is clm_ + 4 hex of shard + 48 random hex; the 48-hex tokens made before shards are shard 0;
// - claim ids (and audit and access event ids) on shard k start at k·2^40 (prepareShard seeds them), so a claim id
//   alone names its shard and ids stay unique across shards.
// Adding a shard is adding a `SHARD_<n>` binding and listing it in CERTIFICATE_SHARDS (the README's deploy section):
// new certificates are spread over the listed shards, and nothing already written moves.

/** Shard 0 is the directory database itself. */
export const DIRECTORY_SHARD = 0;
/** Ids of claims and events on shard k are k·ID_SPAN + 1, + 2, …: 2^40 per shard, 8,191 shards below 2^53. */
export const ID_SPAN = 2 ** 40;
export const MAX_SHARD = Math.floor(Number.MAX_SAFE_INTEGER / ID_SPAN) - 1;

const TAGGED_CERTIFICATE_ID = /^EC-([0-9a-f]{4})[0-9a-f]{4}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TAGGED_TOKEN = /^clm_([0-9a-f]{4})[0-9a-f]{48}$/;

/** The shard holding this certificate's data. */
export function certificateShard(certificateId: string): number {
	const tag = TAGGED_CERTIFICATE_ID.exec(certificateId)?.[1];
	return tag ? Number.parseInt(tag, 16) : DIRECTORY_SHARD;
}

/** The shard of the certificate a claim token shares. */
export function tokenShard(token: string): number {
	const tag = TAGGED_TOKEN.exec(token)?.[1];
	return tag ? Number.parseInt(tag, 16) : DIRECTORY_SHARD;
}

/** The shard a claim (or an audit or access event) was written on, from its id. */
export function idShard(id: number): number {
	return Math.floor(id / ID_SPAN);
}

const hex4 = (shard: number) => shard.toString(16).padStart(4, "0");

/** A certificate id on `shard` from 16 random (or derived) bytes: EC-<UUIDv8> with the shard in its first 16 bits. */
export function certificateIdOn(shard: number, bytes: Uint8Array): string {
	const b = Uint8Array.from(bytes.subarray(0, 16));
	b[0] = shard >> 8;
	b[1] = shard & 0xff;
	b[6] = ((b[6] as number) & 0x0f) | 0x80;
	b[8] = ((b[8] as number) & 0x3f) | 0x80;
	const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
	return `EC-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A claim token for a certificate on `shard`, from 48 random (or derived) hex digits. */
export const tokenOn = (shard: number, secretHex: string) => `clm_${hex4(shard)}${secretHex}`;

/**
 * The shards new certificates go to, from CERTIFICATE_SHARDS ("SHARD_1,SHARD_2"; "DB" or empty: the directory
 * alone, as before shards). A shard taken off the list keeps its certificates and takes no new ones.
 */
export function openShards(env: Cloudflare.Env): number[] {
	const listed = (env.CERTIFICATE_SHARDS ?? "")
		.split(",")
		.map((name) => name.trim())
		.filter(Boolean);
	if (listed.length === 0) return [DIRECTORY_SHARD];
	return listed.map((name) => shardNumber(name));
}

/** Every shard a certificate may be on: the directory and each SHARD_<n> binding the Worker has. */
export function allShards(env: Cloudflare.Env): number[] {
	const numbers = Object.keys(env)
		.filter((name) => /^SHARD_\d+$/.test(name))
		.map((name) => shardNumber(name));
	return [DIRECTORY_SHARD, ...numbers.sort((a, b) => a - b)];
}

function shardNumber(bindingName: string): number {
	if (bindingName === "DB") return DIRECTORY_SHARD;
	const match = /^SHARD_(\d+)$/.exec(bindingName);
	const n = match ? Number(match[1]) : Number.NaN;
	if (!(n >= 1 && n <= MAX_SHARD)) throw new Error(`CERTIFICATE_SHARDS names "${bindingName}", not DB or SHARD_<n>`);
	return n;
}

/** The D1 database of a shard. A shard the Worker has no binding for is a deploy mistake, never a caller's. */
export function shardDatabase(env: Cloudflare.Env, shard: number): D1Database {
	if (shard === DIRECTORY_SHARD) return env.DB;
	const binding = (env as unknown as Record<string, D1Database | undefined>)[`SHARD_${shard}`];
	if (!binding) throw new Error(`no D1 binding SHARD_${shard} for shard ${shard}`);
	return binding;
}

/** Whether an id names a shard this Worker has: an id naming another is one nobody could have been given. */
export function hasShard(env: Cloudflare.Env, shard: number): boolean {
	return shard === DIRECTORY_SHARD || `SHARD_${shard}` in env;
}

/** Picks the shard of a new certificate from random (or derived) bytes: evenly over the open shards. */
export function pickShard(env: Cloudflare.Env, bytes: Uint8Array): number {
	const open = openShards(env);
	const value = (((bytes[14] as number) << 8) | (bytes[15] as number)) >>> 0;
	return open[value % open.length] as number;
}

/** A new certificate id on one of the open shards. */
export function newCertificateId(env: Cloudflare.Env, bytes: Uint8Array = crypto.getRandomValues(new Uint8Array(16))) {
	return certificateIdOn(pickShard(env, bytes), bytes);
}

// AUTOINCREMENT tables whose ids name their shard. sqlite_sequence holds the last id given; seeding it at k·2^40
// makes the next one k·2^40 + 1. Run once on a new shard after its migrations; running it again changes nothing.
const SHARD_ID_TABLES = ["claims", "audit_events", "access_events"] as const;

/** SQL that makes a shard's ids start in its own range. */
export function prepareShardSql(shard: number): string[] {
	const base = shard * ID_SPAN;
	return SHARD_ID_TABLES.map(
		(table) =>
			`INSERT INTO sqlite_sequence (name, seq) SELECT '${table}', ${base} WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '${table}')`,
	);
}
