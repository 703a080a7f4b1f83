import { z } from "@hono/zod-openapi";
import { PAGE_HEADERS, publicRoute } from "../lib/routes";

export const verifyPage = publicRoute(
	{
		operationId: "getBundleVerifierPage",
		sends: { onSuccess: PAGE_HEADERS },
		tag: "Verification",
		summary: "Verify an evidence bundle in the browser, offline",
		description:
			"A self-contained page where anyone checks an evidence bundle (and optionally a saved keys.json and the access log) in the browser, with the same checks as `npx econsent verify`. The files never leave the browser; the page makes no request, and works saved to disk and opened without a network.",
	},
	{
		method: "get",
		path: "/verify",
		responses: {
			200: {
				content: { "text/html": { schema: z.string().openapi({ description: "An HTML page" }) } },
				description: "The page, its script inline",
			},
		},
	},
);
