// The lists as pages: the buyer's inbox and the publisher's certificates, for a browser (Accept: text/html), from the
// same addresses and the same reads as their JSON; the home page sign-in lands on; the Claim and Share buttons.
import { describe, expect, it } from "vitest";
import { type Actor, call, captureCertificate, createProperty, SAME_ORIGIN, signup } from "./helpers";

const asBrowser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const formPost = { ...asBrowser, "content-type": "application/x-www-form-urlencoded", ...SAME_ORIGIN };
const INBOX = "/certificate-sharing/partner-certificates";

async function publisherWithCertificates(n: number) {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, "forms.leadgen.example");
	const ids: string[] = [];
	for (let i = 0; i < n; i++) ids.push((await captureCertificate(publisher, property.id)).certificate_id);
	return { publisher, ids };
}

async function shareWith(publisher: Actor, certificateId: string, buyer: Actor) {
	const share = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	expect(share.status).toBe(201);
	return share.json.claim_token as string;
}

/** The href of the page's "Next page" link, decoded from the markup; undefined on the last page. */
function nextLink(page: string): string | undefined {
	return page.match(/<a rel="next" href="([^"]+)">Next page<\/a>/)?.[1]?.replaceAll("&amp;", "&");
}

describe("the inbox page", () => {
	it("is a page for a browser and the unchanged JSON for an API client, from the same address", async () => {
		const { publisher, ids } = await publisherWithCertificates(2);
		const buyer = await signup("Buyer Co");
		for (const id of ids) await shareWith(publisher, id, buyer);
		const [first] = ids;
		await call(
			"POST",
			`/certificate-sharing/certificates/claim/${await shareWith(publisher, first as string, buyer)}`,
			{
				as: buyer,
			},
		);

		const json = await call("GET", INBOX, { as: buyer });
		expect(json.status).toBe(200);
		expect(json.headers.get("content-type")).toContain("application/json");
		expect(Object.keys(json.json).sort()).toEqual(["data", "limit", "next_cursor"]);
		expect(json.json.data).toHaveLength(3);

		const page = await call("GET", INBOX, { as: buyer, headers: asBrowser });
		expect(page.status).toBe(200);
		expect(page.headers.get("content-type")).toContain("text/html");
		expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
		expect(page.headers.get("cache-control")).toBe("no-store");
		for (const id of ids) expect(page.text).toContain(id);
		// Pending items have a Claim button posting to the inbox's claim operation; claimed ones link to the evidence.
		const pending = json.json.data.filter((item: { status: string }) => item.status === "pending");
		const claimed = json.json.data.filter((item: { status: string }) => item.status === "claimed");
		expect(pending).toHaveLength(2);
		expect(claimed).toHaveLength(1);
		for (const item of pending) {
			expect(page.text).toContain(`<form method="post" action="${INBOX}/${item.claim_id}/claim">`);
		}
		expect(page.text).toContain(`href="${INBOX}/${claimed[0].claim_id}/evidence"`);
		expect(page.text).not.toContain(`action="${INBOX}/${claimed[0].claim_id}/claim"`);
		// Newest first, as in the JSON.
		const positions = json.json.data.map((item: { claim_id: number }) =>
			page.text.indexOf(`id="item-${item.claim_id}"`),
		);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// The filters are a GET form to the same address.
		expect(page.text).toContain(`<form method="get" action="${INBOX}"`);
		for (const name of ["status", "certificate_id", "claimed_after", "claimed_before"]) {
			expect(page.text).toContain(`name="${name}"`);
		}
	});

	it("sends a signed-out browser to sign in and back, and answers an API client 401 JSON", async () => {
		const page = await call("GET", `${INBOX}?status=pending`, { headers: asBrowser });
		expect(page.status).toBe(303);
		expect(page.headers.get("location")).toBe(`/login?next=${encodeURIComponent(`${INBOX}?status=pending`)}`);
		const json = await call("GET", INBOX);
		expect(json.status).toBe(401);
		expect(json.json.error.code).toBe("UNAUTHORIZED");
	});

	it("shows a stranger nothing of another company's inbox", async () => {
		const { publisher, ids } = await publisherWithCertificates(1);
		const buyer = await signup("Buyer Co");
		await shareWith(publisher, ids[0] as string, buyer);
		const stranger = await signup("Stranger Co");
		const page = await call("GET", INBOX, { as: stranger, headers: asBrowser });
		expect(page.status).toBe(200);
		expect(page.text).not.toContain(ids[0]);
		expect(page.text).not.toContain("LeadGen Co");
		expect(page.text).toContain("Nothing has been shared with you yet.");
		// Nor can the stranger claim the buyer's pending share with the button's request.
		const item = (await call("GET", INBOX, { as: buyer })).json.data[0];
		const claim = await call("POST", `${INBOX}/${item.claim_id}/claim`, {
			as: stranger,
			headers: formPost,
			rawBody: "",
		});
		expect(claim.status).toBe(404);
		expect(claim.headers.get("content-type")).toContain("text/html");
		expect(claim.text).not.toContain(ids[0]);
	});

	it("walks the inbox with Next page links that keep the filters, to the last page", async () => {
		const { publisher, ids } = await publisherWithCertificates(5);
		const buyer = await signup("Buyer Co");
		for (const id of ids) await shareWith(publisher, id, buyer);
		const seen: string[] = [];
		let href: string | undefined = `${INBOX}?status=pending&limit=2`;
		let pages = 0;
		while (href) {
			const page = await call("GET", href, { as: buyer, headers: asBrowser });
			expect(page.status).toBe(200);
			pages++;
			seen.push(
				...[...page.text.matchAll(/<h3 id="item-\d+"><span class="mono">([^<]+)<\/span>/g)].map((m) => m[1] as string),
			);
			href = nextLink(page.text);
			if (href) {
				const params = new URL(href, "https://x.invalid").searchParams;
				expect(params.get("status")).toBe("pending");
				expect(params.get("limit")).toBe("2");
				expect(params.get("cursor")).toMatch(/^[A-Za-z0-9_-]+$/);
				if (pages === 1) expect(page.text).not.toContain("First page");
			}
			if (pages > 1) expect(page.text).toContain(`<a href="${INBOX}?status=pending&amp;limit=2">First page</a>`);
		}
		expect(pages).toBe(3);
		expect(seen.sort()).toEqual([...ids].sort());
	});

	it("sends a browser's form with blank fields to the address without them; API clients' queries are left alone", async () => {
		const buyer = await signup("Buyer Co");
		const blank = `${INBOX}?status=&certificate_id=&claimed_after=&claimed_before=2026-05-01T00%3A00%3A00Z`;
		const page = await call("GET", blank, { as: buyer, headers: asBrowser });
		expect(page.status).toBe(303);
		expect(page.headers.get("location")).toBe(`${INBOX}?claimed_before=2026-05-01T00%3A00%3A00Z`);
		expect((await call("GET", page.headers.get("location") as string, { as: buyer, headers: asBrowser })).status).toBe(
			200,
		);
		const json = await call("GET", blank, { as: buyer });
		expect(json.status).toBe(400);
		expect(json.json.error.code).toBe("VALIDATION_FAILED");
	});

	it("claims a pending share with the Claim button and answers with the claim result page", async () => {
		const { publisher, ids } = await publisherWithCertificates(1);
		const buyer = await signup("Buyer Co");
		await shareWith(publisher, ids[0] as string, buyer);
		const item = (await call("GET", INBOX, { as: buyer })).json.data[0];
		const claimed = await call("POST", `${INBOX}/${item.claim_id}/claim`, {
			as: buyer,
			headers: formPost,
			rawBody: "",
		});
		expect(claimed.status).toBe(200);
		expect(claimed.text).toContain("<h1>Certificate claimed</h1>");
		expect(claimed.text).toContain(`href="${INBOX}/${item.claim_id}/evidence"`);
		const again = await call("POST", `${INBOX}/${item.claim_id}/claim`, { as: buyer, headers: formPost, rawBody: "" });
		expect(again.status).toBe(409);
		expect(again.text).toContain("This certificate was claimed already.");
		// An API client still gets JSON from the same operation.
		expect((await call("POST", `${INBOX}/${item.claim_id}/claim`, { as: buyer })).json.error.code).toBe(
			"ALREADY_CLAIMED",
		);
	});
});

describe("the certificates page", () => {
	it("lists the publisher's certificates newest first with Next page links, and JSON stays as it was", async () => {
		const { publisher, ids } = await publisherWithCertificates(3);
		const json = await call("GET", "/certificates?limit=2", { as: publisher });
		expect(json.headers.get("content-type")).toContain("application/json");
		expect(Object.keys(json.json).sort()).toEqual(["data", "limit", "next_cursor", "page", "total"]);

		const first = await call("GET", "/certificates?limit=2", { as: publisher, headers: asBrowser });
		expect(first.status).toBe(200);
		expect(first.headers.get("content-type")).toContain("text/html");
		for (const item of json.json.data) {
			expect(first.text).toContain(item.certificate_id);
			expect(first.text).toContain(`action="/certificate-sharing/certificates/${item.certificate_id}/share"`);
			expect(first.text).toContain(`href="/certificates/${item.certificate_id}/history"`);
		}
		const next = nextLink(first.text);
		expect(next).toBe(`/certificates?limit=2&cursor=${json.json.next_cursor}`);
		const second = await call("GET", next as string, { as: publisher, headers: asBrowser });
		expect(second.status).toBe(200);
		const rest = ids.filter(
			(id) => !json.json.data.some((item: { certificate_id: string }) => item.certificate_id === id),
		);
		expect(rest).toHaveLength(1);
		expect(second.text).toContain(rest[0]);
		expect(nextLink(second.text)).toBeUndefined();
		expect(second.text).toContain('<a href="/certificates">First page</a>');
	});

	it("shares a certificate with the Share button and shows the claim link once", async () => {
		const { publisher, ids } = await publisherWithCertificates(1);
		const share = await call("POST", `/certificate-sharing/certificates/${ids[0]}/share`, {
			as: publisher,
			headers: formPost,
			rawBody: "",
		});
		expect(share.status).toBe(201);
		expect(share.headers.get("content-type")).toContain("text/html");
		expect(share.headers.get("cache-control")).toBe("no-store");
		const token = share.text.match(/\/certificate-sharing\/certificates\/claim\/(clm_[a-f0-9]+)/)?.[1];
		expect(token).toBeDefined();
		const summary = await call("GET", `/certificate-sharing/certificates/claim/${token}`);
		expect(summary.status).toBe(200);
		expect(summary.json.certificate_id).toBe(ids[0]);
	});

	it("shows a stranger none of another company's certificates, and refuses them its Share button", async () => {
		const { ids } = await publisherWithCertificates(1);
		const stranger = await signup("Stranger Co");
		const page = await call("GET", "/certificates", { as: stranger, headers: asBrowser });
		expect(page.status).toBe(200);
		expect(page.text).not.toContain(ids[0]);
		expect(page.text).toContain("No certificates yet.");
		const share = await call("POST", `/certificate-sharing/certificates/${ids[0]}/share`, {
			as: stranger,
			headers: formPost,
			rawBody: "",
		});
		expect(share.status).toBe(404);
		expect(share.text).not.toContain("/certificate-sharing/certificates/claim/clm_");
	});

	it("sends a signed-out browser to sign in, from the list and from the Share button", async () => {
		const list = await call("GET", "/certificates", { headers: asBrowser });
		expect(list.status).toBe(303);
		expect(list.headers.get("location")).toBe(`/login?next=${encodeURIComponent("/certificates")}`);
		const share = await call("POST", "/certificate-sharing/certificates/EC-x/share", {
			headers: formPost,
			rawBody: "",
		});
		expect(share.status).toBe(303);
		expect(share.headers.get("location")).toBe(`/login?next=${encodeURIComponent("/certificates")}`);
	});
});

describe("the home page", () => {
	it("is where sign-in lands without a destination, links to both lists, and the root stays JSON for API clients", async () => {
		const home = await call("GET", "/", { headers: asBrowser });
		expect(home.status).toBe(200);
		expect(home.text).toContain(`href="${INBOX}"`);
		expect(home.text).toContain('href="/certificates"');
		expect((await call("GET", "/")).json.openapi).toBe("/openapi.json");
	});
});
