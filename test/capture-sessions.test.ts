import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { DELETE_AFTER_EXPIRY_MS } from "../src/capture-sessions/expired-sessions";
import { MAX_RECORDING_BYTES } from "../src/capture-sessions/signals";
import worker from "../src/index";
import { SWEEP_CRON } from "../src/lib/crons";
import { sha256Hex } from "../src/lib/crypto";
import { MAX_CHUNK_BYTES, MAX_CHUNKS_PER_SESSION, manifestOf, recordingChunkKey } from "../src/recordings/manifest";
import { type Actor, BASE, call, createProperty, fakeIp, signup } from "./helpers";
import { allRows, certificateD1, countAll } from "./shard-databases";

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
	return call("POST", "/capture/sessions", {
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

const sessionRow = (id: string) =>
	certificateD1(id)
		.prepare("SELECT * FROM capture_sessions WHERE id = ?")
		.bind(id)
		.first<{ status: string; chunk_count: number; recorded_bytes: number; origin: string; page_url: string }>();
const chunkRows = async (id: string) =>
	(
		await certificateD1(id)
			.prepare("SELECT seq, sha256, bytes FROM capture_chunks WHERE session_id = ? ORDER BY seq")
			.bind(id)
			.all<{ seq: number; sha256: string; bytes: number }>()
	).results;
const certificateCount = async (id: string) =>
	(
		await certificateD1(id)
			.prepare("SELECT count(*) AS n FROM certificates WHERE id = ?")
			.bind(id)
			.first<{ n: number }>()
	)?.n;
const sessionCount = () => countAll("SELECT count(*) AS n FROM capture_sessions");

async function openedSession(propertyId: string) {
	const res = await openSession(propertyId);
	expect(res.status, res.text).toBe(201);
	return res.json;
}

describe("opening a capture session", () => {
	it("accepts the registered domain and any subdomain of it, over https on the default port", async () => {
		const { propertyId } = await publisherWithProperty();
		for (const origin of [`https://${DOMAIN}`, ORIGIN, `https://a.b.${DOMAIN}`]) {
			const res = await openSession(propertyId, { origin, page: `${origin}/form` });
			expect(res.status, `${origin}: ${res.text}`).toBe(201);
			expect(res.headers.get("access-control-allow-origin")).toBe(origin);
			expect(res.headers.get("access-control-allow-credentials")).toBeNull();
			expect(res.headers.get("vary")).toMatch(/Origin/);
			const row = await sessionRow(res.json.session_id);
			expect(row).toMatchObject({ status: "open", origin, page_url: `${origin}/form`, chunk_count: 0 });
			const started = new Date((row as unknown as { started_at: string }).started_at).getTime();
			expect(new Date(res.json.expires_at).getTime() - started).toBe(24 * 3600 * 1000);
		}
	});

	it("stores only the upload key's SHA-256", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const row = await certificateD1(session.session_id)
			.prepare("SELECT key_sha256 FROM capture_sessions WHERE id = ?")
			.bind(session.session_id)
			.first<{ key_sha256: string }>();
		expect(row?.key_sha256).toBe(await sha256Hex(session.upload_key));
	});

	it("refuses a missing or foreign Origin with 403 ORIGIN_NOT_ALLOWED, without letting the page read it", async () => {
		const { propertyId } = await publisherWithProperty();
		const before = await sessionCount();
		for (const origin of [
			null,
			"null",
			"https://evil.example",
			`https://${DOMAIN}.evil.example`,
			`https://not${DOMAIN}`,
			`http://forms.${DOMAIN}`,
			`https://forms.${DOMAIN}:8443`,
			`${ORIGIN}/path`,
			"http://localhost:5173",
		]) {
			const res = await openSession(propertyId, { origin, page: `${ORIGIN}/form` });
			expect(res.status, String(origin)).toBe(403);
			expect(res.json.error.code).toBe("ORIGIN_NOT_ALLOWED");
			expect(res.headers.get("access-control-allow-origin")).toBeNull();
		}
		expect(await sessionCount()).toBe(before);
	});

	it("answers 404 for an unknown property and 400 for a page on another origin", async () => {
		const { propertyId } = await publisherWithProperty();
		const unknown = await openSession("0".repeat(24));
		expect(unknown.status).toBe(404);
		expect(unknown.json.error.code).toBe("NOT_FOUND");
		const elsewhere = await openSession(propertyId, { page: `https://other.${DOMAIN}/form` });
		expect(elsewhere.status).toBe(400);
		expect(elsewhere.json.error.fields).toEqual([{ field: "page_url", message: expect.stringContaining(ORIGIN) }]);
		// The page may read why (its origin is allowed for the property).
		expect(elsewhere.headers.get("access-control-allow-origin")).toBe(ORIGIN);
	});

	it("takes application/json and text/plain, and refuses other types and bad JSON in the one error shape", async () => {
		const { propertyId } = await publisherWithProperty();
		expect((await openSession(propertyId, { contentType: "application/json" })).status).toBe(201);
		const before = await sessionCount();
		const form = await openSession(propertyId, { contentType: "application/x-www-form-urlencoded" });
		expect([form.status, form.json.error.code]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
		const broken = await call("POST", "/capture/sessions", {
			rawBody: "{not json",
			headers: { "content-type": "text/plain", origin: ORIGIN },
		});
		expect([broken.status, broken.json.error.code]).toEqual([400, "MALFORMED_JSON"]);
		const extra = await call("POST", "/capture/sessions", {
			rawBody: JSON.stringify({ property_id: propertyId, page_url: PAGE, admin: true }),
			headers: { "content-type": "text/plain", origin: ORIGIN },
		});
		expect([extra.status, extra.json.error.code]).toEqual([400, "VALIDATION_FAILED"]);
		expect(extra.json.error.fields).toEqual([{ field: "admin", message: "unknown field" }]);
		expect(await sessionCount()).toBe(before);
	});

	it("is not refused as cross-site when the browser carries a session cookie of this service", async () => {
		const { publisher, propertyId } = await publisherWithProperty();
		const res = await call("POST", "/capture/sessions", {
			rawBody: JSON.stringify({ property_id: propertyId, page_url: PAGE }),
			headers: {
				"content-type": "text/plain",
				origin: ORIGIN,
				cookie: publisher.cookie,
				"sec-fetch-site": "cross-site",
			},
		});
		expect(res.status, res.text).toBe(201);
	});

	it("lets a localhost property record from any port of that host only when ALLOW_LOCAL_CAPTURE is true", async () => {
		const { publisher } = await publisherWithProperty();
		const withLocalCapture = async (allow: string, path: string, init: RequestInit) => {
			const ctx = createExecutionContext();
			const res = await createApp().request(`${BASE}${path}`, init, { ...env, ALLOW_LOCAL_CAPTURE: allow }, ctx);
			await waitOnExecutionContext(ctx);
			return res;
		};
		const register = (allow: string) =>
			withLocalCapture(allow, "/properties", {
				method: "POST",
				headers: { ...publisher.headers, "content-type": "application/json" },
				body: JSON.stringify({ domain: "localhost", name: "dev" }),
			});
		const refused = await register("false");
		expect(refused.status).toBe(400);
		expect(((await refused.json()) as { error: { fields: { field: string }[] } }).error.fields[0]?.field).toBe(
			"domain",
		);
		const registered = await register("true");
		expect(registered.status).toBe(201);
		const localId = ((await registered.json()) as { id: string }).id;
		const open = (allow: string, origin: string) =>
			withLocalCapture(allow, "/capture/sessions", {
				method: "POST",
				headers: { "content-type": "text/plain", origin, "cf-connecting-ip": fakeIp() },
				body: JSON.stringify({ property_id: localId, page_url: `${origin}/demo` }),
			});
		expect((await open("true", "http://localhost:5173")).status).toBe(201);
		expect((await open("true", "https://localhost:8443")).status).toBe(201);
		expect((await open("true", "http://localhost")).status).toBe(201);
		expect((await open("true", "http://127.0.0.1:5173")).status).toBe(403);
		expect((await open("true", "http://sub.localhost:5173")).status).toBe(403);
		expect((await open("false", "http://localhost:5173")).status).toBe(403);
		expect((await open("false", "https://localhost")).status).toBe(403);
	});
});

describe("CORS preflights", () => {
	const preflight = (path: string, origin: string) =>
		call("OPTIONS", path, {
			headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
		});

	it("are answered for an origin that may record, and give nothing to others", async () => {
		const { propertyId } = await publisherWithProperty();
		const ok = await preflight("/capture/sessions", `https://www.${DOMAIN}`);
		expect(ok.status).toBe(204);
		expect(ok.headers.get("access-control-allow-origin")).toBe(`https://www.${DOMAIN}`);
		expect(ok.headers.get("access-control-allow-methods")).toBe("POST");
		expect(ok.headers.get("access-control-allow-headers")).toBe("Content-Type");
		expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
		expect(ok.headers.get("vary")).toMatch(/Origin/);
		const foreign = await preflight("/capture/sessions", "https://evil.example");
		expect(foreign.status).toBe(204);
		expect(foreign.headers.get("access-control-allow-origin")).toBeNull();

		const session = await openedSession(propertyId);
		for (const path of [
			`/capture/sessions/${session.session_id}/chunks/0`,
			`/capture/sessions/${session.session_id}/submit`,
		]) {
			expect((await preflight(path, ORIGIN)).headers.get("access-control-allow-origin")).toBe(ORIGIN);
			expect((await preflight(path, `https://${DOMAIN}`)).headers.get("access-control-allow-origin")).toBeNull();
		}
	});
});

describe("recording chunks", () => {
	it("keeps each chunk's bytes exactly, with a row of its SHA-256 and size, and counts them on the session", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const texts = Array.from({ length: 8 }, (_, seq) => chunkText(seq).repeat(seq + 1));
		// Uploaded at once, as beacons may arrive.
		const answers = await Promise.all(texts.map((text, seq) => uploadChunk(session, seq, text)));
		for (const [seq, res] of answers.entries()) {
			const bytes = new TextEncoder().encode(texts[seq]);
			expect(res.status, res.text).toBe(201);
			expect(res.json).toEqual({
				session_id: session.session_id,
				seq,
				sha256: await sha256Hex(bytes),
				bytes: bytes.byteLength,
			});
			const object = await env.RECORDINGS.get(recordingChunkKey(session.session_id, seq));
			expect(new Uint8Array(await object!.arrayBuffer())).toEqual(bytes);
		}
		const rows = await chunkRows(session.session_id);
		expect(rows.map((row) => row.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		const total = texts.reduce((sum, text) => sum + new TextEncoder().encode(text).byteLength, 0);
		expect(await sessionRow(session.session_id)).toMatchObject({ chunk_count: 8, recorded_bytes: total });
	});

	it("refuses a chunk over the size limit with 413 and stores nothing; one at the limit is taken", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const tooBig = await uploadChunk(session, 0, "x".repeat(MAX_CHUNK_BYTES + 1));
		expect([tooBig.status, tooBig.json.error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
		expect(await env.RECORDINGS.head(recordingChunkKey(session.session_id, 0))).toBeNull();
		expect(await chunkRows(session.session_id)).toEqual([]);
		const atLimit = await uploadChunk(session, 0, "y".repeat(MAX_CHUNK_BYTES));
		expect(atLimit.status).toBe(201);
		expect(atLimit.json.bytes).toBe(MAX_CHUNK_BYTES);
	});

	it("refuses a seq outside 0..199 with 400", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		for (const seq of [MAX_CHUNKS_PER_SESSION, -1, "1.5", "x", 1e9]) {
			const res = await uploadChunk(session, seq, "[]");
			expect(res.status, String(seq)).toBe(400);
			expect(res.json.error.fields.map((f: { field: string }) => f.field)).toEqual(["path.seq"]);
		}
		expect((await uploadChunk(session, MAX_CHUNKS_PER_SESSION - 1, "[]")).status).toBe(201);
	});

	it("answers a retried chunk with the same bytes as the first time, and refuses other bytes for its seq with 409", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const first = await uploadChunk(session, 3, chunkText(3));
		const again = await uploadChunk(session, 3, chunkText(3));
		expect([again.status, again.json]).toEqual([first.status, first.json]);
		const other = await uploadChunk(session, 3, chunkText(4));
		expect([other.status, other.json.error.code]).toEqual([409, "CONFLICT"]);
		const object = await env.RECORDINGS.get(recordingChunkKey(session.session_id, 3));
		expect(await object!.text()).toBe(chunkText(3));
		expect(await sessionRow(session.session_id)).toMatchObject({ chunk_count: 1 });
		// Racing uploads of one seq with different bytes: exactly one is kept, in R2 and D1 alike.
		const raced = await Promise.all([uploadChunk(session, 9, "[1]"), uploadChunk(session, 9, "[2]")]);
		expect(raced.map((res) => res.status).sort()).toEqual([201, 409]);
		const kept = raced.find((res) => res.status === 201)!.json;
		const stored = await env.RECORDINGS.get(recordingChunkKey(session.session_id, 9));
		expect(await sha256Hex(new Uint8Array(await stored!.arrayBuffer()))).toBe(kept.sha256);
		expect((await chunkRows(session.session_id)).find((row) => row.seq === 9)?.sha256).toBe(kept.sha256);
	});

	it("finishes a chunk whose earlier attempt died between R2 and D1, and never overwrites the object", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		// What a dead attempt leaves: the object, no row.
		await env.RECORDINGS.put(recordingChunkKey(session.session_id, 0), chunkText(0));
		await env.RECORDINGS.put(recordingChunkKey(session.session_id, 1), chunkText(1));
		const retried = await uploadChunk(session, 0, chunkText(0));
		expect(retried.status, retried.text).toBe(201);
		expect((await chunkRows(session.session_id)).map((row) => row.seq)).toEqual([0]);
		// Other bytes for a seq whose object is there are refused, and the object keeps the first bytes.
		const other = await uploadChunk(session, 1, chunkText(7));
		expect([other.status, other.json.error.code]).toEqual([409, "CONFLICT"]);
		expect(await (await env.RECORDINGS.get(recordingChunkKey(session.session_id, 1)))!.text()).toBe(chunkText(1));
		expect((await chunkRows(session.session_id)).map((row) => row.seq)).toEqual([0]);
	});

	it("takes two D1 round trips for a new chunk", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const res = await uploadChunk(session, 0, chunkText(0));
		expect(res.roundTrips).toBe(2);
		// A retried beacon is answered from the first read.
		expect((await uploadChunk(session, 0, chunkText(0))).roundTrips).toBe(1);
	});

	it("answers 404 for an unknown session or a wrong key, and 403 for another origin", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const wrongKey = await uploadChunk(session, 0, "[]", { key: "f".repeat(64) });
		expect([wrongKey.status, wrongKey.json.error.code]).toEqual([404, "NOT_FOUND"]);
		const unknown = await uploadChunk({ ...session, session_id: `EC-${crypto.randomUUID()}` }, 0, "[]");
		expect(unknown.status).toBe(404);
		const otherOrigin = await uploadChunk(session, 0, "[]", { origin: `https://${DOMAIN}` });
		expect([otherOrigin.status, otherOrigin.json.error.code]).toEqual([403, "ORIGIN_NOT_ALLOWED"]);
		expect(otherOrigin.headers.get("access-control-allow-origin")).toBeNull();
		expect(await chunkRows(session.session_id)).toEqual([]);
		expect(await env.RECORDINGS.head(recordingChunkKey(session.session_id, 0))).toBeNull();
	});

	it("answers 409 CAPTURE_SESSION_CLOSED once the session is submitted or expired", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		expect((await uploadChunk(session, 0, "[0]")).status).toBe(201);
		expect((await submit(session, signals(1))).status).toBe(201);
		const late = await uploadChunk(session, 1, "[1]");
		expect([late.status, late.json.error.code]).toEqual([409, "CAPTURE_SESSION_CLOSED"]);
		expect(late.headers.get("access-control-allow-origin")).toBe(ORIGIN);
		expect(await env.RECORDINGS.head(recordingChunkKey(session.session_id, 1))).toBeNull();
		// A beacon retried after the submit still gets its first answer.
		expect((await uploadChunk(session, 0, "[0]")).status).toBe(201);

		const expiring = await openedSession(propertyId);
		await certificateD1(expiring.session_id)
			.prepare("UPDATE capture_sessions SET expires_at = ? WHERE id = ?")
			.bind(new Date(Date.now() - 1000).toISOString(), expiring.session_id)
			.run();
		const expired = await uploadChunk(expiring, 0, "[0]");
		expect([expired.status, expired.json.error.code]).toEqual([409, "CAPTURE_SESSION_CLOSED"]);
	});

	it("holds a session to its chunk count and total bytes, checked with the insert", async () => {
		const { propertyId } = await publisherWithProperty();
		const full = await openedSession(propertyId);
		await certificateD1(full.session_id)
			.prepare("UPDATE capture_sessions SET chunk_count = ? WHERE id = ?")
			.bind(MAX_CHUNKS_PER_SESSION, full.session_id)
			.run();
		const overCount = await uploadChunk(full, 0, "[0]");
		expect([overCount.status, overCount.json.error.code]).toEqual([413, "PAYLOAD_TOO_LARGE"]);
		expect(await chunkRows(full.session_id)).toEqual([]);

		const heavy = await openedSession(propertyId);
		await certificateD1(heavy.session_id)
			.prepare("UPDATE capture_sessions SET recorded_bytes = ? WHERE id = ?")
			.bind(MAX_RECORDING_BYTES - 3, heavy.session_id)
			.run();
		expect((await uploadChunk(heavy, 0, "[12]")).status).toBe(413);
		expect(await chunkRows(heavy.session_id)).toEqual([]);
		expect((await uploadChunk(heavy, 1, "[1]")).status).toBe(201);
	});
});

describe("submitting a session", () => {
	it("signs the record with the witness, takes IP and user agent from the submit, and keeps the lead only as salted commitments", async () => {
		const { publisher, propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const texts = [chunkText(0), chunkText(1)];
		for (const [seq, text] of texts.entries()) await uploadChunk(session, seq, text, { ip: "198.51.100.1" });
		const res = await submit(session, signals(2), { ip: "203.0.113.77", ua: "Consumer UA/1.0" });
		expect(res.status, res.text).toBe(201);
		expect(Object.keys(res.json).sort()).toEqual(["certificate_id", "source"]);

		const cert = (await call("GET", `/certificates/${session.session_id}`, { as: publisher })).json;
		expect(cert.consumer).toEqual({ ip: "203.0.113.77", user_agent: "Consumer UA/1.0" });
		expect(cert.witness.recording).toEqual(await manifestOf(texts.map((text) => new TextEncoder().encode(text))));
		expect(cert.witness.session_started_at).toBe(
			(
				await certificateD1(session.session_id)
					.prepare("SELECT started_at FROM capture_sessions WHERE id = ?")
					.bind(session.session_id)
					.first()
			)?.started_at,
		);
		expect(cert.consent_captured_at).toBe(cert.created_at);
		expect(cert.lead).toEqual({
			email_commitment: await sha256Hex(`${cert.lead_salts.email}jane.doe@example.com`),
			phone_commitment: await sha256Hex(`${cert.lead_salts.phone}+15550104477`),
		});
		expect(await sessionRow(session.session_id)).toMatchObject({ status: "submitted" });

		// The typed email and phone are nowhere in any database.
		const tables = (
			await env.DB.prepare(
				"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'",
			).all<{ name: string }>()
		).results.map((table) => table.name);
		expect(tables).toContain("certificates");
		for (const table of tables) {
			const dump = JSON.stringify(await allRows(`SELECT * FROM "${table}"`)).toLowerCase();
			expect(dump, table).not.toContain("jane.doe");
			expect(dump, table).not.toContain("010-4477");
			expect(dump, table).not.toContain("5550104477");
		}

		// The audit's created event: the publisher's company, no user, the consumer's address, and that it was witnessed.
		const created = await certificateD1(session.session_id)
			.prepare(
				"SELECT actor_company_id, actor_user_id, ip, details FROM audit_events WHERE certificate_id = ? AND event_type = 'created'",
			)
			.bind(session.session_id)
			.first<{ actor_company_id: string; actor_user_id: string | null; ip: string; details: string }>();
		expect(created).toMatchObject({ actor_company_id: publisher.company.id, actor_user_id: null, ip: "203.0.113.77" });
		expect(JSON.parse(created!.details)).toMatchObject({ source: "witnessed" });

		const verified = await call("GET", `/certificates/${session.session_id}/verify`, { as: publisher });
		expect(verified.json.valid, verified.text).toBe(true);
	});

	it("takes a submit with no recording and application/json", async () => {
		const { publisher, propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const res = await submit(session, signals(0, { lead: undefined, fields: [] }), { contentType: "application/json" });
		expect(res.status, res.text).toBe(201);
		const cert = (await call("GET", `/certificates/${session.session_id}`, { as: publisher })).json;
		expect(cert.witness.recording).toEqual({ chunks: [], total_bytes: 0 });
		expect(cert.lead).toEqual({ email_commitment: null, phone_commitment: null });
		expect(cert.lead_salts).toEqual({ email: null, phone: null });
	});

	it("refuses a submit missing chunks with 409 naming them, and changes nothing", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		await uploadChunk(session, 0, "[0]");
		await uploadChunk(session, 2, "[2]");
		const res = await submit(session, signals(4));
		expect([res.status, res.json.error.code]).toEqual([409, "CAPTURE_CHUNKS_MISSING"]);
		expect(res.json.error.details).toEqual({ missing_seqs: [1, 3] });
		expect(await certificateCount(session.session_id)).toBe(0);
		expect(await sessionRow(session.session_id)).toMatchObject({ status: "open" });
		// Chunks past chunk_count are not part of the recording.
		const fewer = await submit(session, signals(1));
		expect(fewer.status, fewer.text).toBe(201);
	});

	it("makes exactly one certificate from two submits at once", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		await uploadChunk(session, 0, "[0]");
		const answers = await Promise.all([
			submit(session, signals(1)),
			submit(session, signals(1)),
			submit(session, signals(1)),
		]);
		expect(answers.map((res) => res.status).sort()).toEqual([201, 409, 409]);
		for (const res of answers.filter((res) => res.status === 409)) {
			expect(res.json.error.code).toBe("CAPTURE_SESSION_CLOSED");
		}
		expect(await certificateCount(session.session_id)).toBe(1);
		const again = await submit(session, signals(1));
		expect([again.status, again.json.error.code]).toEqual([409, "CAPTURE_SESSION_CLOSED"]);
	});

	it("refuses bad signals with 400 naming the field, and changes nothing", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const notice = signals(0).notice;
		const cases: [Record<string, unknown>, string][] = [
			[{ notice: { ...notice, contrast_ratio: 21.5 } }, "notice.contrast_ratio"],
			[{ notice: { ...notice, contrast_ratio: 0.5 } }, "notice.contrast_ratio"],
			[{ notice: { ...notice, font_size_px: 0 } }, "notice.font_size_px"],
			[{ notice: { ...notice, text: "" } }, "notice.text"],
			[{ notice: { ...notice, visible: "yes" } }, "notice.visible"],
			[{ optin: "maybe" }, "optin"],
			[{ seconds_on_page: -1 }, "seconds_on_page"],
			[{ chunk_count: 201 }, "chunk_count"],
			[{ chunk_count: 1.5 }, "chunk_count"],
			[{ fields: Array.from({ length: 51 }, () => ({ name: "f", kind: "other", filled: "typed" })) }, "fields"],
			[{ fields: [{ name: "n".repeat(129), kind: "other", filled: "typed" }] }, "fields[0].name"],
			[{ fields: [{ name: "a", kind: "ssn", filled: "typed" }] }, "fields[0].kind"],
			[{ lead: { email: "not an email" } }, "lead.email"],
			[{ lead: { phone: "call me" } }, "lead.phone"],
			[{ extra: 1 }, "extra"],
		];
		for (const [overrides, field] of cases) {
			const res = await submit(session, signals(0, overrides));
			expect(res.status, field).toBe(400);
			expect(res.json.error.code).toBe("VALIDATION_FAILED");
			expect(res.json.error.fields.map((f: { field: string }) => f.field)).toContain(field);
		}
		const broken = await submit(session, "{");
		expect([broken.status, broken.json.error.code]).toEqual([400, "MALFORMED_JSON"]);
		expect(await certificateCount(session.session_id)).toBe(0);
		expect(await sessionRow(session.session_id)).toMatchObject({ status: "open" });
		expect((await submit(session, signals(0))).status).toBe(201);
	});

	it("answers 404 for a wrong key and 403 for another origin", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const wrongKey = await submit({ ...session, upload_key: "0".repeat(64) }, signals(0));
		expect(wrongKey.status).toBe(404);
		const foreign = await submit(session, signals(0), { origin: "https://evil.example" });
		expect([foreign.status, foreign.json.error.code]).toEqual([403, "ORIGIN_NOT_ALLOWED"]);
		expect(await certificateCount(session.session_id)).toBe(0);
	});
});

describe("rate limits", () => {
	it("answer 429 RATE_LIMITED with Retry-After to floods of sessions from one address", async () => {
		const { propertyId } = await publisherWithProperty();
		const ip = fakeIp();
		// The binding's own counter, filled as 120 page loads within the minute would fill it.
		for (let i = 0; i < 120; i++) await env.CAPTURE_SESSION_IP_LIMITER.limit({ key: ip });
		const res = await openSession(propertyId, { ip });
		expect([res.status, res.json.error.code]).toEqual([429, "RATE_LIMITED"]);
		expect(res.headers.get("retry-after")).toBe("60");
		expect((await openSession(propertyId)).status).toBe(201);
	});

	it("answer 429 to floods of sessions for one property, and of chunks from one address", async () => {
		const { propertyId } = await publisherWithProperty();
		const session = await openedSession(propertyId);
		const ip = fakeIp();
		await Promise.all(Array.from({ length: 600 }, () => env.CAPTURE_CHUNK_IP_LIMITER.limit({ key: ip })));
		const chunk = await uploadChunk(session, 0, "[]", { ip });
		expect([chunk.status, chunk.headers.get("retry-after")]).toEqual([429, "60"]);
		expect(await chunkRows(session.session_id)).toEqual([]);

		// Filled until it refuses (its windows are fixed minutes, and filling it takes a while).
		let refused = false;
		for (let round = 0; round < 20 && !refused; round++) {
			const outcomes = await Promise.all(
				Array.from({ length: 500 }, () => env.CAPTURE_SESSION_PROPERTY_LIMITER.limit({ key: propertyId })),
			);
			refused = outcomes.some((outcome) => !outcome.success);
		}
		expect(refused).toBe(true);
		const flooded = await openSession(propertyId);
		expect([flooded.status, flooded.json.error.code]).toEqual([429, "RATE_LIMITED"]);
	}, 60_000);
});

describe("the sweep", () => {
	const sweep = (at: number) =>
		worker.scheduled!(createScheduledController({ cron: SWEEP_CRON, scheduledTime: at }), env);

	it("deletes sessions never submitted, with their chunks in R2 and D1, 24 hours after they started", async () => {
		const { propertyId } = await publisherWithProperty();
		const abandoned = await openedSession(propertyId);
		const submitted = await openedSession(propertyId);
		for (const session of [abandoned, submitted]) {
			for (let seq = 0; seq < 3; seq++) expect((await uploadChunk(session, seq, chunkText(seq))).status).toBe(201);
		}
		expect((await submit(submitted, signals(3))).status).toBe(201);
		const expiresAt = new Date(abandoned.expires_at).getTime();

		// Within its day, and just past it, the abandoned session stays.
		await sweep(Date.now());
		await sweep(expiresAt + DELETE_AFTER_EXPIRY_MS - 1000);
		expect(await sessionRow(abandoned.session_id)).not.toBeNull();
		expect(await chunkRows(abandoned.session_id)).toHaveLength(3);

		// Opened later (the sweeps above take a moment on every shard), it is past its day at the next sweep too.
		const fresh = await openedSession(propertyId);
		await sweep(new Date(fresh.expires_at).getTime() + DELETE_AFTER_EXPIRY_MS + 1000);
		expect(await sessionRow(abandoned.session_id)).toBeNull();
		expect(await chunkRows(abandoned.session_id)).toEqual([]);
		const left = await env.RECORDINGS.list({ prefix: `recordings/${abandoned.session_id}/` });
		expect(left.objects).toEqual([]);
		// A submitted session is the certificate's evidence: it stays, chunks and all.
		expect(await sessionRow(submitted.session_id)).toMatchObject({ status: "submitted" });
		expect(await chunkRows(submitted.session_id)).toHaveLength(3);
		expect((await env.RECORDINGS.list({ prefix: `recordings/${submitted.session_id}/` })).objects).toHaveLength(3);
		expect(await sessionRow(fresh.session_id)).toBeNull();
	});

	it("deletes at most a bounded number a run, and finishes a run that died after deleting the objects", async () => {
		const { publisher, propertyId } = await publisherWithProperty();
		// Sessions whose day ended long ago, written straight into D1 (55: more than one run takes).
		const longAgo = "2026-01-01T00:00:00.000Z";
		const ids = Array.from({ length: 55 }, () => `EC-${crypto.randomUUID()}`);
		await env.DB.batch(
			ids.map((id) =>
				env.DB.prepare(
					"INSERT INTO capture_sessions (id, property_id, company_id, origin, page_url, key_sha256, status, started_at, expires_at) VALUES (?, ?, ?, ?, ?, 'x', 'open', ?, ?)",
				).bind(id, propertyId, publisher.company.id, ORIGIN, PAGE, longAgo, longAgo),
			),
		);
		// One of them had its objects deleted by a run that died before deleting its rows.
		const halfDone = ids[0]!;
		await env.DB.prepare(
			"INSERT INTO capture_chunks (session_id, seq, sha256, bytes, received_at) VALUES (?, 0, 'x', 1, ?)",
		)
			.bind(halfDone, longAgo)
			.run();
		const remaining = async () =>
			(
				await env.DB.prepare(`SELECT count(*) AS n FROM capture_sessions WHERE id IN (${ids.map(() => "?").join(",")})`)
					.bind(...ids)
					.first<{ n: number }>()
			)?.n;
		await sweep(Date.now());
		expect(await remaining()).toBe(5);
		await sweep(Date.now());
		expect(await remaining()).toBe(0);
		expect(await chunkRows(halfDone)).toEqual([]);
	});
});
