// The transparency log's sequencer the tests run (test/worker.ts exports it under the production class's name): the
// same object, whose pass a test can make fail at a named step, as if the object died there.
import { type SequencerStep, TransparencyLog } from "../src/transparency-log/sequencer";

export class FaultyTransparencyLog extends TransparencyLog {
	readonly faults: Partial<Record<SequencerStep, () => void>> = {};

	protected override reached(step: SequencerStep): void {
		this.faults[step]?.();
	}
}
