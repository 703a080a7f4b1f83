// GET and POST /demo/form: a small quote form with the capture script on it, for trying witnessed capture locally
// (`npm run dev` prints its address) and for the e2e suite. It exists only where ALLOW_LOCAL_CAPTURE is "true":
// elsewhere nothing is routed there and the path answers 404 like any unknown one. It is a middleware rather than
// routes for that reason: a declared route would answer 405 to the methods it lacks and show in /openapi.json.
import type { MiddlewareHandler } from "hono";
import { html, renderPage, renderPageWithScript } from "../lib/html";
import type { AppContext, AppEnv } from "../lib/http";

export const DEMO_FORM_PATH = "/demo/form";
const PROPERTY_ID = /^[0-9a-f]{24}$/;

// What the form needs beyond the service's stylesheet: a checkbox beside its label, the notice's small print and a
// block the recording leaves out.
const FORM_STYLE = `
.optin{display:flex;gap:.6rem;align-items:flex-start;margin:1rem 0;font-weight:400}
.optin input{width:auto;min-height:0;margin:.3rem 0 0;flex:none}
.fine{font-size:14px;color:#3d444d;background:#f6f8fa;padding:.75rem;border-radius:6px}
.agent{border:1px dashed #8c959f;padding:.5rem .75rem;margin-top:1.5rem}
`;

function formPage(c: AppContext, propertyId: string) {
	const scriptUrl = `${new URL(c.req.url).origin}/capture.js`;
	const body = html`<h1>Get your auto insurance quote</h1>
<p>Three questions, and a licensed agent calls you back with quotes from up to five insurers.</p>
<form method="post" action="${DEMO_FORM_PATH}">
<input type="hidden" name="property_id" value="${propertyId}">
<label for="full-name">Full name</label>
<input id="full-name" name="full_name" autocomplete="name" required>
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" data-econsent="email" required>
<label for="phone">Mobile phone</label>
<input id="phone" name="phone" type="tel" autocomplete="tel" data-econsent="phone" required>
<label for="zip">ZIP code</label>
<input id="zip" name="zip" inputmode="numeric" autocomplete="postal-code" maxlength="5">
<p class="fine" id="consent-notice" data-econsent="notice">By clicking Get My Quote, I agree that Acme Insurance and
its partners may contact me at the number provided, including by autodialer, prerecorded or artificial voice
messages and text messages. Consent is not required as a condition of purchase. Message and data rates may apply.</p>
<label class="optin"><input type="checkbox" id="optin" name="consent" value="yes" data-econsent="optin" required>
<span>Yes, Acme Insurance may call and text me about my quote.</span></label>
<div class="actions"><button type="submit" name="action" value="quote">Get My Quote</button></div>
</form>
<div class="agent" data-econsent-block><p class="muted">Agent notes (marked <code>data-econsent-block</code>: never
recorded): returning visitor, referred by partner 1182.</p></div>
<script src="${scriptUrl}" data-property="${propertyId}" async></script>`;
	return renderPageWithScript(c, "Get your auto insurance quote", body, scriptUrl, FORM_STYLE);
}

async function receivedPage(c: AppContext) {
	const form = await c.req.parseBody();
	const certificateId = form.econsent_certificate_id;
	const propertyId = typeof form.property_id === "string" && PROPERTY_ID.test(form.property_id) ? form.property_id : "";
	const again = propertyId ? `${DEMO_FORM_PATH}?property_id=${propertyId}` : DEMO_FORM_PATH;
	const body = html`<h1>Thank you</h1>
<p>An agent will call you shortly.</p>
<h2>What the form sent</h2>
<dl><dt><code>econsent_certificate_id</code></dt>
<dd id="certificate-id">${typeof certificateId === "string" && certificateId ? html`<code>${certificateId}</code>` : "none"}</dd></dl>
<p class="muted">Signed in as the publisher, the certificate is at <code>GET /certificates/{certificate id}</code>.</p>
<p><a href="${again}">Fill in the form again</a></p>`;
	return renderPage(c, "Thank you", body);
}

export function demoForm(): MiddlewareHandler<AppEnv> {
	return async (c, next) => {
		if (c.env.ALLOW_LOCAL_CAPTURE !== "true") return next();
		if (c.req.method === "POST") return receivedPage(c);
		if (c.req.method !== "GET") return next();
		const propertyId = c.req.query("property_id") ?? "";
		if (!PROPERTY_ID.test(propertyId)) {
			const body = html`<h1>Which property?</h1>
<p>Open this page as <code>${DEMO_FORM_PATH}?property_id=&lt;property id&gt;</code>, with the id of a property
registered with the domain <code>127.0.0.1</code> or <code>localhost</code> (<code>npm run dev</code> seeds one and
prints the address).</p>`;
			return renderPage(c, "Which property?", body, 400);
		}
		return formPage(c, propertyId);
	};
}
