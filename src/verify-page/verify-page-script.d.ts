// wrangler.toml's module rules (and vitest.config.ts) import the /verify page's built script as text.
declare module "*/dist/verifier/verify-page.js" {
	const script: string;
	export default script;
}
