// How many sign-in and sign-up attempts one client may make. Failed sign-ins are counted per account and address
// (guessing one account's password) and per address (spraying many accounts); a correct password hands its attempt
// back, so people who type their password right are never slowed down. Accounts are named by the email as typed
// (lower-cased), whether or not it exists, so a known and an unknown email are limited, and answered, alike.
import type { AttemptPolicy, LimitedSubject } from "./attempt-limits";

export const signInPerAccountAndAddress: AttemptPolicy = { name: "signin-account", limit: 10, windowSeconds: 900 };
export const signInPerAddress: AttemptPolicy = { name: "signin-ip", limit: 50, windowSeconds: 900 };
export const signUpPerAddress: AttemptPolicy = { name: "signup-ip", limit: 20, windowSeconds: 3600 };

export function signInSubjects(email: string, address: string): LimitedSubject[] {
	return [
		{ policy: signInPerAccountAndAddress, subject: `acct:${email.toLowerCase()}|${address}` },
		{ policy: signInPerAddress, subject: address },
	];
}

export const SIGN_IN_REFUSAL = "Too many failed sign-in attempts";
export const SIGN_UP_REFUSAL = "Too many sign-ups from this address";
