import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBookmarks, parseBookmarks } from "../src/db/shard-sessions";
import {
	certificateIdOn,
	certificateShard,
	ID_SPAN,
	idShard,
	MAX_SHARD,
	newCertificateId,
	openShards,
	prepareShardSql,
	tokenOn,
	tokenShard,
} from "../src/db/shards";

const BOOKMARK = "00000000-00000006-00000000-0123456789abcdef0123456789abcdef";

describe("the shard a certificate's data is on", () => {
	it("is written into every id that names the data, and read back from it", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_SHARD }),
				fc.uint8Array({ minLength: 16, maxLength: 16 }),
				(shard, bytes) => {
					const id = certificateIdOn(shard, bytes);
					expect(id).toMatch(/^EC-[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
					expect(certificateShard(id)).toBe(shard);
					expect(tokenShard(tokenOn(shard, "ab".repeat(24)))).toBe(shard);
					expect(idShard(shard * ID_SPAN + 1)).toBe(shard);
				},
			),
		);
	});

	it("is the directory for ids made before shards: UUIDv4 certificate ids, 48-hex tokens, small claim ids", () => {
		expect(certificateShard("EC-0001a52e-70da-4975-b9bb-a9791f53c989")).toBe(0);
		expect(certificateShard("not-a-certificate")).toBe(0);
		expect(tokenShard(`clm_${"0001".repeat(12)}`)).toBe(0);
		expect(idShard(12)).toBe(0);
	});

	it("puts new certificates on the open shards, the directory while none is configured", () => {
		expect(openShards({ ...env, CERTIFICATE_SHARDS: "" })).toEqual([0]);
		expect(openShards({ ...env, CERTIFICATE_SHARDS: "SHARD_1, SHARD_3" })).toEqual([1, 3]);
		expect(() => openShards({ ...env, CERTIFICATE_SHARDS: "SHARD_X" })).toThrow(/SHARD_X/);
		const spread = new Set(
			Array.from({ length: 200 }, () =>
				certificateShard(newCertificateId({ ...env, CERTIFICATE_SHARDS: "SHARD_1,SHARD_2" })),
			),
		);
		expect([...spread].sort()).toEqual([1, 2]);
	});

	it("starts a prepared shard's claim and event ids in its own range, and preparing twice changes nothing", async () => {
		const d1 = env.DB;
		await d1.exec("CREATE TABLE shard_probe_claims (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)");
		const sql = prepareShardSql(3).map((s) => s.replaceAll("'claims'", "'shard_probe_claims'"));
		await d1.batch([...sql, ...sql].map((s) => d1.prepare(s)));
		await d1.prepare("INSERT INTO shard_probe_claims (v) VALUES ('a')").run();
		const row = await d1.prepare("SELECT id FROM shard_probe_claims").first<{ id: number }>();
		expect(row?.id).toBe(3 * ID_SPAN + 1);
		expect(idShard(row?.id ?? 0)).toBe(3);
	});
});

describe("the bookmark handed back", () => {
	it("names each database, the directory's first in the form it had before shards", () => {
		const bookmarks = new Map([
			[2, BOOKMARK.replace("0123", "2222")],
			[0, BOOKMARK],
		]);
		const header = formatBookmarks(bookmarks);
		expect(header).toBe(`${BOOKMARK},2:${BOOKMARK.replace("0123", "2222")}`);
		expect(parseBookmarks(header)).toEqual(bookmarks);
		expect(parseBookmarks(BOOKMARK)).toEqual(new Map([[0, BOOKMARK]]));
		expect(parseBookmarks("garbage,7:also-garbage")).toEqual(new Map());
	});
});
