// Claim events queued before the publisher's payload was narrowed still held the buyer's compliance summary; the
// 0014 migration narrows those not yet delivered and leaves the record of what was already sent.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, signup } from "../helpers";

const MIGRATION = "0014_redact_pending_claim_webhooks.sql";

const oldClaimPayload = (id: string) =>
	JSON.stringify({
		type: "certificate.claimed",
		id,
		created_at: "2026-12-01T00:00:00.000Z",
		data: {
			certificate_id: "EC-old",
			status: "flagged",
			compliance: {
				score: 40,
				matched: [],
				missing: ["zanzibarphraseone"],
				forbidden_found: [],
				status: "warn",
				grade: "D",
				rules_evaluated: 1,
			},
		},
	});

describe("the migration that narrows queued claim events", () => {
	it("keeps only the outcome in pending claim deliveries, and leaves delivered ones as sent", async () => {
		const publisher = await signup();
		const endpoint = await call("POST", "/webhooks", {
			as: publisher,
			body: { url: "https://hooks.example.com/econsent", events: ["certificate.claimed"] },
		});
		expect(endpoint.status).toBe(201);
		const insert = (id: string, status: string) =>
			env.DB.prepare(
				"INSERT INTO webhook_deliveries (id, endpoint_id, company_id, event_id, event_type, payload, status, attempts, created_at) VALUES (?, ?, ?, ?, 'certificate.claimed', ?, ?, 1, '2026-12-01T00:00:00.000Z')",
			)
				.bind(id, endpoint.json.id, publisher.company.id, `evt_claim_${id}`, oldClaimPayload(`evt_claim_${id}`), status)
				.run();
		await insert("pendingdelivery000000001", "pending");
		await insert("delivereddelivery0000001", "delivered");

		const migration = env.TEST_MIGRATIONS.find((m) => m.name === MIGRATION);
		if (!migration) throw new Error(`${MIGRATION} is not among the migrations`);
		for (const query of migration.queries) await env.DB.prepare(query).run();

		const payloadOf = async (id: string) =>
			JSON.parse(
				(
					await env.DB.prepare("SELECT payload FROM webhook_deliveries WHERE id = ?")
						.bind(id)
						.first<{ payload: string }>()
				)?.payload ?? "null",
			);
		const pending = await payloadOf("pendingdelivery000000001");
		expect(pending.data.compliance).toEqual({ status: "warn" });
		expect(JSON.stringify(pending)).not.toContain("zanzibarphraseone");
		expect(pending.data.status).toBe("flagged");
		expect((await payloadOf("delivereddelivery0000001")).data.compliance.missing).toEqual(["zanzibarphraseone"]);
	});
});
