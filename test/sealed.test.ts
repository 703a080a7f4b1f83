import { describe, expect, it } from "vitest";
import { toBase64 } from "../src/lib/crypto";
import { open, parseSealingKeyRing, seal } from "../src/lib/sealed";

const randomKey = () => toBase64(crypto.getRandomValues(new Uint8Array(32)));
const OLD_KEY = randomKey();
const NEW_KEY = randomKey();

describe("sealing data at rest", () => {
	it("opens what it sealed, names the key, and never seals the same value the same way twice", async () => {
		const ring = await parseSealingKeyRing(JSON.stringify({ "k-1": OLD_KEY }), "k-1");
		const first = await seal(ring, "clm_secret", "row 1");
		const second = await seal(ring, "clm_secret", "row 1");
		expect(first).toMatch(/^k-1\./);
		expect(first).not.toContain("clm_secret");
		expect(second).not.toBe(first);
		expect(await open(ring, first, "row 1")).toBe("clm_secret");
		expect(await open(ring, second, "row 1")).toBe("clm_secret");
	});

	it("refuses a value opened for another context, altered, or sealed with an unknown key", async () => {
		const ring = await parseSealingKeyRing(JSON.stringify({ "k-1": OLD_KEY }), "k-1");
		const sealed = await seal(ring, "clm_secret", "row 1");
		await expect(open(ring, sealed, "row 2")).rejects.toThrow();
		const [keyId, iv, ciphertext] = sealed.split(".") as [string, string, string];
		const flipped = `${ciphertext[0] === "A" ? "B" : "A"}${ciphertext.slice(1)}`;
		await expect(open(ring, `${keyId}.${iv}.${flipped}`, "row 1")).rejects.toThrow();
		await expect(open(ring, `k-2.${iv}.${ciphertext}`, "row 1")).rejects.toThrow(/unknown data encryption key k-2/);
		await expect(open(ring, "not sealed", "row 1")).rejects.toThrow(/Not a sealed value/);
	});

	it("keeps opening values sealed with a retired key after the active key rotates", async () => {
		const before = await parseSealingKeyRing(JSON.stringify({ "k-1": OLD_KEY }), "k-1");
		const sealed = await seal(before, "clm_secret", "row 1");
		const after = await parseSealingKeyRing(JSON.stringify({ "k-1": OLD_KEY, "k-2": NEW_KEY }), "k-2");
		expect(await seal(after, "x", "row 1")).toMatch(/^k-2\./);
		expect(await open(after, sealed, "row 1")).toBe("clm_secret");
	});

	it.each([
		["no keys configured", undefined, "k-1", /must be set/],
		["keys that are not a JSON object", "42", "k-1", /JSON object/],
		["a key that is not 32 bytes", JSON.stringify({ "k-1": toBase64(new Uint8Array(16)) }), "k-1", /32 bytes/],
		["a key that is not base64", JSON.stringify({ "k-1": "not base64!" }), "k-1", /32 bytes/],
		["a key id with a dot", JSON.stringify({ "k.1": randomKey() }), "k.1", /key id/],
		[
			"an active id missing from the keys",
			JSON.stringify({ "k-1": randomKey() }),
			"k-2",
			/not in DATA_ENCRYPTION_KEYS/,
		],
	])("refuses a misconfigured key ring: %s", async (_, keys, active, message) => {
		await expect(parseSealingKeyRing(keys, active)).rejects.toThrow(message);
	});
});
