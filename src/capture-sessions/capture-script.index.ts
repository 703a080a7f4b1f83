// GET /capture.js: the script publishers put on their form pages. Its source is ./browser/capture-script.ts, bundled
// with the rrweb recorder by scripts/build-scripts.mjs and imported here as text.
import script from "../../dist/capture/capture.js";
import { createRouter } from "../lib/http";
import * as routes from "./capture-script.routes";

// Publishers embed the same URL forever, so a fix must reach their pages soon: browsers and CDNs keep it 10 minutes,
// then may serve the old copy for up to a day while they fetch the new one in the background.
const CACHE_CONTROL = "public, max-age=600, stale-while-revalidate=86400";

export const captureScriptRouter = createRouter().openapi(routes.captureScript, (c) =>
	c.body(script, 200, {
		"Content-Type": "text/javascript; charset=utf-8",
		"Cache-Control": CACHE_CONTROL,
		"X-Content-Type-Options": "nosniff",
		// Loaded by other sites' pages, including those that isolate themselves (Cross-Origin-Embedder-Policy).
		"Cross-Origin-Resource-Policy": "cross-origin",
	}),
);
