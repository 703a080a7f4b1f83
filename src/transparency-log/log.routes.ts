import { z } from "@hono/zod-openapi";
import { jsonBody, jsonContent } from "../lib/http";
import { text } from "../lib/request-schemas";
import { publicRoute } from "../lib/routes";

const NOTE_DESCRIPTION =
	"A C2SP tlog-checkpoint: a signed note whose text is the log's origin, its size and its root hash (base64), signed with the log's Ed25519 note key (listed in /.well-known/econsent/keys.json as `transparency_log.verifier_key`), followed by witnesses' cosignature lines (C2SP tlog-cosignature) over the same checkpoint.";

export const getCheckpoint = publicRoute(
	{
		operationId: "getLogCheckpoint",
		sends: { onSuccess: ["Cache-Control"] },
		tag: "Transparency log",
		summary: "The log's latest signed checkpoint",
		description: `${NOTE_DESCRIPTION} A new one is published within seconds of new events. Keep the ones you fetch: a later checkpoint that does not extend them proves the log was rewritten.`,
	},
	{
		method: "get",
		path: "/log/checkpoint",
		responses: {
			200: {
				description: "The checkpoint note",
				content: {
					"text/plain": { schema: z.string().max(100_000).openapi({ example: "api.example/econsent-log\n42\n…\n" }) },
				},
			},
		},
	},
);

const ProofSize = z.coerce
	.number()
	.int()
	.min(0)
	.max(2 ** 53 - 1);

export const ConsistencyProofSchema = z
	.object({
		from: z.number().int().min(0),
		to: z.number().int().min(0),
		proof: z.array(z.string().max(44)).max(128).openapi({ description: "Base64 SHA-256 hashes, RFC 9162 §2.1.4" }),
	})
	.openapi("LogConsistencyProof");

export const getConsistencyProof = publicRoute(
	{
		operationId: "getLogConsistencyProof",
		sends: { onSuccess: ["Cache-Control"] },
		tag: "Transparency log",
		summary: "Proof that a tree of the log contains an older one",
		description:
			"The RFC 9162 consistency proof that the tree of `to` entries contains the tree of `from` entries unchanged, as its first `from` entries. `to` is at most the latest checkpoint's size.",
	},
	{
		method: "get",
		path: "/log/proof/consistency",
		request: {
			query: z.object({
				from: ProofSize.openapi({ description: "The older tree's size" }),
				to: ProofSize.openapi({ description: "The newer tree's size" }),
			}),
		},
		responses: { 200: jsonContent(ConsistencyProofSchema, "The proof") },
	},
);

export const CosignatureBodySchema = z
	.strictObject({
		checkpoint: text({ max: 100_000 }).openapi({
			description: "The checkpoint note with the witness's cosignature line among its signatures",
		}),
		witness_key: text({ max: 300 }).openapi({
			description: "The witness's verifier key (type 0x04, C2SP tlog-cosignature): name+hash+base64",
		}),
	})
	.openapi("LogCosignatureBody", {
		example: {
			checkpoint:
				"econsent.example/log\n42\nK9e3x0m7m2n6p0v6YcI4k5w9m1q3e2r7t8y9u0i1o2A=\n\n— econsent.example/log Az3grlgt…\n— witness.example/w1 Bx8hd9ke…\n",
			witness_key: "witness.example/w1+6f2b1c3a+BPnLGlmZ2bIh1r0a1Tn3vYd8aQ8l6gqT2o0s8p1e2c4=",
		},
	});

export const postCosignature = publicRoute(
	{
		operationId: "addLogCosignature",
		tag: "Transparency log",
		summary: "Hand in a witness's cosignature of the latest checkpoint",
		description:
			"A witness that has verified the latest checkpoint (its signature and its consistency with the ones the witness keeps) sends its cosignature here; the log checks it and hands it out with the checkpoint. Only the latest cosignature of each witness key is kept. Anyone may run a witness: `npx econsent monitor --cosign`.",
		errors: ["CONFLICT"],
	},
	{
		method: "post",
		path: "/log/cosignatures",
		request: { body: jsonBody(CosignatureBodySchema) },
		responses: { 204: { description: "Kept; served with the checkpoint" } },
	},
);
