import { defineConfig } from "drizzle-kit";

// migrations/ is both drizzle-kit's output and wrangler's migrations_dir,
// so `wrangler d1 migrations apply` and the tests apply exactly what is generated here.
export default defineConfig({
	dialect: "sqlite",
	schema: "./src/db/schema.ts",
	out: "./migrations",
});
