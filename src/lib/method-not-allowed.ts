// A path that exists under other methods answers 405 with Allow, not 404: the caller got the method wrong, not the
// address. Built once from the app's own routes, so it never disagrees with what is routed.
import type { RouterRoute } from "hono/types";

const ROUTED_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

function patternToRegExp(path: string): RegExp {
	const source = path
		.split("/")
		.map((segment) => {
			if (segment === "*") return ".*";
			// A parameter is never empty: "/properties/" is not "/properties/{id}".
			if (segment.startsWith(":")) return "[^/]+";
			return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
		})
		.join("/");
	// Exactly as routed: Hono's strict matching does not take "/properties/" for "/properties".
	return new RegExp(`^${source}$`);
}

export function methodsAllowedFor(routes: readonly RouterRoute[]): (path: string) => string[] {
	const byPattern = new Map<string, { pattern: RegExp; methods: Set<string> }>();
	for (const route of routes) {
		if (!ROUTED_METHODS.has(route.method)) continue;
		const entry = byPattern.get(route.path) ?? { pattern: patternToRegExp(route.path), methods: new Set() };
		entry.methods.add(route.method);
		byPattern.set(route.path, entry);
	}
	return (path) => {
		const allowed = new Set<string>();
		for (const { pattern, methods } of byPattern.values()) {
			if (pattern.test(path)) for (const method of methods) allowed.add(method);
		}
		// Hono answers HEAD wherever it answers GET.
		if (allowed.has("GET")) allowed.add("HEAD");
		return [...allowed].sort();
	};
}
