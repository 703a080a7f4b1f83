// scripts/build-scripts.mjs bundles rrweb's replayer stylesheet into the replay page's script as text.
declare module "@rrweb/replay/dist/style.css" {
	const css: string;
	export default css;
}
