// wrangler.toml's module rules import the reference renderer's browser bundle as text, served by /docs.
declare module "@scalar/api-reference/browser/standalone.js" {
	const script: string;
	export default script;
}
