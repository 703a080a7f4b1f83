// The pieces callers of the ledgers share: event ids made once for TypeScript and SQL, share requests resolved in one
// step, rows per INSERT from the schema, and an entry's read-backs answered by name and decoded.
import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { chunkRows, createDb, paramsPerRow } from "../src/db/client";
import { accessEvents, auditEvents, claims, claimTokens, shareJobResults } from "../src/db/schema";
import { appendToLedger, expectWritten, groupByLedger, ledgerName, newLedgerUsage } from "../src/ledger/ledger";
import { resolveShareRequests } from "../src/sharing/share-requests";
import { type EventIdKind, eventId, eventIdSql } from "../src/webhooks/event-ids";
import { captureCertificate, createProperty, signup } from "./helpers";

describe("webhook event ids", () => {
	it("are the same whether made in TypeScript or by D1", async () => {
		const db = createDb(env.DB);
		for (const kind of ["shared", "claim", "expiring", "job"] as EventIdKind[]) {
			const [row] = await db.all<{ id: string }>(sql`select ${eventIdSql(kind, sql`${"0123abcd"}`)} as id`);
			expect(row?.id).toBe(eventId(kind, "0123abcd"));
		}
	});
});

describe("resolving share requests", () => {
	const read = {
		certificates: [
			{ id: "c-1", companyId: "pub", propertyId: "p-read" },
			{ id: "c-2", companyId: "pub", propertyId: "p-claim" },
			{ id: "c-3", companyId: "someone-else", propertyId: "p-read" },
		],
		readOnlyPartnerships: [{ propertyId: "p-read", partnerCompanyId: "buyer" }],
	};

	it("keeps the publisher's certificates in the order asked and gives a read-only partner view-only tokens", () => {
		const { requests, notOwned } = resolveShareRequests(
			"pub",
			["c-2", "c-1", "c-3", "c-404", "c-1"].map((certificateId) => ({ certificateId, targetCompanyId: "buyer" })),
			read,
		);
		expect(requests.map((r) => [r.certificateId, r.accessLevel])).toEqual([
			["c-2", "claim"],
			["c-1", "read"],
			["c-1", "read"],
		]);
		expect(notOwned).toEqual(["c-3", "c-404"]);
	});

	it("gives open tokens and other companies' shares the claim level", () => {
		const { requests } = resolveShareRequests(
			"pub",
			[
				{ certificateId: "c-1", targetCompanyId: null },
				{ certificateId: "c-1", targetCompanyId: "another-buyer", autoSharePartnerId: 7 },
			],
			read,
		);
		expect(requests.map((r) => [r.accessLevel, r.autoSharePartnerId])).toEqual([
			["claim", null],
			["claim", 7],
		]);
	});
});

describe("rows per INSERT", () => {
	it("count one parameter per column of the schema, so no chunk passes D1's 100", () => {
		expect(paramsPerRow(claimTokens)).toBe(9);
		expect(paramsPerRow(claims)).toBe(10);
		expect(paramsPerRow(shareJobResults)).toBe(9);
		for (const table of [auditEvents, accessEvents, claims, claimTokens, shareJobResults]) {
			const rows = Array.from({ length: 250 }, (_, i) => i);
			for (const chunk of chunkRows(table, rows)) expect(chunk.length * paramsPerRow(table)).toBeLessThanOrEqual(100);
		}
	});
});

describe("the ledger client", () => {
	it("groups items by the ledger that writes them, one group per ledger", () => {
		const items = Array.from({ length: 64 }, (_, i) => ({ publisherCompanyId: "pub", certificateId: `EC-${i}` }));
		const groups = groupByLedger(items, (item) => item);
		for (const group of groups) {
			expect(new Set(group.map((item) => ledgerName(item.publisherCompanyId, item.certificateId))).size).toBe(1);
		}
		expect(new Set(groups.map((g) => ledgerName("pub", g[0]?.certificateId ?? ""))).size).toBe(groups.length);
		expect(groups.flat()).toHaveLength(64);
	});

	it("answers an entry's read-backs by name, decoded as the queries say", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const { certificate_id } = await captureCertificate(publisher, property.id);
		const db = createDb(env.DB);
		const usage = newLedgerUsage();
		const outcome = await appendToLedger(env, usage, {
			publisherCompanyId: publisher.company.id,
			events: [
				{
					certificateId: certificate_id,
					log: "access",
					requestId: crypto.randomUUID(),
					eventType: "verified",
					actorCompanyId: publisher.company.id,
					actorUserId: null,
					ip: null,
					details: {},
					createdAt: new Date().toISOString(),
				},
			],
			readBack: {
				accessLog: db
					.select({ seq: accessEvents.seq, requestId: accessEvents.requestId })
					.from(accessEvents)
					.where(sql`${accessEvents.certificateId} = ${certificate_id}`),
				chainLength: db
					.select({ events: sql<number>`count(*)`.mapWith(Number) })
					.from(auditEvents)
					.where(sql`${auditEvents.certificateId} = ${certificate_id}`),
			},
		});
		const { read, events } = expectWritten(outcome);
		expect(read.accessLog).toEqual([{ seq: 1, requestId: events[0]?.requestId }]);
		expect(read.chainLength).toEqual([{ events: 2 }]);
		expect(usage).toMatchObject({ calls: 1, d1RoundTrips: 2 });
	});
});
