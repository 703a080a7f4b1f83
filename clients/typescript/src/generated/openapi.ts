// Generated from the API's /openapi.json by `npm run client:generate` (clients/typescript/scripts/generate.ts).
// Do not edit: change the routes' declarations in src/ and generate again.
export interface paths {
    "/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a company and its first user
         * @description Creates the company and its first user and starts a session (the session cookie is set). Sign-ups are limited per client address (signup-ip: 20 an hour).
         *
         *     No credential needed.
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a session
         * @description Checks the email and password and sets the session cookie. A wrong pair and an unknown email get the same 401. Failed sign-ins are limited per account and client address (signin-account: 10 in 15 minutes) and per address (signin-ip: 50 in 15 minutes); a correct password does not count. Over a limit: 429 RATE_LIMITED with Retry-After.
         *
         *     No credential needed.
         */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the current session
         * @description Deletes the session on the server and clears the cookie.
         *
         *     Needs a signed-in session; API keys are refused.
         */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the caller is
         * @description The company and, for a session, the user behind the credential; works with any API key.
         *
         *     Needs a session or any API key.
         */
        get: operations["getCurrentCaller"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company's active API keys
         * @description Newest first, without secrets: only the first characters of each key are shown.
         *
         *     Needs a signed-in session; API keys are refused.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (shown once)
         * @description Requires a session: an API key cannot mint more keys. The secret is in the answer only. A key used outside its scopes gets 403 INSUFFICIENT_SCOPE; an expired key gets 401.
         *
         *     Needs a signed-in session; API keys are refused.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. Revoking an unknown or already revoked key answers 404.
         *
         *     Needs a signed-in session; API keys are refused.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company's properties
         * @description Oldest first, one page at a time.
         *
         *     Needs a session or an API key with the `certificates:read` scope.
         */
        get: operations["listProperties"];
        put?: never;
        /**
         * Register a web property
         * @description A site whose forms capture consent. Certificates are captured against one of the company's properties. `localhost` and `127.0.0.1` are taken only by a local development server (ALLOW_LOCAL_CAPTURE), to try the capture script there.
         *
         *     Needs a session or an API key with the `certificates:write` scope.
         */
        post: operations["createProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/properties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One property
         * @description Another company's property answers the same 404 as one that does not exist.
         *
         *     Needs a session or an API key with the `certificates:read` scope.
         */
        get: operations["getProperty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The publisher's certificates, newest first
         * @description One page at a time: follow `next_cursor`. The older `page` numbers and `total` still work, for the first 10,000 certificates (`page` × `limit` at most 10,000); past them, follow `next_cursor`. With Accept: text/html the same page is an HTML page with a Next page link and a Share button per certificate; a signed-out browser is sent to sign in first.
         *
         *     Needs a session or an API key with the `certificates:read` scope.
         */
        get: operations["listCertificates"];
        put?: never;
        /**
         * Capture and sign a consent certificate
         * @description The certificate is immutable once created. It is signed with HMAC-SHA256 and Ed25519 over the RFC 8785 canonical JSON of its consent record. Geo falls back to the request's own location. Lead email/phone are stored only as SHA-256 of their normalised form.
         *
         *     Needs a session or an API key with the `certificates:write` scope.
         */
        post: operations["captureCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the publisher's certificates
         * @description Another company's certificate answers the same 404 as one that does not exist.
         *
         *     Needs a session or an API key with the `certificates:read` scope.
         */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A certificate's whole life: its audit chain and access log
         * @description Both hash chains of one of the publisher's certificates, events in the evidence bundle's form (see its `methods`), so they verify offline. Every share and claim is shown in full; each buyer's compliance result and each buyer's evidence reads and verifications only as commitments (`redacted`: seq, type, time and hashes), which still verify end to end. The read is itself recorded on the access log and included.
         *
         *     Needs a session or an API key with the `certificates:read` scope.
         */
        get: operations["getCertificateHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a capture session on a form page
         * @description Called by the capture script from the form page, in the consumer's browser: the answer carries `Access-Control-Allow-Origin` with the request's Origin when that origin may record for the property, never credentials. The request's Origin must be the property's registered domain (`https://<domain>`) or any subdomain of it (`https://<sub>.<domain>`), on the default port; otherwise 403 ORIGIN_NOT_ALLOWED. `page_url` must be on that origin. The session's id becomes the witnessed certificate's id. The upload key is shown only here (only its SHA-256 is kept). A session not submitted within 24 hours of opening is deleted with its recording. Rate limited (429 with Retry-After): 120 sessions a minute per client address, 3,000 per property.
         *
         *     No credential needed.
         */
        post: operations["createCaptureSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/sessions/{id}/chunks/{seq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload one chunk of the session's recording
         * @description Called by the capture script from the form page, in the consumer's browser: the answer carries `Access-Control-Allow-Origin` with the request's Origin when that origin may record for the property, never credentials. The body is kept byte for byte (the script sends a JSON array of rrweb events as text/plain; any type is taken). Limits: a chunk is at most 61440 bytes (413 PAYLOAD_TOO_LARGE, refused before more is read), `seq` is 0 to 199 (400 VALIDATION_FAILED), so a session holds at most 200 chunks and 12288000 bytes. A chunk sent again with the same bytes answers as the first time did (a retried beacon); with other bytes it is refused 409 CONFLICT. An unknown session or a wrong key answers 404; an Origin other than the session's 403; a session submitted or expired 409 CAPTURE_SESSION_CLOSED. Rate limited (429 with Retry-After): 600 chunks a minute per client address.
         *
         *     No credential needed.
         */
        post: operations["uploadCaptureChunk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/sessions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit what the script saw: the session becomes a witnessed certificate
         * @description Called by the capture script from the form page, in the consumer's browser: the answer carries `Access-Control-Allow-Origin` with the request's Origin when that origin may record for the property, never credentials. Makes the certificate with the session's id, `source: "witnessed"`: the notice's text is its consent_text, the consumer's IP, user agent and location are this request's, the times are the service's clock, the lead is kept only as SHA-256 hashes, and `witness` holds the signals and the manifest of chunks 0 to chunk_count - 1 (each chunk's SHA-256 in order, and their total bytes). A chunk missing among them answers 409 CAPTURE_CHUNKS_MISSING with the missing seqs in details.missing_seqs, and nothing changes. A session is submitted once: again, or after it expired, 409 CAPTURE_SESSION_CLOSED. Up to 50 fields; a body of at most 262144 bytes. The answer says nothing of the publisher's.
         *
         *     No credential needed.
         */
        post: operations["submitCaptureSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/consent-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company's consent rules
         * @description Oldest first, one page at a time.
         *
         *     Needs a session or an API key with the `rules:write` scope.
         */
        get: operations["listConsentRules"];
        put?: never;
        /**
         * Create a consent rule
         * @description Give the required phrases one by one, or paste a whole disclosure as consent_text, or both. Claims check every certificate's consent language against the buyer's rules.
         *
         *     Needs a session or an API key with the `rules:write` scope.
         */
        post: operations["createConsentRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/consent-rules/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run: check consent text against the company's rules
         * @description Computes exactly what a claim would, without claiming or storing anything. A dry run names no lead, so a rule with require_lead_match fails here; rules that check the witnessed page use `witness` when given.
         *
         *     Needs a session or an API key with the `rules:write` scope.
         */
        post: operations["testConsentRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/consent-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a consent rule
         * @description A full replace: a field left out takes its default, as it would on create.
         *
         *     Needs a session or an API key with the `rules:write` scope.
         */
        put: operations["replaceConsentRule"];
        post?: never;
        /**
         * Delete a consent rule
         * @description Claims already made keep the compliance result they were given.
         *
         *     Needs a session or an API key with the `rules:write` scope.
         */
        delete: operations["deleteConsentRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company's active partnerships, as publisher or as partner
         * @description Both directions: partnerships where the company shares its properties, and those where another publisher shares with it. Ordered by id, one page at a time.
         *
         *     Needs a session or an API key with the `partners:write` scope.
         */
        get: operations["listPartners"];
        put?: never;
        /**
         * Start a partnership: share a property's certificates with a buyer company
         * @description Only the property's owner can do this. One active partnership per property and partner company; revoke it to make a new one.
         *
         *     Needs a session or an API key with the `partners:write` scope.
         */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a partnership
         * @description Soft delete: the partnership is kept with status revoked. Certificates already shared or claimed are not affected. Only the publisher can revoke.
         *
         *     Needs a session or an API key with the `partners:write` scope.
         */
        delete: operations["revokePartner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/certificates/{certificateId}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a one-time claim token for a certificate
         * @description Without target_company_id the token is open: any company but the publisher can claim it. A targeted share also appears in the target's inbox as pending. From a browser (Accept: text/html, the Share button of the certificates page) the answer is a page showing the claim link once, and a signed-out publisher is sent to sign in first.
         *
         *     Needs a session or an API key with the `sharing:write` scope.
         */
        post: operations["shareCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/certificates/batch-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share up to 1,000 certificates at once
         * @description Each certificate is shared as a single share would be and fails on its own, as items of a batch claim do: the answer is 200 with one result per id, in request order, each its token or the error a share of it alone would answer (NOT_FOUND for an id that is not a certificate of the caller's, SERVICE_UNAVAILABLE when its ledger did not confirm the write: retry the request, with the same Idempotency-Key to get the same tokens). A certificate named twice gets two tokens. Only the request as a whole fails it all: an invalid body (400), or a target company that does not exist (404) or is the caller (400).
         *
         *     Needs a session or an API key with the `sharing:write` scope.
         */
        post: operations["batchShareCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/certificates/claim/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a claim token is for, without personal data
         * @description No login needed: whoever holds the link may see the summary. With Accept: text/html this is a page with a Claim button.
         *
         *     No credential needed.
         */
        get: operations["getClaimSummary"];
        put?: never;
        /**
         * Claim a certificate with its token
         * @description Runs the buyer's consent rules; the token is spent either way. From a browser (Accept: text/html) the answer is a page, and a signed-out buyer is sent to sign in first.
         *
         *     Needs a session or an API key with the `claims:write` scope.
         */
        post: operations["claimCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/certificates/batch-claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim up to 100 certificates at once
         * @description Each item is claimed as a single claim would be, with the same checks, rules and error codes, and fails on its own: the answer is 200 with one result per item, in request order. Each token is spent at most once, however many batches or single claims race for it. A token named twice in one batch is claimed once: later occurrences answer ALREADY_CLAIMED (or the first occurrence's error).
         *
         *     Needs a session or an API key with the `claims:write` scope.
         */
        post: operations["batchClaimCertificates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/certificates/batch-verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check up to 1,000 tokens before claiming them
         * @description Spends no token. For each item: the claim summary, whether the caller may claim it now (and if not, the error a claim would answer), the dry-run compliance result against the caller's rules, the lead match, and whether both signatures verify. An unknown token is an item with error NOT_FOUND. Each certificate checked gets one verified event on its access log naming the checking company and the tokens checked, recorded within seconds after the answer (one per certificate per request, however often the queue delivers it).
         *
         *     Needs a session or an API key with the `claims:write` scope.
         */
        post: operations["batchVerifyTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partner-certificates/{claimId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a pending certificate shared with the buyer
         * @description No token needed: the share was made to this buyer. Runs the buyer's consent rules. From a browser (Accept: text/html, the Claim button of the inbox page) the answer is a page, and a signed-out buyer is sent to sign in first.
         *
         *     Needs a session or an API key with the `claims:write` scope.
         */
        post: operations["claimPartnerCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company's jobs, newest first
         * @description One page at a time.
         *
         *     Needs a session or an API key with the `sharing:write` scope.
         */
        get: operations["listShareJobs"];
        put?: never;
        /**
         * Share up to 100,000 certificates in the background
         * @description Answers 202 at once; the job shares the certificates in chunks of 1,000, each exactly like a batch share. Ids that are not certificates of yours are reported in the job's results, not as a failed request. A filter matching nothing makes a job that fails with NO_CERTIFICATES_MATCHED. Request bodies may be up to 6 MB here.
         *
         *     Needs a session or an API key with the `sharing:write` scope.
         */
        post: operations["createShareJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job's status, counts and progress
         * @description Only the company that created the job sees it. Cheap to poll: it reads the job's row only and never waits on the job's work; the counts and progress move as each chunk ends.
         *
         *     Needs a session or an API key with the `sharing:write` scope.
         */
        get: operations["getShareJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/jobs/{jobId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a job that has not ended
         * @description Chunks not yet started are not run; the job ends `cancelled` at once, with the counts of what it had done, and its `job.completed` event is sent. A chunk already running finishes its certificates, and the counts then include them. Cancelling a job that has ended is CONFLICT (409); another company's job is NOT_FOUND, like an unknown id.
         *
         *     Needs a session or an API key with the `sharing:write` scope.
         */
        post: operations["cancelShareJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/jobs/{jobId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tokens a job made, one line per certificate
         * @description Streams NDJSON (`Accept: application/x-ndjson`, the default) or CSV (`Accept: text/csv`, columns certificate_id, claim_token, claim_url, expires_at, error_code, error_message), in the order the certificates were given; q-values count (`q=0` refuses a type), and an Accept allowing neither is NOT_ACCEPTABLE (406). A line is either a token or an error. While the job runs, the lines so far. Kept 7 days after the job ends; after that RESULTS_EXPIRED (410) and the job keeps only its counts.
         *
         *     Needs a session or an API key with the `sharing:write` scope.
         */
        get: operations["getShareJobResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partner-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Certificates shared with the buyer
         * @description Pending, claimed, flagged and rejected, newest share first (newest claim first with a claimed_after/claimed_before range); expired pending shares leave the inbox. One page at a time: follow `next_cursor`, which costs the same on any page of any inbox. The older `?page=` form still works and adds `page` and `total`, but skips and counts rows, so it slows down as the inbox grows. Filters combine with each other and with both forms. With Accept: text/html the same page is an HTML page with the filters as a form, a Next page link and a Claim button or evidence and replay links per item; a signed-out browser is sent to sign in first.
         *
         *     Needs a session or an API key with the `evidence:read` scope.
         */
        get: operations["listPartnerCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partner-certificates/{claimId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The complete evidence for a claimed certificate
         * @description Three forms of the same evidence, each read recorded as an `accessed_evidence` event on the certificate's access log within seconds (the answer does not wait for it): JSON (default); `?format=bundle`, a self-contained evidence bundle that `npx econsent verify bundle.json` checks offline; and, for a browser (`Accept: text/html`), a printable evidence report (a signed-out browser is sent to sign in). Every form shows the buyer only what concerns it: its own actions, the certificate's `created` and `signed` events and the share it claimed through in full; other buyers' shares, claims, compliance results and accesses only as commitments (seq, type, time and hashes), so the chain still verifies end to end without naming them. Bundles are `econsent-evidence-bundle` v3 (v2 with each audit event's proof of inclusion in the transparency log); the verifier still accepts v1 and v2.
         *
         *     Needs a session or an API key with the `evidence:read` scope.
         */
        get: operations["getEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partner-certificates/{claimId}/evidence/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every access to a claimed certificate's evidence (this read included)
         * @description The certificate's access log: every evidence read and verification, hash-chained like the audit chain. The caller's own accesses are shown in full, everyone else's only as commitments (seq, type, time and hashes). Evidence and bundles carry only its length and head hash, so they stay the same size however often they are read; `npx econsent verify bundle.json --access-log access-log.json` checks every access against them.
         *
         *     Needs a session or an API key with the `evidence:read` scope.
         */
        get: operations["getAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partner-certificates/{claimId}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the session recording of a claimed certificate
         * @description The session recording of a witnessed certificate as one file: each chunk's bytes, as stored, in order. Every download is recorded as a `recording_downloaded` event on the certificate's access log. A certificate asserted by the publisher's server has no recording: 404. Only the buyer that claimed it may download it.
         *
         *     Needs a session or an API key with the `evidence:read` scope.
         */
        get: operations["getPartnerCertificateRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{id}/recording": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the session recording of one of the publisher's certificates
         * @description The session recording of a witnessed certificate as one file: each chunk's bytes, as stored, in order. Every download is recorded as a `recording_downloaded` event on the certificate's access log. A certificate asserted by the publisher's server has no recording: 404. Another company's certificate answers the same 404 as one that does not exist.
         *
         *     Needs a session or an API key with the `certificates:read` scope.
         */
        get: operations["getCertificateRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partner-certificates/{claimId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Watch the session recording of a claimed certificate
         * @description A page that plays the session recording of a witnessed certificate in the browser, after checking every chunk against the manifest in the signed record (and the record's Ed25519 signature against the published keys); a chunk changed, missing or unexpected is named by its place and the recording is not played. At the end it outlines the consent notice and shows its text as it was at submit. Each view is recorded as a `replay_viewed` event on the certificate's access log. A signed-out browser is sent to sign in. Only the buyer that claimed it may open it.
         *
         *     Needs a signed-in session; API keys are refused.
         */
        get: operations["getPartnerCertificateReplayPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Watch the session recording of one of the publisher's certificates
         * @description A page that plays the session recording of a witnessed certificate in the browser, after checking every chunk against the manifest in the signed record (and the record's Ed25519 signature against the published keys); a chunk changed, missing or unexpected is named by its place and the recording is not played. At the end it outlines the consent notice and shows its text as it was at submit. Each view is recorded as a `replay_viewed` event on the certificate's access log. A signed-out browser is sent to sign in. Another company's certificate answers the same 404 as one that does not exist.
         *
         *     Needs a signed-in session; API keys are refused.
         */
        get: operations["getCertificateReplayPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify one of the publisher's certificates
         * @description Recomputes both signatures over the record rebuilt from the stored certificate and the whole audit hash chain, as they stand now, and checks that the signatures are the ones the `signed` audit event recorded at capture. It also checks the certificate's whole access log (`access_log`) against the audit chain's commitments to it, and its stored shares and claims (`claims_recorded`; for a buyer, its own share and claim) against the `shared`, `claimed` and `compliance_checked` events that recorded them. Each verification is itself recorded as a `verified` event on the access log, within seconds (the answer does not wait for it).
         *
         *     Needs a session or an API key with the `certificates:read` scope.
         */
        get: operations["verifyCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-sharing/partner-certificates/{claimId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate the buyer has claimed
         * @description Recomputes both signatures over the record rebuilt from the stored certificate and the whole audit hash chain, as they stand now, and checks that the signatures are the ones the `signed` audit event recorded at capture. It also checks the certificate's whole access log (`access_log`) against the audit chain's commitments to it, and its stored shares and claims (`claims_recorded`; for a buyer, its own share and claim) against the `shared`, `claimed` and `compliance_checked` events that recorded them. Each verification is itself recorded as a `verified` event on the access log, within seconds (the answer does not wait for it). For a buyer it also checks `compliance_recorded`: that the claim's compliance result is the one the `compliance_checked` event recorded for this very claim (the one appended with the `claimed` event naming its token).
         *
         *     Needs a session or an API key with the `evidence:read` scope.
         */
        get: operations["verifyClaimedCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/econsent/keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public Ed25519 keys that verify certificate signatures
         * @description A JWK set of every Ed25519 key that has signed certificates, including retired ones, so old certificates keep verifying, and the note verifier key of the transparency log's checkpoints. No authentication.
         *
         *     No credential needed.
         */
        get: operations["getSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The log's latest signed checkpoint
         * @description A C2SP tlog-checkpoint: a signed note whose text is the log's origin, its size and its root hash (base64), signed with the log's Ed25519 note key (listed in /.well-known/econsent/keys.json as `transparency_log.verifier_key`), followed by witnesses' cosignature lines (C2SP tlog-cosignature) over the same checkpoint. A new one is published within seconds of new events. Keep the ones you fetch: a later checkpoint that does not extend them proves the log was rewritten.
         *
         *     No credential needed.
         */
        get: operations["getLogCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/proof/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proof that a tree of the log contains an older one
         * @description The RFC 9162 consistency proof that the tree of `to` entries contains the tree of `from` entries unchanged, as its first `from` entries. `to` is at most the latest checkpoint's size.
         *
         *     No credential needed.
         */
        get: operations["getLogConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/cosignatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand in a witness's cosignature of the latest checkpoint
         * @description A witness that has verified the latest checkpoint (its signature and its consistency with the ones the witness keeps) sends its cosignature here; the log checks it and hands it out with the checkpoint. Only the latest cosignature of each witness key is kept. Anyone may run a witness: `npx econsent monitor --cosign`.
         *
         *     No credential needed.
         */
        post: operations["addLogCosignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company's endpoints, newest first
         * @description Secrets are never shown again.
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register an endpoint for events
         * @description Answers with the endpoint and its signing secret, shown once. Every delivery is a POST with the headers webhook-id, webhook-timestamp and webhook-signature (Standard Webhooks: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`). A company has at most 20 endpoints.
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company's events, newest first, to replay missed ones
         * @description Every event made for the company (once, however many of its endpoints received it), with the exact body sent and its delivery to each endpoint. Walk it after an outage to find what the receiver missed, and have any delivery sent again with the retry operation. Events stay as long as their deliveries: deleting an endpoint deletes its deliveries. Test pings are not events and are not listed.
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One endpoint, and whether it is failing or disabled
         * @description Only the company that registered it sees it.
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint and its deliveries
         * @description Nothing more is sent to it.
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint's URL or events, or disable or enable it
         * @description Enabling an endpoint (also one disabled for failing) clears its failure record; deliveries that died meanwhile can be retried by hand.
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace an endpoint's signing secret
         * @description Answers with the new secret, shown once. For 24 hours deliveries carry two signatures (new and previous secret, space-separated in webhook-signature), so a receiver can switch without rejecting events; then only the new one. Rotating again within those 24 hours drops the oldest.
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's deliveries, newest first
         * @description One row per event sent to this endpoint: its status, attempts, the last answer and when the next attempt is due. A failed attempt is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h; then the delivery is dead.
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again now
         * @description Any delivery (dead, pending or delivered) is sent again at once, with the same webhook-id and body, and starts a new retry schedule. The endpoint must be enabled (CONFLICT otherwise).
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event to an endpoint
         * @description Queues a `ping` event to this endpoint only, whatever events it subscribes to, signed and delivered like any event (retried the same way when it fails). Answers with the delivery, which the endpoint's deliveries list too. The endpoint must be enabled (CONFLICT otherwise).
         *
         *     Needs a session or an API key with the `webhooks:manage` scope.
         */
        post: operations["pingWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify an evidence bundle in the browser, offline
         * @description A self-contained page where anyone checks an evidence bundle (and optionally a saved keys.json and the access log) in the browser, with the same checks as `npx econsent verify`. The files never leave the browser; the page makes no request, and works saved to disk and opened without a network.
         *
         *     No credential needed.
         */
        get: operations["getBundleVerifierPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The capture script for publishers' form pages
         * @description Put a `script` element with `src` https://<this service>/capture.js, `data-property` set to the property's id and `async` on a form page of a registered property (the README shows the tag). The script opens a capture session, puts its certificate id into every form (hidden input `econsent_certificate_id`), records the page with every input value masked, and on submit reports the consent notice as shown, the opt-in, how each field was filled (never its value) and the lead's email and phone (kept only as hashes); the certificate is then `witnessed`. Elements marked `data-econsent-block` are not recorded.
         *
         *     No credential needed.
         */
        get: operations["getCaptureScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/tile/{tile_path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tile or entry bundle of the log (C2SP tlog-tiles)
         * @description `tile_path` is a C2SP tlog-tiles path below tile/, with its slashes: `<level>/<index>[.p/<width>]` for a tile of 256 (or, partial, `width`) SHA-256 hashes, `entries/<index>[.p/<width>]` for an entry bundle (each entry: a big-endian 16-bit length, then the event's 32-byte hash). `index` is written in groups of three digits, all but the last prefixed with x (1234067 → x001/x234/067). Full tiles never change and are cached for a year; a partial tile may be replaced by a wider one, then the full one.
         *
         *     No credential needed.
         */
        get: operations["getLogTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "certificate.shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The certificate.shared event
         * @description To the buyer a share targets (auto-shares and batch jobs included), once the share is stored.
         *
         *     Sent as a POST with the headers `webhook-id` (the event id: the same on every attempt, use it to ignore duplicates), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint's secret; two space-separated signatures for 24 h after a rotation), as the Standard Webhooks specification describes; its libraries verify them. The `User-Agent` is `econsent-webhooks/1.0 (+<this API's /docs>)`. Answer 2xx within 10 s. Anything else (an error, a timeout, a redirect) is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; then the delivery is dead.
         */
        post: operations["webhook_certificate_shared"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "certificate.claimed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The certificate.claimed event
         * @description To the publisher, once a buyer's claim is stored (status claimed or flagged), with the outcome of the buyer's consent rules (pass or warn) and nothing of the rules themselves: no phrases, score, grade, lead match or rule names, as in the publisher's history of the certificate. Not sent to the buyer, which has its full result in the claim's answer.
         *
         *     Sent as a POST with the headers `webhook-id` (the event id: the same on every attempt, use it to ignore duplicates), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint's secret; two space-separated signatures for 24 h after a rotation), as the Standard Webhooks specification describes; its libraries verify them. The `User-Agent` is `econsent-webhooks/1.0 (+<this API's /docs>)`. Answer 2xx within 10 s. Anything else (an error, a timeout, a redirect) is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; then the delivery is dead.
         */
        post: operations["webhook_certificate_claimed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "certificate.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The certificate.rejected event
         * @description To the publisher, once a claim rejected by the buyer's reject-mode rules is stored, with the outcome (reject) and nothing of the rules themselves: no phrases, score, grade, lead match or rule names. Not sent to the buyer, which has its full result in the claim's answer.
         *
         *     Sent as a POST with the headers `webhook-id` (the event id: the same on every attempt, use it to ignore duplicates), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint's secret; two space-separated signatures for 24 h after a rotation), as the Standard Webhooks specification describes; its libraries verify them. The `User-Agent` is `econsent-webhooks/1.0 (+<this API's /docs>)`. Answer 2xx within 10 s. Anything else (an error, a timeout, a redirect) is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; then the delivery is dead.
         */
        post: operations["webhook_certificate_rejected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "token.expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The token.expiring event
         * @description To the publisher, once per token, 7 days before an unclaimed token expires (a daily run).
         *
         *     Sent as a POST with the headers `webhook-id` (the event id: the same on every attempt, use it to ignore duplicates), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint's secret; two space-separated signatures for 24 h after a rotation), as the Standard Webhooks specification describes; its libraries verify them. The `User-Agent` is `econsent-webhooks/1.0 (+<this API's /docs>)`. Answer 2xx within 10 s. Anything else (an error, a timeout, a redirect) is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; then the delivery is dead.
         */
        post: operations["webhook_token_expiring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "job.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The job.completed event
         * @description To the company that created a batch job, once it has ended (completed, partially_failed, failed or cancelled).
         *
         *     Sent as a POST with the headers `webhook-id` (the event id: the same on every attempt, use it to ignore duplicates), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint's secret; two space-separated signatures for 24 h after a rotation), as the Standard Webhooks specification describes; its libraries verify them. The `User-Agent` is `econsent-webhooks/1.0 (+<this API's /docs>)`. Answer 2xx within 10 s. Anything else (an error, a timeout, a redirect) is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; then the delivery is dead.
         */
        post: operations["webhook_job_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The ping event
         * @description To one endpoint, when its company asks for it (POST /webhooks/{id}/ping), whatever events it subscribes to: signed and delivered like any event, and listed in the endpoint's deliveries, so a receiver's URL, signature check and answer can be tried end to end. Never sent otherwise; not in the events list.
         *
         *     Sent as a POST with the headers `webhook-id` (the event id: the same on every attempt, use it to ignore duplicates), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint's secret; two space-separated signatures for 24 h after a rotation), as the Standard Webhooks specification describes; its libraries verify them. The `User-Agent` is `econsent-webhooks/1.0 (+<this API's /docs>)`. Answer 2xx within 10 s. Anything else (an error, a timeout, a redirect) is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; then the delivery is dead.
         */
        post: operations["webhook_ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        CertificateSharedEvent: {
            /** @enum {string} */
            type: "certificate.shared";
            /** @description The event's id, also sent as the webhook-id header */
            id: string;
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CertificateSharedEventData"];
        };
        CertificateSharedEventData: {
            /** @description The certificate shared */
            certificate_id: string;
            /**
             * Format: int64
             * @description The share's row in your inbox
             */
            claim_id: number;
            /** @description The share's token (the token itself goes only to the publisher) */
            claim_token_id: string;
            /** @description Who shared it */
            publisher_company_id: string;
            /** @enum {string} */
            access_level: "claim" | "read";
            /** Format: date-time */
            expires_at: string;
            /** @description Made by an auto-share partnership */
            auto_share: boolean;
            links: {
                /** @description POST here to claim it; null for a read-only share */
                claim: string | null;
                /** @description Your inbox */
                inbox: string;
            };
        };
        CertificateClaimedEvent: {
            /** @enum {string} */
            type: "certificate.claimed";
            /** @description The event's id, also sent as the webhook-id header */
            id: string;
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CertificateClaimedEventData"];
        };
        CertificateClaimedEventData: {
            /** @description Your certificate */
            certificate_id: string;
            /**
             * Format: int64
             * @description The buyer's claim
             */
            claim_id: number;
            /** @description The token claimed */
            claim_token_id: string;
            /** @description Who claimed it */
            buyer_company_id: string;
            /**
             * @description flagged: claimed with a warn-mode rule failing; rejected: a reject-mode rule failed
             * @enum {string}
             */
            status: "claimed" | "flagged" | "rejected";
            /** Format: date-time */
            claimed_at: string;
            compliance: components["schemas"]["ClaimOutcomeForPublisher"];
            links: {
                /** @description The certificate */
                certificate: string;
                /** @description Its verification */
                verify: string;
            };
        };
        /** @description The outcome of the buyer's consent rules: pass, warn or reject. The phrases, score, grade, lead match and rule names are the buyer's and are never sent to the publisher. */
        ClaimOutcomeForPublisher: {
            /** @enum {string} */
            status: "pass" | "warn" | "reject";
        };
        CertificateRejectedEvent: {
            /** @enum {string} */
            type: "certificate.rejected";
            /** @description The event's id, also sent as the webhook-id header */
            id: string;
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["CertificateClaimedEventData"];
        };
        TokenExpiringEvent: {
            /** @enum {string} */
            type: "token.expiring";
            /** @description The event's id, also sent as the webhook-id header */
            id: string;
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["TokenExpiringEventData"];
        };
        TokenExpiringEventData: {
            /** @description The unclaimed token */
            claim_token_id: string;
            /** @description Its certificate */
            certificate_id: string;
            /** @description The company it was shared with; null for an open token */
            target_company_id: string | null;
            /** Format: date-time */
            expires_at: string;
            links: {
                /** @description The certificate */
                certificate: string;
            };
        };
        JobCompletedEvent: {
            /** @enum {string} */
            type: "job.completed";
            /** @description The event's id, also sent as the webhook-id header */
            id: string;
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["JobCompletedEventData"];
        };
        JobCompletedEventData: {
            /** @description The batch job */
            job_id: string;
            /** @enum {string} */
            type: "batch_share";
            /** @enum {string} */
            status: "completed" | "partially_failed" | "failed" | "cancelled";
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            succeeded: number;
            /** Format: int32 */
            failed: number;
            /** Format: date-time */
            completed_at: string;
            links: {
                /** @description The job */
                job: string;
                /** @description Its results */
                results: string;
            };
        };
        PingEvent: {
            /** @enum {string} */
            type: "ping";
            /** @description evt_ping_ + the delivery's id, also sent as the webhook-id header */
            id: string;
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["PingEventData"];
        };
        PingEventData: {
            /** @description The endpoint tested */
            endpoint_id: string;
            /** @description A fixed sentence; nothing to act on */
            message: string;
        };
        /**
         * @example {
         *       "property_id": "67fa8d40a96f513ae019c85c",
         *       "page_url": "https://forms.leadgen.example/quote"
         *     }
         */
        CaptureSessionRequest: {
            property_id: string;
            /**
             * Format: uri
             * @description The form page's address; it must be on the request's Origin.
             */
            page_url: string;
        };
        /**
         * @example {
         *       "chunk_count": 3,
         *       "notice": {
         *         "text": "By clicking Submit, I agree that Acme Insurance may call me, including by autodialer.",
         *         "font_size_px": 14,
         *         "contrast_ratio": 7.2,
         *         "visible": true
         *       },
         *       "optin": "checked_by_consumer",
         *       "seconds_on_page": 42.3,
         *       "fields": [
         *         {
         *           "name": "email",
         *           "kind": "email",
         *           "filled": "typed"
         *         }
         *       ],
         *       "lead": {
         *         "email": "jane@example.com",
         *         "phone": "(555) 010-0000"
         *       }
         *     }
         */
        CaptureSubmitRequest: {
            /**
             * Format: int32
             * @description How many recording chunks the session uploaded: chunks 0 to chunk_count - 1 make the recording (at most 200).
             */
            chunk_count: number;
            notice: {
                /** @description The consent notice as the page rendered it: it becomes the certificate's consent_text. */
                text: string;
                font_size_px: number;
                /** @description WCAG 2 contrast ratio of the notice's text against its background. */
                contrast_ratio: number;
                /** @description Whether any of the notice was inside the viewport. */
                visible: boolean;
            };
            /** @enum {string} */
            optin: "checked_by_consumer" | "prechecked" | "none";
            seconds_on_page: number;
            fields: {
                name: string;
                /** @enum {string} */
                kind: "email" | "phone" | "other";
                /** @enum {string} */
                filled: "typed" | "pasted" | "autofilled" | "empty";
            }[];
            lead?: components["schemas"]["LeadContact"];
        };
        /** @description Compared after normalising: email trimmed and lower-cased; phone reduced to its digits, a 10-digit (US) number prefixed with +1, any other with + (so +1 555 010 0000, 1-555-010-0000 and (555) 010-0000 agree). Spaces around either and capitals in the email are accepted: " Jane.Doe@Example.COM " is the same lead as "jane.doe@example.com". */
        LeadContact: {
            /**
             * Format: email
             * @description Checked once trimmed and lower-cased: spaces around it and capitals are accepted.
             * @example ops@leadgen.example
             */
            email?: string;
            /** @description Checked once trimmed: spaces around it are accepted. */
            phone?: string;
        };
        ShareJobResultLine: {
            certificate_id: string;
            claim_token?: string;
            claim_url?: string;
            expires_at?: string;
            error?: {
                code: string;
                message: string;
            };
        };
        /**
         * @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest.
         * @example 6f1c2d4e-share-lead-48213
         */
        IdempotencyKey: string;
        Account: {
            user: {
                id: string;
                email: string;
            };
            company: {
                id: string;
                name: string;
            };
        };
        Error: {
            error: {
                /** @enum {string} */
                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNAUTHORIZED" | "FORBIDDEN" | "CROSS_SITE_REQUEST" | "INSUFFICIENT_SCOPE" | "ORIGIN_NOT_ALLOWED" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "NOT_ACCEPTABLE" | "CONFLICT" | "ALREADY_CLAIMED" | "CAPTURE_SESSION_CLOSED" | "CAPTURE_CHUNKS_MISSING" | "TOKEN_EXPIRED" | "RESULTS_EXPIRED" | "IDEMPOTENCY_IN_FLIGHT" | "IDEMPOTENCY_KEY_REUSED" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR";
                message: string;
                request_id: string;
                fields?: {
                    field: string;
                    message: string;
                }[];
                details?: {
                    [key: string]: unknown;
                };
            };
        };
        Me: {
            user: {
                id: string;
                email: string;
            } | null;
            company: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            authenticated_via: "session" | "api_key";
        };
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /** @description The secret. Shown once; only its hash is stored. */
            key: string;
        };
        ApiKey: {
            id: string;
            name: string;
            key_prefix: string;
            /** @description What the key may do */
            scopes: ("certificates:write" | "certificates:read" | "sharing:write" | "claims:write" | "evidence:read" | "rules:write" | "partners:write" | "webhooks:manage")[];
            created_at: string;
            /** @description When the key stops working; null: never */
            expires_at: string | null;
            /** @description When the key last authenticated a request, to the minute; null: never used */
            last_used_at: string | null;
        };
        ApiKeyPage: {
            data: components["schemas"]["ApiKey"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
        };
        Property: {
            /** @example 67fa8d40a96f513ae019c85c */
            id: string;
            company_id: string;
            /** @example forms.leadgen.com */
            domain: string;
            name: string | null;
            created_at: string;
        };
        PropertyPage: {
            data: components["schemas"]["Property"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
        };
        Certificate: {
            /** @example EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10 */
            certificate_id: string;
            publisher_company_id: string;
            property_id: string;
            consent_text: string;
            page_url: string;
            consent_captured_at: string;
            created_at: string;
            consumer: {
                ip: string | null;
                user_agent: string | null;
            };
            geo: {
                country: string | null;
                state: string | null;
                city: string | null;
            };
            recording_url: string | null;
            lead: {
                email_sha256: string | null;
                phone_sha256: string | null;
            };
            /** @enum {string} */
            source?: "asserted" | "witnessed";
            witness?: {
                origin: string;
                session_started_at: string;
                seconds_on_page: number;
                notice: {
                    font_size_px: number;
                    contrast_ratio: number;
                    visible: boolean;
                };
                /** @enum {string} */
                optin: "checked_by_consumer" | "prechecked" | "none";
                fields: {
                    name: string;
                    /** @enum {string} */
                    kind: "email" | "phone" | "other";
                    /** @enum {string} */
                    filled: "typed" | "pasted" | "autofilled" | "empty";
                }[];
                recording: {
                    chunks: string[];
                    total_bytes: number;
                };
            };
            signature: {
                /** @enum {string} */
                algorithm: "HMAC-SHA256";
                key_id: string;
                value: string;
            };
            /** @description Every signature over the canonical record. Ed25519 ones verify with the public keys at /.well-known/econsent/keys.json. */
            signatures: {
                /** @enum {string} */
                algorithm: "HMAC-SHA256" | "Ed25519";
                key_id: string;
                /** @description HMAC: lowercase hex; Ed25519: base64url */
                value: string;
            }[];
        };
        CertificateHistory: {
            /** @enum {string} */
            format: "econsent-certificate-history";
            /** @enum {number} */
            version: 1;
            certificate_id: string;
            /** @description The audit chain: every share and claim in full, each buyer's compliance result as a commitment */
            audit_chain: ({
                /**
                 * @description Shown only as a commitment: the event concerns another party
                 * @enum {boolean}
                 */
                redacted: true;
                seq: number;
                event_type: string;
                created_at: string;
                /**
                 * @description How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)
                 * @enum {string}
                 */
                form: "legacy" | "salted";
                /** @description SHA-256 hex of the salt and the event's content, present exactly when salted */
                leaf?: string;
                prev_hash: string;
                hash: string;
            } | {
                certificate_id: string;
                seq: number;
                event_type: string;
                actor_company_id: string | null;
                actor_user_id: string | null;
                ip: string | null;
                /** @description Canonical JSON, exactly as hashed */
                details: string;
                created_at: string;
                prev_hash: string;
                hash: string;
                /**
                 * @description How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)
                 * @enum {string}
                 */
                form: "legacy" | "salted";
                /** @description The event's random salt (hex), present exactly when form is salted */
                salt?: string;
            })[];
            /** @description The access log, this read included: the publisher's own accesses in full, buyers' as commitments */
            access_log: ({
                /**
                 * @description Shown only as a commitment: the event concerns another party
                 * @enum {boolean}
                 */
                redacted: true;
                seq: number;
                event_type: string;
                created_at: string;
                /**
                 * @description How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)
                 * @enum {string}
                 */
                form: "legacy" | "salted";
                /** @description SHA-256 hex of the salt and the event's content, present exactly when salted */
                leaf?: string;
                prev_hash: string;
                hash: string;
            } | {
                certificate_id: string;
                seq: number;
                event_type: string;
                actor_company_id: string | null;
                actor_user_id: string | null;
                ip: string | null;
                /** @description Canonical JSON, exactly as hashed */
                details: string;
                created_at: string;
                prev_hash: string;
                hash: string;
                /**
                 * @description How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)
                 * @enum {string}
                 */
                form: "legacy" | "salted";
                /** @description The event's random salt (hex), present exactly when form is salted */
                salt?: string;
            })[];
        };
        CertificatePage: {
            data: components["schemas"]["Certificate"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
            /** Format: int32 */
            page: number;
            /** Format: int64 */
            total: number;
        };
        CaptureSession: {
            session_id: string;
            /** @description The same id: it becomes the certificate's. */
            certificate_id: string;
            /** @description 64 hex characters: authorizes the session's uploads and submit. Shown once. */
            upload_key: string;
            /** @description 24 hours after the session opened. */
            expires_at: string;
            /** @example 61440 */
            max_chunk_bytes: number;
            /** @example 200 */
            max_chunks: number;
        };
        CaptureChunkReceipt: {
            session_id: string;
            seq: number;
            /** @description Lowercase hex SHA-256 of the bytes as received. */
            sha256: string;
            bytes: number;
        };
        CaptureSubmitted: {
            certificate_id: string;
            /** @enum {string} */
            source: "witnessed";
        };
        ConsentRule: {
            /** @example 7 */
            id: number;
            /** @example TCPA Express Consent */
            rule_name: string;
            /**
             * @example [
             *       "Acme Insurance",
             *       "autodialer",
             *       "consent is not required as a condition of purchase"
             *     ]
             */
            required_phrases: string[];
            forbidden_phrases: string[];
            /** @description The pasted disclosure, when the rule was made from one */
            consent_text: string | null;
            /**
             * @description warn: flag a failing certificate but let it be claimed; reject: refuse it
             * @enum {string}
             */
            mode: "warn" | "reject";
            /** @description Where the rule applies; empty means every state */
            states: string[];
            /** @description The lead (email, phone) the buyer gives when claiming or checking must match the one captured: the rule fails, in its mode, unless at least one given field matches and none mismatches. */
            require_lead_match: boolean;
            /** @description The certificate must be witnessed by our capture script (`source: witnessed`), not only asserted by the publisher's server. */
            require_witnessed: boolean;
            /** @description The consent notice's rendered font size must be at least this many CSS pixels. Checked against what our capture script measured on the form page: an asserted certificate (captured through the API, page not witnessed) fails it. */
            min_font_size_px: number | null;
            /** @description The consent notice's WCAG 2 contrast ratio against its background must be at least this (4.5 is WCAG AA for body text, 7 AAA). Checked against what our capture script measured on the form page: an asserted certificate (captured through the API, page not witnessed) fails it. */
            min_contrast_ratio: number | null;
            /** @description The opt-in control must not have been ticked when the page loaded. Checked against what our capture script measured on the form page: an asserted certificate (captured through the API, page not witnessed) fails it. */
            forbid_prechecked_optin: boolean;
            created_at: string;
            updated_at: string;
        };
        /**
         * @example {
         *       "rule_name": "TCPA Express Consent",
         *       "required_phrases": [
         *         "Acme Insurance",
         *         "autodialer",
         *         "consent is not required as a condition of purchase"
         *       ],
         *       "mode": "reject",
         *       "states": [
         *         "FL"
         *       ]
         *     }
         */
        ConsentRuleInput: {
            rule_name: string;
            required_phrases?: string[];
            forbidden_phrases?: string[];
            /** @description A whole disclosure to require: it is split into sentences and each becomes a required phrase, after any given in required_phrases */
            consent_text?: string;
            /**
             * @description warn: flag a failing certificate but let it be claimed; reject: refuse it
             * @enum {string}
             */
            mode: "warn" | "reject";
            /** @description US state codes; absent or empty: every state */
            states?: string[];
            /** @description The lead (email, phone) the buyer gives when claiming or checking must match the one captured: the rule fails, in its mode, unless at least one given field matches and none mismatches. Default false. */
            require_lead_match?: boolean;
            /** @description The certificate must be witnessed by our capture script (`source: witnessed`), not only asserted by the publisher's server. Default false. */
            require_witnessed?: boolean;
            /** @description The consent notice's rendered font size must be at least this many CSS pixels. Checked against what our capture script measured on the form page: an asserted certificate (captured through the API, page not witnessed) fails it. Default: none. */
            min_font_size_px?: number;
            /** @description The consent notice's WCAG 2 contrast ratio against its background must be at least this (4.5 is WCAG AA for body text, 7 AAA). Checked against what our capture script measured on the form page: an asserted certificate (captured through the API, page not witnessed) fails it. Default: none. */
            min_contrast_ratio?: number;
            /** @description The opt-in control must not have been ticked when the page loaded. Checked against what our capture script measured on the form page: an asserted certificate (captured through the API, page not witnessed) fails it. Default false. */
            forbid_prechecked_optin?: boolean;
        };
        ConsentRulePage: {
            data: components["schemas"]["ConsentRule"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
        };
        ComplianceResult: {
            score: number;
            matched: string[];
            missing: string[];
            forbidden_found: string[];
            /** @enum {string} */
            status: "pass" | "warn" | "reject";
            /** @enum {string} */
            grade: "full" | "partial" | "failed";
            rules_evaluated: number;
            state: string | null;
            rules: {
                rule_id: number | string;
                rule_name: string;
                /** @enum {string} */
                mode: "warn" | "reject";
                /** @enum {boolean} */
                applies: true;
                matched: string[];
                missing: string[];
                forbidden_found: string[];
                passed: boolean;
                score: number;
                /** @enum {string} */
                lead_match?: "passed" | "failed";
                page_checks?: {
                    /** @enum {string} */
                    check: "witnessed" | "min_font_size_px" | "min_contrast_ratio" | "forbid_prechecked_optin";
                    required: boolean | number;
                    actual: boolean | number | ("checked_by_consumer" | "prechecked" | "none") | null;
                    passed: boolean;
                }[];
            }[];
            skipped_rules: {
                rule_id: number | string;
                rule_name: string;
                /** @enum {string} */
                reason: "state";
            }[];
            lead_match?: {
                /** @enum {string} */
                email: "match" | "mismatch" | "not_provided" | "not_captured";
                /** @enum {string} */
                phone: "match" | "mismatch" | "not_provided" | "not_captured";
            };
        };
        Partner: {
            /** @example 1 */
            id: number;
            /** @example 67fa8d40a96f513ae019c85c */
            property_id: string;
            /** @example 67fa8acb61f623d0e200ec4d */
            publisher_company_id: string;
            /** @example 68a1b2c3d4e5f6a7b8c9d0e1 */
            partner_company_id: string;
            /**
             * @description claim: the partner can claim shared certificates into its account; read: it can only view them
             * @enum {string}
             */
            access_level: "claim" | "read";
            /** @description Share every new certificate from the property automatically */
            auto_share: boolean;
            /** @enum {string} */
            status: "active" | "revoked";
            /** @example 2026-04-18T12:00:00.000Z */
            created_at: string;
        };
        PartnerPage: {
            data: components["schemas"]["Partner"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
        };
        ShareResult: {
            /** @example clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4 */
            claim_token: string;
            claim_url: string;
            expires_at: string;
        };
        BatchShareResult: components["schemas"]["ShareResult"] & {
            index: number;
            /** @enum {boolean} */
            ok: true;
            certificate_id: string;
        };
        BatchItemError: {
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNAUTHORIZED" | "FORBIDDEN" | "CROSS_SITE_REQUEST" | "INSUFFICIENT_SCOPE" | "ORIGIN_NOT_ALLOWED" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "NOT_ACCEPTABLE" | "CONFLICT" | "ALREADY_CLAIMED" | "CAPTURE_SESSION_CLOSED" | "CAPTURE_CHUNKS_MISSING" | "TOKEN_EXPIRED" | "RESULTS_EXPIRED" | "IDEMPOTENCY_IN_FLIGHT" | "IDEMPOTENCY_KEY_REUSED" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR";
            message: string;
        };
        ClaimSummary: {
            certificate_id: string;
            publisher_name: string;
            property_domain: string;
            consent_captured_at: string;
            /** @description A session recording exists: a replay link the publisher sent, or the witnessed recording. */
            has_recording: boolean;
            /**
             * @description `asserted`: what the publisher's server sent (POST /certificates). `witnessed`: made by the capture script on the form page, from what it measured there (POST /capture/sessions/{id}/submit).
             * @enum {string}
             */
            source: "asserted" | "witnessed";
            signals: components["schemas"]["WitnessSignals"];
            /** @enum {string} */
            status: "pending" | "claimed" | "expired";
            expires_at: string;
        };
        /** @description What the capture script measured on the form page (witnessed certificates only; null for asserted ones). Field values are never recorded, only how each field was filled. */
        WitnessSignals: {
            notice: {
                font_size_px: number;
                /** @description WCAG 2 contrast ratio of the notice, 1 to 21 */
                contrast_ratio: number;
                /** @description Whether the notice was ever inside the viewport */
                visible: boolean;
            };
            /** @enum {string} */
            optin: "checked_by_consumer" | "prechecked" | "none";
            seconds_on_page: number;
            fields: {
                name: string;
                /** @enum {string} */
                kind: "email" | "phone" | "other";
                /** @enum {string} */
                filled: "typed" | "pasted" | "autofilled" | "empty";
            }[];
            recording: {
                /** @description How many chunks the session recording has */
                chunks: number;
                total_bytes: number;
            };
        } | null;
        ClaimResult: {
            claim_id: number;
            certificate_id: string;
            /** @enum {string} */
            status: "claimed" | "rejected";
            claimed_at: string;
            compliance: components["schemas"]["ComplianceSummary"];
            lead_match: components["schemas"]["LeadMatch"];
        };
        ComplianceSummary: {
            score: number;
            matched: string[];
            missing: string[];
            forbidden_found: string[];
            /** @enum {string} */
            status: "pass" | "warn" | "reject";
            /** @enum {string} */
            grade: "full" | "partial" | "failed";
            rules_evaluated: number;
            lead_match?: {
                /** @enum {string} */
                email: "match" | "mismatch" | "not_provided" | "not_captured";
                /** @enum {string} */
                phone: "match" | "mismatch" | "not_provided" | "not_captured";
            };
        };
        /** @description The lead the buyer named compared with the one captured, by SHA-256 of the normalised values: match, mismatch, not_provided (the buyer named none), not_captured (the certificate holds none). */
        LeadMatch: {
            /** @enum {string} */
            email: "match" | "mismatch" | "not_provided" | "not_captured";
            /** @enum {string} */
            phone: "match" | "mismatch" | "not_provided" | "not_captured";
        };
        TokenCheck: {
            index: number;
            /** @enum {boolean} */
            ok: true;
            summary: components["schemas"]["ClaimSummary"];
            claimable: boolean;
            not_claimable: components["schemas"]["BatchItemError"] | null;
            compliance: components["schemas"]["ComplianceSummary"];
            lead_match: components["schemas"]["LeadMatch"];
            signatures: {
                hmac: boolean;
                ed25519: boolean;
            };
        };
        QueuedShareJob: {
            id: string;
            /** @enum {string} */
            type: "batch_share";
            /**
             * @description completed: every certificate shared; partially_failed: some were not (not yours, or a chunk that kept failing or kept being lost: see error); failed: none was; cancelled: stopped on request, the counts say what was done before
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "partially_failed" | "failed" | "cancelled";
            /** Format: int32 */
            total: number;
            /** Format: date-time */
            created_at: string;
        };
        ShareJobPage: {
            data: components["schemas"]["ShareJob"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
        };
        ShareJob: {
            id: string;
            /** @enum {string} */
            type: "batch_share";
            /**
             * @description completed: every certificate shared; partially_failed: some were not (not yours, or a chunk that kept failing or kept being lost: see error); failed: none was; cancelled: stopped on request, the counts say what was done before
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "partially_failed" | "failed" | "cancelled";
            target_company_id: string | null;
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            succeeded: number;
            /** Format: int32 */
            failed: number;
            /**
             * Format: double
             * @description Certificates with a result (succeeded + failed) over total, rounded down to 4 places: brought up to date, with succeeded and failed, as each chunk of up to 1,000 ends. 1 once every certificate has its result (and for a job with nothing to share); a cancelled job keeps what it reached.
             * @example 0.5
             */
            progress: number;
            /** @description Why certificates failed, once the job has ended with some failed; else null */
            error: {
                code: string;
                message: string;
            } | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            completed_at: string | null;
            /**
             * Format: date-time
             * @description After this, results are deleted and only the counts remain
             */
            results_expire_at: string | null;
        };
        PartnerCertificatePage: {
            data: components["schemas"]["PartnerCertificate"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
            /**
             * Format: int32
             * @description The page number asked for; only with `?page=`
             */
            page?: number;
            /**
             * Format: int64
             * @description How many items match, over all pages; only with `?page=`
             */
            total?: number;
        };
        PartnerCertificate: {
            claim_id: number;
            certificate_id: string;
            /** @enum {string} */
            status: "pending" | "claimed" | "flagged" | "rejected";
            /** @enum {string} */
            access_level: "claim" | "read";
            publisher_company_id: string;
            publisher_name: string;
            property_domain: string;
            consent_captured_at: string;
            /** @description A session recording exists: a replay link the publisher sent, or the witnessed recording. */
            has_recording: boolean;
            /**
             * @description `asserted`: what the publisher's server sent (POST /certificates). `witnessed`: made by the capture script on the form page, from what it measured there (POST /capture/sessions/{id}/submit).
             * @enum {string}
             */
            source: "asserted" | "witnessed";
            signals: components["schemas"]["WitnessSignals"];
            shared_at: string;
            expires_at: string;
            claimed_at: string | null;
            compliance: {
                score: number;
                status: string;
                grade: string;
                missing: string[];
            } | null;
        };
        Evidence: {
            claim_id: number;
            certificate_id: string;
            /** @enum {string} */
            status: "claimed" | "flagged" | "rejected";
            consent_text: string;
            page_url: string;
            publisher: {
                company_id: string;
                name: string;
            };
            property: {
                id: string;
                domain: string;
            };
            timestamps: {
                consent_captured_at: string;
                created_at: string;
                shared_at: string;
                claimed_at: string;
                token_expires_at: string;
            };
            consumer: {
                ip: string | null;
                user_agent: string | null;
            };
            geo: {
                country: string | null;
                state: string | null;
                city: string | null;
            };
            lead: {
                email_sha256: string | null;
                phone_sha256: string | null;
            };
            /** @description A witnessed certificate: this buyer's replay page, which checks the recording against the signed record before playing it. An asserted one: the publisher's recording_url, or null */
            session_replay_url: string | null;
            /**
             * @description `asserted`: what the publisher's server sent (POST /certificates). `witnessed`: made by the capture script on the form page, from what it measured there (POST /capture/sessions/{id}/submit).
             * @enum {string}
             */
            source: "asserted" | "witnessed";
            /** @description What the capture script witnessed on the form page, as signed in the certificate's record (witnessed certificates; null for asserted ones): the page's origin, when the session started, the notice's size, contrast and visibility, the opt-in, time on page, how each field was filled, and the recording's manifest (each chunk's SHA-256 in order, and their total bytes). */
            witness: {
                origin: string;
                session_started_at: string;
                seconds_on_page: number;
                notice: {
                    font_size_px: number;
                    contrast_ratio: number;
                    visible: boolean;
                };
                /** @enum {string} */
                optin: "checked_by_consumer" | "prechecked" | "none";
                fields: {
                    name: string;
                    /** @enum {string} */
                    kind: "email" | "phone" | "other";
                    /** @enum {string} */
                    filled: "typed" | "pasted" | "autofilled" | "empty";
                }[];
                recording: {
                    chunks: string[];
                    total_bytes: number;
                };
            } | null;
            signature: {
                /** @enum {string} */
                algorithm: "HMAC-SHA256";
                key_id: string;
                value: string;
                verified: boolean;
                verification_error?: string;
            };
            /** @description The result of the buyer's consent rules at claim time; null if none was recorded */
            compliance: {
                score: number;
                matched: string[];
                missing: string[];
                forbidden_found: string[];
                /** @enum {string} */
                status: "pass" | "warn" | "reject";
                /** @enum {string} */
                grade: "full" | "partial" | "failed";
                rules_evaluated: number;
                state: string | null;
                rules: {
                    rule_id: number | string;
                    rule_name: string;
                    /** @enum {string} */
                    mode: "warn" | "reject";
                    /** @enum {boolean} */
                    applies: true;
                    matched: string[];
                    missing: string[];
                    forbidden_found: string[];
                    passed: boolean;
                    score: number;
                    /** @enum {string} */
                    lead_match?: "passed" | "failed";
                    page_checks?: {
                        /** @enum {string} */
                        check: "witnessed" | "min_font_size_px" | "min_contrast_ratio" | "forbid_prechecked_optin";
                        required: boolean | number;
                        actual: boolean | number | ("checked_by_consumer" | "prechecked" | "none") | null;
                        passed: boolean;
                    }[];
                }[];
                skipped_rules: {
                    rule_id: number | string;
                    rule_name: string;
                    /** @enum {string} */
                    reason: "state";
                }[];
                lead_match?: {
                    /** @enum {string} */
                    email: "match" | "mismatch" | "not_provided" | "not_captured";
                    /** @enum {string} */
                    phone: "match" | "mismatch" | "not_provided" | "not_captured";
                };
            } | null;
            /** @description The whole audit chain as this buyer may see it: its own actions, the certificate's created and signed events and the share it claimed through in full (with each salted event's salt); every other event (another buyer's share, claim or compliance result) `redacted`, as its seq, type, time, leaf and hashes only. The chain verifies end to end either way (see the bundle's methods). */
            audit_trail: ({
                /** @enum {boolean} */
                redacted: true;
                seq: number;
                event_type: string;
                created_at: string;
                /** @enum {string} */
                form: "legacy" | "salted";
                leaf?: string;
                prev_hash: string;
                hash: string;
            } | {
                seq: number;
                event_type: string;
                actor_company_id: string | null;
                actor_user_id: string | null;
                ip: string | null;
                details: {
                    [key: string]: unknown;
                };
                created_at: string;
                /** @enum {string} */
                form: "legacy" | "salted";
                salt?: string;
                prev_hash: string;
                hash: string;
            })[];
            /** @description The access log (reads and verifications) with this read: its length, head hash, and where to get it */
            access_log: {
                events: number;
                head_hash: string;
                url: string;
            };
        };
        EvidenceBundle: {
            /** @enum {string} */
            format: "econsent-evidence-bundle";
            generated_at: string;
            /** @description Origin of the service that produced the bundle */
            issuer: string;
            /** @description Where the service publishes its Ed25519 public keys, to compare with public_keys */
            keys_url: string;
            methods: {
                canonicalization: string;
                certificate_signatures: string;
                bundle_signature: string;
                audit_chain: string;
                access_log?: string;
                disclosure?: string;
                signature_encoding?: string;
                lead_contact?: string;
                transparency_log?: string;
            };
            claim: {
                claim_id: number;
                /** @description The claim token's id, as the claimed audit event records it: which claim in the chain is this one. Bundles exported before it was added identify their claim by buyer and claimed_at. */
                claim_token_id?: string;
                /** @enum {string} */
                status: "claimed" | "flagged" | "rejected";
                buyer_company_id: string;
                publisher_name: string;
                property_domain: string;
                shared_at: string;
                claimed_at: string | null;
                token_expires_at: string;
            };
            /** @description The exact record both signatures cover, as RFC 8785 canonical JSON */
            certificate: {
                certificate_id: string;
                publisher_company_id: string;
                property_id: string;
                consent_text: string;
                page_url: string;
                consent_captured_at: string;
                created_at: string;
                consumer: {
                    ip: string | null;
                    user_agent: string | null;
                };
                geo: {
                    country: string | null;
                    state: string | null;
                    city: string | null;
                };
                recording_url: string | null;
                lead: {
                    email_sha256: string | null;
                    phone_sha256: string | null;
                };
                /** @enum {string} */
                source?: "asserted" | "witnessed";
                witness?: {
                    origin: string;
                    session_started_at: string;
                    seconds_on_page: number;
                    notice: {
                        font_size_px: number;
                        contrast_ratio: number;
                        visible: boolean;
                    };
                    /** @enum {string} */
                    optin: "checked_by_consumer" | "prechecked" | "none";
                    fields: {
                        name: string;
                        /** @enum {string} */
                        kind: "email" | "phone" | "other";
                        /** @enum {string} */
                        filled: "typed" | "pasted" | "autofilled" | "empty";
                    }[];
                    recording: {
                        chunks: string[];
                        total_bytes: number;
                    };
                };
            };
            signatures: {
                /** @enum {string} */
                algorithm: "HMAC-SHA256" | "Ed25519";
                key_id: string;
                value: string;
            }[];
            public_keys: {
                keys: {
                    /** @enum {string} */
                    kty: "OKP";
                    /** @enum {string} */
                    crv: "Ed25519";
                    x: string;
                    kid: string;
                    /** @enum {string} */
                    alg: "EdDSA";
                    /** @enum {string} */
                    use: "sig";
                }[];
            };
            /** @description The certificate's access log (evidence reads and verifications) as this export read it: its length and head hash. This export's own read is recorded on it within seconds, after the answer. The log itself is at `url`. Bundles exported before accesses had a log of their own carry them in audit_chain instead. */
            access_log?: {
                events: number;
                head_hash: string;
                url: string;
            };
            compliance: {
                [key: string]: unknown;
            } | null;
            verification: {
                valid: boolean;
                checks: {
                    check: string;
                    valid: boolean;
                    detail?: string;
                    broken_at_seq?: number;
                    event_id?: number;
                }[];
            };
            /** @description The service's Ed25519 signature over the canonical JSON of every other field of this bundle */
            bundle_signature: {
                /** @enum {string} */
                algorithm: "Ed25519";
                key_id: string;
                value: string;
            };
            /** @enum {number} */
            version: 3;
            /** @description The whole audit chain as the bundle's buyer may see it: the events that concern it in full, every other one as its commitment */
            audit_chain: ({
                /**
                 * @description Shown only as a commitment: the event concerns another party
                 * @enum {boolean}
                 */
                redacted: true;
                seq: number;
                event_type: string;
                created_at: string;
                /**
                 * @description How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)
                 * @enum {string}
                 */
                form: "legacy" | "salted";
                /** @description SHA-256 hex of the salt and the event's content, present exactly when salted */
                leaf?: string;
                prev_hash: string;
                hash: string;
            } | {
                certificate_id: string;
                seq: number;
                event_type: string;
                actor_company_id: string | null;
                actor_user_id: string | null;
                ip: string | null;
                /** @description Canonical JSON, exactly as hashed */
                details: string;
                created_at: string;
                prev_hash: string;
                hash: string;
                /**
                 * @description How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)
                 * @enum {string}
                 */
                form: "legacy" | "salted";
                /** @description The event's random salt (hex), present exactly when form is salted */
                salt?: string;
            })[];
            transparency: {
                /** @description The log's signed checkpoint note (C2SP tlog-checkpoint) at export */
                checkpoint: string;
                /** @description The log's note verifier key, as /.well-known/econsent/keys.json lists it under transparency_log */
                verifier_key: string;
                /** @description Each audit chain event in the checkpoint: its leaf index and inclusion proof */
                entries: {
                    seq: number;
                    log_index: number;
                    /** @description Base64 SHA-256 hashes, RFC 9162 §2.1.3 */
                    inclusion_proof: string[];
                }[];
                /** @description Seqs of events written too recently to be in the checkpoint: pending inclusion, within seconds */
                pending: number[];
            };
        };
        AccessLog: {
            /** @enum {string} */
            format: "econsent-access-log";
            /** @enum {number} */
            version: 2;
            certificate_id: string;
            claim_id: number;
            /** @description Every access in seq order: the caller's own in full, everyone else's as commitments */
            events: ({
                /**
                 * @description Shown only as a commitment: the event concerns another party
                 * @enum {boolean}
                 */
                redacted: true;
                seq: number;
                event_type: string;
                created_at: string;
                /**
                 * @description How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)
                 * @enum {string}
                 */
                form: "legacy" | "salted";
                /** @description SHA-256 hex of the salt and the event's content, present exactly when salted */
                leaf?: string;
                prev_hash: string;
                hash: string;
            } | {
                certificate_id: string;
                seq: number;
                event_type: string;
                actor_company_id: string | null;
                actor_user_id: string | null;
                ip: string | null;
                /** @description Canonical JSON, exactly as hashed */
                details: string;
                created_at: string;
                prev_hash: string;
                hash: string;
                /**
                 * @description How the event is hashed: `legacy` (chained before salts) or `salted` (see methods.audit_chain)
                 * @enum {string}
                 */
                form: "legacy" | "salted";
                /** @description The event's random salt (hex), present exactly when form is salted */
                salt?: string;
            })[];
        };
        /** @description A witnessed certificate's session recording: each chunk's bytes as stored. Its SHA-256s, in order, must be the `witness.recording.chunks` of the signed record; `npx econsent verify bundle.json --recording <file>` checks it offline. */
        RecordingArchive: {
            /** @enum {string} */
            format: "econsent-recording/1";
            certificate_id: string;
            /** @description Every chunk stored, in order */
            chunks: {
                seq: number;
                /** @description The chunk's bytes (a JSON array of rrweb events), base64 */
                data_base64: string;
            }[];
        };
        VerificationReport: {
            /** @description True only when every check passes */
            valid: boolean;
            checks: {
                /** @enum {string} */
                check: "hmac_signature" | "ed25519_signature" | "audit_chain" | "signatures_recorded" | "compliance_recorded" | "claims_recorded" | "access_log";
                valid: boolean;
                detail?: string;
                /** @description First audit event that does not hold */
                broken_at_seq?: number;
                event_id?: number;
            }[];
        };
        JwkSet: {
            keys: components["schemas"]["Jwk"][];
            /** @description The transparency log whose checkpoints evidence bundles carry (GET /log/checkpoint) */
            transparency_log: {
                /** @description The log's name: the first line of its checkpoints */
                origin: string;
                /** @description The C2SP signed-note verifier key of the log's checkpoints: <origin>+<key hash>+<base64 key> */
                verifier_key: string;
            };
        };
        Jwk: {
            /** @enum {string} */
            kty: "OKP";
            /** @enum {string} */
            crv: "Ed25519";
            /** @description The public key, base64url */
            x: string;
            /** @description Matches a certificate signature's key_id */
            kid: string;
            /** @enum {string} */
            alg: "EdDSA";
            /** @enum {string} */
            use: "sig";
        };
        LogConsistencyProof: {
            from: number;
            to: number;
            /** @description Base64 SHA-256 hashes, RFC 9162 §2.1.4 */
            proof: string[];
        };
        /**
         * @example {
         *       "checkpoint": "econsent.example/log\n42\nK9e3x0m7m2n6p0v6YcI4k5w9m1q3e2r7t8y9u0i1o2A=\n\n— econsent.example/log Az3grlgt…\n— witness.example/w1 Bx8hd9ke…\n",
         *       "witness_key": "witness.example/w1+6f2b1c3a+BPnLGlmZ2bIh1r0a1Tn3vYd8aQ8l6gqT2o0s8p1e2c4="
         *     }
         */
        LogCosignatureBody: {
            /** @description The checkpoint note with the witness's cosignature line among its signatures */
            checkpoint: string;
            /** @description The witness's verifier key (type 0x04, C2SP tlog-cosignature): name+hash+base64 */
            witness_key: string;
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description The signing secret (`whsec_` + base64), shown only here. Verify `webhook-signature` with it (Standard Webhooks).
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookEndpoint: {
            /** @example 5f0c2a9e8b7d6c5b4a392817 */
            id: string;
            url: string;
            description: string | null;
            events: ("certificate.shared" | "certificate.claimed" | "certificate.rejected" | "token.expiring" | "job.completed")[];
            enabled: boolean;
            /**
             * @description Why deliveries stopped: by_request (PATCH enabled false) or failing (every attempt failed for 5 days); null while enabled
             * @enum {string|null}
             */
            disabled_reason: "by_request" | "failing" | null;
            /** Format: date-time */
            disabled_at: string | null;
            /**
             * Format: date-time
             * @description The first failed attempt since the last successful one; null when healthy
             */
            failing_since: string | null;
            /**
             * Format: date-time
             * @description After a rotation, the previous secret also signs until then (24 h); null otherwise
             */
            previous_secret_expires_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        WebhookEndpointPage: {
            data: components["schemas"]["WebhookEndpoint"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
        };
        WebhookEventPage: {
            data: components["schemas"]["WebhookEvent"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
        };
        WebhookEvent: {
            /** @description The event's id, sent as webhook-id */
            id: string;
            /**
             * @description An event type
             * @enum {string}
             */
            type: "certificate.shared" | "certificate.claimed" | "certificate.rejected" | "token.expiring" | "job.completed";
            /** Format: date-time */
            created_at: string;
            /** @description The body sent (and signed) for this event, the same for every endpoint that received it */
            payload: components["schemas"]["CertificateSharedEvent"] | components["schemas"]["CertificateClaimedEvent"] | components["schemas"]["CertificateRejectedEvent"] | components["schemas"]["TokenExpiringEvent"] | components["schemas"]["JobCompletedEvent"];
            /** @description Its delivery to each of the company's endpoints that subscribed to it */
            deliveries: {
                /**
                 * @description Retry it with POST /webhooks/{endpoint_id}/deliveries/{id}/retry
                 * @example 5f0c2a9e8b7d6c5b4a392817
                 */
                id: string;
                /** @example 5f0c2a9e8b7d6c5b4a392817 */
                endpoint_id: string;
                /** @enum {string} */
                status: "pending" | "delivered" | "dead";
            }[];
        };
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            /** Format: int32 */
            limit: number;
            /** @description Pass as `cursor` to get the next page; null on the last page */
            next_cursor: string | null;
        };
        WebhookDelivery: {
            /** @example 5f0c2a9e8b7d6c5b4a392817 */
            id: string;
            /** @description Sent as webhook-id; the same for every attempt */
            event_id: string;
            /**
             * @description An event type, or ping for a test event
             * @enum {string}
             */
            event_type: "certificate.shared" | "certificate.claimed" | "certificate.rejected" | "token.expiring" | "job.completed" | "ping";
            /**
             * @description pending: waiting for its next attempt; delivered: answered 2xx; dead: 8 attempts failed over about a day, or the endpoint was disabled (retry it by hand)
             * @enum {string}
             */
            status: "pending" | "delivered" | "dead";
            /** Format: int32 */
            attempts: number;
            /**
             * Format: int32
             * @description The HTTP status of the last attempt; null when none answered
             */
            last_status: number | null;
            last_error: string | null;
            /** Format: date-time */
            last_attempt_at: string | null;
            /** Format: date-time */
            next_attempt_at: string | null;
            /** Format: date-time */
            delivered_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
    };
    responses: never;
    parameters: {
        /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
        RequestId: string;
        /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
        D1Bookmark: string;
        /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
        IdempotencyKey: components["schemas"]["IdempotencyKey"];
    };
    requestBodies: never;
    headers: {
        /** @description The version of the API that answered: the date of its contract (2026-12-06). Additive changes keep it; see "Compatibility and deprecation" in the API description. */
        "API-Version": string;
        /** @description Identifies this request in the service's logs. A well-formed X-Request-Id sent by the client (1-128 of A-Z a-z 0-9 . _ : -) is echoed; otherwise a new one is made. */
        "X-Request-Id": string;
        /** @description How many database round trips the request took, including those a certificate ledger made for it. An internal diagnostic: a deployed service sends it only when the request carries `X-Debug-Round-Trips: 1`; under local development (`npm run dev`) every answer has it. */
        "X-D1-Round-Trips": number;
        /** @description How many of those had to reach the database's primary (writes, and every trip of a session that wrote or started at the primary); the others may be served by a read replica near the caller. An internal diagnostic: a deployed service sends it only when the request carries `X-Debug-Round-Trips: 1`; under local development (`npm run dev`) every answer has it. */
        "X-D1-Primary-Round-Trips": number;
        /** @description How many calls to certificate ledgers (the Durable Objects that write certificates' histories) the request made. An internal diagnostic: a deployed service sends it only when the request carries `X-Debug-Round-Trips: 1`; under local development (`npm run dev`) every answer has it. */
        "X-Durable-Object-Calls": number;
        /** @description Where the databases stood after this request, when it touched them: the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard it reached, comma-separated. Send it back as the `X-D1-Bookmark` request header (browsers: the `econsent_d1_bookmark` cookie does it) and the next request reads at least this state, even from a replica. */
        "X-D1-Bookmark": string;
        /** @description Browsers must reach this service over HTTPS only (two years, subdomains included). */
        "Strict-Transport-Security": string;
        /** @description Whether and how long caches may keep the answer: `no-store` for anything that carries a token or evidence, a lifetime for public material. */
        "Cache-Control": string;
        /** @description `no-referrer`: a page or answer reached through a token or evidence URL never passes it on. */
        "Referrer-Policy": string;
        /** @description `nosniff`: browsers take the answer for its declared Content-Type only. */
        "X-Content-Type-Options": string;
        /** @description On a page: where its styles, scripts and images may come from (this origin, or a nonce). */
        "Content-Security-Policy": string;
        /** @description A download: the answer is to be saved under the file name given. */
        "Content-Disposition": string;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description Where to go next: the sign-in page, which returns the browser here afterwards. */
        Location: string;
        /** @description On sign-up, sign-in and logout, the session cookie (`econsent_session`, HttpOnly, Secure, SameSite=Lax) or its removal. On a signed-in browser's request that wrote a certificate's history, `econsent_d1_bookmark`: the X-D1-Bookmark that browser's next request reads at least, for 5 minutes. */
        "Set-Cookie": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    company_name: string;
                    /**
                     * Format: email
                     * @example ops@leadgen.example
                     */
                    email: string;
                    /**
                     * @description At least 10 characters, any characters; refused when common, breached or easy to guess, or when it contains the email's local part
                     * @example correct horse battery staple
                     */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed up; the session cookie is set */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description The limits this operation counts against, per draft-ietf-httpapi-ratelimit-headers: `"name";q=<attempts>;w=<window seconds>`, one item per limit */
                    "RateLimit-Policy"?: string;
                    /** @description What is left of each limit: `"name";r=<attempts remaining>;t=<seconds until one more attempt frees up>` */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CONFLICT */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (RATE_LIMITED): too many attempts; wait Retry-After seconds */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description The limits this operation counts against, per draft-ietf-httpapi-ratelimit-headers: `"name";q=<attempts>;w=<window seconds>`, one item per limit */
                    "RateLimit-Policy"?: string;
                    /** @description What is left of each limit: `"name";r=<attempts remaining>;t=<seconds until one more attempt frees up>` */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @example ops@leadgen.example
                     */
                    email: string;
                    /** @example correct horse battery staple */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Logged in; the session cookie is set */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description The limits this operation counts against, per draft-ietf-httpapi-ratelimit-headers: `"name";q=<attempts>;w=<window seconds>`, one item per limit */
                    "RateLimit-Policy"?: string;
                    /** @description What is left of each limit: `"name";r=<attempts remaining>;t=<seconds until one more attempt frees up>` */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (RATE_LIMITED): too many attempts; wait Retry-After seconds */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description The limits this operation counts against, per draft-ietf-httpapi-ratelimit-headers: `"name";q=<attempts>;w=<window seconds>`, one item per limit */
                    "RateLimit-Policy"?: string;
                    /** @description What is left of each limit: `"name";r=<attempts remaining>;t=<seconds until one more attempt frees up>` */
                    RateLimit?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCurrentCaller: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of active keys */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description What the key may do; every scope when left out */
                    scopes?: ("certificates:write" | "certificates:read" | "sharing:write" | "claims:write" | "evidence:read" | "rules:write" | "partners:write" | "webhooks:manage")[];
                    /**
                     * Format: date-time
                     * @description A future time after which the key stops working; never when left out
                     */
                    expires_at?: string;
                };
            };
        };
        responses: {
            /** @description The new key */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProperties: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of properties */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PropertyPage"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProperty: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    domain: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Property"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProperty: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The property */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Property"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCertificates: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
                /** @description Page number (1-based), the older form; ignored when `cursor` is given */
                page?: number;
                property_id?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of certificates */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePage"];
                    "text/html": string;
                };
            };
            /** @description A browser (Accept: text/html) without a session is sent to sign in and brought back */
            303: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    captureCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    property_id: string;
                    consent_text: string;
                    /** Format: uri */
                    page_url: string;
                    /**
                     * Format: date-time
                     * @description When the consumer agreed; now when left out. Not before 2000-01-01T00:00:00Z, and not more than 5 minutes ahead of the service's clock.
                     */
                    consent_captured_at?: string;
                    consumer?: {
                        ip?: string;
                        user_agent?: string;
                    };
                    geo?: {
                        country?: string;
                        state?: string;
                        city?: string;
                    };
                    /** Format: uri */
                    recording_url?: string;
                    lead?: components["schemas"]["LeadContact"];
                };
            };
        };
        responses: {
            /** @description Captured and signed */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCertificateHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both chains as the publisher sees them */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateHistory"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCaptureSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON, sent as application/json or as text/plain (so that the request is CORS-simple and needs no preflight) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureSessionRequest"];
                "text/plain": components["schemas"]["CaptureSessionRequest"];
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureSession"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: ORIGIN_NOT_ALLOWED */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: RATE_LIMITED */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadCaptureChunk: {
        parameters: {
            query: {
                /** @description The session's upload_key, as the session's creation answered it. */
                key: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
                seq: number;
            };
            cookie?: never;
        };
        /** @description The chunk's bytes, at most 61440. */
        requestBody: {
            content: {
                "text/plain": string;
            };
        };
        responses: {
            /** @description Stored (or stored before with the same bytes) */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureChunkReceipt"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: ORIGIN_NOT_ALLOWED */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CONFLICT or CAPTURE_SESSION_CLOSED */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: RATE_LIMITED */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitCaptureSession: {
        parameters: {
            query: {
                /** @description The session's upload_key, as the session's creation answered it. */
                key: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON, as application/json or text/plain */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureSubmitRequest"];
                "text/plain": components["schemas"]["CaptureSubmitRequest"];
            };
        };
        responses: {
            /** @description The witnessed certificate was made */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureSubmitted"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: ORIGIN_NOT_ALLOWED */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CAPTURE_SESSION_CLOSED or CAPTURE_CHUNKS_MISSING */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConsentRules: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consent rules */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRulePage"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createConsentRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentRuleInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRule"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testConsentRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    consent_text: string;
                    /**
                     * @description The consumer's US state; state-specific rules apply
                     * @example CA
                     */
                    state?: string;
                    /** @description What the capture script measured on the form page, as a witnessed certificate's `witness` carries it. Left out, the text is judged as an asserted certificate's: rules checking the page fail. */
                    witness?: {
                        notice: {
                            font_size_px: number;
                            contrast_ratio: number;
                        };
                        /** @enum {string} */
                        optin: "checked_by_consumer" | "prechecked" | "none";
                    };
                };
            };
        };
        responses: {
            /** @description What a claim would compute */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceResult"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replaceConsentRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The rule's id (another company's answers 404) */
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentRuleInput"];
            };
        };
        responses: {
            /** @description The rule as stored */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRule"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConsentRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The rule's id (another company's answers 404) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of active partnerships */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    /** @example 67fa8d40a96f513ae019c85c */
                    property_id: string;
                    /** @example 68a1b2c3d4e5f6a7b8c9d0e1 */
                    partner_company_id: string;
                    /**
                     * @description claim: the partner can claim shared certificates into its account; read: it can only view them
                     * @default claim
                     * @enum {string}
                     */
                    access_level?: "claim" | "read";
                    /** @default false */
                    auto_share?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CONFLICT; or IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokePartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The partnership's id (another company's answers 404) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    shareCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                certificateId: string;
            };
            cookie?: never;
        };
        /** @description JSON body, or the certificates page's empty form */
        requestBody: {
            content: {
                "application/json": {
                    /** @example 68a1b2c3d4e5f6a7b8c9d0e1 */
                    target_company_id?: string;
                };
                "application/x-www-form-urlencoded": Record<string, never>;
            };
        };
        responses: {
            /** @description The token (shown once) */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResult"];
                    "text/html": string;
                };
            };
            /** @description A browser (Accept: text/html) without a session is sent to sign in and brought back */
            303: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    batchShareCertificates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    certificate_ids: string[];
                    /** @example 68a1b2c3d4e5f6a7b8c9d0e1 */
                    target_company_id?: string;
                };
            };
        };
        responses: {
            /** @description One result per id, in request order: its token (shown once) or its error */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: (components["schemas"]["BatchShareResult"] | {
                            index: number;
                            /** @enum {boolean} */
                            ok: false;
                            error: components["schemas"]["BatchItemError"];
                        })[];
                    };
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClaimSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimSummary"];
                    "text/html": string;
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: RATE_LIMITED */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    claimCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        /** @description Optional: the lead this certificate is bought for, compared with the captured one (lead_match, and rules with require_lead_match) */
        requestBody?: {
            content: {
                "application/json": {
                    lead?: components["schemas"]["LeadContact"];
                };
                "application/x-www-form-urlencoded": Record<string, never>;
            };
        };
        responses: {
            /** @description Claimed (or rejected by a reject-mode rule; the token is spent either way) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResult"];
                    "text/html": string;
                };
            };
            /** @description A browser (Accept: text/html) without a session is sent to sign in and brought back */
            303: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: ALREADY_CLAIMED; or IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: TOKEN_EXPIRED */
            410: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: RATE_LIMITED */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    batchClaimCertificates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    claims: {
                        /** @example clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4 */
                        token: string;
                        lead?: components["schemas"]["LeadContact"];
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per item, in request order */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: ((components["schemas"]["ClaimResult"] & {
                            index: number;
                            /** @enum {boolean} */
                            ok: true;
                        }) | {
                            index: number;
                            /** @enum {boolean} */
                            ok: false;
                            error: components["schemas"]["BatchItemError"];
                        })[];
                    };
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: RATE_LIMITED */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    batchVerifyTokens: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        /** @example clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4 */
                        token: string;
                        lead?: components["schemas"]["LeadContact"];
                    }[];
                };
            };
        };
        responses: {
            /** @description One result per item, in request order */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: (components["schemas"]["TokenCheck"] | {
                            index: number;
                            /** @enum {boolean} */
                            ok: false;
                            error: components["schemas"]["BatchItemError"];
                        })[];
                    };
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: RATE_LIMITED */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: SERVICE_UNAVAILABLE */
            503: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    claimPartnerCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                claimId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claimed or rejected */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResult"];
                    "text/html": string;
                };
            };
            /** @description A browser (Accept: text/html) without a session is sent to sign in and brought back */
            303: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: ALREADY_CLAIMED; or IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: TOKEN_EXPIRED */
            410: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: RATE_LIMITED */
            429: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listShareJobs: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of jobs */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareJobPage"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createShareJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "batch_share";
                    /** @example 68a1b2c3d4e5f6a7b8c9d0e1 */
                    target_company_id?: string;
                    /** @description The certificates to share (duplicates are shared once); or give `filter` */
                    certificate_ids?: string[];
                    /** @description Every certificate of yours matching all of these (at most 100,000) */
                    filter?: {
                        property_id?: string;
                        /** Format: date-time */
                        captured_after?: string;
                        /** Format: date-time */
                        captured_before?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The job, queued */
            202: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description The job's own URL */
                    Location?: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedShareJob"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getShareJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareJob"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelShareJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled job */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareJob"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CONFLICT; or IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getShareJobResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per certificate */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_ACCEPTABLE */
            406: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: RESULTS_EXPIRED */
            410: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPartnerCertificates: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
                /** @description Page number (1-based), the older and slower form: the answer adds `page` and `total`, which counts every match. Not with `cursor`; pages reach the 10,000th item, then follow `next_cursor` */
                page?: number;
                /** @description `pending`: shared with the buyer and still claimable (expired shares leave the inbox); `claimed`: claimed, and the buyer's rules (if any) passed; `flagged`: claimed, but the buyer's warn-mode rules found gaps; `rejected`: the buyer's reject-mode rules refused it */
                status?: "pending" | "claimed" | "flagged" | "rejected";
                /** @description Only the shares of this certificate */
                certificate_id?: string;
                /** @description Only items claimed at or after this time; orders the list by claim time, newest first. Not with `status=pending` */
                claimed_after?: string;
                /** @description Only items claimed before this time (exclusive); orders the list by claim time, newest first */
                claimed_before?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the inbox */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerCertificatePage"];
                    "text/html": string;
                };
            };
            /** @description A browser (Accept: text/html) without a session is sent to sign in and brought back */
            303: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvidence: {
        parameters: {
            query?: {
                /** @description `bundle` for the offline-verifiable evidence bundle; otherwise chosen by Accept */
                format?: "json" | "bundle";
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                claimId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence, the evidence bundle, or the printable report */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"] | components["schemas"]["EvidenceBundle"];
                    "text/html": string;
                };
            };
            /** @description A browser (Accept: text/html) without a session is sent to sign in and brought back */
            303: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccessLog: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                claimId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The access log */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLog"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPartnerCertificateRecording: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                claimId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording archive, as a download (`Content-Disposition: attachment`) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingArchive"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCertificateRecording: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording archive, as a download (`Content-Disposition: attachment`) */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingArchive"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPartnerCertificateReplayPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                claimId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The replay page */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A browser (Accept: text/html) without a session is sent to sign in and brought back */
            303: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCertificateReplayPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The replay page */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description A browser (Accept: text/html) without a session is sent to sign in and brought back */
            303: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification report */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationReport"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyClaimedCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                claimId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification report */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationReport"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSigningKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JWK set */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwkSet"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLogCheckpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint note */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLogConsistencyProof: {
        parameters: {
            query?: {
                /** @description The older tree's size */
                from?: number | null;
                /** @description The newer tree's size */
                to?: number | null;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proof */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogConsistencyProof"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addLogCosignature: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogCosignatureBody"];
            };
        };
        responses: {
            /** @description Kept; served with the checkpoint */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CONFLICT */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Where events are POSTed: https, a public host name or address (no private, loopback or link-local addresses, no user name or password). Redirects are not followed.
                     * @example https://leads.example.com/hooks/econsent
                     */
                    url: string;
                    /** @description The events to receive */
                    events: ("certificate.shared" | "certificate.claimed" | "certificate.rejected" | "token.expiring" | "job.completed")[];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The endpoint, with its secret */
            201: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CONFLICT; or IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEvents: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
                /** @description Only events of this type */
                type?: "certificate.shared" | "certificate.claimed" | "certificate.rejected" | "token.expiring" | "job.completed";
                /** @description Only events created at or after this time (keep the same filters for a whole walk) */
                created_after?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventPage"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description JSON body */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Where events are POSTed: https, a public host name or address (no private, loopback or link-local addresses, no user name or password). Redirects are not followed.
                     * @example https://leads.example.com/hooks/econsent
                     */
                    url?: string;
                    /** @description The events to receive */
                    events?: ("certificate.shared" | "certificate.claimed" | "certificate.rejected" | "token.expiring" | "job.completed")[];
                    description?: string | null;
                    /** @description false stops deliveries; true resumes them */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Error: VALIDATION_FAILED or MALFORMED_JSON */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNSUPPORTED_MEDIA_TYPE */
            415: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, with its new secret */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After) */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; absent for the first page */
                cursor?: string;
            };
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, due now */
            202: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CONFLICT; or IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pingWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
                /** @description Makes a retry safe: the same key with the same request within 24 hours replays the first answer (with `Idempotency-Replayed: true`) instead of doing the work again. Keys belong to the caller's company. The same key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED); while the first request is still running, a retry gets 409 IDEMPOTENCY_IN_FLIGHT with Retry-After. A retry after a failure or a crash never makes anything twice: it answers what the earlier attempt committed (claim tokens, claims won, the certificate, job or endpoint) and makes only the rest. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ping's delivery, due now */
            202: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Error: VALIDATION_FAILED */
            400: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: UNAUTHORIZED */
            401: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: FORBIDDEN */
            403: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: CONFLICT; or IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After */
            409: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    /** @description With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request) */
            422: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBundleVerifierPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page, its script inline */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Content-Security-Policy": components["headers"]["Content-Security-Policy"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCaptureScript: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script, minified, with the rrweb recorder */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLogTile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The caller's own id for this request, echoed as the X-Request-Id response header and kept in the service's logs when well formed (1-128 of A-Z a-z 0-9 . _ : -); otherwise a new one is made. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A bookmark list from an earlier answer's X-D1-Bookmark (the directory database's bookmark, then `<shard>:<bookmark>` for each certificate shard, comma-separated): this request reads at least that state, even from a replica. Parts that are not well formed are ignored. */
                "X-D1-Bookmark"?: components["parameters"]["D1Bookmark"];
            };
            path: {
                tile_path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tile's bytes */
            200: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Error: NOT_FOUND */
            404: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error: INTERNAL_ERROR */
            500: {
                headers: {
                    "API-Version": components["headers"]["API-Version"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-D1-Round-Trips": components["headers"]["X-D1-Round-Trips"];
                    "X-D1-Primary-Round-Trips": components["headers"]["X-D1-Primary-Round-Trips"];
                    "X-Durable-Object-Calls": components["headers"]["X-Durable-Object-Calls"];
                    "X-D1-Bookmark": components["headers"]["X-D1-Bookmark"];
                    "Strict-Transport-Security": components["headers"]["Strict-Transport-Security"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhook_certificate_shared: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateSharedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer means received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer is a failed attempt, retried later */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_certificate_claimed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateClaimedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer means received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer is a failed attempt, retried later */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_certificate_rejected: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateRejectedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer means received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer is a failed attempt, retried later */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_token_expiring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenExpiringEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer means received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer is a failed attempt, retried later */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_job_completed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobCompletedEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer means received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer is a failed attempt, retried later */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PingEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer means received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer is a failed attempt, retried later */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
