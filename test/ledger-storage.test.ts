// The ledger's own storage: its versions and migrations, forgetting spent tokens once they can no longer be claimed,
// and the alarm kept set instead of set and deleted on every write.
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CertificateLedger, REDEMPTION_MARGIN_MS } from "../src/ledger/certificate-ledger";
import type { LedgerEntry } from "../src/ledger/entries";
import {
	LEDGER_STORAGE_VERSION,
	LONGEST_TOKEN_LIFE_MS,
	migrateLedgerStorage,
	storageVersion,
} from "../src/ledger/storage";
import { call, captureCertificate, createProperty, signup } from "./helpers";
import { ledgerOf } from "./ledger-faults";

afterEach(() => {
	vi.useRealTimers();
});

const HOUR_MS = 3_600_000;

async function publishedCertificate() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const { certificate_id } = await captureCertificate(publisher, property.id);
	return { publisher, certificateId: certificate_id, ledger: ledgerOf(publisher, certificate_id) };
}

/** An entry that spends `tokenId` and records one access on the certificate's log (each with its own request). */
function spending(certificateId: string, tokenId: string, expiresAt: Date): LedgerEntry {
	return {
		writes: [],
		events: [
			{
				certificateId,
				log: "access",
				requestId: crypto.randomUUID(),
				eventType: "accessed_evidence",
				actorCompanyId: null,
				actorUserId: null,
				ip: null,
				details: {},
				createdAt: new Date().toISOString(),
			},
		],
		redeem: { tokenId, companyId: "buyer-co", expiresAt: expiresAt.toISOString() },
	};
}

async function redemptionsOf(ledger: DurableObjectStub<CertificateLedger>) {
	return runInDurableObject(ledger, (_, state) =>
		state.storage.sql
			.exec<{ token_id: string; expires_at: number }>("SELECT token_id, expires_at FROM redemptions ORDER BY token_id")
			.toArray(),
	);
}

describe("the ledger's storage versions", () => {
	it("upgrades an object whose storage is from before versions, keeping its spent tokens", async () => {
		const ledger = env.CERTIFICATE_LEDGERS.get(env.CERTIFICATE_LEDGERS.idFromName("storage-upgrade/0"));
		await runInDurableObject(ledger, (_, state) => {
			const sql = state.storage.sql;
			// The layout every ledger had before versions: no version row, redemptions without expiries.
			sql.exec("DROP TABLE storage_version");
			sql.exec("DROP TABLE redemptions");
			sql.exec("CREATE TABLE redemptions (token_id TEXT PRIMARY KEY, company_id TEXT NOT NULL, outbox_id INTEGER)");
			sql.exec("INSERT INTO redemptions (token_id, company_id, outbox_id) VALUES ('spent-long-ago', 'buyer', NULL)");
			expect(storageVersion(sql)).toBe(0);

			const startedAt = Date.now();
			// What the runtime does after a deploy: a new instance on the stored data.
			new CertificateLedger(state, env);
			expect(storageVersion(sql)).toBe(LEDGER_STORAGE_VERSION);
			const [row] = sql.exec<{ expires_at: number }>("SELECT expires_at FROM redemptions").toArray();
			// No token made before the upgrade outlives a token's whole life from then.
			expect(row?.expires_at).toBeGreaterThanOrEqual(startedAt + LONGEST_TOKEN_LIFE_MS);

			// Running the steps again changes nothing: each ran once.
			migrateLedgerStorage(state.storage, startedAt + 10 * HOUR_MS);
			expect(sql.exec<{ expires_at: number }>("SELECT expires_at FROM redemptions").one().expires_at).toBe(
				row?.expires_at,
			);
		});
	});

	it("starts a new object at the latest version", async () => {
		const ledger = env.CERTIFICATE_LEDGERS.get(env.CERTIFICATE_LEDGERS.idFromName("storage-new/0"));
		const version = await runInDurableObject(ledger, (_, state) => storageVersion(state.storage.sql));
		expect(version).toBe(LEDGER_STORAGE_VERSION);
	});
});

describe("spent tokens are forgotten only after they expire", () => {
	it("refuses a spent token until its expiry and the margin have passed, then forgets it", async () => {
		const { certificateId, ledger } = await publishedCertificate();
		const expiresAt = new Date(Date.now() + HOUR_MS);
		expect((await ledger.append(spending(certificateId, "token-a", expiresAt))).status).toBe("written");
		expect(await ledger.append(spending(certificateId, "token-a", expiresAt))).toMatchObject({
			status: "already_redeemed",
		});

		vi.useFakeTimers({ toFake: ["Date"] });
		// Past the expiry, inside the margin: another spend prunes, and token-a is still spent.
		vi.setSystemTime(expiresAt.getTime() + REDEMPTION_MARGIN_MS - 60_000);
		const later = new Date(Date.now() + 90 * 24 * HOUR_MS);
		expect((await ledger.append(spending(certificateId, "token-b", later))).status).toBe("written");
		expect((await redemptionsOf(ledger)).map((r) => r.token_id)).toEqual(["token-a", "token-b"]);
		expect(await ledger.append(spending(certificateId, "token-a", expiresAt))).toMatchObject({
			status: "already_redeemed",
		});

		// Past the margin: the next spend forgets token-a, never token-b, whose token still lives.
		vi.setSystemTime(expiresAt.getTime() + REDEMPTION_MARGIN_MS + 60_000);
		expect((await ledger.append(spending(certificateId, "token-c", later))).status).toBe("written");
		expect((await redemptionsOf(ledger)).map((r) => r.token_id)).toEqual(["token-b", "token-c"]);
	});

	it("keeps a claimed token's record with the token's own expiry, and the alarm prunes too", async () => {
		const { publisher, certificateId, ledger } = await publishedCertificate();
		const shared = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
			as: publisher,
			body: {},
		});
		const buyer = await signup("Buyer Co");
		expect(
			(await call("POST", `/certificate-sharing/certificates/claim/${shared.json.claim_token}`, { as: buyer })).status,
		).toBe(200);
		const [record] = await redemptionsOf(ledger);
		expect(record?.expires_at).toBe(Date.parse(shared.json.expires_at));

		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.parse(shared.json.expires_at) + REDEMPTION_MARGIN_MS - 60_000);
		expect(await runDurableObjectAlarm(ledger)).toBe(true);
		expect(await redemptionsOf(ledger)).toHaveLength(1);
		// Another write sets the alarm again; past the margin, the alarm forgets the token.
		await ledger.append(spending(certificateId, "token-z", new Date(Date.now() + 90 * 24 * HOUR_MS)));
		vi.setSystemTime(Date.parse(shared.json.expires_at) + REDEMPTION_MARGIN_MS + 60_000);
		expect(await runDurableObjectAlarm(ledger)).toBe(true);
		expect((await redemptionsOf(ledger)).map((r) => r.token_id)).toEqual(["token-z"]);
	});
});

describe("the ledger's alarm", () => {
	it("is set once for many writes and never deleted by one; an alarm that finds nothing to send sets none", async () => {
		const { publisher, certificateId, ledger } = await publishedCertificate();
		// The ledger may have an alarm set already; run it so that this test starts with none.
		await runDurableObjectAlarm(ledger);
		const counts = { set: 0, deleted: 0 };
		await runInDurableObject(ledger, (_, state) => {
			const storage = state.storage;
			const setAlarm = storage.setAlarm.bind(storage);
			const deleteAlarm = storage.deleteAlarm.bind(storage);
			storage.setAlarm = (...args: Parameters<typeof setAlarm>) => {
				counts.set++;
				return setAlarm(...args);
			};
			storage.deleteAlarm = (...args: Parameters<typeof deleteAlarm>) => {
				counts.deleted++;
				return deleteAlarm(...args);
			};
		});
		for (let i = 0; i < 3; i++) {
			const shared = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
				as: publisher,
				body: {},
			});
			expect(shared.status).toBe(201);
		}
		expect(counts).toEqual({ set: 1, deleted: 0 });
		expect(await runInDurableObject(ledger, (_, state) => state.storage.getAlarm())).not.toBeNull();

		// Nothing waits: the alarm (which the test harness takes off as it runs it) sends nothing and sets none.
		expect(await runDurableObjectAlarm(ledger)).toBe(true);
		expect(await runInDurableObject(ledger, (_, state) => state.storage.getAlarm())).toBeNull();
		expect(counts.set).toBe(1);
	});
});
