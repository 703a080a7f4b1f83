// Every "now" in the service goes through here, so tests can move time with vi.setSystemTime().
export function now(): Date {
	return new Date(Date.now());
}

export function isoNow(): string {
	return now().toISOString();
}

export function addDays(date: Date, days: number): Date {
	return new Date(date.getTime() + days * 86_400_000);
}
