#!/usr/bin/env node
// `npm run reset`: wipes the local data of `npm run dev` (D1, Durable Objects, queues and R2 under .wrangler/state),
// so the next `npm run dev` starts from empty tables and seeds the demo data again. The local keys in .dev.vars stay:
// delete that file too for fresh keys.
import { existsSync, rmSync } from "node:fs";

const state = ".wrangler/state";
if (existsSync(state)) {
	rmSync(state, { recursive: true, force: true });
	console.log(`Removed ${state}: the next npm run dev starts from empty local data.`);
} else {
	console.log(`Nothing to remove: ${state} does not exist.`);
}
