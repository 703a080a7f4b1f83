// wrangler.toml's module rules (and vitest.config.ts) import the replay page's built script as text.
declare module "*/dist/verifier/replay-page.js" {
	const script: string;
	export default script;
}
