import { z } from "@hono/zod-openapi";
import { jsonContent } from "../lib/http";
import { publicRoute } from "../lib/routes";

export const JwkSchema = z
	.object({
		kty: z.literal("OKP"),
		crv: z.literal("Ed25519"),
		x: z.string().openapi({ description: "The public key, base64url" }),
		kid: z.string().openapi({ description: "Matches a certificate signature's key_id" }),
		alg: z.literal("EdDSA"),
		use: z.literal("sig"),
	})
	.openapi("Jwk");

export const JwkSetSchema = z
	.object({
		keys: z.array(JwkSchema),
		transparency_log: z
			.object({
				origin: z.string().openapi({ description: "The log's name: the first line of its checkpoints" }),
				verifier_key: z.string().openapi({
					description: "The C2SP signed-note verifier key of the log's checkpoints: <origin>+<key hash>+<base64 key>",
				}),
			})
			.openapi({ description: "The transparency log whose checkpoints evidence bundles carry (GET /log/checkpoint)" }),
	})
	.openapi("JwkSet");

export const getSigningKeys = publicRoute(
	{
		operationId: "getSigningKeys",
		sends: { onSuccess: ["Cache-Control"] },
		tag: "Signing keys",
		summary: "Public Ed25519 keys that verify certificate signatures",
		description:
			"A JWK set of every Ed25519 key that has signed certificates, including retired ones, so old certificates keep verifying, and the note verifier key of the transparency log's checkpoints. No authentication.",
	},
	{
		method: "get",
		path: "/.well-known/econsent/keys.json",
		responses: { 200: jsonContent(JwkSetSchema, "The JWK set") },
	},
);
