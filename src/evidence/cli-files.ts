// What the command lines (`econsent verify`, `econsent monitor`) share about the files they are given: a file that
// cannot be read or is not JSON is a usage error (exit 2), told in words, never a stack trace.

/** A mistake in how the command was run (a missing or unreadable file, a bad flag): exit status 2. */
export class UsageError extends Error {}

export async function readJsonFile(
	io: { readFile(path: string): Promise<string> },
	path: string,
	what: string,
): Promise<unknown> {
	let text: string;
	try {
		text = await io.readFile(path);
	} catch (error) {
		throw new UsageError(`cannot read ${what} ${path}: ${(error as Error).message}`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new UsageError(`${what} ${path} is not JSON: ${(error as Error).message}`);
	}
}
