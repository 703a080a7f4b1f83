import { describe, expect, it } from "vitest";
import { candidateDomains, isOnOrigin, isOriginAllowed } from "../src/capture-sessions/origins";
import { missingSeqs, witnessOf } from "../src/capture-sessions/signals";

const publicRules = { allowLocal: false };
const localRules = { allowLocal: true };

describe("which origins may record for a property", () => {
	it("takes the domain and its subdomains over https on the default port, nothing else", () => {
		const allowed = (origin: string | undefined) => isOriginAllowed(origin, "leadgen.example", publicRules);
		expect(allowed("https://leadgen.example")).toBe(true);
		expect(allowed("https://forms.leadgen.example")).toBe(true);
		expect(allowed("https://a.b.leadgen.example")).toBe(true);
		expect(allowed("https://FORMS.LEADGEN.EXAMPLE")).toBe(false); // a browser sends it lower-cased; this is not one
		for (const origin of [
			undefined,
			"",
			"null",
			"https://leadgen.example.",
			"https://leadgen.example:443x",
			"https://evilleadgen.example",
			"https://leadgen.example.evil.example",
			"http://leadgen.example",
			"https://leadgen.example:444",
			"https://leadgen.example/",
			"https://user@leadgen.example",
			"ftp://leadgen.example",
			"javascript:alert(1)",
		]) {
			expect(allowed(origin), String(origin)).toBe(false);
		}
	});

	it("takes a local host on any port and scheme only with local capture allowed, and only that host", () => {
		expect(isOriginAllowed("http://localhost:5173", "localhost", localRules)).toBe(true);
		expect(isOriginAllowed("https://127.0.0.1:8443", "127.0.0.1", localRules)).toBe(true);
		expect(isOriginAllowed("http://127.0.0.1:5173", "localhost", localRules)).toBe(false);
		expect(isOriginAllowed("http://localhost:5173", "localhost", publicRules)).toBe(false);
		expect(isOriginAllowed("https://localhost", "localhost", publicRules)).toBe(false);
		// Local capture changes nothing for public domains.
		expect(isOriginAllowed("http://forms.leadgen.example:8080", "leadgen.example", localRules)).toBe(false);
	});

	it("names, for a preflight, every domain that could allow the origin", () => {
		expect(candidateDomains("https://a.forms.leadgen.example", publicRules)).toEqual([
			"a.forms.leadgen.example",
			"forms.leadgen.example",
			"leadgen.example",
		]);
		expect(candidateDomains("http://forms.leadgen.example", publicRules)).toEqual([]);
		expect(candidateDomains("http://localhost:3000", publicRules)).toEqual([]);
		expect(candidateDomains("http://localhost:3000", localRules)).toEqual(["localhost"]);
		expect(candidateDomains(undefined, publicRules)).toEqual([]);
	});

	it("checks a page is on the origin", () => {
		expect(isOnOrigin("https://forms.leadgen.example/quote?x=1#y", "https://forms.leadgen.example")).toBe(true);
		expect(isOnOrigin("https://forms.leadgen.example:8443/quote", "https://forms.leadgen.example")).toBe(false);
		expect(isOnOrigin("http://forms.leadgen.example/quote", "https://forms.leadgen.example")).toBe(false);
		expect(isOnOrigin("not a url", "https://forms.leadgen.example")).toBe(false);
	});
});

describe("the witness built from a submit", () => {
	it("rounds seconds to 0.1 and contrast to 2 decimals, and keeps the manifest as read", () => {
		const witness = witnessOf(
			{ origin: "https://forms.leadgen.example", startedAt: "2026-12-06T10:00:00.000Z" },
			{
				chunk_count: 1,
				notice: { text: "I agree", font_size_px: 12.25, contrast_ratio: 4.499, visible: true },
				optin: "none",
				seconds_on_page: 12.349,
				fields: [],
			},
			{ chunks: ["ab".repeat(32)], total_bytes: 10 },
		);
		expect(witness).toEqual({
			origin: "https://forms.leadgen.example",
			session_started_at: "2026-12-06T10:00:00.000Z",
			seconds_on_page: 12.3,
			notice: { font_size_px: 12.25, contrast_ratio: 4.5, visible: true },
			optin: "none",
			fields: [],
			recording: { chunks: ["ab".repeat(32)], total_bytes: 10 },
		});
	});

	it("names the missing chunks in order", () => {
		expect(missingSeqs(5, [4, 0, 2])).toEqual([1, 3]);
		expect(missingSeqs(0, [])).toEqual([]);
	});
});
