// Types for databases.mjs, for the e2e suite's server and the benchmarks.
export interface D1DatabaseConfig {
	binding: string;
	databaseName: string;
	shard: number;
}
export declare function d1Databases(configFile?: string): D1DatabaseConfig[];
export declare function d1Database(nameOrShard: string | number, configFile?: string): D1DatabaseConfig;
export declare function prepareSql(shard: number): Promise<string[]>;
export declare function readyDatabaseSteps(database: D1DatabaseConfig, where: string[]): Promise<string[][]>;
export declare function readyDatabases(
	where: string[],
	options?: { env?: NodeJS.ProcessEnv; databases?: D1DatabaseConfig[] },
): Promise<{ database: D1DatabaseConfig; args: string[]; output: string }[]>;
