#!/usr/bin/env node
// A webhook receiver for trying webhooks locally: `node scripts/webhook-receiver.mjs SECRET_FILE [PORT]`. Listens on
// 127.0.0.1 (a free port unless one is given) and prints its URL as the first line; then checks each delivery's
// Standard Webhooks signature with the endpoint's secret, read from SECRET_FILE at each delivery (so the endpoint can
// be registered after the receiver starts), and prints one line per delivery. Stops by itself after 10 minutes.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const [secretFile, port = "0"] = process.argv.slice(2);
if (!secretFile) {
	console.error("usage: node scripts/webhook-receiver.mjs SECRET_FILE [PORT]");
	process.exit(2);
}

const server = createServer((req, res) => {
	let body = "";
	req.setEncoding("utf8");
	req.on("data", (chunk) => {
		body += chunk;
	});
	req.on("end", () => {
		try {
			const secret = readFileSync(secretFile, "utf8").trim();
			const event = new Webhook(secret).verify(body, req.headers);
			console.log(`verified ${event.type} ${event.id} ${JSON.stringify(event.data)}`);
			res.writeHead(204).end();
		} catch (error) {
			console.log(`refused a delivery: ${error instanceof Error ? error.message : error}`);
			res.writeHead(400).end();
		}
	});
});
server.listen(Number(port), "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}/econsent`));
setTimeout(() => process.exit(0), 10 * 60_000).unref();
