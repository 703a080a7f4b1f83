// C2SP signed-note (https://c2sp.org/signed-note), the Ed25519 signature type, and C2SP tlog-checkpoint and
// tlog-cosignature on top of it. Pure Web Crypto: the Worker signs with it, the CLI, the monitor and /verify check with
// it. Key strings use the Go sumdb/note encodings, so the log's key also works with any Go witness or client.
import { fromBase64, HASH_SIZE, sha256, toBase64 } from "./merkle";

const ED25519_TYPE = 0x01;
const COSIGNATURE_TYPE = 0x04;
const SIGNATURE_PREFIX = "\u2014 ";
const encoder = new TextEncoder();

export interface NoteSignature {
	name: string;
	keyHash: number;
	signature: Uint8Array;
	/** The signature line as it stands in the note, with its newline. */
	line: string;
}

export interface NoteVerifierKey {
	name: string;
	keyHash: number;
	type: number;
	publicKey: Uint8Array;
}

export interface NoteSigner {
	name: string;
	keyHash: number;
	publicKey: Uint8Array;
	privateKey: CryptoKey;
}

export class NoteError extends Error {
	override name = "NoteError";
}

function isValidKeyName(name: string): boolean {
	return name.length > 0 && !/[\s+]/u.test(name);
}

/** The key hash: the first four bytes of SHA-256(name ‖ "\n" ‖ type ‖ public key), big-endian. */
export async function keyHash(name: string, type: number, publicKey: Uint8Array): Promise<number> {
	const nameBytes = encoder.encode(`${name}\n`);
	const input = new Uint8Array(nameBytes.length + 1 + publicKey.length);
	input.set(nameBytes);
	input[nameBytes.length] = type;
	input.set(publicKey, nameBytes.length + 1);
	const digest = await sha256(input);
	return new DataView(digest.buffer, digest.byteOffset).getUint32(0);
}

function hex8(n: number): string {
	return n.toString(16).padStart(8, "0");
}

/** Parses a verifier key "<name>+<hex key hash>+<base64(type ‖ public key)>" and checks its hash. */
export async function parseVerifierKey(text: string): Promise<NoteVerifierKey> {
	const first = text.indexOf("+");
	const second = text.indexOf("+", first + 1);
	if (first <= 0 || second < 0) throw new NoteError("a verifier key is <name>+<hash>+<key>");
	const name = text.slice(0, first);
	const hashHex = text.slice(first + 1, second);
	let material: Uint8Array;
	try {
		material = fromBase64(text.slice(second + 1));
	} catch {
		throw new NoteError("the verifier key's key is not base64");
	}
	if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hashHex)) throw new NoteError("malformed verifier key");
	const type = material[0];
	if ((type !== ED25519_TYPE && type !== COSIGNATURE_TYPE) || material.length !== 33)
		throw new NoteError("the verifier key is not an Ed25519 key");
	const publicKey = material.slice(1);
	const hash = await keyHash(name, type, publicKey);
	if (hex8(hash) !== hashHex) throw new NoteError("the verifier key's hash does not match its name and key");
	return { name, keyHash: hash, type, publicKey };
}

export function formatVerifierKey(key: { name: string; keyHash: number; publicKey: Uint8Array }, type = ED25519_TYPE) {
	const material = new Uint8Array(33);
	material[0] = type;
	material.set(key.publicKey, 1);
	return `${key.name}+${hex8(key.keyHash)}+${toBase64(material)}`;
}

const PKCS8_ED25519_PREFIX = new Uint8Array([
	0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

async function importSeed(seed: Uint8Array): Promise<{ privateKey: CryptoKey; publicKey: Uint8Array }> {
	const pkcs8 = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
	pkcs8.set(PKCS8_ED25519_PREFIX);
	pkcs8.set(seed, PKCS8_ED25519_PREFIX.length);
	const privateKey = await crypto.subtle.importKey("pkcs8", pkcs8, { name: "Ed25519" }, true, ["sign"]);
	const jwk = (await crypto.subtle.exportKey("jwk", privateKey)) as JsonWebKey;
	const x = (jwk.x ?? "").replace(/-/g, "+").replace(/_/g, "/");
	const publicKey = fromBase64(x + "=".repeat((4 - (x.length % 4)) % 4));
	return { privateKey, publicKey };
}

/**
 * Parses a signer key "PRIVATE+KEY+<name>+<hex key hash>+<base64(0x01 ‖ 32-byte seed)>" (Go's note.NewSigner format,
 * what `note.GenerateKey` prints), checking the hash against the derived public key.
 */
export async function parseSignerKey(text: string): Promise<NoteSigner> {
	const parts = text.trim().split("+");
	if (parts.length < 5 || parts[0] !== "PRIVATE" || parts[1] !== "KEY")
		throw new NoteError("a signer key is PRIVATE+KEY+<name>+<hash>+<key>");
	const name = parts[2] as string;
	const hashHex = parts[3] as string;
	let material: Uint8Array;
	try {
		material = fromBase64(parts.slice(4).join("+"));
	} catch {
		throw new NoteError("the signer key's key is not base64");
	}
	if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hashHex)) throw new NoteError("malformed signer key");
	if (material.length !== 33 || material[0] !== ED25519_TYPE) throw new NoteError("the signer key is not Ed25519");
	const { privateKey, publicKey } = await importSeed(material.slice(1));
	const hash = await keyHash(name, ED25519_TYPE, publicKey);
	if (hex8(hash) !== hashHex) throw new NoteError("the signer key's hash does not match its name and key");
	return { name, keyHash: hash, publicKey, privateKey };
}

/** A new signer key string for `name` (for development and tests; production keys come from the secret). */
export async function generateSignerKey(name: string): Promise<string> {
	if (!isValidKeyName(name)) throw new NoteError("a key name has no spaces and no '+'");
	const seed = crypto.getRandomValues(new Uint8Array(32));
	const { publicKey } = await importSeed(seed);
	const material = new Uint8Array(33);
	material[0] = ED25519_TYPE;
	material.set(seed, 1);
	return `PRIVATE+KEY+${name}+${hex8(await keyHash(name, ED25519_TYPE, publicKey))}+${toBase64(material)}`;
}

function signatureLine(name: string, keyHashValue: number, payload: Uint8Array): string {
	const blob = new Uint8Array(4 + payload.length);
	new DataView(blob.buffer).setUint32(0, keyHashValue);
	blob.set(payload, 4);
	return `${SIGNATURE_PREFIX}${name} ${toBase64(blob)}\n`;
}

function checkText(text: string): void {
	if (!text.endsWith("\n")) throw new NoteError("a note's text ends with a newline");
	if (text.includes("\n\n")) throw new NoteError("a note's text has no blank line");
}

/** Signs `text` (which ends with a newline) and returns the note: text, a blank line, the signature line. */
export async function signNote(text: string, signer: NoteSigner, extraSignatureLines = ""): Promise<string> {
	checkText(text);
	const signature = new Uint8Array(await crypto.subtle.sign("Ed25519", signer.privateKey, encoder.encode(text)));
	return `${text}\n${signatureLine(signer.name, signer.keyHash, signature)}${extraSignatureLines}`;
}

/** Splits a note into its text and its signature lines; throws on anything not in the format. */
export function parseNote(note: string): { text: string; signatures: NoteSignature[] } {
	if (note.length > 1_000_000) throw new NoteError("the note is too long");
	const split = note.lastIndexOf("\n\n");
	if (split < 0 || !note.endsWith("\n")) throw new NoteError("a note is its text, a blank line and signature lines");
	const text = note.slice(0, split + 1);
	if (text.includes("\n\n")) throw new NoteError("a note's text has no blank line");
	const signatures: NoteSignature[] = [];
	for (const line of note.slice(split + 2, -1).split("\n")) {
		if (!line.startsWith(SIGNATURE_PREFIX)) throw new NoteError(`not a signature line: ${line.slice(0, 40)}`);
		const [name, blob, ...rest] = line.slice(SIGNATURE_PREFIX.length).split(" ");
		if (!name || !blob || rest.length > 0 || !isValidKeyName(name)) throw new NoteError("malformed signature line");
		let bytes: Uint8Array;
		try {
			bytes = fromBase64(blob);
		} catch {
			throw new NoteError("a signature is not base64");
		}
		if (bytes.length < 5) throw new NoteError("a signature is too short");
		signatures.push({
			name,
			keyHash: new DataView(bytes.buffer, bytes.byteOffset).getUint32(0),
			signature: bytes.slice(4),
			line: `${line}\n`,
		});
	}
	if (signatures.length === 0) throw new NoteError("the note has no signature");
	return { text, signatures };
}

async function ed25519Verify(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
	if (signature.length !== 64) return false;
	const key = await crypto.subtle.importKey("raw", publicKey as Uint8Array<ArrayBuffer>, { name: "Ed25519" }, false, [
		"verify",
	]);
	return crypto.subtle.verify("Ed25519", key, signature as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
}

/** Opens a note signed by `key`: returns its text, or throws saying why it is not trusted. */
export async function openNote(
	note: string,
	key: NoteVerifierKey,
): Promise<{ text: string; signatures: NoteSignature[] }> {
	const parsed = parseNote(note);
	const mine = parsed.signatures.filter((s) => s.name === key.name && s.keyHash === key.keyHash);
	if (mine.length === 0) throw new NoteError(`the note is not signed by ${key.name}`);
	for (const s of mine)
		if (!(await ed25519Verify(key.publicKey, s.signature, encoder.encode(parsed.text))))
			throw new NoteError(`the signature of ${key.name} does not match the note`);
	return parsed;
}

// ---- tlog-checkpoint

export interface Checkpoint {
	origin: string;
	size: number;
	root: Uint8Array;
	/** Extension lines after the root, kept as they are. */
	extensions: string[];
}

export function checkpointBody(checkpoint: { origin: string; size: number; root: Uint8Array }): string {
	return `${checkpoint.origin}\n${checkpoint.size}\n${toBase64(checkpoint.root)}\n`;
}

export function parseCheckpointBody(text: string): Checkpoint {
	const lines = text.split("\n");
	if (lines.length < 4 || lines.at(-1) !== "") throw new NoteError("a checkpoint is origin, size and root lines");
	const [origin, sizeText, rootText] = lines as [string, string, string];
	if (!origin) throw new NoteError("the checkpoint has no origin");
	if (!/^(?:0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText)))
		throw new NoteError("the checkpoint's size is not a decimal number");
	let root: Uint8Array;
	try {
		root = fromBase64(rootText);
	} catch {
		throw new NoteError("the checkpoint's root is not base64");
	}
	if (root.length !== HASH_SIZE) throw new NoteError("the checkpoint's root is not a SHA-256 hash");
	return { origin, size: Number(sizeText), root, extensions: lines.slice(3, -1) };
}

/** Opens a checkpoint note with the log's key and checks that its origin is the key's name. */
export async function openCheckpoint(note: string, key: NoteVerifierKey): Promise<Checkpoint> {
	const { text } = await openNote(note, key);
	const checkpoint = parseCheckpointBody(text);
	if (checkpoint.origin !== key.name)
		throw new NoteError(`the checkpoint's origin ${checkpoint.origin} is not the log ${key.name}`);
	return checkpoint;
}

// ---- tlog-cosignature (cosignature/v1)

function cosignedMessage(body: string, timestamp: number): Uint8Array {
	return encoder.encode(`cosignature/v1\ntime ${timestamp}\n${body}`);
}

/** A witness's cosignature line over a checkpoint body (its text: origin, size, root, extensions). */
export async function cosignCheckpoint(body: string, signer: NoteSigner, timestamp: number): Promise<string> {
	parseCheckpointBody(body);
	const cosignerHash = await keyHash(signer.name, COSIGNATURE_TYPE, signer.publicKey);
	const signature = new Uint8Array(
		await crypto.subtle.sign("Ed25519", signer.privateKey, cosignedMessage(body, timestamp) as Uint8Array<ArrayBuffer>),
	);
	const payload = new Uint8Array(8 + 64);
	new DataView(payload.buffer).setBigUint64(0, BigInt(timestamp));
	payload.set(signature, 8);
	return signatureLine(signer.name, cosignerHash, payload);
}

/** The verifier key of a witness signer (type 0x04), as a witness publishes it. */
export async function cosignerVerifierKey(signer: NoteSigner): Promise<string> {
	const hash = await keyHash(signer.name, COSIGNATURE_TYPE, signer.publicKey);
	return formatVerifierKey({ name: signer.name, keyHash: hash, publicKey: signer.publicKey }, COSIGNATURE_TYPE);
}

/** Finds a valid cosignature of `key` (type 0x04) on the note's body: its timestamp and line, or null. */
export async function verifyCosignature(
	note: string,
	key: NoteVerifierKey,
): Promise<{ timestamp: number; line: string } | null> {
	if (key.type !== COSIGNATURE_TYPE) return null;
	const { text, signatures } = parseNote(note);
	for (const s of signatures) {
		if (s.name !== key.name || s.keyHash !== key.keyHash || s.signature.length !== 72) continue;
		const timestamp = Number(new DataView(s.signature.buffer, s.signature.byteOffset).getBigUint64(0));
		if (await ed25519Verify(key.publicKey, s.signature.slice(8), cosignedMessage(text, timestamp)))
			return { timestamp, line: s.line };
	}
	return null;
}
