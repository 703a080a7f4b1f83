// The log's note signing key, from the TRANSPARENCY_LOG_SIGNING_KEY secret in Go's note signer format
// ("PRIVATE+KEY+<origin>+<hash>+<key>"). The key's name is the log's origin, the first line of every checkpoint, so a
// deployment chooses its origin (e.g. "app.econsent.org/econsent-log") when it makes the key:
// `npx econsent log-key <origin>` prints a new one.
import { formatVerifierKey, type NoteSigner, parseSignerKey } from "./note";

let cached: { source: string; signer: Promise<NoteSigner> } | undefined;

export function logSigner(env: Cloudflare.Env): Promise<NoteSigner> {
	const source = env.TRANSPARENCY_LOG_SIGNING_KEY;
	if (!source) return Promise.reject(new Error("TRANSPARENCY_LOG_SIGNING_KEY must be set"));
	if (cached?.source !== source) cached = { source, signer: parseSignerKey(source) };
	return cached.signer;
}

/** The verifier key that checks the log's checkpoints: "<origin>+<hash>+<key>", as keys.json lists it. */
export async function logVerifierKey(env: Cloudflare.Env): Promise<string> {
	return formatVerifierKey(await logSigner(env));
}
