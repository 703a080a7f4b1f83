// Writes src/generated/openapi.ts from the document the API itself serves: it starts the API as the e2e suite does
// (`wrangler dev` on a free port with throwaway state, nothing from the network), reads /openapi.json and stops it.
// With OPENAPI_URL set (e.g. http://127.0.0.1:8787 under `npm run dev`), it reads that server's document instead.
import { writeFile } from "node:fs/promises";
import { startApi } from "../../../e2e/server";
import { GENERATED_TYPES_FILE, typesFromDocument } from "./types-from-document";

async function servedDocument(baseUrl: string): Promise<unknown> {
	const res = await fetch(`${baseUrl}/openapi.json`);
	if (!res.ok) throw new Error(`${baseUrl}/openapi.json answered ${res.status}`);
	return res.json();
}

const given = process.env.OPENAPI_URL;
const api = given ? undefined : await startApi({ name: "client-generate" });
try {
	const document = await servedDocument(given ?? api?.baseUrl ?? "");
	await writeFile(GENERATED_TYPES_FILE, await typesFromDocument(document));
	console.log(`wrote ${GENERATED_TYPES_FILE.pathname}`);
} finally {
	await api?.stop();
}
