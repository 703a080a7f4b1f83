// The certificate ledger the tests run (test/worker.ts exports it under the production class's name): the same
// object, whose steps a test can make fail (see ledger-faults.ts). The production class only names its steps.
import { CertificateLedger, type LedgerStep } from "../src/ledger/certificate-ledger";

export class FaultyCertificateLedger extends CertificateLedger {
	/** What happens at each step, set by a test from inside the object (runInDurableObject). */
	readonly faults: Partial<Record<LedgerStep, () => void>> = {};

	protected override reached(step: LedgerStep): void {
		this.faults[step]?.();
	}
}
