// honor_by = the end (US Eastern) of the 10th US business day after the day a revocation was received.
import { describe, expect, it } from "vitest";
import { addBusinessDays, federalHolidays, honorBy, isBusinessDay } from "../../src/revocations/honor-by";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("US federal holidays, computed with their observed days", () => {
	it("gives 2025's eleven holidays on their observed dates", () => {
		expect(federalHolidays(2025)).toEqual([
			"2025-01-01",
			"2025-01-20", // Martin Luther King Jr. Day: 3rd Monday of January
			"2025-02-17", // Washington's Birthday: 3rd Monday of February
			"2025-05-26", // Memorial Day: last Monday of May
			"2025-06-19", // Juneteenth
			"2025-07-04",
			"2025-09-01", // Labor Day
			"2025-10-13", // Columbus Day
			"2025-11-11", // Veterans Day
			"2025-11-27", // Thanksgiving: 4th Thursday of November
			"2025-12-25",
		]);
	});

	it("moves a Saturday holiday to the Friday before and a Sunday one to the Monday after", () => {
		expect(federalHolidays(2026)).toContain("2026-07-03"); // July 4th 2026 is a Saturday
		expect(federalHolidays(2027)).toContain("2027-06-18"); // Juneteenth 2027: Saturday
		expect(federalHolidays(2027)).toContain("2027-12-24"); // Christmas 2027: Saturday
		expect(federalHolidays(2022)).toContain("2022-12-26"); // Christmas 2022: Sunday
		expect(federalHolidays(2023)).toContain("2023-01-02"); // New Year's Day 2023: Sunday
		// New Year's Day 2022 was a Saturday: observed on Friday, December 31, 2021.
		expect(federalHolidays(2022)).toContain("2021-12-31");
		expect(isBusinessDay(d("2021-12-31"))).toBe(false);
		expect(isBusinessDay(d("2026-07-03"))).toBe(false);
		expect(isBusinessDay(d("2026-07-04"))).toBe(false); // a Saturday all the same
		expect(isBusinessDay(d("2026-07-06"))).toBe(true);
	});

	it("knows the last Monday of a May with five Mondays and the 4th Thursday of any November", () => {
		expect(federalHolidays(2026)).toContain("2026-05-25");
		expect(federalHolidays(2021)).toContain("2021-05-31");
		expect(federalHolidays(2026)).toContain("2026-11-26");
		expect(federalHolidays(2018)).toContain("2018-11-22");
	});
});

describe("honor_by", () => {
	it("counts ten weekdays, skipping the weekends, from the day after receipt", () => {
		// Monday, March 2, 2026, 10:00 Eastern: the 10th business day is Monday, March 16.
		expect(addBusinessDays(d("2026-03-02"), 10).toISOString().slice(0, 10)).toBe("2026-03-16");
		// Eastern daylight time by then (UTC−4): 23:59:59.999 EDT.
		expect(honorBy(new Date("2026-03-02T15:00:00Z")).toISOString()).toBe("2026-03-17T03:59:59.999Z");
	});

	it("skips Thanksgiving", () => {
		// Wednesday, November 25, 2026: Thu 26 is Thanksgiving, so the days are Nov 27, 30, Dec 1-4, 7-10.
		expect(honorBy(new Date("2026-11-25T17:00:00Z")).toISOString()).toBe("2026-12-11T04:59:59.999Z");
	});

	it("skips July 4th observed on Friday when it falls on a Saturday", () => {
		// Thursday, July 2, 2026: Fri 3 (observed) and the weekend are not counted: July 6-10, 13-17.
		expect(honorBy(new Date("2026-07-02T14:00:00Z")).toISOString()).toBe("2026-07-18T03:59:59.999Z");
	});

	it("starts from the Eastern day: a receipt late on Thursday evening Eastern is Thursday's, not Friday's", () => {
		// 2026-03-05T23:30 EST is 2026-03-06T04:30Z (a Friday in UTC): counting starts Friday, 10th is Thu March 19.
		expect(honorBy(new Date("2026-03-06T04:30:00Z")).toISOString()).toBe("2026-03-20T03:59:59.999Z");
	});

	it("crosses a year end with Christmas and New Year's Day", () => {
		// Monday, December 21, 2026: Dec 22, 23, 24, (25 Christmas), 28, 29, 30, 31, (Jan 1), Jan 4, 5, 6: the 10th is Jan 6.
		expect(honorBy(new Date("2026-12-21T15:00:00Z")).toISOString()).toBe("2027-01-07T04:59:59.999Z");
	});

	it("counts from the next Monday for a revocation received on a weekend", () => {
		// Saturday, March 7, 2026: counting from Monday, March 9: the 10th business day is Friday, March 20.
		expect(honorBy(new Date("2026-03-07T15:00:00Z")).toISOString()).toBe("2026-03-21T03:59:59.999Z");
	});
});
