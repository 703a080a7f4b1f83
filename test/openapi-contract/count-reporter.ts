// At the end of a run, how many answers and webhook deliveries were checked against the OpenAPI document: each test
// file's setup adds what it checked to the file's meta (test/setup.ts, e2e/setup.ts), summed here.
import type { Reporter, TestModule } from "vitest/node";
import type { ContractCounts } from "./contract";

export default class ContractCountReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>) {
		const total: ContractCounts = { validated: 0, notOperations: 0, webhooks: 0 };
		for (const module of modules) {
			const counts = module.meta().contract;
			if (!counts) continue;
			total.validated += counts.validated;
			total.notOperations += counts.notOperations;
			total.webhooks += counts.webhooks;
		}
		console.log(
			`\nOpenAPI contract: ${total.validated} answers validated against /openapi.json, ${total.webhooks} webhook deliveries validated against its webhooks, ${total.notOperations} answers of routes that are not API operations (not checked)`,
		);
	}
}
