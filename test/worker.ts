// The Worker the tests run: the service's own entry, with its certificate ledger class replaced by the subclass whose
// steps tests can make fail. Same binding, same class name (wrangler.toml), so storage and migrations are unchanged.
export * from "../src/index";
export { default } from "../src/index";
export { FaultyCertificateLedger as CertificateLedger } from "./faulty-ledger";
export { FaultyTransparencyLog as TransparencyLog } from "./faulty-log";
