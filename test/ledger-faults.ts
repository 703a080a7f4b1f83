// Injected failures inside the certificate ledgers, to prove that no step's failure strands or repeats a write.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { CertificateLedger, LedgerStep } from "../src/ledger/certificate-ledger";
import { ledgerName } from "../src/ledger/ledger";
import type { FaultyCertificateLedger } from "./faulty-ledger";
import type { Actor } from "./helpers";

export function ledgerOf(publisher: Actor, certificateId: string) {
	return env.CERTIFICATE_LEDGERS.get(
		env.CERTIFICATE_LEDGERS.idFromName(ledgerName(publisher.company.id, certificateId)),
	);
}

/** Makes one step of the ledger fail, once. */
export async function failOnce(ledger: DurableObjectStub<CertificateLedger>, step: LedgerStep) {
	// The tests' Worker runs FaultyCertificateLedger under this class's name (test/worker.ts).
	await runInDurableObject(ledger, (ledgerInstance) => {
		const instance = ledgerInstance as FaultyCertificateLedger;
		instance.faults[step] = () => {
			delete instance.faults[step];
			throw new Error(`injected failure: ${step}`);
		};
	});
}

/**
 * A crash between the ledgers' commit and the answer, for every ledger writing these certificates: each commits
 * its D1 batch, then its answer is lost.
 */
export async function loseAnswersOfLedgers(publisher: Actor, certificateIds: readonly string[]) {
	const names = new Set(certificateIds.map((id) => ledgerName(publisher.company.id, id)));
	const oneCertificatePerLedger = [...names].map(
		(name) => certificateIds.find((id) => ledgerName(publisher.company.id, id) === name) as string,
	);
	for (const id of oneCertificatePerLedger) await failOnce(ledgerOf(publisher, id), "beforeAnswer");
}
