// Types for log-key.mjs, for the Node-side tests that start a server with a fresh transparency log key.
export declare function newLogSignerKey(origin: string): { signer: string; verifier: string };
