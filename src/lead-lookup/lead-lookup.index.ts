import { createRouter } from "../lib/http";
import * as routes from "./lead-lookup.routes";
import { lookUpLeads } from "./lookup";

export const leadLookupRouter = createRouter().openapi(routes.lookUpLeads, async (c) => {
	const { leads } = c.req.valid("json");
	return c.json({ results: await lookUpLeads(c, leads) }, 200);
});
