// What a new password must be, after NIST SP 800-63B (5.1.1.2): at least 10 characters, up to 200 (the guideline's
// floor for the cap is 64), any characters, no composition rules; refused when it is common, breached or trivially
// guessable, or built from the account's own email. "Common or breached" is judged by zxcvbn against its list of
// passwords from public breaches and its repeat, sequence and keyboard-pattern matchers.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { ApiError } from "../lib/errors";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

// Lengths count Unicode code points, as the guideline asks ("each Unicode code point SHALL be counted as a single
// character"), and the same way at sign-up, POST /auth/login and the /login form: 150 emoji are 150 characters
// (300 UTF-16 units). JSON Schema's minLength and maxLength count code points too, so the OpenAPI document states
// the same rule. A browser's maxlength counts UTF-16 units, in which a code point takes one or two.
export const PASSWORD_MAX_UTF16_UNITS = PASSWORD_MAX_LENGTH * 2;

export function passwordLength(password: string): number {
	let length = 0;
	for (const _ of password) length++;
	return length;
}

/** The length rule alone, in words; null when the length is acceptable. Sign-in asks for at least one character. */
export function passwordLengthProblem(password: string, min = PASSWORD_MIN_LENGTH): string | null {
	const tooLong = `must be at most ${PASSWORD_MAX_LENGTH} characters`;
	// More UTF-16 units than two per allowed code point are more code points than allowed: no need to count them.
	if (password.length > PASSWORD_MAX_UTF16_UNITS) return tooLong;
	const length = passwordLength(password);
	if (length < min) return min === 1 ? "must not be empty" : `must be at least ${min} characters`;
	if (length > PASSWORD_MAX_LENGTH) return tooLong;
	return null;
}
// zxcvbn's scale: 3 means about 10^8 guesses or more, beyond any breached-password list and its simple variations.
const MIN_STRENGTH_SCORE = 3;
// A shorter local part ("jo@…") would forbid too many ordinary passwords to be worth refusing.
const MIN_LOCAL_PART_LENGTH = 3;

// zxcvbn's matching costs grow fast with length (a 200-character password took over 200 ms of CPU); no breached
// or common password is longer than this, and a repeated one shows its pattern well within it.
const STRENGTH_CHECK_LENGTH = 64;

// The word lists ship compressed and are decompressed when their module is evaluated (about 45 ms of CPU the first
// time in a fresh process, 20 ms once warm, measured on Node), then ranked when the estimator is built (40 to 100 ms).
// Both happen on the first password check an isolate makes, not at Worker start-up: the module is imported on first
// use (the bundle keeps it in a lazy initialiser), so no other request's cold start pays for them.
let estimator: Promise<ZxcvbnFactory> | undefined;
function strengthEstimator(): Promise<ZxcvbnFactory> {
	estimator ??= import("@zxcvbn-ts/language-common").then(
		(common) =>
			new ZxcvbnFactory({
				dictionary: common.dictionary,
				graphs: common.adjacencyGraphs,
				maxLength: STRENGTH_CHECK_LENGTH,
			}),
	);
	return estimator;
}

/** The rule a password breaks, in words for the person choosing it; null when it is acceptable. */
export async function passwordProblem(
	password: string,
	email: string,
	otherInputs: string[] = [],
): Promise<string | null> {
	const lengthProblem = passwordLengthProblem(password);
	if (lengthProblem) return lengthProblem;
	const localPart = email.split("@")[0]?.toLowerCase() ?? "";
	if (localPart.length >= MIN_LOCAL_PART_LENGTH && password.toLowerCase().includes(localPart)) {
		return "must not contain your email address or the part of it before the @";
	}
	const { score } = (await strengthEstimator()).check(password, [email, localPart, ...otherInputs]);
	if (score < MIN_STRENGTH_SCORE) {
		return "is too common or too easy to guess (it is on lists of breached passwords or follows a simple pattern); try a longer phrase of unrelated words";
	}
	return null;
}

export async function assertAcceptablePassword(password: string, email: string, otherInputs: string[] = []) {
	const problem = await passwordProblem(password, email, otherInputs);
	if (problem) {
		throw new ApiError("VALIDATION_FAILED", `Invalid request: password ${problem}`, {
			fields: [{ field: "password", message: problem }],
		});
	}
}
