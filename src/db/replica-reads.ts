// Where a request's reads may be served: by a read replica near the caller, or only by the primary. Reads (GET)
// start at a replica. So do the writes named here, because none of them decides anything on what it reads: a claim's
// winner is decided by its certificate's ledger (a Durable Object), shares and claims are written by the ledger, and
// a capture's batch goes to the primary anyway. Their one trip to the primary is that write. Every other write starts
// at the primary (its reads may decide the write: a uniqueness check, a key reservation).
//
// A replica may be behind by the seconds replication takes. What that can change for these writes:
// - a row written a moment ago (a token just shared, a property or API key just created) is missing: such a read is
//   run once more at the primary (readFreshOnMiss), so only a genuine miss is answered 404/401;
// - a claim already decided shows as pending: the ledger refuses the second claim all the same;
// - the buyer's consent rules, edited a moment ago, are judged as they were before the edit. The claim records the
//   rules it applied (its compliance result), and a buyer who needs an edit applied at once sends the edit's
//   X-D1-Bookmark back with the claim, which makes the replica wait until it has the edit;
// - an API key revoked a moment ago still works on a replica that has not seen the revocation (seconds).
import type { RouteConfig } from "@hono/zod-openapi";
import { captureCertificate } from "../certificates/certificates.routes";
import { batchClaim, batchVerify, claimByToken, claimFromInbox } from "../claiming/claiming.routes";
import { batchShare, shareCertificate } from "../sharing/sharing.routes";

// The mechanism lives apart from this policy, so that code the route declarations depend on can use it too.
export { readFreshOnMiss } from "./fresh-on-miss";

const replicaFirstWrites: readonly RouteConfig[] = [
	claimByToken,
	claimFromInbox,
	batchClaim,
	batchVerify,
	shareCertificate,
	batchShare,
	captureCertificate,
];

const pattern = (path: string) =>
	new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^/}]+\}/g, "[^/]+")}/?$`);

const matchers = replicaFirstWrites.map((route) => ({ method: route.method.toUpperCase(), path: pattern(route.path) }));

/** Whether a request with this method and path may read from a replica. */
export function readsFromReplica(method: string, path: string): boolean {
	if (method === "GET" || method === "HEAD") return true;
	return matchers.some((m) => m.method === method && m.path.test(path));
}
