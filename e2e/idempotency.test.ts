// Idempotency-Key under `wrangler dev`: the stored answer is sealed with the data encryption key from the env file,
// so a retried share coming back with the same token shows the secret reaches the running Worker.
import { describe, expect, it } from "vitest";
import { api, apiOk, signup } from "./api";

describe("a retried share over HTTP", () => {
	it("gets the same claim token back, marked as replayed", async () => {
		const publisher = await signup("LeadGen Co", "publisher");
		const property = await apiOk<{ id: string }>(201, "POST", "/properties", {
			as: publisher,
			body: { domain: "forms.leadgen.example" },
		});
		const { certificate_id } = await apiOk<{ certificate_id: string }>(201, "POST", "/certificates", {
			as: publisher,
			body: { property_id: property.id, consent_text: "I agree.", page_url: "https://forms.leadgen.example/q" },
		});
		const share = () =>
			api<{ claim_token: string }>("POST", `/certificate-sharing/certificates/${certificate_id}/share`, {
				as: publisher,
				body: {},
				headers: { "idempotency-key": `share-${certificate_id}` },
			});
		const first = await share();
		const retry = await share();
		expect(first.status).toBe(201);
		expect(retry.status).toBe(201);
		expect(retry.headers.get("idempotency-replayed")).toBe("true");
		expect(retry.body.claim_token).toBe(first.body.claim_token);
	});
});
