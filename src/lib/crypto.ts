// Small Web Crypto helpers shared by accounts, signing and sharing.

const encoder = new TextEncoder();

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let out = "";
	for (const byte of view) out += byte.toString(16).padStart(2, "0");
	return out;
}

export function randomHex(byteLength: number): string {
	return toHex(crypto.getRandomValues(new Uint8Array(byteLength)));
}

/** Company, user, property, API key and share ids: 24 lowercase hex, like the product's published examples. */
export function newId(): string {
	return randomHex(12);
}

export async function sha256Hex(input: string | Uint8Array): Promise<string> {
	const data = typeof input === "string" ? encoder.encode(input) : input;
	return toHex(await crypto.subtle.digest("SHA-256", data));
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let binary = "";
	for (const byte of view) binary += String.fromCharCode(byte);
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
	const binary = atob(text);
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}

/** Constant-time equality for two strings of any length (compares their SHA-256 digests). */
export async function timingSafeEqualStrings(a: string, b: string): Promise<boolean> {
	const [da, db] = await Promise.all([
		crypto.subtle.digest("SHA-256", encoder.encode(a)),
		crypto.subtle.digest("SHA-256", encoder.encode(b)),
	]);
	return crypto.subtle.timingSafeEqual(da, db) && a.length === b.length;
}
