import { createRouter } from "../lib/http";
import { logVerifierKey } from "../transparency-log/log-key";
import { parseVerifierKey } from "../transparency-log/note";
import { publicJwks } from "./ed25519";
import { ed25519KeyRing } from "./keys";
import * as routes from "./keys.routes";

export const signingKeysRouter = createRouter().openapi(routes.getSigningKeys, async (c) => {
	const logSigner = await parseVerifierKey(await logVerifierKey(c.env));
	c.header("Cache-Control", "public, max-age=300");
	return c.json(
		{
			keys: publicJwks(ed25519KeyRing(c.env)),
			transparency_log: { origin: logSigner.name, verifier_key: await logVerifierKey(c.env) },
		},
		200,
	);
});
