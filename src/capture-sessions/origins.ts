// Which browser origins may record for a property. The capture script runs on the publisher's own form page, so the
// page's origin (which the browser sends in Origin and no page can forge) must be on the property's registered domain.
// Pure: the routes, the preflights and the tests share it.

/** Hosts a property may name to try the capture script on a developer's machine, when ALLOW_LOCAL_CAPTURE is "true". */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1"]);

export const isLocalHost = (domain: string) => LOCAL_HOSTS.has(domain.toLowerCase());

export interface OriginRules {
	/** ALLOW_LOCAL_CAPTURE === "true": http(s) on any port of a local host, for a property registered with it. */
	allowLocal: boolean;
}

/** The origin parsed, when it is a plain http(s) origin as a browser sends it ("https://host[:port]"), else null. */
function parseOrigin(origin: string): URL | null {
	if (origin.length > 2048) return null;
	let url: URL;
	try {
		url = new URL(origin);
	} catch {
		return null;
	}
	if (url.protocol !== "https:" && url.protocol !== "http:") return null;
	// A browser's Origin has no path, query, fragment or credentials; anything else is not one.
	if (url.origin !== origin) return null;
	return url;
}

/**
 * Whether a page served from `origin` may record for a property registered with `domain`: `https://<domain>` or
 * `https://<any subdomain>.<domain>` on the default port; with local capture allowed, a property whose domain is
 * `localhost` or `127.0.0.1` also accepts http or https on any port of that very host.
 */
export function isOriginAllowed(origin: string | undefined, domain: string, rules: OriginRules): boolean {
	if (origin === undefined) return false;
	const url = parseOrigin(origin);
	if (!url) return false;
	const host = url.hostname.toLowerCase();
	const registered = domain.toLowerCase();
	if (LOCAL_HOSTS.has(registered)) return rules.allowLocal && host === registered;
	if (url.protocol !== "https:" || url.port !== "") return false;
	return host === registered || host.endsWith(`.${registered}`);
}

/**
 * The registered domains that could allow `origin`: its host and every parent domain of it. A preflight names no
 * property, so it asks whether any property's domain is one of these.
 */
export function candidateDomains(origin: string | undefined, rules: OriginRules): string[] {
	if (origin === undefined) return [];
	const url = parseOrigin(origin);
	if (!url) return [];
	const host = url.hostname.toLowerCase();
	if (LOCAL_HOSTS.has(host)) return rules.allowLocal ? [host] : [];
	if (url.protocol !== "https:" || url.port !== "") return [];
	const labels = host.split(".");
	// Only the host and its parents with at least two labels: a property's domain always has a dot.
	return labels.slice(0, -1).map((_, i) => labels.slice(i).join("."));
}

/** Whether a page address is on the given origin (the page the script reports is the one it runs on). */
export function isOnOrigin(pageUrl: string, origin: string): boolean {
	try {
		return new URL(pageUrl).origin === origin;
	} catch {
		return false;
	}
}
