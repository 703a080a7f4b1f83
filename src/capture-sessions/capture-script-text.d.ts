// wrangler.toml's module rules (and vitest.config.ts) import the built capture script as text.
declare module "*/dist/capture/capture.js" {
	const script: string;
	export default script;
}
