// PBKDF2-SHA256 password hashing through Web Crypto. The stored string carries its own parameters
// ("pbkdf2-sha256$<iterations>$<salt>$<hash>") so the iteration count can be raised later without breaking logins.
import { fromBase64, toBase64 } from "../lib/crypto";

// Workers' Web Crypto refuses more than 100,000 PBKDF2 iterations.
export const PASSWORD_ITERATIONS = 100_000;
const SCHEME = "pbkdf2-sha256";

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);
	const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256);
	return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations = PASSWORD_ITERATIONS): Promise<string> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const hash = await derive(password, salt, iterations);
	return `${SCHEME}$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, iterationText, saltText, hashText] = stored.split("$");
	const iterations = Number(iterationText);
	if (scheme !== SCHEME || !saltText || !hashText || !Number.isInteger(iterations) || iterations < 1) return false;
	const expected = fromBase64(hashText);
	const actual = await derive(password, fromBase64(saltText), iterations);
	return expected.length === actual.length && crypto.subtle.timingSafeEqual(expected, actual);
}

// Verifying against this when the email is unknown makes both failures take the same time.
export const UNKNOWN_USER_HASH = `${SCHEME}$${PASSWORD_ITERATIONS}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;
