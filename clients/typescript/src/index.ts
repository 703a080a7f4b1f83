// The typed client for the eConsent Partner Certificates API: `createEconsentClient` (openapi-fetch over the types
// generated from /openapi.json), cursor walks, Idempotency-Key, job results and webhook verification.
export { type ClientOptions, createEconsentClient, type EconsentClient, sessionCookieOf } from "./client";
export { EconsentApiError, type ErrorCode, ok } from "./errors";
export type { components, operations, paths, webhooks } from "./generated/openapi";
export { idempotencyKey, wasReplayed } from "./idempotency";
export { eachJobResult, type ShareJobResultLine } from "./job-results";
export { type CursorPage, eachItem } from "./pages";
export { type ReceivedHeaders, verifyWebhook, type WebhookEventType, type WebhookPayload } from "./webhooks";
