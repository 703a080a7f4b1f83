// Demo data, created through the public API so it goes through the same validation, signing and audit as real
// traffic. Safe to run again: it logs in where the accounts exist and only creates what is missing.
const PASSWORD = "demo-password-123";
const PUBLISHER = { email: "publisher@leadgen.example", company: "LeadGen Co" };
const BUYER = { email: "buyer@acme-insurance.example", company: "Acme Insurance" };
const DOMAIN = "forms.leadgen.example";
// The demo form (/demo/form) runs the capture script for a property registered with the host it is served from:
// 127.0.0.1 as `npm run dev` prints it, or localhost.
const LOCAL_DOMAINS = ["127.0.0.1", "localhost"];

const CONSENT_TEXTS = [
	"By clicking Get My Quote, I agree that Acme Insurance and its partners may contact me at the number provided, including by autodialer, prerecorded or artificial voice messages and text messages. Consent is not required as a condition of purchase. Message and data rates may apply.",
	"I authorize LeadGen Co and Acme Insurance to call and text me about insurance offers using an automatic telephone dialing system. I understand that consent is not required as a condition of purchase.",
	"By submitting this form I agree to be contacted by phone and email about solar savings. Reply STOP to opt out.",
];

export async function seed(baseUrl) {
	const publisher = await account(baseUrl, PUBLISHER);
	const buyer = await account(baseUrl, BUYER);

	const properties = await api(baseUrl, "GET", "/properties", publisher.cookie);
	const property =
		properties.data.find((p) => p.domain === DOMAIN) ??
		(await api(baseUrl, "POST", "/properties", publisher.cookie, { domain: DOMAIN, name: "Auto insurance quotes" }));
	// Only a server with ALLOW_LOCAL_CAPTURE on takes a local property (npm run dev and the e2e suite have it).
	const host = new URL(baseUrl).hostname;
	const localDomain = LOCAL_DOMAINS.includes(host) ? host : LOCAL_DOMAINS[0];
	const localProperty =
		properties.data.find((p) => p.domain === localDomain) ??
		(await api(baseUrl, "POST", "/properties", publisher.cookie, {
			domain: localDomain,
			name: "Demo form on this machine",
		}));

	// The buyer's own rule, and an auto-share partnership so new certificates land in the buyer's inbox.
	const rules = await api(baseUrl, "GET", "/certificate-sharing/consent-rules", buyer.cookie);
	if (!rules.data.some((r) => r.rule_name === "TCPA Express Consent")) {
		await api(baseUrl, "POST", "/certificate-sharing/consent-rules", buyer.cookie, {
			rule_name: "TCPA Express Consent",
			required_phrases: ["Acme Insurance", "autodialer", "consent is not required as a condition of purchase"],
			mode: "warn",
		});
	}
	const partnerships = await api(baseUrl, "GET", "/certificate-sharing/partners", publisher.cookie);
	if (!partnerships.data.some((p) => p.property_id === property.id && p.partner_company_id === buyer.companyId)) {
		await api(baseUrl, "POST", "/certificate-sharing/partners", publisher.cookie, {
			property_id: property.id,
			partner_company_id: buyer.companyId,
			access_level: "claim",
			auto_share: true,
		});
	}

	const existing = await api(baseUrl, "GET", `/certificates?property_id=${property.id}&limit=100`, publisher.cookie);
	const certificates = existing.data.map((c) => c.certificate_id);
	for (const [i, consent_text] of CONSENT_TEXTS.entries()) {
		if (i < certificates.length) continue;
		const cert = await api(baseUrl, "POST", "/certificates", publisher.cookie, {
			property_id: property.id,
			consent_text,
			page_url: `https://${DOMAIN}/quote`,
			consumer: { ip: "203.0.113.10", user_agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15" },
			geo: { country: "US", state: i === 2 ? "CA" : "FL", city: i === 2 ? "San Diego" : "Tampa" },
			recording_url: `https://replay.leadgen.example/sessions/demo-${i + 1}`,
			lead: { email: `lead${i + 1}@example.com`, phone: `+1 555 010 000${i + 1}` },
		});
		certificates.push(cert.certificate_id);
	}

	return {
		password: PASSWORD,
		publisher: { ...PUBLISHER, companyId: publisher.companyId },
		buyer: { ...BUYER, companyId: buyer.companyId },
		property: `${property.domain} (${property.id})`,
		localPropertyId: localProperty.id,
		demoFormUrl: `${new URL(baseUrl).protocol}//${localDomain}:${new URL(baseUrl).port}/demo/form?property_id=${localProperty.id}`,
		certificates,
	};
}

async function account(baseUrl, { email, company }) {
	let res = await fetch(`${baseUrl}/auth/login`, {
		method: "POST",
		headers: { "content-type": "application/json" },
		body: JSON.stringify({ email, password: PASSWORD }),
	});
	if (res.status === 401) {
		res = await fetch(`${baseUrl}/auth/signup`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ company_name: company, email, password: PASSWORD }),
		});
	}
	if (!res.ok) throw new Error(`could not sign in ${email}: ${res.status} ${await res.text()}`);
	const body = await res.json();
	return { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0], companyId: body.company.id };
}

async function api(baseUrl, method, path, cookie, body) {
	const res = await fetch(`${baseUrl}${path}`, {
		method,
		// A session cookie only works for changes that say they come from the service's own origin (CSRF defence).
		headers: { cookie, origin: new URL(baseUrl).origin, ...(body ? { "content-type": "application/json" } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	const json = res.status === 204 ? null : await res.json();
	if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
	return json;
}
