// The API's version, named once. It is the date of the contract the service implements: additive changes (new
// operations, new optional request fields, new response fields, new event types, new error codes for new
// situations) keep it; a breaking change would be served under a new date, with the old one kept working through
// the deprecation period the README's "Compatibility and deprecation" section promises.

/** Sent on every answer as `API-Version`, and the OpenAPI document's info.version. */
export const API_VERSION = "2026-12-06";

export const API_VERSION_HEADER = "API-Version";
