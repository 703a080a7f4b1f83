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
	certificates: string[];
}

export function seed(baseUrl: string): Promise<DemoData>;
