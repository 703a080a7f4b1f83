// Types for seed.mjs, for the Node-side tests that seed the same demo data as `npm run dev`.
export interface DemoAccount {
	email: string;
	company: string;
	companyId: string;
}

export interface DemoData {
	password: string;
	publisher: DemoAccount;
	buyer: DemoAccount;
	/** "domain (id)" */
	property: string;
	/** The property registered with the local host (127.0.0.1 or localhost) that the demo form records for. */
	localPropertyId: string;
	/** The demo form with the capture script, on the host that property names. */
	demoFormUrl: string;
	certificates: string[];
}

export function seed(baseUrl: string): Promise<DemoData>;
