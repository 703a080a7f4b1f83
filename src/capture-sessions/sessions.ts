// Capture sessions over HTTP: opening one for a form page, receiving its recording's chunks, and submitting it as a
// witnessed certificate. Every answer to a browser whose origin may record here carries that origin in
// Access-Control-Allow-Origin, errors included, so the script can read why it was refused.
//
// A chunk's bytes go to R2 before its row goes to D1, and an R2 chunk object is written once (put only if absent):
// a crash between the two leaves an object without a row (deleted with its session by the sweep if the session is
// never submitted, and outside the manifest otherwise), never a row whose object is missing or holds other bytes.
import { and, asc, eq, lt } from "drizzle-orm";
import { normaliseState, signCertificate, storeCertificate } from "../certificates/capture";
import { commitLeadContact } from "../certificates/lead-commitments";
import { hashLeadContact } from "../certificates/record";
import { afterReferenceCopies } from "../db/reference-copies";
import { captureChunks, captureSessions, companies, partners, properties } from "../db/schema";
import { newCertificateId } from "../db/shards";
import { isoNow, now } from "../lib/clock";
import { randomHex, sha256Hex, timingSafeEqualStrings } from "../lib/crypto";
import { ApiError, notFound } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { enforceRateLimit } from "../lib/rate-limit";
import { dataKeyRing } from "../lib/sealed";
import { MAX_CHUNK_BYTES, MAX_CHUNKS_PER_SESSION, recordingChunkKey } from "../recordings/manifest";
import { isOnOrigin, isOriginAllowed, type OriginRules } from "./origins";
import {
	type CreateSessionInput,
	MAX_RECORDING_BYTES,
	missingSeqs,
	SESSION_LIFETIME_MS,
	type SubmitSessionInput,
	witnessOf,
} from "./signals";

type SessionRow = typeof captureSessions.$inferSelect;

export const originRules = (env: Cloudflare.Env): OriginRules => ({ allowLocal: env.ALLOW_LOCAL_CAPTURE === "true" });

/** Lets the page at `origin` read this answer (success or error); never with credentials. */
export function allowOrigin(c: AppContext, origin: string): void {
	c.header("Access-Control-Allow-Origin", origin);
}

const originNotAllowed = () =>
	new ApiError(
		"ORIGIN_NOT_ALLOWED",
		"The request's Origin is not on the property's registered domain (or was not sent); capture runs only on the property's own pages",
	);

// An unknown session and a wrong key answer alike, so a key cannot be told apart from a session that does not exist.
const sessionNotFound = () => notFound("Capture session");

const sessionClosed = (session: SessionRow) =>
	new ApiError(
		"CAPTURE_SESSION_CLOSED",
		session.status === "submitted"
			? "This capture session was already submitted; it takes nothing more"
			: "This capture session expired (24 hours after it opened); start a new one",
	);

const isOpen = (session: SessionRow, at: Date) =>
	session.status === "open" && new Date(session.expiresAt).getTime() > at.getTime();

export async function openCaptureSession(c: AppContext, input: CreateSessionInput) {
	await enforceRateLimit(c.env.CAPTURE_SESSION_IP_LIMITER, clientIp(c) ?? "unknown");
	const db = c.var.db;
	const [[property], [publisher]] = await db.batch([
		db.select().from(properties).where(eq(properties.id, input.property_id)),
		db
			.select({ id: companies.id, name: companies.name, createdAt: companies.createdAt })
			.from(companies)
			.innerJoin(properties, eq(properties.companyId, companies.id))
			.where(eq(properties.id, input.property_id)),
	]);
	if (!property || !publisher) throw notFound("Property");
	const origin = c.req.header("origin");
	if (origin === undefined || !isOriginAllowed(origin, property.domain, originRules(c.env))) throw originNotAllowed();
	allowOrigin(c, origin);
	if (!isOnOrigin(input.page_url, origin)) {
		throw new ApiError("VALIDATION_FAILED", "Invalid request: page_url", {
			fields: [{ field: "page_url", message: `must be a page on ${origin}, the origin the request came from` }],
		});
	}
	await enforceRateLimit(c.env.CAPTURE_SESSION_PROPERTY_LIMITER, property.id);

	const startedAt = now();
	const session = {
		id: newCertificateId(c.env),
		propertyId: property.id,
		companyId: property.companyId,
		origin,
		pageUrl: input.page_url,
		keySha256: "",
		status: "open" as const,
		startedAt: startedAt.toISOString(),
		expiresAt: new Date(startedAt.getTime() + SESSION_LIFETIME_MS).toISOString(),
	};
	const uploadKey = randomHex(32);
	session.keySha256 = await sha256Hex(uploadKey);
	// On the shard its certificate will be on: the session id is the certificate id.
	const shard = c.var.shards.forCertificate(session.id).db;
	await shard.batch(
		afterReferenceCopies(shard, { companies: [publisher], properties: [property] }, [
			shard.insert(captureSessions).values(session),
		]),
	);
	return {
		session_id: session.id,
		certificate_id: session.id,
		upload_key: uploadKey,
		expires_at: session.expiresAt,
		max_chunk_bytes: MAX_CHUNK_BYTES,
		max_chunks: MAX_CHUNKS_PER_SESSION,
	};
}

/** The session named, when the key is its own and the request comes from its origin (which may then read answers). */
async function authorizeSession(c: AppContext, session: SessionRow | undefined, key: string): Promise<SessionRow> {
	if (!session || !(await timingSafeEqualStrings(await sha256Hex(key), session.keySha256))) throw sessionNotFound();
	const origin = c.req.header("origin");
	if (origin !== session.origin) throw originNotAllowed();
	allowOrigin(c, origin);
	return session;
}

function chunkReceipt(sessionId: string, row: { seq: number; sha256: string; bytes: number }) {
	return { session_id: sessionId, seq: row.seq, sha256: row.sha256, bytes: row.bytes };
}

const differentBytes = (seq: number) =>
	new ApiError("CONFLICT", `Chunk ${seq} of this session was already received with different bytes`);

async function readSessionAndChunk(c: AppContext, id: string, seq: number) {
	const { db } = c.var.shards.forCertificate(id);
	const [sessions, chunks] = await db.batch([
		db.select().from(captureSessions).where(eq(captureSessions.id, id)),
		db
			.select()
			.from(captureChunks)
			.where(and(eq(captureChunks.sessionId, id), eq(captureChunks.seq, seq))),
	]);
	return { session: sessions[0], chunk: chunks[0] };
}

/**
 * Puts the chunk's bytes in R2 unless an object is already there. Answers whether the object there (now or before)
 * holds these bytes: an object is never overwritten, so the bytes a chunk row names are the bytes R2 keeps.
 */
async function putChunkOnce(bucket: R2Bucket, key: string, bytes: Uint8Array, sha256: string): Promise<boolean> {
	const put = await bucket.put(key, bytes, {
		onlyIf: { etagDoesNotMatch: "*" },
		customMetadata: { sha256 },
		httpMetadata: { contentType: "application/json" },
	});
	if (put !== null) return true;
	const existing = await bucket.get(key);
	if (!existing) return false;
	return (await sha256Hex(new Uint8Array(await existing.arrayBuffer()))) === sha256;
}

export async function receiveChunk(c: AppContext, id: string, seq: number, key: string) {
	await enforceRateLimit(c.env.CAPTURE_CHUNK_IP_LIMITER, clientIp(c) ?? "unknown");
	const first = await readSessionAndChunk(c, id, seq);
	const session = await authorizeSession(c, first.session, key);
	const bytes = new Uint8Array(await c.req.arrayBuffer());
	const sha256 = await sha256Hex(bytes);
	// A retried beacon is answered as the first one was, even once the session is closed.
	if (first.chunk) {
		if (first.chunk.sha256 !== sha256) throw differentBytes(seq);
		return chunkReceipt(id, first.chunk);
	}
	const at = now();
	if (!isOpen(session, at)) throw sessionClosed(session);

	if (!(await putChunkOnce(c.env.RECORDINGS, recordingChunkKey(id, seq), bytes, sha256))) throw differentBytes(seq);

	const d1 = c.var.shards.forCertificate(id).d1.db;
	const receivedAt = at.toISOString();
	// One batch, so the row and the session's counts move together; the insert happens only while the session is
	// open and within its bounds, checked in the same statement, so concurrent uploads cannot pass them.
	const [inserted] = await d1.batch([
		d1
			.prepare(
				`INSERT INTO capture_chunks (session_id, seq, sha256, bytes, received_at)
				SELECT id, ?1, ?2, ?3, ?4 FROM capture_sessions
				WHERE id = ?5 AND status = 'open' AND expires_at > ?4 AND chunk_count < ?6 AND recorded_bytes + ?3 <= ?7
				ON CONFLICT (session_id, seq) DO NOTHING`,
			)
			.bind(seq, sha256, bytes.byteLength, receivedAt, id, MAX_CHUNKS_PER_SESSION, MAX_RECORDING_BYTES),
		d1
			.prepare(
				`UPDATE capture_sessions SET
					chunk_count = (SELECT count(*) FROM capture_chunks WHERE session_id = ?1),
					recorded_bytes = (SELECT coalesce(sum(bytes), 0) FROM capture_chunks WHERE session_id = ?1)
				WHERE id = ?1`,
			)
			.bind(id),
	]);
	if ((inserted?.meta.changes ?? 0) > 0) return chunkReceipt(id, { seq, sha256, bytes: bytes.byteLength });

	// Not inserted: why, as things stand now.
	const current = await readSessionAndChunk(c, id, seq);
	if (current.chunk) {
		if (current.chunk.sha256 !== sha256) throw differentBytes(seq);
		return chunkReceipt(id, current.chunk);
	}
	if (!current.session) throw sessionNotFound();
	if (!isOpen(current.session, now())) throw sessionClosed(current.session);
	throw new ApiError(
		"PAYLOAD_TOO_LARGE",
		`A session's recording is limited to ${MAX_CHUNKS_PER_SESSION} chunks and ${MAX_RECORDING_BYTES} bytes; this chunk would exceed that`,
	);
}

export async function submitCaptureSession(c: AppContext, id: string, key: string, input: SubmitSessionInput) {
	const { db } = c.var.shards.forCertificate(id);
	// The session and its chunks from its shard; then whether its property has auto-share partners, from the
	// directory (the session's property is not known before).
	const [sessions, chunks] = await db.batch([
		db.select().from(captureSessions).where(eq(captureSessions.id, id)),
		db
			.select({ seq: captureChunks.seq, sha256: captureChunks.sha256, bytes: captureChunks.bytes })
			.from(captureChunks)
			.where(and(eq(captureChunks.sessionId, id), lt(captureChunks.seq, input.chunk_count)))
			.orderBy(asc(captureChunks.seq)),
	]);
	const session = await authorizeSession(c, sessions[0], key);
	const createdAt = isoNow();
	if (!isOpen(session, new Date(createdAt))) throw sessionClosed(session);
	const missing = missingSeqs(
		input.chunk_count,
		chunks.map((chunk) => chunk.seq),
	);
	if (missing.length > 0) {
		throw new ApiError(
			"CAPTURE_CHUNKS_MISSING",
			`Chunks ${missing.join(", ")} of the ${input.chunk_count} reported were never received; upload them, then submit again`,
			{ details: { missing_seqs: missing } },
		);
	}
	const directory = c.var.db;
	const [[property], [publisher], autoSharePartners] = await directory.batch([
		directory.select().from(properties).where(eq(properties.id, session.propertyId)),
		directory.select().from(companies).where(eq(companies.id, session.companyId)),
		directory
			.select({ id: partners.id })
			.from(partners)
			.where(
				and(eq(partners.propertyId, session.propertyId), eq(partners.status, "active"), eq(partners.autoShare, true)),
			)
			.limit(1),
	]);
	if (!property || !publisher) throw sessionNotFound();
	const requestGeo = c.req.raw.cf as { country?: string; regionCode?: string; city?: string } | undefined;
	const userAgent = c.req.header("user-agent");
	const lead = await hashLeadContact(input.lead);
	const row = await signCertificate(c.env, {
		id: session.id,
		companyId: session.companyId,
		propertyId: session.propertyId,
		consentText: input.notice.text,
		pageUrl: session.pageUrl,
		consentCapturedAt: createdAt,
		consumerIp: clientIp(c),
		consumerUserAgent: userAgent ? userAgent.slice(0, 1024) : null,
		geoCountry: requestGeo?.country?.toUpperCase() ?? null,
		geoState: requestGeo?.regionCode ? normaliseState(requestGeo.regionCode) : null,
		geoCity: requestGeo?.city ?? null,
		recordingUrl: null,
		...(await commitLeadContact(await dataKeyRing(c.env), session.id, input.lead)),
		createdAt,
		source: "witnessed",
		witness: witnessOf(session, input, {
			chunks: chunks.map((chunk) => chunk.sha256),
			total_bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
		}),
	});
	try {
		await storeCertificate(
			c,
			row,
			{
				actorCompanyId: session.companyId,
				actorUserId: null,
				ip: clientIp(c),
				createdAt,
				autoShare: autoSharePartners.length > 0,
				publisher,
				property,
				lead,
			},
			[
				db
					.update(captureSessions)
					.set({ status: "submitted", submittedAt: createdAt })
					.where(and(eq(captureSessions.id, id), eq(captureSessions.status, "open"))),
			],
		);
	} catch (error) {
		// The certificate's id is the session's, so a second submit racing the first fails on it and changes nothing.
		const [after] = await db.select().from(captureSessions).where(eq(captureSessions.id, id));
		if (after && after.status === "submitted") throw sessionClosed(after);
		throw error;
	}
	return { certificate_id: row.id, source: "witnessed" as const };
}
