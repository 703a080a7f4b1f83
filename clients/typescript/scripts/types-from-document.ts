// Turns the served OpenAPI document into the client's TypeScript types (openapi-typescript), the same way for the
// generate script and for the test that checks the committed types against what the API serves.
import openapiTS, { astToString } from "openapi-typescript";

export const GENERATED_TYPES_FILE = new URL("../src/generated/openapi.ts", import.meta.url);

const HEADER = [
	"// Generated from the API's /openapi.json by `npm run client:generate` (clients/typescript/scripts/generate.ts).",
	"// Do not edit: change the routes' declarations in src/ and generate again.",
	"",
].join("\n");

export async function typesFromDocument(document: unknown): Promise<string> {
	// The document is given as its text: nothing is fetched or resolved from anywhere else.
	// openapi-typescript's own defaults, as an integrator would run it: the document must need no special option.
	const ast = await openapiTS(JSON.stringify(document), { silent: true });
	return `${HEADER}${astToString(ast)}`;
}
