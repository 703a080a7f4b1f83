// When a revocation must be honoured: by the end of the 10th US business day after the day it was received. Pure, so
// the rule is tested on its own (test/revocations/honor-by.test.ts).
//
// The rule, as the README and the OpenAPI document state it:
// - Days are calendar days in US Eastern time (America/New_York), where the rule's regulators and most callers keep
//   their books; the day of receipt itself is not counted.
// - A business day is Monday to Friday, except the US federal holidays (5 U.S.C. 6103) on the day they are observed:
//   New Year's Day (Jan 1), Martin Luther King Jr. Day (3rd Monday of January), Washington's Birthday (3rd Monday of
//   February), Memorial Day (last Monday of May), Juneteenth (June 19), Independence Day (July 4), Labor Day (1st
//   Monday of September), Columbus Day (2nd Monday of October), Veterans Day (Nov 11), Thanksgiving (4th Thursday of
//   November), Christmas (Dec 25). A fixed-date holiday on a Saturday is observed the Friday before (New Year's Day
//   on a Saturday: December 31 of the year before), on a Sunday the Monday after.
// - honor_by is the last instant (23:59:59.999 Eastern) of the 10th business day.
// Holidays are computed from these rules for any year, never read from a list of dates.

export const HONOR_WITHIN_BUSINESS_DAYS = 10;
export const BUSINESS_DAY_TIME_ZONE = "America/New_York";

/** A calendar day, as its UTC midnight (only the date part is ever read). */
type Day = Date;

const day = (year: number, monthIndex: number, date: number): Day => new Date(Date.UTC(year, monthIndex, date));
const addDays = (d: Day, n: number): Day => day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n);
const isoDate = (d: Day) => d.toISOString().slice(0, 10);

/** The nth (1-based) given weekday (0 Sunday … 6 Saturday) of a month. */
function nthWeekday(year: number, monthIndex: number, weekday: number, n: number): Day {
	const first = day(year, monthIndex, 1);
	return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
}

/** The last given weekday of a month. */
function lastWeekday(year: number, monthIndex: number, weekday: number): Day {
	const last = day(year, monthIndex + 1, 0);
	return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
}

/** A fixed-date holiday on the day it is observed: Saturday's on the Friday before, Sunday's on the Monday after. */
function observed(d: Day): Day {
	const weekday = d.getUTCDay();
	return weekday === 6 ? addDays(d, -1) : weekday === 0 ? addDays(d, 1) : d;
}

const MONDAY = 1;
const THURSDAY = 4;

/** The observed dates (YYYY-MM-DD) of the federal holidays of a year; New Year's Day of a year may fall in the one before. */
export function federalHolidays(year: number): string[] {
	return [
		observed(day(year, 0, 1)),
		nthWeekday(year, 0, MONDAY, 3),
		nthWeekday(year, 1, MONDAY, 3),
		lastWeekday(year, 4, MONDAY),
		observed(day(year, 5, 19)),
		observed(day(year, 6, 4)),
		nthWeekday(year, 8, MONDAY, 1),
		nthWeekday(year, 9, MONDAY, 2),
		observed(day(year, 10, 11)),
		nthWeekday(year, 10, THURSDAY, 4),
		observed(day(year, 11, 25)),
	].map(isoDate);
}

/** Whether a calendar day is a US business day. */
export function isBusinessDay(d: Day): boolean {
	const weekday = d.getUTCDay();
	if (weekday === 0 || weekday === 6) return false;
	const year = d.getUTCFullYear();
	// Next year's New Year's Day may be observed on this year's December 31.
	const holidays = new Set([...federalHolidays(year), ...federalHolidays(year + 1)]);
	return !holidays.has(isoDate(d));
}

/** The business day `n` business days after `from` (which itself is not counted). */
export function addBusinessDays(from: Day, n: number): Day {
	let d = from;
	for (let counted = 0; counted < n; ) {
		d = addDays(d, 1);
		if (isBusinessDay(d)) counted++;
	}
	return d;
}

const easternParts = new Intl.DateTimeFormat("en-US", {
	timeZone: BUSINESS_DAY_TIME_ZONE,
	hourCycle: "h23",
	year: "numeric",
	month: "2-digit",
	day: "2-digit",
	hour: "2-digit",
	minute: "2-digit",
	second: "2-digit",
});

/** The Eastern wall-clock reading of an instant, as if it were UTC (so that subtracting gives the zone's offset). */
function easternWallClock(instant: Date): number {
	const parts = Object.fromEntries(easternParts.formatToParts(instant).map((p) => [p.type, p.value]));
	return Date.UTC(
		Number(parts.year),
		Number(parts.month) - 1,
		Number(parts.day),
		Number(parts.hour),
		Number(parts.minute),
		Number(parts.second),
	);
}

/** The Eastern calendar day an instant falls on. */
export function easternDay(instant: Date): Day {
	const wall = new Date(easternWallClock(instant));
	return day(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
}

/** The last millisecond of an Eastern calendar day, as an instant. */
export function endOfEasternDay(d: Day): Date {
	const wallEnd = d.getTime() + 86_400_000 - 1;
	// The zone's offset at that moment (−4 or −5 hours); read at the guess, then once more in case a change lies between.
	let instant = wallEnd;
	for (let i = 0; i < 2; i++)
		instant = wallEnd - (easternWallClock(new Date(instant)) - Math.floor(instant / 1000) * 1000);
	return new Date(instant);
}

/** When a revocation received at `receivedAt` must be honoured by (see the rule above). */
export function honorBy(receivedAt: Date): Date {
	return endOfEasternDay(addBusinessDays(easternDay(receivedAt), HONOR_WITHIN_BUSINESS_DAYS));
}

/** The rule in one sentence, for the OpenAPI document. */
export const HONOR_BY_RULE =
	"honor_by is the end (23:59:59.999 US Eastern time) of the 10th US business day after the day the revocation was received (days counted in US Eastern time; the day of receipt not counted). Business days are Monday to Friday except the federal holidays of 5 U.S.C. 6103 on their observed days: a fixed-date holiday falling on a Saturday is observed the Friday before (New Year's Day on a Saturday: December 31), on a Sunday the Monday after.";
