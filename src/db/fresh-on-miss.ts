// Reading again at the primary when a replica may have been behind (see replica-reads.ts for which requests read
// from a replica, and what a replica's lag can change).
import { ApiError } from "../lib/errors";
import type { AppContext } from "../lib/http";

/**
 * Runs a read that a replica may have served, and runs it once more at the primary when the replica may have been
 * behind: `missed` says the answer lacks a row the caller named (a token, a certificate), or the credential was not
 * found. At the primary already, the read runs once.
 */
export async function readFreshOnMiss<T>(
	c: AppContext,
	read: () => Promise<T>,
	missed: (result: T) => boolean,
): Promise<T> {
	const session = c.var.shards;
	if (!session.mayReadReplica()) return read();
	let result: T;
	try {
		result = await read();
	} catch (error) {
		if (!(error instanceof ApiError && error.code === "UNAUTHORIZED")) throw error;
		session.moveToPrimary();
		return read();
	}
	if (!missed(result)) return result;
	session.moveToPrimary();
	return read();
}
