import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Every test file starts from empty storage with the real schema: the runtime is shared by the files of a worker
// (isolate: false), so what one file stored is wiped before the next one starts.
await reset();
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
