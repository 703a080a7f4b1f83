// A share seen whole: the claim token, the certificate it shares, that certificate's property and its publisher.
// Claims, claim summaries, batch verify, the buyer's inbox and its evidence all start from this one join and add the
// claim made with the token (left-joined while it may not exist yet, inner-joined once it must).
import { eq } from "drizzle-orm";
import type { SQLiteSelect } from "drizzle-orm/sqlite-core";
import { certificates, claimTokens, companies, properties } from "../db/schema";

/** Joins to a dynamic select from claim_tokens (`db.select(…).from(claimTokens).$dynamic()`) what a share is for. */
export function joinShare<Select extends SQLiteSelect>(fromClaimTokens: Select) {
	return fromClaimTokens
		.innerJoin(certificates, eq(certificates.id, claimTokens.certificateId))
		.innerJoin(properties, eq(properties.id, certificates.propertyId))
		.innerJoin(companies, eq(companies.id, claimTokens.publisherCompanyId));
}
