import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WEBHOOK_USER_AGENT } from "../../src/webhooks/deliver";
import { eventSchemas, PingEvent } from "../../src/webhooks/payloads";
import { type Actor, call, captureCertificate, createProperty, signup } from "../helpers";
import { startReceiver } from "./receiver";

let hostCount = 0;
const receivers: ReturnType<typeof startReceiver>[] = [];
function receiver() {
	const r = startReceiver(`integrator-${++hostCount}-${crypto.randomUUID().slice(0, 8)}.example.com`);
	receivers.push(r);
	return r;
}
afterEach(() => {
	for (const r of receivers.splice(0)) r.stop();
});

const USER_AGENT = new RegExp(`^${WEBHOOK_USER_AGENT.replace(/[./]/g, "\\$&")} \\(\\+https://[^ ]+/docs\\)$`);
const waitLong = { timeout: 10_000, interval: 50 };

async function register(actor: Actor, url: string, events: string[]) {
	const res = await call("POST", "/webhooks", { as: actor, body: { url, events } });
	expect(res.status, res.text).toBe(201);
	return res.json as { id: string; secret: string };
}

async function deliveryRows(endpointId: string) {
	const rows = await env.DB.prepare("SELECT * FROM webhook_deliveries WHERE endpoint_id = ?")
		.bind(endpointId)
		.all<Record<string, any>>();
	return rows.results;
}

describe("POST /webhooks/{id}/ping", () => {
	it("sends a signed ping to that endpoint only, whatever it subscribes to, and lists it in its deliveries", async () => {
		const owner = await signup("Pinging Buyer");
		const hooks = receiver();
		const other = receiver();
		const endpoint = await register(owner, hooks.url(), ["job.completed"]);
		await register(owner, other.url(), ["job.completed"]);

		const res = await call("POST", `/webhooks/${endpoint.id}/ping`, { as: owner });
		expect(res.status, res.text).toBe(202);
		expect(res.json).toMatchObject({ event_type: "ping", status: "pending", attempts: 0 });
		expect(res.json.event_id).toBe(`evt_ping_${res.json.id}`);

		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), waitLong);
		const [delivery] = hooks.received;
		if (!delivery) throw new Error("no ping");
		const event = new Webhook(endpoint.secret).verify(delivery.body, delivery.headers) as any;
		expect(PingEvent.parse(event)).toEqual(event);
		expect(event).toMatchObject({ type: "ping", id: res.json.event_id, data: { endpoint_id: endpoint.id } });
		expect(delivery.headers["user-agent"]).toMatch(USER_AGENT);
		expect(other.received).toHaveLength(0);

		await vi.waitFor(async () => {
			const list = await call("GET", `/webhooks/${endpoint.id}/deliveries`, { as: owner });
			expect(list.json.data).toEqual([
				expect.objectContaining({ id: res.json.id, event_type: "ping", status: "delivered", attempts: 1 }),
			]);
		}, waitLong);
		// A test, not an event: it is not in the events list to replay from.
		expect((await call("GET", "/webhooks/events", { as: owner })).json.data).toEqual([]);
	});

	it("refuses a disabled endpoint with 409, and another company's or a made-up endpoint with 404", async () => {
		const owner = await signup();
		const stranger = await signup();
		const endpoint = await register(owner, receiver().url(), ["certificate.shared"]);
		expect((await call("POST", `/webhooks/${endpoint.id}/ping`, { as: stranger })).status).toBe(404);
		expect((await call("POST", `/webhooks/${"f".repeat(24)}/ping`, { as: owner })).status).toBe(404);
		await call("PATCH", `/webhooks/${endpoint.id}`, { as: owner, body: { enabled: false } });
		const refused = await call("POST", `/webhooks/${endpoint.id}/ping`, { as: owner });
		expect(refused.status).toBe(409);
		expect(refused.json.error.code).toBe("CONFLICT");
		expect(await deliveryRows(endpoint.id)).toEqual([]);
	});
});

describe("GET /webhooks/events", () => {
	it("lists each event once, newest first, with the exact body sent; filters by type and time; pages by cursor", async () => {
		const publisher = await signup("Replaying Publisher");
		const property = await createProperty(publisher);
		const buyer = await signup("Replaying Buyer");
		const first = receiver();
		const second = receiver();
		const a = await register(buyer, first.url(), ["certificate.shared"]);
		const b = await register(buyer, second.url(), ["certificate.shared", "certificate.claimed"]);

		const shared: string[] = [];
		for (let i = 0; i < 2; i++) {
			const { certificate_id } = await captureCertificate(publisher, property.id);
			const res = await call("POST", `/certificate-sharing/certificates/${certificate_id}/share`, {
				as: publisher,
				body: { target_company_id: buyer.company.id },
			});
			expect(res.status).toBe(201);
			shared.push(certificate_id);
		}
		await vi.waitFor(() => {
			expect(first.received).toHaveLength(2);
			expect(second.received).toHaveLength(2);
		}, waitLong);
		for (const received of [...first.received, ...second.received]) {
			expect(received.headers["user-agent"]).toMatch(USER_AGENT);
		}

		const list = await call("GET", "/webhooks/events", { as: buyer });
		expect(list.status, list.text).toBe(200);
		expect(list.roundTrips).toBe(1);
		const events = list.json.data as any[];
		expect(events).toHaveLength(2);
		expect(events.map((e) => e.payload.data.certificate_id).sort()).toEqual([...shared].sort());
		const times = events.map((e) => `${e.created_at} ${e.id}`);
		expect(times).toEqual([...times].sort().reverse());
		for (const event of events) {
			expect(event.type).toBe("certificate.shared");
			expect(eventSchemas["certificate.shared"].parse(event.payload)).toEqual(event.payload);
			const sent = first.received.find((r) => r.headers["webhook-id"] === event.id);
			expect(JSON.parse(sent?.body ?? "null")).toEqual(event.payload);
			expect(event.payload.id).toBe(event.id);
			expect(event.payload.created_at).toBe(event.created_at);
			expect(event.deliveries.map((d: any) => d.endpoint_id).sort()).toEqual([a.id, b.id].sort());
			for (const d of event.deliveries) expect(d.status).toBe("delivered");
		}

		// Filters: by type, and at or after a time.
		expect((await call("GET", "/webhooks/events?type=certificate.claimed", { as: buyer })).json.data).toEqual([]);
		const newest = events[0];
		const later = await call("GET", `/webhooks/events?created_after=${encodeURIComponent(newest.created_at)}`, {
			as: buyer,
		});
		expect(later.json.data.map((e: any) => e.id)).toContain(newest.id);
		expect(later.json.data.every((e: any) => e.created_at >= newest.created_at)).toBe(true);
		const future = await call("GET", "/webhooks/events?created_after=2100-01-01T00:00:00Z", { as: buyer });
		expect(future.json.data).toEqual([]);

		// By cursor, one at a time: the same events in the same order.
		const page1 = await call("GET", "/webhooks/events?limit=1", { as: buyer });
		expect(page1.json.next_cursor).toEqual(expect.any(String));
		const page2 = await call("GET", `/webhooks/events?limit=1&cursor=${page1.json.next_cursor}`, { as: buyer });
		expect([...page1.json.data, ...page2.json.data].map((e: any) => e.id)).toEqual(events.map((e) => e.id));
		expect(page2.json.next_cursor).toBeNull();

		// Another company sees none of them; the publisher had no endpoint and has no events.
		expect((await call("GET", "/webhooks/events", { as: publisher })).json.data).toEqual([]);

		// Replaying one: its delivery to one endpoint is sent again, same id and body.
		const replay = newest.deliveries.find((d: any) => d.endpoint_id === a.id);
		const retried = await call("POST", `/webhooks/${a.id}/deliveries/${replay.id}/retry`, { as: buyer });
		expect(retried.status, retried.text).toBe(202);
		await vi.waitFor(() => expect(first.received).toHaveLength(3), waitLong);
		const again = first.received[2];
		expect(again?.headers["webhook-id"]).toBe(newest.id);
		expect(JSON.parse(again?.body ?? "null")).toEqual(newest.payload);
		expect(second.received).toHaveLength(2);
	});

	it("refuses an unknown type, a time that is not RFC 3339 and a cursor it did not make", async () => {
		const owner = await signup();
		for (const query of ["type=ping", "type=nope", "created_after=yesterday", "cursor=abc"]) {
			const res = await call("GET", `/webhooks/events?${query}`, { as: owner });
			expect(res.status, query).toBe(400);
			expect(res.json.error.code, query).toBe("VALIDATION_FAILED");
		}
	});
});
