// Times that clients send: RFC 3339 date-times with an offset, stored as UTC ISO text so that stored times compare
// as text (SQL's < and > on the column, the credential lookup's `expires_at > now`). Two rules, pure so they are
// tested on their own and shared by every route that takes a time:
// - A stored time must be a four-digit year in UTC. An offset can carry "9999-12-31T23:00:00-05:00" into the year
//   10000, whose ISO text "+010000-…" sorts before every ordinary time (and "0000-01-01T00:30:00+01:00" into year -1,
//   "-000001-…").
// - A time that says when something happened must be one at which it could have: not before this kind of record
//   could exist, and not later than now, give or take a clock's drift.

export const OUTSIDE_STORABLE_YEARS = "must fall within the years 0000 to 9999 in UTC";

/** The UTC ISO text a date-time is stored as, or null when it falls outside the years 0000 to 9999 in UTC. */
export function storableUtc(value: string): string | null {
	const at = new Date(value);
	if (Number.isNaN(at.getTime())) return null;
	const utc = at.toISOString();
	return /^\d{4}-/.test(utc) ? utc : null;
}

// Consent captured by a web form and signed here cannot predate web forms that record consent electronically:
// E-SIGN (the US law that gives electronic consent records their weight) took effect in 2000, and TCPA written
// consent by web form came later still. Any earlier time is a mistake, not a lead: a zero date (0000-01-01,
// 0001-01-01), a zero Unix timestamp (1970-01-01), a two-digit year read as a four-digit one (0026-…). The floor is
// generous on purpose: a publisher may record consent it captured long before sending it here.
export const EARLIEST_CONSENT_CAPTURE = "2000-01-01T00:00:00Z";

// Publisher clocks drift; a capture time further ahead than this is a mistake, not drift.
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Why this cannot be when consent was captured, in words for the field; null when it can. */
export function consentCaptureTimeProblem(value: string, now: Date): string | null {
	const at = Date.parse(value);
	if (Number.isNaN(at)) return "must be a date-time";
	if (at < Date.parse(EARLIEST_CONSENT_CAPTURE)) return `must not be before ${EARLIEST_CONSENT_CAPTURE}`;
	if (at > now.getTime() + MAX_CLOCK_SKEW_MS) return "must not be in the future";
	return null;
}
