// The single source of truth for the relational schema. migrations/ is generated from this file by drizzle-kit;
// docs/storage-schema.md explains every table. Timestamps are ISO-8601 UTC strings so they sort and read the same
// in SQL, JSON and court exhibits.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { type ApiKeyScope, scopesOfKeysBeforeScopes } from "../auth/scopes";
import type { ComplianceResult } from "../compliance";
import type { Witness } from "../signing/canonical";

export const companies = sqliteTable("companies", {
	id: text("id").primaryKey(), // 24 lowercase hex
	name: text("name").notNull(),
	createdAt: text("created_at").notNull(),
});

export const users = sqliteTable(
	"users",
	{
		id: text("id").primaryKey(), // 24 lowercase hex
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id),
		email: text("email").notNull(), // lower-cased
		passwordHash: text("password_hash").notNull(), // pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>
		createdAt: text("created_at").notNull(),
	},
	(t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export const sessions = sqliteTable(
	"sessions",
	{
		idHash: text("id_hash").primaryKey(), // SHA-256 hex of the cookie value; the cookie itself is never stored
		userId: text("user_id")
			.notNull()
			.references(() => users.id),
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id),
		createdAt: text("created_at").notNull(),
		expiresAt: text("expires_at").notNull(),
	},
	(t) => [index("sessions_user_idx").on(t.userId)],
);

export const apiKeys = sqliteTable(
	"api_keys",
	{
		id: text("id").primaryKey(), // 24 lowercase hex
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id),
		name: text("name").notNull(),
		keyHash: text("key_hash").notNull(), // SHA-256 hex of the key; the key is shown once at creation
		keyPrefix: text("key_prefix").notNull(), // first characters, so people can tell keys apart
		createdByUserId: text("created_by_user_id").references(() => users.id),
		createdAt: text("created_at").notNull(),
		revokedAt: text("revoked_at"),
		// What the key may do. Keys made before scopes existed could do everything there was, so that is the default.
		scopes: text("scopes", { mode: "json" })
			.$type<ApiKeyScope[]>()
			.notNull()
			.default([...scopesOfKeysBeforeScopes]),
		expiresAt: text("expires_at"), // null: never expires
		lastUsedAt: text("last_used_at"), // updated at most once a minute, after the response
	},
	(t) => [uniqueIndex("api_keys_hash_unique").on(t.keyHash), index("api_keys_company_idx").on(t.companyId)],
);

export const properties = sqliteTable(
	"properties",
	{
		id: text("id").primaryKey(), // 24 lowercase hex
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id),
		domain: text("domain").notNull(),
		name: text("name"),
		createdAt: text("created_at").notNull(),
	},
	(t) => [index("properties_company_idx").on(t.companyId)],
);

// A signed consent record. Rows are written once and never updated: every column that the signatures cover is
// here, so verification recomputes the canonical record from the row itself.
export const certificates = sqliteTable(
	"certificates",
	{
		id: text("id").primaryKey(), // EC-<uuid>
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id), // the publisher
		propertyId: text("property_id")
			.notNull()
			.references(() => properties.id),
		consentText: text("consent_text").notNull(),
		pageUrl: text("page_url").notNull(),
		consentCapturedAt: text("consent_captured_at").notNull(),
		consumerIp: text("consumer_ip"),
		consumerUserAgent: text("consumer_user_agent"),
		geoCountry: text("geo_country"),
		geoState: text("geo_state"),
		geoCity: text("geo_city"),
		recordingUrl: text("recording_url"),
		// Certificates captured before salted leads: SHA-256 of the normalised email and phone, signed in the record.
		leadEmailSha256: text("lead_email_sha256"),
		leadPhoneSha256: text("lead_phone_sha256"),
		// Certificates captured since: SHA-256(salt ‖ normalised value) with a random salt per value, signed in the
		// record instead (src/certificates/lead-commitments.ts). The salts are sealed with the data encryption keys,
		// so the database alone does not open the commitments; a row with `lead_salts` is in the salted form.
		leadEmailCommitment: text("lead_email_commitment"),
		leadPhoneCommitment: text("lead_phone_commitment"),
		leadSalts: text("lead_salts"),
		createdAt: text("created_at").notNull(),
		hmacKeyId: text("hmac_key_id").notNull(),
		hmacSignature: text("hmac_signature").notNull(), // hex HMAC-SHA256 over the canonical record
		ed25519KeyId: text("ed25519_key_id"),
		ed25519Signature: text("ed25519_signature"), // base64url Ed25519 over the same canonical record
		// "asserted": what the publisher's server sent to POST /certificates. "witnessed": made by our capture script
		// from what it saw on the form page, with the recording's manifest (`witness`). Both are part of the signed
		// record; NULL for a certificate captured before sources existed, whose record has neither (it is asserted).
		source: text("source", { enum: ["asserted", "witnessed"] }),
		witness: text("witness", { mode: "json" }).$type<Witness>(),
	},
	(t) => [
		index("certificates_company_created_idx").on(t.companyId, t.createdAt),
		// The certificates in the plain-hash lead form (captured before salted leads), which the lead index backfill
		// walks (src/lead-lookup/backfill.ts); a certificate captured since is never in it.
		index("certificates_plain_lead_idx")
			.on(t.id)
			.where(sql`${t.leadEmailSha256} is not null or ${t.leadPhoneSha256} is not null`),
	],
);

// Append-only, hash-chained event log per certificate. A migration adds triggers that make SQLite itself refuse
// UPDATE and DELETE here. (certificate_id, seq) is unique, so two appends racing for the same predecessor cannot
// both land: the loser re-reads the head and retries, and the chain stays linear.
export const auditEvents = sqliteTable(
	"audit_events",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		certificateId: text("certificate_id")
			.notNull()
			.references(() => certificates.id),
		seq: integer("seq").notNull(), // 1, 2, 3 … within the certificate
		eventType: text("event_type").notNull(),
		actorCompanyId: text("actor_company_id"),
		actorUserId: text("actor_user_id"),
		ip: text("ip"),
		details: text("details").notNull(), // canonical JSON
		createdAt: text("created_at").notNull(),
		prevHash: text("prev_hash").notNull(), // hash of event seq-1; 64 zeros for the first event
		hash: text("hash").notNull(), // SHA-256 hex: see src/audit/chain.ts for both forms
		// Random hex committed with the event (its leaf), shown only to whom the event is disclosed. NULL marks an
		// event chained before salts, whose hash keeps the legacy form.
		salt: text("salt"),
	},
	(t) => [uniqueIndex("audit_events_chain_unique").on(t.certificateId, t.seq)],
);

// A consumer's revocation of the consent a certificate records (src/revocations/), on the certificate's shard. A row
// is written once and never changed: a revocation cannot be undone, only followed by a new certificate. One row per
// (certificate, received_at, channel), so recording the same revocation twice is one revocation.
export const revocations = sqliteTable(
	"revocations",
	{
		id: text("id").primaryKey(), // rvk_<hex>
		certificateId: text("certificate_id")
			.notNull()
			.references(() => certificates.id),
		channel: text("channel", { enum: ["web", "sms", "call", "email", "other"] }).notNull(),
		receivedAt: text("received_at").notNull(), // when the consumer's revocation reached the party recording it
		honorBy: text("honor_by").notNull(), // received_at + 10 US business days (src/revocations/)
		note: text("note"),
		recordedByCompanyId: text("recorded_by_company_id")
			.notNull()
			.references(() => companies.id),
		recordedByUserId: text("recorded_by_user_id"),
		createdAt: text("created_at").notNull(),
	},
	(t) => [uniqueIndex("revocations_unique").on(t.certificateId, t.receivedAt, t.channel)],
);

// The access log: every read of a certificate's evidence and every verification, hash-chained per certificate like
// audit_events but apart from it, so that reading evidence never makes the next read slower or the bundle larger.
// The audit chain commits to this log's head whenever it grows. Append-only by the same triggers. request_id makes
// recording one request's access idempotent.
export const accessEvents = sqliteTable(
	"access_events",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		certificateId: text("certificate_id")
			.notNull()
			.references(() => certificates.id),
		seq: integer("seq").notNull(),
		eventType: text("event_type").notNull(),
		actorCompanyId: text("actor_company_id"),
		actorUserId: text("actor_user_id"),
		ip: text("ip"),
		details: text("details").notNull(),
		createdAt: text("created_at").notNull(),
		prevHash: text("prev_hash").notNull(),
		hash: text("hash").notNull(),
		requestId: text("request_id"),
		salt: text("salt"), // as in audit_events: NULL for a legacy-form event
	},
	(t) => [
		uniqueIndex("access_events_chain_unique").on(t.certificateId, t.seq),
		uniqueIndex("access_events_request_unique").on(t.certificateId, t.requestId),
	],
);

export const consentRules = sqliteTable(
	"consent_rules",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id),
		ruleName: text("rule_name").notNull(),
		mode: text("mode", { enum: ["warn", "reject"] }).notNull(),
		requiredPhrases: text("required_phrases", { mode: "json" }).$type<string[]>().notNull(),
		forbiddenPhrases: text("forbidden_phrases", { mode: "json" }).$type<string[]>().notNull(),
		consentText: text("consent_text"), // the pasted disclosure the required phrases were split from, if any
		states: text("states", { mode: "json" }).$type<string[]>().notNull(),
		// The lead the buyer names when claiming or checking must match the certificate's lead hashes.
		requireLeadMatch: integer("require_lead_match", { mode: "boolean" }).notNull().default(false),
		// What a witnessed certificate's capture script saw (src/signing/canonical.ts Witness); an asserted certificate
		// fails require_witnessed and every check below, since nobody measured its page.
		requireWitnessed: integer("require_witnessed", { mode: "boolean" }).notNull().default(false),
		minFontSizePx: real("min_font_size_px"),
		minContrastRatio: real("min_contrast_ratio"),
		forbidPrecheckedOptin: integer("forbid_prechecked_optin", { mode: "boolean" }).notNull().default(false),
		createdAt: text("created_at").notNull(),
		updatedAt: text("updated_at").notNull(),
	},
	(t) => [index("consent_rules_company_idx").on(t.companyId)],
);

export const partners = sqliteTable(
	"partners",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		propertyId: text("property_id")
			.notNull()
			.references(() => properties.id),
		publisherCompanyId: text("publisher_company_id")
			.notNull()
			.references(() => companies.id),
		partnerCompanyId: text("partner_company_id")
			.notNull()
			.references(() => companies.id),
		accessLevel: text("access_level", { enum: ["claim", "read"] }).notNull(),
		autoShare: integer("auto_share", { mode: "boolean" }).notNull(),
		status: text("status", { enum: ["active", "revoked"] }).notNull(),
		createdAt: text("created_at").notNull(),
		revokedAt: text("revoked_at"),
	},
	(t) => [
		uniqueIndex("partners_active_unique").on(t.propertyId, t.partnerCompanyId).where(sql`status = 'active'`),
		index("partners_publisher_idx").on(t.publisherCompanyId),
		index("partners_partner_idx").on(t.partnerCompanyId),
	],
);

// An auto-share a capture owes its property's auto-share partners, written in the capture's own D1 batch, so that it
// exists exactly when the certificate does. The jobs consumer deletes it once the auto-share has made (or found)
// every partner's share. One still here after its message should have been handled was lost on the way (the send
// after the commit failed, or a local queue's memory went with its process): the sweep sends it again
// (src/jobs/pending-auto-shares.ts). due_at is when its message should next reach the consumer (sent at capture,
// or re-sent); resends counts the sweep's sends.
export const pendingAutoShares = sqliteTable(
	"pending_auto_shares",
	{
		certificateId: text("certificate_id")
			.primaryKey()
			.references(() => certificates.id),
		createdAt: text("created_at").notNull(),
		dueAt: text("due_at").notNull(),
		resends: integer("resends").notNull().default(0),
	},
	// The sweep's read: intents whose message is overdue.
	(t) => [index("pending_auto_shares_due_idx").on(t.dueAt)],
);

// One row per share. Only the SHA-256 of the clm_ token is kept, so a dump of this table lets nobody claim.
export const claimTokens = sqliteTable(
	"claim_tokens",
	{
		id: text("id").primaryKey(), // 24 lowercase hex; what the audit log names instead of the token
		tokenHash: text("token_hash").notNull(),
		certificateId: text("certificate_id")
			.notNull()
			.references(() => certificates.id),
		publisherCompanyId: text("publisher_company_id")
			.notNull()
			.references(() => companies.id),
		targetCompanyId: text("target_company_id").references(() => companies.id), // null: open token
		accessLevel: text("access_level", { enum: ["claim", "read"] }).notNull(),
		autoSharePartnerId: integer("auto_share_partner_id").references(() => partners.id),
		createdAt: text("created_at").notNull(),
		expiresAt: text("expires_at").notNull(),
	},
	(t) => [
		uniqueIndex("claim_tokens_hash_unique").on(t.tokenHash),
		// Redelivered auto-share messages hit this and create nothing twice.
		uniqueIndex("claim_tokens_auto_share_unique").on(t.certificateId, t.autoSharePartnerId),
		index("claim_tokens_target_idx").on(t.targetCompanyId, t.createdAt),
		// The daily token.expiring run reads the tokens expiring soon.
		index("claim_tokens_expires_idx").on(t.expiresAt),
	],
);

// The buyer's side of a share: a targeted share is "pending" here from the moment it is made; an open token gets
// its row when claimed. claim_id in the API is this table's id.
export const claims = sqliteTable(
	"claims",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		claimTokenId: text("claim_token_id")
			.notNull()
			.references(() => claimTokens.id),
		certificateId: text("certificate_id")
			.notNull()
			.references(() => certificates.id),
		buyerCompanyId: text("buyer_company_id")
			.notNull()
			.references(() => companies.id),
		status: text("status", {
			enum: ["pending", "claimed", "flagged", "rejected"],
		}).notNull(),
		compliance: text("compliance", { mode: "json" }).$type<ComplianceResult>(), // the full result; see src/compliance/result.ts
		claimedByUserId: text("claimed_by_user_id"),
		claimIp: text("claim_ip"),
		claimedAt: text("claimed_at"),
		createdAt: text("created_at").notNull(),
	},
	(t) => [
		uniqueIndex("claims_token_unique").on(t.claimTokenId),
		// The inbox, one index per way of reading it (src/inbox/inbox.ts lists the plans). Each ends in
		// the sort column, and SQLite adds the rowid (the claim id, the tie-breaker) after it.
		index("claims_buyer_idx").on(t.buyerCompanyId, t.status, t.createdAt),
		index("claims_buyer_created_idx").on(t.buyerCompanyId, t.createdAt),
		index("claims_buyer_certificate_idx").on(t.buyerCompanyId, t.certificateId, t.createdAt),
		index("claims_buyer_certificate_claimed_idx").on(t.buyerCompanyId, t.certificateId, t.claimedAt),
		index("claims_buyer_claimed_idx").on(t.buyerCompanyId, t.claimedAt),
	],
);

// Lookup by lead (src/lead-lookup/): which certificates a company may find for a lead, on the certificate's shard.
// `lead_key` is HMAC-SHA256 under a key kept outside D1 (LEAD_INDEX_KEYS, named by `key_id`) of the lead's kind and
// the SHA-256 of its normalised value, so a dump of this table reveals no phone number or address and cannot be
// brute-forced without the key. The publisher's rows (claim_id null) are written with the certificate, a buyer's
// with its claim when that is decided claimed or flagged, in the same batch.
export const leadIndex = sqliteTable(
	"lead_index",
	{
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id), // who may find it: the publisher, or the buyer that claimed it
		leadKey: text("lead_key").notNull(), // lowercase hex HMAC-SHA256
		keyId: text("key_id").notNull(), // the LEAD_INDEX_KEYS key that made lead_key
		certificateId: text("certificate_id")
			.notNull()
			.references(() => certificates.id),
		claimId: integer("claim_id").references(() => claims.id), // null: the publisher's own
		certificateCreatedAt: text("certificate_created_at").notNull(), // what "newest first" sorts by
	},
	// Covers the lookup: every column it reads is in the index, in the order it filters and sorts.
	(t) => [
		index("lead_index_lookup_idx").on(t.companyId, t.leadKey, t.certificateCreatedAt, t.certificateId, t.claimId),
		// A claim copies its certificate's publisher rows (src/lead-lookup/lead-index.ts).
		index("lead_index_publisher_rows_idx").on(t.certificateId).where(sql`${t.claimId} is null`),
	],
);

// One-off jobs over every shard that end for good, such as indexing the certificates made before an index existed: a
// row per job and shard says that shard is done, so the daily run that starts them does not walk it again.
export const finishedBackfills = sqliteTable(
	"finished_backfills",
	{
		name: text("name").notNull(),
		shard: integer("shard").notNull(),
		finishedAt: text("finished_at").notNull(),
	},
	(t) => [primaryKey({ columns: [t.name, t.shard] })],
);

// A write retried with the same Idempotency-Key gets the first answer back instead of doing the work twice. A row
// with no response is in flight: its lease lets a retry take over if the Worker died before answering. The response
// is sealed (AES-GCM, key outside the database) because it can hold raw claim tokens.
export const idempotencyKeys = sqliteTable(
	"idempotency_keys",
	{
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id),
		idempotencyKey: text("idempotency_key").notNull(), // as the client sent it: 1-255 printable ASCII
		requestHash: text("request_hash").notNull(), // SHA-256 hex of method, path and body: same key, other request = 422
		leaseId: text("lease_id").notNull(), // random per attempt: only the attempt holding the lease stores its answer
		leaseExpiresAt: text("lease_expires_at").notNull(),
		response: text("response"), // sealed {status, headers, body}; null while in flight
		// Sealed random bytes, kept from the first attempt through every retry that takes its lease over: what the
		// request makes (claim tokens, ids) is derived from it, so a retry after a crash finds what the dead attempt
		// made instead of making it again. Null on rows from before it existed.
		seed: text("seed"),
		createdAt: text("created_at").notNull(),
		expiresAt: text("expires_at").notNull(), // 24 h after creation; expired rows are deleted on later inserts
	},
	(t) => [
		primaryKey({ columns: [t.companyId, t.idempotencyKey] }),
		index("idempotency_keys_expires_idx").on(t.expiresAt),
	],
);

// A batch share run in the background: the request stores this row and queues the certificate ids in chunks; the
// queue consumer shares each chunk. Counts are recomputed from share_job_results after every chunk (never
// incremented, so a redelivered chunk cannot count twice) and stay after the results are deleted.
export const shareJobs = sqliteTable(
	"share_jobs",
	{
		id: text("id").primaryKey(), // 24 lowercase hex
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id), // the publisher who created it; the only company that sees it
		createdByUserId: text("created_by_user_id"), // null for an API key
		type: text("type", { enum: ["batch_share"] }).notNull(),
		targetCompanyId: text("target_company_id").references(() => companies.id),
		status: text("status", {
			enum: ["queued", "running", "completed", "partially_failed", "failed", "cancelled"],
		}).notNull(),
		total: integer("total").notNull(),
		chunkCount: integer("chunk_count").notNull(),
		succeeded: integer("succeeded").notNull().default(0),
		failed: integer("failed").notNull().default(0),
		errorCode: text("error_code"), // why certificates failed, when some did
		errorMessage: text("error_message"),
		createdAt: text("created_at").notNull(),
		startedAt: text("started_at"),
		completedAt: text("completed_at"),
		resultsExpireAt: text("results_expire_at"), // completed_at + 7 days
		resultsDeletedAt: text("results_deleted_at"),
	},
	(t) => [
		index("share_jobs_company_created_idx").on(t.companyId, t.createdAt, t.id),
		index("share_jobs_results_expire_idx").on(t.resultsExpireAt),
	],
);

// One row per chunk of a job, written in the same D1 batch as the job row, holding the chunk's certificate ids: a
// chunk whose queue message is lost (a crash before the send, or a local queue's memory) is rebuilt from its row by
// the sweep (src/jobs/recovery.ts). "queued": not ended yet; "retrying": the consumer failed on it and the queue
// will try again (last_error holds why); "done": every certificate in it has a result; "dead": it kept failing or
// kept being lost; "cancelled": the job was cancelled before it ran. due_at is when its message should next reach
// the consumer (sent, started, or a retry's delay over); resends counts the sweep's sends of a lost chunk.
// Rows of jobs from before these columns have no ids: they are never re-sent.
export const shareJobChunks = sqliteTable(
	"share_job_chunks",
	{
		jobId: text("job_id")
			.notNull()
			.references(() => shareJobs.id),
		chunk: integer("chunk").notNull(),
		status: text("status", { enum: ["queued", "retrying", "done", "dead", "cancelled"] }).notNull(),
		attempts: integer("attempts").notNull(),
		lastError: text("last_error"),
		updatedAt: text("updated_at").notNull(),
		firstPosition: integer("first_position"),
		certificateIds: text("certificate_ids", { mode: "json" }).$type<string[]>(),
		dueAt: text("due_at"),
		resends: integer("resends").notNull().default(0),
	},
	(t) => [
		primaryKey({ columns: [t.jobId, t.chunk] }),
		// The sweep's read: chunks not ended whose message is overdue.
		index("share_job_chunks_due_idx").on(t.status, t.dueAt),
	],
);

// One row per certificate of a job. A share's row is written by the certificate's ledger in the same D1 batch as
// the token, so (job, certificate) being the key is what stops a redelivered chunk from sharing twice: a second
// share of the same certificate for the same job is refused whole. The raw token is sealed (AES-GCM, key outside
// the database) so the creator can download it for 7 days; then the rows are deleted and only the counts stay.
export const shareJobResults = sqliteTable(
	"share_job_results",
	{
		jobId: text("job_id")
			.notNull()
			.references(() => shareJobs.id),
		certificateId: text("certificate_id").notNull(), // as the caller sent it: not necessarily a certificate
		position: integer("position").notNull(), // the certificate's place in the job, for results in input order
		claimTokenId: text("claim_token_id"),
		sealedToken: text("sealed_token"),
		expiresAt: text("expires_at"),
		errorCode: text("error_code"),
		errorMessage: text("error_message"),
		createdAt: text("created_at").notNull(),
	},
	(t) => [
		primaryKey({ columns: [t.jobId, t.certificateId] }),
		uniqueIndex("share_job_results_position_unique").on(t.jobId, t.position),
		// Counting a job's successes and failures reads this index alone.
		index("share_job_results_outcome_idx").on(t.jobId, t.errorCode),
	],
);

export const webhookEventTypes = [
	"certificate.shared",
	"certificate.claimed",
	"certificate.rejected",
	"token.expiring",
	"job.completed",
	"consent.revoked",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
/** What a delivery can carry: the events above, and the `ping` an integrator asks for to test an endpoint. */
export const webhookDeliveryTypes = [...webhookEventTypes, "ping"] as const;
export type WebhookDeliveryType = (typeof webhookDeliveryTypes)[number];

// Where a company wants events sent. The signing secret is sealed (AES-GCM, key outside the database), so D1 alone
// cannot forge a signature; after a rotation the previous secret keeps signing too until previous_secret_expires_at.
// failing_since is the first failed attempt since the last success: an endpoint failing for 5 days is disabled.
export const webhookEndpoints = sqliteTable(
	"webhook_endpoints",
	{
		id: text("id").primaryKey(), // 24 lowercase hex
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id),
		url: text("url").notNull(),
		description: text("description"),
		events: text("events", { mode: "json" }).$type<WebhookEventType[]>().notNull(),
		enabled: integer("enabled", { mode: "boolean" }).notNull(),
		disabledReason: text("disabled_reason", { enum: ["by_request", "failing"] }),
		disabledAt: text("disabled_at"),
		failingSince: text("failing_since"),
		sealedSecret: text("sealed_secret").notNull(),
		sealedPreviousSecret: text("sealed_previous_secret"),
		previousSecretExpiresAt: text("previous_secret_expires_at"),
		createdAt: text("created_at").notNull(),
		updatedAt: text("updated_at").notNull(),
	},
	(t) => [index("webhook_endpoints_company_idx").on(t.companyId, t.createdAt, t.id)],
);

// One row per event per endpoint, written in the same D1 batch as what the event reports. Event ids are derived
// from what they report (evt_claim_<token id>, …), so a replayed write makes no second delivery. The row is the
// truth about a delivery; queue messages only wake the consumer, which takes a short lease before each attempt.
export const webhookDeliveries = sqliteTable(
	"webhook_deliveries",
	{
		id: text("id").primaryKey(), // 24 lowercase hex
		endpointId: text("endpoint_id")
			.notNull()
			.references(() => webhookEndpoints.id),
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id),
		eventId: text("event_id").notNull(), // the webhook-id header; the same for every endpoint of one event
		eventType: text("event_type").$type<WebhookDeliveryType>().notNull(),
		payload: text("payload").notNull(), // the exact body sent and signed
		status: text("status", { enum: ["pending", "delivered", "dead"] }).notNull(),
		attempts: integer("attempts").notNull().default(0),
		nextAttemptAt: text("next_attempt_at"), // null once delivered or dead
		leaseUntil: text("lease_until"), // an attempt in progress holds the row until then
		lastStatus: integer("last_status"), // the HTTP status of the last attempt; null for no answer
		lastError: text("last_error"),
		lastAttemptAt: text("last_attempt_at"),
		deliveredAt: text("delivered_at"),
		createdAt: text("created_at").notNull(),
	},
	(t) => [
		uniqueIndex("webhook_deliveries_event_unique").on(t.endpointId, t.eventId),
		index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt, t.id),
		index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
		// A company's events, newest first (GET /webhooks/events): one range read, deduplicated by event id.
		index("webhook_deliveries_company_events_idx").on(t.companyId, t.createdAt, t.eventId),
		// The retention sweep's read: the oldest deliveries first (src/webhooks/retention.ts).
		index("webhook_deliveries_created_idx").on(t.createdAt),
	],
);

// The webhook outbox of a shard. Endpoints and deliveries are in the directory, which a shard's batch cannot write, so
// an event about a shard's rows (a share, a claim, an expiring token) is stored here by the batch that writes what it
// reports, then relayed into the directory's deliveries (src/webhooks/relay.ts): by the queue message its request
// sends, or by the sweep when that message is lost. relayed_at is set once its deliveries exist.
export const webhookEvents = sqliteTable(
	"webhook_events",
	{
		eventId: text("event_id").primaryKey(), // the same id its deliveries carry
		eventType: text("event_type").$type<WebhookEventType>().notNull(),
		recipientCompanyId: text("recipient_company_id").notNull(), // a directory company; not a foreign key here
		payload: text("payload").notNull(), // the exact body its deliveries send
		createdAt: text("created_at").notNull(),
		relayedAt: text("relayed_at"),
	},
	(t) => [
		// The sweep's read: events not relayed yet, oldest first.
		index("webhook_events_unrelayed_idx").on(t.createdAt).where(sql`${t.relayedAt} is null`),
		// The retention sweep's read: relayed events, oldest relay first (src/webhooks/retention.ts).
		index("webhook_events_relayed_idx").on(t.relayedAt).where(sql`${t.relayedAt} is not null`),
	],
);

// Tokens whose token.expiring event was made, so the daily run makes it once per token.
export const tokenExpiryNotices = sqliteTable("token_expiry_notices", {
	claimTokenId: text("claim_token_id")
		.primaryKey()
		.references(() => claimTokens.id),
	createdAt: text("created_at").notNull(),
});

// A capture session: opened by the capture script (GET /capture.js) when a form page loads, fed recording chunks as
// the consumer uses the page, and submitted with what the script saw, which makes it a witnessed certificate with the
// same id. The recording's bytes are in R2 (src/recordings/), never here. A session never submitted is deleted with
// its chunks 24 hours after it started.
export const captureSessions = sqliteTable(
	"capture_sessions",
	{
		id: text("id").primaryKey(), // EC-<uuid>: the certificate's id once submitted
		propertyId: text("property_id")
			.notNull()
			.references(() => properties.id),
		companyId: text("company_id")
			.notNull()
			.references(() => companies.id), // the property's publisher
		origin: text("origin").notNull(), // the form page's origin, as the browser sent it
		pageUrl: text("page_url").notNull(),
		// The session's upload key is given to the script once; only its SHA-256 is kept.
		keySha256: text("key_sha256").notNull(),
		status: text("status", { enum: ["open", "submitted"] }).notNull(),
		chunkCount: integer("chunk_count").notNull().default(0),
		recordedBytes: integer("recorded_bytes").notNull().default(0),
		startedAt: text("started_at").notNull(),
		expiresAt: text("expires_at").notNull(),
		submittedAt: text("submitted_at"),
	},
	// The sweep's read: sessions never submitted whose time is up.
	(t) => [index("capture_sessions_expiry_idx").on(t.status, t.expiresAt)],
);

// One row per recording chunk received: its place in the recording and the SHA-256 of its bytes (stored in R2).
export const captureChunks = sqliteTable(
	"capture_chunks",
	{
		sessionId: text("session_id")
			.notNull()
			.references(() => captureSessions.id),
		seq: integer("seq").notNull(),
		sha256: text("sha256").notNull(),
		bytes: integer("bytes").notNull(),
		receivedAt: text("received_at").notNull(),
	},
	(t) => [primaryKey({ columns: [t.sessionId, t.seq] })],
);

// Where each audit and access event sits in the transparency log (src/transparency-log/): written by the log's
// sequencer once the event is in a published tile, read to put inclusion proofs in evidence bundles. An event without
// a row is not in the log yet. A log index is given once, to one event.
export const logEntries = sqliteTable(
	"log_entries",
	{
		logIndex: integer("log_index").primaryKey(),
		eventTable: text("event_table", { enum: ["audit", "access"] }).notNull(),
		eventId: integer("event_id").notNull(),
	},
	(t) => [uniqueIndex("log_entries_event_unique").on(t.eventTable, t.eventId)],
);

// A certificate archived to R2 (src/archive/): the key and SHA-256 of its one immutable object there, and where each
// chain was cut. Events of a chain below its cut are in the object only; the cut event (the head when archived) and
// every later one stay here, so appends go on unchanged and reads merge the two by seq. The certificate row, its
// tokens, claims and revocations stay here too (small, and what the lists, lookups and claims read). Written in the
// same D1 batch that deletes what moved, so a certificate is fully here or archived, never neither; the triggers let
// an event be deleted only below its certificate's cut.
export const archivedCertificates = sqliteTable("archived_certificates", {
	certificateId: text("certificate_id")
		.primaryKey()
		.references(() => certificates.id),
	objectKey: text("object_key").notNull(), // archive/<certificate id>/<sha256>.json in the ARCHIVE bucket
	sha256: text("sha256").notNull(), // hex, of the object's bytes
	bytes: integer("bytes").notNull(),
	auditCutSeq: integer("audit_cut_seq").notNull(), // audit events with seq below this are in the object only
	accessCutSeq: integer("access_cut_seq").notNull(), // likewise for the access log (1 when it had no event)
	archivedAt: text("archived_at").notNull(),
});
