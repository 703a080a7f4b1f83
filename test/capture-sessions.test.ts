import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { manifestOf, recordingChunkKey } from "../src/recordings/manifest";
import { type Actor, call, createProperty, fakeIp, signup } from "./helpers";

const DOMAIN = "leadgen.example";
const ORIGIN = `https://forms.${DOMAIN}`;
const PAGE = `${ORIGIN}/quote?utm=1`;
const UA = "Mozilla/5.0 (consumer browser)";

interface OpenedSession {
	session_id: string;
	certificate_id: string;
	upload_key: string;
	expires_at: string;
	max_chunk_bytes: number;
	max_chunks: number;
}

function openSession(
	propertyId: string,
	options: { origin?: string | null; page?: string; ip?: string; contentType?: string } = {},
) {
	const origin = options.origin === undefined ? ORIGIN : options.origin;
	return call<OpenedSession>("POST", "/capture/sessions", {
		rawBody: JSON.stringify({ property_id: propertyId, page_url: options.page ?? PAGE }),
		headers: {
			"content-type": options.contentType ?? "text/plain;charset=UTF-8",
			"cf-connecting-ip": options.ip ?? fakeIp(),
			...(origin === null ? {} : { origin }),
		},
	});
}

function uploadChunk(
	session: OpenedSession,
	seq: number | string,
	body: string,
	options: { origin?: string; key?: string; ip?: string } = {},
) {
	return call(
		"POST",
		`/capture/sessions/${session.session_id}/chunks/${seq}?key=${options.key ?? session.upload_key}`,
		{
			rawBody: body,
			headers: {
				"content-type": "text/plain;charset=UTF-8",
				origin: options.origin ?? ORIGIN,
				"cf-connecting-ip": options.ip ?? fakeIp(),
			},
		},
	);
}

const signals = (chunkCount: number, overrides: Record<string, unknown> = {}) => ({
	chunk_count: chunkCount,
	notice: {
		text: "By clicking Get my quote, I agree that Acme Insurance may call and text me, including by autodialer. Consent is not required to buy.",
		font_size_px: 13,
		contrast_ratio: 7.123456,
		visible: true,
	},
	optin: "checked_by_consumer",
	seconds_on_page: 42.26,
	fields: [
		{ name: "email", kind: "email", filled: "typed" },
		{ name: "phone", kind: "phone", filled: "pasted" },
		{ name: "zip", kind: "other", filled: "autofilled" },
	],
	lead: { email: "  Jane.Doe@Example.COM ", phone: " (555) 010-4477 " },
	...overrides,
});

function submit(
	session: OpenedSession,
	body: unknown,
	options: { origin?: string; ip?: string; ua?: string; contentType?: string; cf?: Record<string, unknown> } = {},
) {
	return call("POST", `/capture/sessions/${session.session_id}/submit?key=${session.upload_key}`, {
		rawBody: typeof body === "string" ? body : JSON.stringify(body),
		headers: {
			"content-type": options.contentType ?? "text/plain;charset=UTF-8",
			origin: options.origin ?? ORIGIN,
			"cf-connecting-ip": options.ip ?? "203.0.113.50",
			"user-agent": options.ua ?? UA,
		},
		cf: options.cf,
	});
}

async function publisherWithProperty(): Promise<{ publisher: Actor; propertyId: string }> {
	const publisher = await signup("Witness Publisher");
	const property = await createProperty(publisher, DOMAIN);
	return { publisher, propertyId: property.id };
}

const chunkText = (seq: number) => JSON.stringify([{ type: 2, seq, data: { note: `chunk ${seq} ✓ ünïcødé` } }]);

describe("witnessed capture end to end", () => {
	it("opens a session, takes chunks and makes a signed witnessed certificate from the submit", async () => {
		const { publisher, propertyId } = await publisherWithProperty();
		const opened = await openSession(propertyId);
		expect(opened.status, opened.text).toBe(201);
		const session = opened.json;
		expect(session.certificate_id).toBe(session.session_id);
		expect(session.session_id).toMatch(/^EC-[0-9a-f-]{36}$/);
		expect(session.upload_key).toMatch(/^[0-9a-f]{64}$/);
		expect(session.max_chunk_bytes).toBe(61_440);
		expect(session.max_chunks).toBe(200);
		expect(opened.headers.get("access-control-allow-origin")).toBe(ORIGIN);

		const chunks = [chunkText(0), chunkText(1), chunkText(2)];
		for (const [seq, text] of chunks.entries()) {
			const res = await uploadChunk(session, seq, text);
			expect(res.status, res.text).toBe(201);
			expect(res.headers.get("access-control-allow-origin")).toBe(ORIGIN);
		}
		const done = await submit(session, signals(3), { cf: { country: "US", regionCode: "FL", city: "Miami" } });
		expect(done.status, done.text).toBe(201);
		expect(done.json).toEqual({ certificate_id: session.session_id, source: "witnessed" });

		const cert = await call("GET", `/certificates/${session.session_id}`, { as: publisher });
		expect(cert.status).toBe(200);
		const bytes = chunks.map((text) => new TextEncoder().encode(text));
		expect(cert.json).toMatchObject({
			source: "witnessed",
			page_url: PAGE,
			consent_text: signals(3).notice.text,
			consumer: { ip: "203.0.113.50", user_agent: UA },
			geo: { country: "US", state: "FL", city: "Miami" },
			recording_url: null,
			witness: {
				origin: ORIGIN,
				seconds_on_page: 42.3,
				notice: { font_size_px: 13, contrast_ratio: 7.12, visible: true },
				optin: "checked_by_consumer",
				fields: signals(3).fields,
				recording: await manifestOf(bytes),
			},
		});
		const stored = await env.RECORDINGS.get(recordingChunkKey(session.session_id, 1));
		expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(bytes[1]);

		const verified = await call("GET", `/certificates/${session.session_id}/verify`, { as: publisher });
		expect(verified.json.valid, verified.text).toBe(true);
	});
});
