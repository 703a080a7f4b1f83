// Recording one access on a certificate's access log before answering (an access log download, a history read): the
// caller read the log's head with its own read, and the event recorded is the log's new head, which it shows.
import type { ChainHead, NewAuditEvent } from "../audit/chain";
import { appendToLedger, expectWritten, type LedgerChainedEvent } from "../ledger/ledger";
import type { AppContext } from "../lib/http";
import { accessKey } from "./access-events";

/**
 * Records a read of the evidence or a verification on the certificate's access log, through its ledger; `head` is
 * the log's last event as the caller read it (none: the log is empty). Returns the event as recorded.
 */
export async function recordAccess(
	c: AppContext,
	certificate: { id: string; companyId: string },
	head: ChainHead | undefined,
	event: NewAuditEvent,
): Promise<LedgerChainedEvent> {
	const outcome = await appendToLedger(
		c.env,
		c.var.ledgerUsage,
		{
			publisherCompanyId: certificate.companyId,
			// A client's own X-Request-Id, sent again on a second download, must not make this read the first's.
			events: [{ ...event, certificateId: certificate.id, log: "access", requestId: accessKey(c) }],
		},
		{
			certificateIds: [certificate.id],
			logs: ["access"],
			rows: head ? [{ log: "access", certificateId: certificate.id, ...head }] : [],
		},
	);
	const [recorded] = expectWritten(outcome).events;
	if (!recorded) throw new Error("the ledger recorded no access event");
	return recorded;
}
