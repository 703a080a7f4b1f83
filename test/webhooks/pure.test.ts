import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, RETRY_DELAYS_SECONDS, retryDelaySeconds } from "../../src/webhooks/backoff";
import { newWebhookSecret, webhookHeaders } from "../../src/webhooks/signing";
import { checkWebhookTarget } from "../../src/webhooks/targets";

describe("signing", () => {
	it("signs so that the standardwebhooks verifier accepts the message, and refuses it altered", async () => {
		const secret = newWebhookSecret();
		expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
		const body = JSON.stringify({ type: "certificate.claimed", id: "evt_claim_x", data: { a: 1 } });
		const headers = await webhookHeaders([secret], "evt_claim_x", new Date(), body);
		expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
		expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
		expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
	});

	it("carries one signature per secret, so either the new or the previous secret verifies during a rotation", async () => {
		const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
		const body = '{"type":"job.completed"}';
		const headers = await webhookHeaders([current, previous], "evt_job_1", new Date(), body);
		expect(headers["webhook-signature"]?.split(" ")).toHaveLength(2);
		expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
		expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
	});
});

describe("targets", () => {
	it.each([
		["http://hooks.example.com/x", "must use https"],
		["https://localhost/x", "must be a public host name"],
		["https://api.localhost/x", "must be a public host name"],
		["https://metadata.google.internal/x", "must be a public host name"],
		["https://printer.local/x", "must be a public host name"],
		["https://intranet/x", "must be a fully qualified public host name"],
		["https://127.0.0.1/x", "must not be a private or reserved address"],
		["https://2130706433/x", "must not be a private or reserved address"],
		["https://0x7f.1/x", "must not be a private or reserved address"],
		["https://10.1.2.3/x", "must not be a private or reserved address"],
		["https://172.20.0.1/x", "must not be a private or reserved address"],
		["https://192.168.1.1/x", "must not be a private or reserved address"],
		["https://169.254.169.254/latest/meta-data", "must not be a private or reserved address"],
		["https://100.64.0.1/x", "must not be a private or reserved address"],
		["https://0.0.0.0/x", "must not be a private or reserved address"],
		["https://[::1]/x", "must not be a private or reserved address"],
		["https://[::]/x", "must not be a private or reserved address"],
		["https://[fd12:3456::1]/x", "must not be a private or reserved address"],
		["https://[fe80::1]/x", "must not be a private or reserved address"],
		["https://[::ffff:127.0.0.1]/x", "must not be a private or reserved address"],
		["https://[::ffff:8.8.8.8]/x", "must not be a private or reserved address"],
		["https://[2002:7f00:1::1]/x", "must not be a private or reserved address"],
		["https://user:pass@hooks.example.com/x", "must not carry a user name or password"],
		["ftp://hooks.example.com/x", "must use https"],
		["not a url", "must be an absolute URL"],
	])("refuses %s", (url, reason) => {
		expect(checkWebhookTarget(url, false)).toEqual({ ok: false, reason });
	});

	it.each([
		"https://hooks.example.com/econsent",
		"https://hooks.example.com:8443/econsent?x=1",
		"https://8.8.8.8/x",
		"https://[2606:4700:4700::1111]/x",
	])("accepts %s", (url) => {
		expect(checkWebhookTarget(url, false).ok).toBe(true);
	});

	it("allows http://127.0.0.1:PORT only when local webhooks are allowed, and nothing else private", () => {
		expect(checkWebhookTarget("http://127.0.0.1:9123/hook", true).ok).toBe(true);
		expect(checkWebhookTarget("http://127.0.0.1:9123/hook", false).ok).toBe(false);
		expect(checkWebhookTarget("http://localhost:9123/hook", true).ok).toBe(false);
		expect(checkWebhookTarget("http://10.0.0.1/hook", true).ok).toBe(false);
		expect(checkWebhookTarget("http://hooks.example.com/hook", true).ok).toBe(false);
	});
});

describe("back-off", () => {
	it("retries 7 times over about 27.5 hours, then gives up", () => {
		const waits = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelaySeconds(i + 1));
		expect(waits).toEqual([...RETRY_DELAYS_SECONDS, null]);
		const total = RETRY_DELAYS_SECONDS.reduce((a, b) => a + b, 0);
		expect(total / 3600).toBeGreaterThan(24);
		expect(total / 3600).toBeLessThan(30);
		expect(Math.max(...RETRY_DELAYS_SECONDS)).toBeLessThanOrEqual(12 * 3600);
	});
});
