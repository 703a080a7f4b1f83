// The ledger's own storage (its SQLite database, not D1), versioned: a `storage_version` row says which of the steps
// below an object has run, and an object runs the ones after it, in order, when it starts. Objects live on across
// deploys with whatever layout their code once made, so a layout change is a new step here, never an edit of an old
// one. An object from before versions existed has the tables of step 1 and no version row: step 1 creates nothing
// there (IF NOT EXISTS) and the steps after it upgrade it like any other.
import { CLAIM_TOKEN_TTL_DAYS } from "../sharing/tokens";

const DAY_MS = 86_400_000;

/** The longest a claim token lives: a redemption whose token's expiry is unknown is kept at least this long. */
export const LONGEST_TOKEN_LIFE_MS = CLAIM_TOKEN_TTL_DAYS * DAY_MS;

interface StorageStep {
	version: number;
	/** Runs once per object, in one transaction with the version it reaches. */
	up(sql: SqlStorage, at: number): void;
}

export const LEDGER_STORAGE_STEPS: readonly StorageStep[] = [
	{
		version: 1,
		up(sql) {
			// The last event D1 has of each chain this ledger writes, by headKey(log, certificate).
			sql.exec(`CREATE TABLE IF NOT EXISTS heads (
				key TEXT PRIMARY KEY,
				seq INTEGER NOT NULL,
				hash TEXT NOT NULL
			)`);
			// attempted: the events as chained for the D1 batch last sent, kept until we know whether it landed.
			sql.exec(`CREATE TABLE IF NOT EXISTS outbox (
				id INTEGER PRIMARY KEY AUTOINCREMENT,
				entry TEXT NOT NULL,
				attempted TEXT
			)`);
			// outbox_id is set while the claim that spends the token waits in the outbox, null once D1 has it.
			sql.exec(`CREATE TABLE IF NOT EXISTS redemptions (
				token_id TEXT PRIMARY KEY,
				company_id TEXT NOT NULL,
				outbox_id INTEGER
			)`);
		},
	},
	{
		version: 2,
		// A redemption only has to outlive its token: once the token has expired, no claim of it gets past the
		// Worker's expiry check, and D1 keeps one claim row per token. So each redemption keeps its token's expiry
		// (ms since the epoch) and can be pruned after it. The rows from before this step have no expiry recorded:
		// every token was made before now, so none outlives now + a token's whole life.
		up(sql, at) {
			sql.exec("ALTER TABLE redemptions ADD COLUMN expires_at INTEGER");
			sql.exec("UPDATE redemptions SET expires_at = ? WHERE expires_at IS NULL", at + LONGEST_TOKEN_LIFE_MS);
			sql.exec("CREATE INDEX redemptions_expiry ON redemptions (expires_at)");
		},
	},
];

export const LEDGER_STORAGE_VERSION = LEDGER_STORAGE_STEPS.at(-1)?.version ?? 0;

/** The version this object's storage is at; 0 for one that has never run a step (new, or from before versions). */
export function storageVersion(sql: SqlStorage): number {
	sql.exec(
		"CREATE TABLE IF NOT EXISTS storage_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
	);
	return sql.exec<{ version: number }>("SELECT version FROM storage_version WHERE id = 1").toArray()[0]?.version ?? 0;
}

/**
 * Brings this object's storage up to LEDGER_STORAGE_VERSION. Synchronous, so it runs whole before the object takes
 * any call; each step commits with its version, so a step that fails is run again on the next start, from its
 * beginning.
 */
export function migrateLedgerStorage(storage: DurableObjectStorage, at: number): void {
	const from = storageVersion(storage.sql);
	for (const step of LEDGER_STORAGE_STEPS) {
		if (step.version <= from) continue;
		storage.transactionSync(() => {
			step.up(storage.sql, at);
			storage.sql.exec(
				"INSERT INTO storage_version (id, version) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version",
				step.version,
			);
		});
	}
}
