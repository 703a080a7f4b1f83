import { eq } from "drizzle-orm";
import { authenticate, authenticateBesideShard } from "../auth/authenticate";
import { claims } from "../db/schema";
import { ApiError } from "../lib/errors";
import { type AppContext, createRouter } from "../lib/http";
import { listRevocations } from "./list-revocations";
import { type RecordedRevocation, recordRevocation, toRevocationJson } from "./revocations";
import * as routes from "./revocations.routes";
import { revokeByLead } from "./revoke-by-lead";

type Body = { channel: RecordedRevocation["revocation"]["channel"]; received_at: string; note?: string | undefined };

const input = (body: Body) => ({ channel: body.channel, receivedAt: body.received_at, note: body.note ?? null });

// 201 for a revocation recorded now, 200 for the same one recorded before.
const answer = (c: AppContext, { revocation, created }: RecordedRevocation) =>
	created ? c.json(toRevocationJson(revocation), 201) : c.json(toRevocationJson(revocation), 200);

export const revocationsRouter = createRouter()
	.openapi(routes.recordPublisherRevocation, async (c) => {
		const { caller } = await authenticate(c);
		const recorded = await recordRevocation(c, c.req.valid("param").id, input(c.req.valid("json")), {
			...caller,
			role: "publisher",
		});
		return answer(c, recorded);
	})
	.openapi(routes.recordBuyerRevocation, async (c) => {
		const claimId = c.req.valid("param").claimId;
		const { caller, results } = await authenticateBesideShard(c, c.var.shards.forClaim(claimId), (db) => ({
			claim: db
				.select({
					certificateId: claims.certificateId,
					buyerCompanyId: claims.buyerCompanyId,
					claimedAt: claims.claimedAt,
				})
				.from(claims)
				.where(eq(claims.id, claimId)),
		}));
		const claim = results.claim[0];
		// Another company's claim, and a share not claimed yet, are as unknown as a claim that does not exist.
		if (!claim || claim.buyerCompanyId !== caller.companyId || claim.claimedAt === null) {
			throw new ApiError("NOT_FOUND", "Claim not found");
		}
		const recorded = await recordRevocation(c, claim.certificateId, input(c.req.valid("json")), {
			...caller,
			role: "buyer",
		});
		return answer(c, recorded);
	})
	.openapi(routes.listRevocations, async (c) => c.json(await listRevocations(c, c.req.valid("param").id), 200))
	.openapi(routes.revokeByLead, async (c) => {
		const { email, phone, ...body } = c.req.valid("json");
		const recorded = await revokeByLead(c, { email, phone }, input(body));
		return c.json(
			{ revocations: recorded.map(({ revocation, created }) => ({ ...toRevocationJson(revocation), created })) },
			200,
		);
	});
