// Where deliveries may go. A webhook is a request this service makes on a customer's behalf, so a URL must not point
// it at itself or at anything inside a network (loopback, private, link-local, carrier NAT, multicast, the cloud
// metadata address): only https to a public name or a public address. Checked when an endpoint is registered or
// changed, and again before every attempt. Workers cannot see the address a name resolves to when fetching, and
// fetch from a Worker does not reach private networks; redirects are never followed (a 3xx is a failed attempt),
// so a public URL cannot bounce a delivery inward.
// For local development and the project's own tests, ALLOW_LOCAL_WEBHOOKS=true also allows http(s)://127.0.0.1:PORT.

export type TargetCheck = { ok: true; url: URL } | { ok: false; reason: string };

const refuse = (reason: string): TargetCheck => ({ ok: false, reason });

// Names that resolve inside a network by convention (RFC 6761, RFC 6762, RFC 8375 and common practice).
const LOCAL_SUFFIXES = [
	".localhost",
	".local",
	".internal",
	".intranet",
	".lan",
	".home.arpa",
	".localdomain",
	".corp",
];

// IPv4 ranges that are not public unicast (RFC 6890 and friends): [first octets as a number, prefix length].
const IPV4_REFUSED: readonly [string, number][] = [
	["0.0.0.0", 8], // "this network"
	["10.0.0.0", 8], // private
	["100.64.0.0", 10], // carrier-grade NAT
	["127.0.0.0", 8], // loopback
	["169.254.0.0", 16], // link-local, cloud metadata
	["172.16.0.0", 12], // private
	["192.0.0.0", 24], // IETF protocol assignments
	["192.0.2.0", 24], // documentation
	["192.88.99.0", 24], // 6to4 relay
	["192.168.0.0", 16], // private
	["198.18.0.0", 15], // benchmarking
	["198.51.100.0", 24], // documentation
	["203.0.113.0", 24], // documentation
	["224.0.0.0", 4], // multicast
	["240.0.0.0", 4], // reserved, broadcast
];

function ipv4Number(address: string): number | null {
	const parts = address.split(".");
	if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
	return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export function isPublicIpv4(address: string): boolean {
	const n = ipv4Number(address);
	if (n === null) return false;
	return !IPV4_REFUSED.some(([base, bits]) => {
		const size = 2 ** (32 - bits);
		const start = ipv4Number(base) as number;
		return n >= start && n < start + size;
	});
}

/** The 8 groups of an IPv6 address as the URL parser prints it (compressed, lowercase, no embedded IPv4). */
function ipv6Groups(address: string): number[] | null {
	const halves = address.split("::");
	if (halves.length > 2) return null;
	const parse = (part: string) => (part === "" ? [] : part.split(":").map((g) => Number.parseInt(g, 16)));
	const head = parse(halves[0] ?? "");
	const tail = halves.length === 2 ? parse(halves[1] ?? "") : [];
	const missing = 8 - head.length - tail.length;
	if (halves.length === 1 ? head.length !== 8 : missing < 1) return null;
	const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
	return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/**
 * Only global unicast (2000::/3) outside documentation (2001:db8::/32), Teredo (2001::/32) and 6to4 (2002::/16),
 * which can carry any IPv4 address. Loopback, unspecified, IPv4-mapped, unique-local (fc00::/7), link-local
 * (fe80::/10) and multicast all fall outside 2000::/3.
 */
export function isPublicIpv6(address: string): boolean {
	const groups = ipv6Groups(address);
	if (!groups) return false;
	const [first = 0, second = 0] = groups;
	if ((first & 0xe000) !== 0x2000) return false;
	if (first === 0x2001 && (second === 0x0db8 || second === 0)) return false;
	return first !== 0x2002;
}

export function checkWebhookTarget(raw: string, allowLocal: boolean): TargetCheck {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return refuse("must be an absolute URL");
	}
	if (url.username || url.password) return refuse("must not carry a user name or password");
	// The URL parser has already turned every spelling of an address (decimal, hex, octal, short forms) into one.
	const host = url.hostname.toLowerCase().replace(/\.$/, "");
	if (allowLocal && host === "127.0.0.1" && (url.protocol === "http:" || url.protocol === "https:")) {
		return { ok: true, url };
	}
	if (url.protocol !== "https:") return refuse("must use https");
	if (host.startsWith("[")) {
		return isPublicIpv6(host.slice(1, -1)) ? { ok: true, url } : refuse("must not be a private or reserved address");
	}
	if (/^[\d.]+$/.test(host)) {
		return isPublicIpv4(host) ? { ok: true, url } : refuse("must not be a private or reserved address");
	}
	if (host === "localhost" || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
		return refuse("must be a public host name");
	}
	if (!host.includes(".")) return refuse("must be a fully qualified public host name");
	return { ok: true, url };
}
