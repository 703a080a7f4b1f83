// What `npm run dev` prints, kept honest and safe: the request log never shows a claim token, an API key or a
// webhook secret in full (a claim link is a bearer credential: whoever reads the log could claim the lead), and a
// port that is already taken is said at once instead of after a second server has half started.
import { createServer } from "node:net";

// Each kept with enough of its start to tell two apart in a log, never enough to use: 4 of a claim token's 48 random
// hex digits (after the 4 naming its shard, on tokens that have them), the 8 an API key's listed prefix shows anyway,
// none of a webhook secret.
const SECRETS = [
	[/\bclm_((?:[0-9a-f]{4})?[0-9a-f]{4})[0-9a-f]{44}\b/g, "clm_$1…"],
	[/\beck_([0-9a-f]{8})[0-9a-f]{40}\b/g, "eck_$1…"],
	[/\bwhsec_[A-Za-z0-9+/]{20,}={0,2}/g, "whsec_…"],
];

/** The line with every claim token, API key and webhook secret in it cut short. */
export function redactSecrets(line) {
	return SECRETS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line);
}

/** Passes a child's output through line by line, redacted. */
export function pipeRedacted(from, to) {
	let pending = "";
	from.setEncoding("utf8");
	from.on("data", (chunk) => {
		const lines = (pending + chunk).split("\n");
		pending = lines.pop() ?? "";
		for (const line of lines) to.write(`${redactSecrets(line)}\n`);
	});
	from.on("end", () => {
		if (pending) to.write(redactSecrets(pending));
	});
}

/** Whether something already listens on host:port (the same bind wrangler dev is about to try). */
export function portInUse(port, host) {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once("error", (error) => (error.code === "EADDRINUSE" ? resolve(true) : reject(error)));
		probe.listen(Number(port), host, () => probe.close(() => resolve(false)));
	});
}

/** One line for what `wrangler d1 migrations apply` did, instead of its tables. */
export function migrationSummary(output) {
	// wrangler reprints its table after each migration: count the names marked done, once each.
	const applied = new Set([...output.matchAll(/(\d{4}_[\w-]+\.sql)\s*│\s*✅/g)].map((m) => m[1])).size;
	if (applied > 0) return `Applied ${applied} migration${applied === 1 ? "" : "s"} to the local D1 database.`;
	if (/No migrations to apply/i.test(output)) return "The local D1 database is up to date.";
	return "Migrations applied to the local D1 database.";
}
