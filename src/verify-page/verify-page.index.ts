// GET /verify: the offline bundle verifier as one page. Its script is src/verify-page/browser/verify-in-browser.ts
// bundled with the verifier's modules by scripts/build-scripts.mjs, imported here as text and inlined, so the page
// needs nothing else: saved to a file it verifies with no server and no network.
import script from "../../dist/verifier/verify-page.js";
import { renderScriptedPage } from "../lib/html";
import { createRouter, publicOrigin } from "../lib/http";
import { verifyPageBody } from "./verify-page";
import * as routes from "./verify-page.routes";

export const verifyPageRouter = createRouter().openapi(routes.verifyPage, (c) =>
	renderScriptedPage(
		c,
		"Verify an evidence bundle",
		verifyPageBody(`${publicOrigin(c)}/.well-known/econsent/keys.json`),
		script,
	),
);
