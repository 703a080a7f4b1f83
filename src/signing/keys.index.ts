import { createRouter } from "../lib/http";
import { publicJwks } from "./ed25519";
import { ed25519KeyRing } from "./keys";
import * as routes from "./keys.routes";

export const signingKeysRouter = createRouter().openapi(routes.getSigningKeys, (c) => {
	c.header("Cache-Control", "public, max-age=300");
	return c.json({ keys: publicJwks(ed25519KeyRing(c.env)) }, 200);
});
