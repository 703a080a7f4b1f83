import { z } from "@hono/zod-openapi";
import { publicRoute } from "../lib/routes";

export const captureScript = publicRoute(
	{
		operationId: "getCaptureScript",
		sends: { onSuccess: ["Cache-Control", "X-Content-Type-Options", "Cross-Origin-Resource-Policy"] },
		tag: "Capture",
		summary: "The capture script for publishers' form pages",
		description:
			"Put a `script` element with `src` https://<this service>/capture.js, `data-property` set to the property's id and `async` on a form page of a registered property (the README shows the tag)." +
			" The script opens a capture session, puts its certificate id into every form (hidden input `econsent_certificate_id`), records the page with every input value masked, and on submit reports the consent notice as shown, the opt-in, how each field was filled (never its value) and the lead's email and phone (kept only as hashes); the certificate is then `witnessed`. Elements marked `data-econsent-block` are not recorded.",
	},
	{
		method: "get",
		path: "/capture.js",
		responses: {
			200: {
				content: { "text/javascript": { schema: z.string().openapi({ description: "JavaScript" }) } },
				description: "The script, minified, with the rrweb recorder",
			},
		},
	},
);
