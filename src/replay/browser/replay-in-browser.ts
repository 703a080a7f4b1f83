// The replay page's script: checks a witnessed certificate's recording in the browser, then plays it with rrweb.
// The record (and its Ed25519 signature) is embedded in the page by the server; the archive and the published keys
// are fetched from the same origin, with the viewer's session. Nothing plays unless the record's signature holds
// against the published key and every chunk is the one whose SHA-256 the signed record lists, in its place: the
// check is checkRecordingArchive(), the same as the offline verifiers'.
import "../../verify-page/browser/no-eval";
import { Replayer } from "@rrweb/replay";
import replayerCss from "@rrweb/replay/dist/style.css";
import { checkRecordingArchive, describeChunkProblem } from "../../recordings/check-archive";
import { joinFragments } from "../../recordings/fragments";
import { chunksOfArchive, RecordingArchiveSchema } from "../../recordings/manifest";
import { type Ed25519PublicJwk, verifyEd25519 } from "../../signing/ed25519";
import type { ReplayPageData } from "../replay-page";

// The few DOM calls this script makes, typed here: the project compiles against the Workers runtime's types, which
// have no document (as in src/verify-page/browser/verify-in-browser.ts).
interface PageElement {
	append(...children: (PageElement | string)[]): void;
	replaceChildren(...children: (PageElement | string)[]): void;
	setAttribute(name: string, value: string): void;
	addEventListener(type: "click", listener: () => void): void;
	querySelector(selector: string): PageElement | null;
	scrollIntoView?(options?: { block: string }): void;
	textContent: string | null;
	hidden: boolean;
	disabled?: boolean;
	clientWidth: number;
	dataset: Record<string, string | undefined>;
	style: Record<string, string>;
}
interface PageDocument {
	getElementById(id: string): PageElement | null;
	createElement(tag: string): PageElement;
	head: PageElement;
}
interface Frame {
	contentDocument: (PageDocument & { querySelector(selector: string): PageElement | null }) | null;
}
const page = (globalThis as unknown as { document: PageDocument }).document;

function element(id: string): PageElement {
	const found = page.getElementById(id);
	if (!found) throw new Error(`the page has no #${id}`);
	return found;
}

/** Creates an element with text and attributes; never parses markup, so nothing in a recording can become HTML. */
function el(tag: string, attributes: Record<string, string> = {}, ...children: (PageElement | string)[]): PageElement {
	const node = page.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

const status = element("status");
const player = element("player");
const playButton = element("play");
const skipButton = element("skip");
const noticeSection = element("notice");

function show(state: "checking" | "verified" | "failed" | "error", ...children: PageElement[]) {
	status.replaceChildren(...children);
	status.dataset.state = state;
}

class Refused extends Error {
	constructor(
		readonly heading: string,
		readonly lines: PageElement[],
	) {
		super(heading);
	}
}

async function fetchJson(path: string, what: string): Promise<unknown> {
	// Same origin, so the session cookie goes with it (fetch's default).
	const response = await fetch(path, { headers: { accept: "application/json" } });
	const body: unknown = await response.json().catch(() => undefined);
	if (!response.ok) {
		const message = (body as { error?: { message?: string } } | undefined)?.error?.message ?? response.statusText;
		throw new Refused(`Could not get the ${what}`, [el("p", { class: "error" }, `${response.status}: ${message}`)]);
	}
	return body;
}

async function checkSignature(data: ReplayPageData): Promise<string> {
	if (!data.ed25519) {
		throw new Refused("Not played: the record has no Ed25519 signature", [
			el("p", {}, "Its manifest cannot be checked against a published key, so the recording is not played."),
		]);
	}
	const keys = (await fetchJson(data.keys_path, "published signing keys")) as {
		keys?: (Ed25519PublicJwk & { kid?: string })[];
	};
	const key = keys.keys?.find((k) => k.kid === data.ed25519?.key_id);
	const result = key
		? await verifyEd25519(data.record, data.ed25519, key)
		: ({ valid: false, reason: `no published key ${data.ed25519.key_id}` } as const);
	if (!result.valid) {
		throw new Refused("Not played: the signed record does not verify", [
			el("p", { class: "error" }, `Ed25519: ${result.reason}.`),
		]);
	}
	return data.ed25519.key_id;
}

/** The archive checked against the signed manifest; its events, in order, when every chunk is in its place. */
async function checkedEvents(data: ReplayPageData): Promise<{ events: unknown[]; detail: string }> {
	const archive = await fetchJson(data.archive_path, "recording");
	const check = await checkRecordingArchive(data.record, archive);
	if (!check.valid) {
		const problems = check.problems.map((problem) =>
			el("li", { "data-seq": String(problem.seq), "data-problem": problem.problem }, describeChunkProblem(problem)),
		);
		throw new Refused(
			"Not played: the recording is not the one signed",
			problems.length > 0
				? [
						el("p", {}, "These chunks differ from the signed record's manifest:"),
						el("ul", { id: "chunk-problems" }, ...problems),
					]
				: [el("p", { class: "error" }, check.detail)],
		);
	}
	// Parsed again only to read its bytes: the check above already accepted it.
	const chunks = chunksOfArchive(RecordingArchiveSchema.parse(archive));
	const decoder = new TextDecoder();
	const recorded = chunks.flatMap((bytes, seq) => {
		let parsed: unknown;
		try {
			parsed = JSON.parse(decoder.decode(bytes));
		} catch {
			parsed = undefined;
		}
		if (!Array.isArray(parsed)) {
			throw new Refused("Not played: the recording cannot be read", [
				el("p", { class: "error" }, `Chunk seq ${seq} matches the signed manifest but is not a JSON array of events.`),
			]);
		}
		return parsed;
	});
	// A large page's first snapshot may have been cut into fragments to fit the chunks: rrweb needs it whole.
	const events = joinFragments(recorded);
	// rrweb needs the page's metadata and its first snapshot at least.
	if (events.length < 2) {
		throw new Refused("Nothing to play", [
			el(
				"p",
				{},
				`The recording is the one signed (${check.detail}), but holds ${events.length} event(s): too few to replay.`,
			),
		]);
	}
	return { events, detail: check.detail };
}

function normalised(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** Outlines the recorded consent notice in the replayer's frame and shows its text as the replay ends. */
function markNotice(replayer: Replayer, data: ReplayPageData) {
	const frame = (replayer as unknown as { iframe: Frame }).iframe;
	const notice = frame.contentDocument?.querySelector('[data-econsent="notice"]') ?? null;
	const text = element("notice-text");
	const match = element("notice-match");
	if (!notice) {
		text.replaceChildren("(none)");
		match.replaceChildren('The recorded page has no element marked data-econsent="notice".');
	} else {
		// Through the CSSOM, which the page's policy allows, on the replayed element itself.
		notice.style.outline = "4px solid #d4a72c";
		notice.style.outlineOffset = "2px";
		notice.scrollIntoView?.({ block: "center" });
		const seen = normalised(notice.textContent ?? "");
		text.replaceChildren(seen);
		match.replaceChildren(
			seen === normalised(data.record.consent_text)
				? "It is the consent text of the signed record."
				: "It differs from the consent text of the signed record.",
		);
	}
	noticeSection.hidden = false;
}

/** The recorded page scaled to the width available, so a phone shows all of it. */
function fitToWidth(replayer: Replayer, size: { width: number; height: number }) {
	const scale = Math.min(1, player.clientWidth / Math.max(1, size.width));
	const wrapper = (replayer as unknown as { wrapper: PageElement }).wrapper;
	wrapper.style.transform = `scale(${scale})`;
	player.style.height = `${Math.ceil(size.height * scale)}px`;
}

type ReplayerConfig = NonNullable<ConstructorParameters<typeof Replayer>[1]>;

function play(data: ReplayPageData, events: unknown[]) {
	const replayer = new Replayer(events as ConstructorParameters<typeof Replayer>[0], {
		root: player as unknown as ReplayerConfig["root"],
		mouseTail: false,
		showWarning: false,
	});
	// A frame is announced by its title: say whose page it shows.
	const frame = (replayer as unknown as { iframe: PageElement }).iframe;
	frame.setAttribute("title", `Replay of the consumer's visit to ${data.record.page_url}`);
	const total = replayer.getMetaData().totalTime;
	replayer.on("resize", (size) => fitToWidth(replayer, size as { width: number; height: number }));
	replayer.on("finish", () => markNotice(replayer, data));
	playButton.addEventListener("click", () => {
		noticeSection.hidden = true;
		replayer.play(0);
	});
	skipButton.addEventListener("click", () => {
		replayer.pause(total);
		markNotice(replayer, data);
	});
	playButton.disabled = false;
	skipButton.disabled = false;
	replayer.play(0);
}

async function main() {
	const style = page.createElement("style");
	style.append(replayerCss);
	page.head.append(style);
	const data = JSON.parse(element("replay-data").textContent ?? "") as ReplayPageData;
	try {
		const keyId = await checkSignature(data);
		const { events, detail } = await checkedEvents(data);
		show(
			"verified",
			el(
				"p",
				{},
				el("span", { class: "status pass" }, "VERIFIED"),
				` Ed25519 signature of the record (key ${keyId}) holds; ${detail}.`,
			),
		);
		play(data, events);
	} catch (error) {
		if (error instanceof Refused) return show("failed", el("h3", {}, error.heading), ...error.lines);
		show("error", el("p", { class: "error", role: "alert" }, `The recording could not be checked: ${String(error)}`));
		console.error(error);
	}
}

void main();
