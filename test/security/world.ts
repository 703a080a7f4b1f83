// One company that owns one of every resource the API names by id in a path, a publisher it buys from, and a
// stranger: enough for checks to try a real id as its owner and as someone else.
import { env } from "cloudflare:workers";
import { vi } from "vitest";
import { type Actor, type CallResult, call, createProperty, PASSWORD, SAME_ORIGIN, signup } from "../helpers";
import { sampleChunks, witnessCertificate } from "../witnessed";

export interface World {
	owner: Actor;
	publisher: Actor;
	stranger: Actor;
	/** The owner's id for each collection, keyed by the path segment before the id ("properties", "partners", …). */
	ownedIds: Record<string, string | number>;
	/** Ids of the owner's world by request field name, so generated bodies can reach past "not found". */
	knownFieldValues: Record<string, unknown>;
}

async function ok(res: CallResult, what: string) {
	if (res.status >= 300) throw new Error(`${what}: ${res.status} ${res.text}`);
	return res.json;
}

export async function buildWorld(): Promise<World> {
	const owner = await signup("Owner Co");
	const publisher = await signup("Publisher Co");
	const stranger = await signup("Stranger Co");

	// Witnessed certificates, so the operations on session recordings find one too (every other operation treats
	// them as any certificate).
	const property = await createProperty(owner, "forms.owner.example");
	const certificate = {
		certificate_id: await witnessCertificate(property.id, sampleChunks(2), { origin: "https://forms.owner.example" }),
	};
	const key = await ok(await call("POST", "/auth/api-keys", { as: owner, body: { name: "server" } }), "api key");
	const rule = await ok(
		await call("POST", "/certificate-sharing/consent-rules", {
			as: owner,
			body: { rule_name: "TCPA", required_phrases: ["autodialer"], mode: "warn" },
		}),
		"rule",
	);
	const partner = await ok(
		await call("POST", "/certificate-sharing/partners", {
			as: owner,
			body: { property_id: property.id, partner_company_id: publisher.company.id },
		}),
		"partner",
	);
	// Registered before the share below, so that share makes it a delivery.
	const webhook = await ok(
		await call("POST", "/webhooks", {
			as: owner,
			body: { url: "https://hooks.owner.example/econsent", events: ["certificate.shared"] },
		}),
		"webhook",
	);
	const publisherProperty = await createProperty(publisher, "forms.publisher.example");
	const bought = {
		certificate_id: await witnessCertificate(publisherProperty.id, sampleChunks(2), {
			origin: "https://forms.publisher.example",
		}),
	};
	const share = await ok(
		await call("POST", `/certificate-sharing/certificates/${bought.certificate_id}/share`, {
			as: publisher,
			body: { target_company_id: owner.company.id },
		}),
		"share",
	);
	const claim = await ok(
		await call("POST", `/certificate-sharing/certificates/claim/${share.claim_token}`, { as: owner }),
		"claim",
	);

	// The share's event becomes a delivery once the queue relays it from the certificate's shard.
	const delivery = await vi.waitFor(
		async () => {
			const row = await env.DB.prepare("SELECT id FROM webhook_deliveries WHERE endpoint_id = ?")
				.bind(webhook.id)
				.first<{ id: string }>();
			if (!row) throw new Error("the share made no webhook delivery");
			return row;
		},
		{ timeout: 10_000, interval: 50 },
	);
	const job = await ok(
		await call("POST", "/certificate-sharing/jobs", {
			as: owner,
			body: { type: "batch_share", certificate_ids: [certificate.certificate_id] },
		}),
		"job",
	);

	return {
		owner,
		publisher,
		stranger,
		ownedIds: {
			properties: property.id,
			certificates: certificate.certificate_id,
			"api-keys": key.id,
			"consent-rules": rule.id,
			partners: partner.id,
			"partner-certificates": claim.claim_id,
			jobs: job.id,
			webhooks: webhook.id,
			deliveries: delivery.id,
		},
		knownFieldValues: {
			property_id: property.id,
			partner_company_id: publisher.company.id,
			target_company_id: publisher.company.id,
			certificate_ids: [certificate.certificate_id],
		},
	};
}

/** A session of its own for the world's owner, so a check that ends sessions (logout) ends only this one. */
export async function freshSession(actor: Actor): Promise<Actor> {
	const res = await call("POST", "/auth/login", { body: { email: actor.user.email, password: PASSWORD } });
	if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
	const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
	return { ...actor, cookie, headers: { cookie, ...SAME_ORIGIN } };
}

/** Row counts of every table, to show that a refused request stored nothing. */
export async function rowCounts(): Promise<Record<string, number>> {
	const tables = await env.DB.prepare(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name <> 'd1_migrations'",
	).all<{ name: string }>();
	const counts = tables.results.map((t) => `(SELECT count(*) FROM "${t.name}") AS "${t.name}"`).join(", ");
	return (await env.DB.prepare(`SELECT ${counts}`).first<Record<string, number>>()) ?? {};
}
