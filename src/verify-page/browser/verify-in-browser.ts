// The /verify page's script: reads the files a person picks or drops, runs the offline verifier on them with the
// browser's Web Crypto, and shows the result. The checks are verifyEvidenceBundle() itself, bundled by
// scripts/build-scripts.mjs from the same modules as the command line; this file only reads files and draws.
// Nothing is sent anywhere: the page's CSP allows no connection, and the files never leave the browser.
import "./no-eval";
import { isJwkSet, WHAT_IT_CHECKED } from "../../evidence/cli";
import { type BundleVerification, type JwkSet, verifyEvidenceBundle } from "../../evidence/verify-bundle";

type Slot = "bundle" | "keys" | "accessLog" | "recording";

interface Chosen {
	name: string;
	json: unknown;
}

// The few DOM calls this script makes, typed here: the project compiles against the Workers runtime's types, which
// have no document, and the DOM library's types conflict with them in the modules shared with the service.
interface PageElement {
	append(...children: (PageElement | string)[]): void;
	replaceChildren(...children: (PageElement | string)[]): void;
	setAttribute(name: string, value: string): void;
	addEventListener(type: "change", listener: () => void): void;
	hidden: boolean;
	dataset: Record<string, string | undefined>;
}
interface FileInput extends PageElement {
	files: ArrayLike<File> | null;
}
interface DropEvent {
	preventDefault(): void;
	dataTransfer: { dropEffect: string; files: ArrayLike<File> } | null;
}
interface PageDocument {
	getElementById(id: string): PageElement | null;
	createElement(tag: string): PageElement;
	addEventListener(type: "dragover" | "drop", listener: (event: DropEvent) => void): void;
}
const page = (globalThis as unknown as { document: PageDocument }).document;

function element(id: string): PageElement {
	const found = page.getElementById(id);
	if (!found) throw new Error(`the page has no #${id}`);
	return found;
}

function fileInput(id: string): FileInput {
	const found = element(id);
	if (!("files" in found)) throw new Error(`#${id} is not a file input`);
	return found as FileInput;
}

const chosen: Partial<Record<Slot, Chosen>> = {};
const inputs: Record<Slot, FileInput> = {
	bundle: fileInput("bundle-file"),
	keys: fileInput("keys-file"),
	accessLog: fileInput("access-log-file"),
	recording: fileInput("recording-file"),
};
const output = element("result");

/** Creates an element with text and attributes; never parses markup, so nothing in a bundle can become HTML. */
function el(tag: string, attributes: Record<string, string> = {}, ...children: (PageElement | string)[]): PageElement {
	const node = page.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

class FileProblem extends Error {}

async function readJson(file: File): Promise<unknown> {
	const text = await file.text();
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new FileProblem(`${file.name} is not JSON: ${(error as Error).message}`);
	}
}

/** Which slot a dropped file fills, from what it is rather than its name. */
function slotOf(json: unknown): Slot | undefined {
	const format = (json as { format?: unknown } | null)?.format;
	if (format === "econsent-evidence-bundle") return "bundle";
	if (format === "econsent-access-log") return "accessLog";
	if (format === "econsent-recording/1") return "recording";
	if (isJwkSet(json)) return "keys";
	return undefined;
}

async function choose(slot: Slot, file: File | undefined) {
	if (!file) {
		delete chosen[slot];
		return;
	}
	chosen[slot] = { name: file.name, json: await readJson(file) };
}

function showProblem(message: string) {
	output.replaceChildren(el("h2", {}, "Could not verify"), el("p", { class: "error", role: "alert" }, message));
	output.dataset.valid = "";
	output.hidden = false;
}

async function verifyChosen() {
	const bundle = chosen.bundle;
	if (!bundle) {
		output.replaceChildren(el("p", { class: "muted" }, "Choose or drop an evidence bundle to verify it."));
		output.dataset.valid = "";
		output.hidden = false;
		return;
	}
	const keys = chosen.keys;
	if (keys && !isJwkSet(keys.json)) return showProblem(`${keys.name} is not a JWK set (a saved keys.json)`);
	const result = await verifyEvidenceBundle(
		bundle.json,
		keys?.json as JwkSet | undefined,
		chosen.accessLog?.json,
		chosen.recording?.json,
	);
	showResult(bundle, result, keys?.name);
}

function showResult(bundle: Chosen, result: BundleVerification, keysName: string | undefined) {
	const b = bundle.json as { claim?: { claim_id?: unknown }; generated_at?: unknown; issuer?: unknown };
	const failed = result.checks.filter((c) => !c.valid).length;
	const verdict = result.valid ? "VALID" : "INVALID";
	const summary = result.valid
		? `all ${result.checks.length} checks passed`
		: `${failed} of ${result.checks.length} checks failed`;
	const checks = result.checks.map((check) => {
		const where = check.broken_at_seq !== undefined ? `at audit event seq ${check.broken_at_seq}` : undefined;
		const note = [check.detail, where].filter(Boolean).join(", ");
		const status = check.valid ? "PASS" : "FAIL";
		return el(
			"li",
			{ "data-check": check.check, "data-status": status },
			el(
				"p",
				{},
				el("span", { class: `status ${check.valid ? "pass" : "fail"}` }, status),
				" ",
				el("code", {}, check.check),
				`: ${WHAT_IT_CHECKED[check.check] ?? check.check}`,
			),
			...(note ? [el("p", { class: "details" }, note)] : []),
		);
	});
	const skipped = result.not_checked.map((s) =>
		el(
			"li",
			{ "data-check": s.check, "data-status": "SKIP" },
			el("p", {}, el("span", { class: "status warn" }, "SKIP"), " ", el("code", {}, s.check)),
			el("p", {}, s.reason),
		),
	);
	const thumbprints = Object.entries(result.key_thumbprints).flatMap(([kid, thumbprint]) => [
		el("dt", {}, `Key ${kid}`),
		el("dd", {}, el("code", { class: "value" }, thumbprint)),
	]);
	output.replaceChildren(
		el(
			"h2",
			{ id: "verdict" },
			"Result: ",
			el("span", { class: `status ${result.valid ? "pass" : "fail"}` }, verdict),
			` (${summary})`,
		),
		el(
			"p",
			{},
			`Evidence bundle ${bundle.name}`,
			...(result.certificate_id
				? [
						`: certificate ${result.certificate_id}, claim ${String(b.claim?.claim_id)}, generated ${String(b.generated_at)} by ${String(b.issuer)}`,
					]
				: []),
		),
		el(
			"p",
			{},
			`Checked in this browser (nothing was sent anywhere), with ${keysName ? `the public keys in ${keysName}` : "the public key inside the bundle"}${chosen.accessLog ? `, the access log ${chosen.accessLog.name}` : ""}${chosen.recording ? `, the recording ${chosen.recording.name}` : ""}:`,
		),
		el("ul", { class: "items", id: "checks" }, ...checks),
		...(skipped.length > 0 ? [el("h3", {}, "Not checked here"), el("ul", { class: "items" }, ...skipped)] : []),
		...(thumbprints.length > 0
			? [
					el("h3", {}, "Public key thumbprints (RFC 7638)"),
					el(
						"p",
						{},
						"Compare them with the keys the service publishes, or choose a saved copy of its keys.json above.",
					),
					el("dl", { id: "thumbprints" }, ...thumbprints),
				]
			: []),
	);
	output.dataset.valid = String(result.valid);
	output.hidden = false;
}

// One change at a time, in the order they were made: a slow read of a large bundle must not finish after, and
// overwrite, the result of a keys file chosen later.
let queue: Promise<void> = Promise.resolve();
function run(step: () => Promise<void>) {
	queue = queue.then(async () => {
		try {
			await step();
			await verifyChosen();
		} catch (error) {
			// Shown either way, and the queue goes on: the next file chosen is verified.
			if (error instanceof FileProblem) return showProblem(error.message);
			showProblem(`The verifier stopped: ${String(error)}`);
			console.error(error);
		}
	});
}

for (const [slot, input] of Object.entries(inputs) as [Slot, FileInput][]) {
	input.addEventListener("change", () => run(() => choose(slot, input.files?.[0])));
}

// Files dropped anywhere on the page go where their content says they belong.
page.addEventListener("dragover", (event) => {
	event.preventDefault();
	if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
});
page.addEventListener("drop", (event) => {
	event.preventDefault();
	const files = Array.from(event.dataTransfer?.files ?? []);
	run(async () => {
		for (const file of files) {
			const json = await readJson(file);
			const slot = slotOf(json);
			if (!slot)
				throw new FileProblem(
					`${file.name} is neither an evidence bundle, a keys.json, an access log nor a recording archive`,
				);
			chosen[slot] = { name: file.name, json };
		}
	});
});
