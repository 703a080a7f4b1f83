// Written by scripts/build-scripts.mjs (before every `wrangler dev`, deploy and test run): where the reference's
// renderer is served as a static asset, and its Subresource Integrity hash.
declare module "*/dist/docs/api-reference.json" {
	const reference: { path: string; integrity: string };
	export default reference;
}
