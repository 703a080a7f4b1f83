// A new transparency log signer key in Go's note format, "PRIVATE+KEY+<origin>+<hash>+<base64(0x01 ‖ seed)>", for
// the TRANSPARENCY_LOG_SIGNING_KEY secret. The origin names the log in every checkpoint: pick it once per deployment.
// Run directly: `node scripts/log-key.mjs app.example.com/econsent-log` prints the secret and its verifier key.
import { createHash, generateKeyPairSync } from "node:crypto";
import { pathToFileURL } from "node:url";

/** @param {string} origin */
export function newLogSignerKey(origin) {
	if (!origin || /[\s+]/u.test(origin)) throw new Error("a log origin has no spaces and no '+'");
	const { d, x } = generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" });
	const seed = Buffer.from(String(d), "base64url");
	const publicKey = Buffer.from(String(x), "base64url");
	const hash = createHash("sha256")
		.update(Buffer.concat([Buffer.from(`${origin}\n`), Buffer.from([1]), publicKey]))
		.digest()
		.subarray(0, 4)
		.toString("hex");
	return {
		signer: `PRIVATE+KEY+${origin}+${hash}+${Buffer.concat([Buffer.from([1]), seed]).toString("base64")}`,
		verifier: `${origin}+${hash}+${Buffer.concat([Buffer.from([1]), publicKey]).toString("base64")}`,
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
	const origin = process.argv[2];
	if (!origin) {
		console.error("usage: node scripts/log-key.mjs <origin, e.g. app.example.com/econsent-log>");
		process.exit(2);
	}
	const { signer, verifier } = newLogSignerKey(origin);
	console.log(`TRANSPARENCY_LOG_SIGNING_KEY=${signer}`);
	console.log(`# verifier key (public): ${verifier}`);
}
