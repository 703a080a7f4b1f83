// The capture script a publisher puts on a form page (served at /capture.js, bundled by scripts/build-scripts.mjs):
//   <script src="https://<service>/capture.js" data-property="<property id>" async></script>
// It opens a capture session with the service that served it, puts the session's certificate id into every form
// (hidden input econsent_certificate_id), records the page with rrweb (every input value masked, elements marked
// data-econsent-block left out) and uploads the recording in chunks as it goes. When a form is submitted it reports
// what it measured (the notice as shown, the opt-in, how each field was filled, never a value) and the lead's
// email and phone, which the service keeps only as hashes; then the form goes on as it would have without it.
//
// It must never break or slow the page: every failure is swallowed (the form still submits), the form waits at most
// SUBMIT_WAIT_MS for us, and the recorder runs with throttled sampling, started when the browser is idle.
import { record } from "@rrweb/record";
import { MAX_CHUNK_BYTES, MAX_CHUNKS_PER_SESSION } from "../../recordings/limits";
import { Chunker } from "./chunks";
import { contrastRatio, over, parseCssColor, type Rgba, WHITE } from "./color";

/** The longest a submit waits for the last chunk and the report before the form goes on regardless. */
const SUBMIT_WAIT_MS = 2500;
/** Buffered events go out at least this often, so a closed tab loses little. */
const FLUSH_EVERY_MS = 10_000;
const RETRIES = 3;
const HIDDEN_INPUT_NAME = "econsent_certificate_id";
const SESSION_EVENT = "econsent:session";

type Filled = "typed" | "pasted" | "autofilled" | "empty";
type FieldKind = "email" | "phone" | "other";

interface Session {
	session_id: string;
	certificate_id: string;
	upload_key: string;
	max_chunk_bytes: number;
	max_chunks: number;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface FillSeen {
	typed: boolean;
	pasted: boolean;
	autofilled: boolean;
	/** A trusted keydown reached the field since its last input event. */
	keyPending: boolean;
}

const script = document.currentScript as HTMLScriptElement | null;
const propertyId = script?.dataset.property;
const endpoint = script?.src ? new URL(script.src).origin : undefined;

// Input types whose "filling" is not what the certificate is about (the opt-in is reported on its own).
const NOT_A_FIELD = new Set(["hidden", "submit", "button", "reset", "image", "file", "checkbox", "radio"]);
// Every input type rrweb knows, and those it does not mask even with maskAllInputs (hidden, checkbox…): every
// value is masked, whatever it is.
const MASK_EVERY_INPUT = Object.fromEntries(
	[
		"color",
		"date",
		"datetime-local",
		"email",
		"month",
		"number",
		"range",
		"search",
		"tel",
		"text",
		"time",
		"url",
		"week",
		"textarea",
		"select",
		"password",
		"hidden",
		"checkbox",
		"radio",
		"file",
		"submit",
		"button",
		"reset",
		"image",
	].map((type) => [type, true]),
);

if (!propertyId || !endpoint) {
	console.warn('econsent capture.js: add data-property="<property id>" to its <script> element');
} else {
	start(endpoint, propertyId);
}

function start(endpoint: string, propertyId: string): void {
	const fills = new WeakMap<Element, FillSeen>();
	const optinAtLoad = new WeakMap<Element, boolean>();
	const optinByConsumer = new WeakMap<Element, boolean>();
	const noticesSeen = new WeakSet<Element>();
	let session: Session | undefined;
	let stopRecording: (() => void) | undefined;
	let submitted = false;
	/** A submit is held back while the last chunk and the report go out. */
	let holding = false;

	// ---- Chunks and their upload, one at a time, in order ----
	let maxChunks = MAX_CHUNKS_PER_SESSION;
	/** Bodies produced so far, by seq; dropped once the service has acknowledged them. */
	const unacknowledged = new Map<number, string>();
	let chunkCount = 0;
	let nextToSend = 0;
	let uploading: Promise<void> = Promise.resolve();
	let uploadsFailed = false;
	let flushTimer: ReturnType<typeof setTimeout> | undefined;

	const chunker = new Chunker(MAX_CHUNK_BYTES, (body) => {
		if (chunkCount >= maxChunks) return;
		unacknowledged.set(chunkCount, body);
		chunkCount++;
		// The service takes no more: stop recording rather than keep buffering what cannot be sent.
		if (chunkCount >= maxChunks) stopRecording?.();
		pump();
	});

	const chunkUrl = (s: Session, seq: number) =>
		`${endpoint}/capture/sessions/${encodeURIComponent(s.session_id)}/chunks/${seq}?key=${encodeURIComponent(s.upload_key)}`;

	/** Queues the upload of every chunk not yet started, after those in flight. */
	function pump(): void {
		uploading = uploading.then(async () => {
			while (session && !uploadsFailed && nextToSend < chunkCount) {
				const seq = nextToSend++;
				const body = unacknowledged.get(seq);
				if (body === undefined) continue;
				const status = await post(chunkUrl(session, seq), body);
				if (status >= 200 && status < 300) unacknowledged.delete(seq);
				// Refused (expired session, wrong key, too many chunks): later chunks would be refused too.
				else if (status >= 400 && status < 500) uploadsFailed = true;
			}
		});
	}

	/**
	 * Where the page may be going away: whatever is buffered becomes a chunk, and chunks not yet started go out as
	 * beacons, which the browser delivers after the page is gone. (Chromium holds at most 64 KB of such requests at
	 * once; a beacon it refuses is left for the upload queue, should the page come back.)
	 */
	function sendWhatIsLeft(): void {
		if (!session || submitted) return;
		chunker.flush();
		while (nextToSend < chunkCount) {
			const body = unacknowledged.get(nextToSend);
			if (body === undefined) {
				nextToSend++;
				continue;
			}
			if (!navigator.sendBeacon(chunkUrl(session, nextToSend), new Blob([body], { type: "text/plain" }))) break;
			nextToSend++;
		}
	}

	function scheduleFlush(): void {
		if (flushTimer !== undefined) return;
		flushTimer = setTimeout(() => {
			flushTimer = undefined;
			chunker.flush();
		}, FLUSH_EVERY_MS);
	}

	// ---- Recording ----
	const startRecording = () => {
		stopRecording = record({
			emit(event) {
				chunker.add(event);
				scheduleFlush();
			},
			maskAllInputs: true,
			maskInputOptions: MASK_EVERY_INPUT,
			blockSelector: "[data-econsent-block]",
			// Light on the page: mouse positions at most every 100 ms and sent in batches, scroll every 200 ms, only
			// an input's final value per burst, and no mouseup/mousedown/right-click/touchmove noise.
			sampling: {
				mousemove: 100,
				mousemoveCallback: 500,
				scroll: 200,
				media: 800,
				input: "last",
				mouseInteraction: { MouseUp: false, MouseDown: false, ContextMenu: false, TouchMove_Departed: false },
			},
			slimDOMOptions: "all",
			userTriggeredOnInput: true,
			recordCanvas: false,
			collectFonts: false,
			inlineImages: false,
			// A recorder error must never become the page's error.
			errorHandler: () => true,
		});
	};
	// The first snapshot walks the whole DOM: do it when the browser has nothing better to do.
	if ("requestIdleCallback" in window) requestIdleCallback(startRecording, { timeout: 2000 });
	else setTimeout(startRecording, 200);

	// ---- The session ----
	const opened: Promise<Session | undefined> = post(
		`${endpoint}/capture/sessions`,
		JSON.stringify({ property_id: propertyId, page_url: location.href }),
		true,
	).then(
		async (response) => {
			if (!(response instanceof Response) || response.status !== 201) {
				stopRecording?.();
				return undefined;
			}
			const opened = (await response.json()) as Session;
			maxChunks = Math.min(MAX_CHUNKS_PER_SESSION, opened.max_chunks || MAX_CHUNKS_PER_SESSION);
			session = opened;
			markForms(document);
			new MutationObserver(onMutations).observe(document.documentElement, { childList: true, subtree: true });
			window.dispatchEvent(new CustomEvent(SESSION_EVENT, { detail: { certificate_id: opened.certificate_id } }));
			pump();
			return opened;
		},
		() => {
			stopRecording?.();
			return undefined;
		},
	);

	function markForms(root: ParentNode): void {
		if (!session) return;
		const forms = root instanceof HTMLFormElement ? [root] : [...root.querySelectorAll("form")];
		for (const form of forms) {
			let input = form.querySelector<HTMLInputElement>(`input[name="${HIDDEN_INPUT_NAME}"]`);
			if (!input) {
				input = document.createElement("input");
				input.type = "hidden";
				input.name = HIDDEN_INPUT_NAME;
				form.append(input);
			}
			input.value = session.certificate_id;
		}
	}

	function onMutations(mutations: MutationRecord[]): void {
		for (const mutation of mutations) {
			for (const node of mutation.addedNodes) {
				if (!(node instanceof Element)) continue;
				if (node instanceof HTMLFormElement || node.querySelector("form")) markForms(node);
				watchNotices(node);
				watchOptins(node);
			}
		}
	}

	// ---- The notice: seen in the viewport at any time? ----
	const visibility = new IntersectionObserver((entries) => {
		for (const entry of entries) {
			if (!entry.isIntersecting || entry.intersectionRect.height <= 0) continue;
			const style = getComputedStyle(entry.target);
			if (style.visibility === "hidden" || Number(style.opacity) === 0) continue;
			noticesSeen.add(entry.target);
			visibility.unobserve(entry.target);
		}
	});
	function watchNotices(root: Element | Document): void {
		const found = [...root.querySelectorAll('[data-econsent="notice"]')];
		if (root instanceof Element && root.matches('[data-econsent="notice"]')) found.push(root);
		for (const notice of found) visibility.observe(notice);
	}
	watchNotices(document);

	// ---- The opt-in: checked when the page loaded, or by the consumer? ----
	function watchOptins(root: Element | Document): void {
		const found = [...root.querySelectorAll<HTMLInputElement>('input[data-econsent="optin"]')];
		if (root instanceof HTMLInputElement && root.matches('[data-econsent="optin"]')) found.push(root);
		for (const box of found) if (!optinAtLoad.has(box)) optinAtLoad.set(box, box.defaultChecked || box.checked);
	}
	watchOptins(document);

	// ---- How each field is filled (never its value) ----
	const fillOf = (target: EventTarget | null): FillSeen | undefined => {
		if (!isField(target)) return undefined;
		let seen = fills.get(target);
		if (!seen) {
			seen = { typed: false, pasted: false, autofilled: false, keyPending: false };
			fills.set(target, seen);
		}
		return seen;
	};
	const listen = (type: string, handler: (event: Event) => void) =>
		document.addEventListener(type, handler, { capture: true, passive: true });
	// Only the browser's own (trusted) events count: a page script dispatching events cannot make a field "typed".
	listen("keydown", (event) => {
		const seen = event.isTrusted ? fillOf(event.target) : undefined;
		if (seen) seen.keyPending = true;
	});
	listen("paste", (event) => {
		const seen = event.isTrusted ? fillOf(event.target) : undefined;
		if (seen) seen.pasted = true;
	});
	listen("input", (event) => {
		const seen = event.isTrusted ? fillOf(event.target) : undefined;
		if (!seen) return;
		const inputType = (event as InputEvent).inputType ?? "";
		if (inputType === "insertFromPaste" || inputType === "insertFromDrop" || inputType === "insertFromPasteAsQuotation")
			seen.pasted = true;
		// The browser put in a value of its own choosing (an autocomplete suggestion picked).
		else if (inputType === "insertReplacementText") seen.autofilled = true;
		else if (seen.keyPending || event.target instanceof HTMLSelectElement) seen.typed = true;
		// The value changed with no keystroke: the browser's autofill (which fires a plain input event).
		else seen.autofilled = true;
		seen.keyPending = false;
	});
	listen("change", (event) => {
		const box = event.target;
		if (event.isTrusted && box instanceof HTMLInputElement && box.matches('[data-econsent="optin"]'))
			optinByConsumer.set(box, box.checked);
	});

	// ---- Submit ----
	document.addEventListener("submit", (event) => {
		const form = event.target;
		if (!(form instanceof HTMLFormElement)) return;
		// A second click while the first submit is held back would otherwise send the form at once, cutting the report.
		if (holding) {
			event.preventDefault();
			return;
		}
		if (submitted) return;
		let report: Report | undefined;
		try {
			report = measure(form);
		} catch {
			// Measuring failed: the form still goes.
		}
		if (event.defaultPrevented) {
			// The page submits this form itself (fetch, a framework): report alongside, never in its way.
			void finish(report);
			return;
		}
		event.preventDefault();
		holding = true;
		// A listener after ours may cancel the submit too, to send the form itself: then we must not send it.
		let cancelledByPage = false;
		const ours = event.preventDefault.bind(event);
		event.preventDefault = () => {
			cancelledByPage = true;
			ours();
		};
		const submitter = event.submitter;
		const done = finish(report);
		setTimeout(() => {
			if (cancelledByPage) {
				holding = false;
				return;
			}
			void Promise.race([done, sleep(SUBMIT_WAIT_MS)]).then(() => submitNatively(form, submitter));
		}, 0);
	});

	interface Report {
		notice: { text: string; font_size_px: number; contrast_ratio: number; visible: boolean };
		optin: "checked_by_consumer" | "prechecked" | "none";
		seconds_on_page: number;
		fields: { name: string; kind: FieldKind; filled: Filled }[];
		lead: { email?: string; phone?: string };
	}

	/** Everything the report says, measured at the moment of submit. */
	function measure(form: HTMLFormElement): Report {
		const notice =
			form.querySelector<HTMLElement>('[data-econsent="notice"]') ??
			document.querySelector<HTMLElement>('[data-econsent="notice"]');
		const optin =
			form.querySelector<HTMLInputElement>('input[data-econsent="optin"]') ??
			document.querySelector<HTMLInputElement>('input[data-econsent="optin"]');
		const fields: Report["fields"] = [];
		const lead: Report["lead"] = {};
		[...form.elements].filter(isField).forEach((field, i) => {
			const kind = kindOf(field);
			fields.push({ name: field.name || field.id || `field-${i + 1}`, kind, filled: filledOf(field) });
			const value = field.value.trim();
			if (kind === "email" && value && !lead.email) lead.email = value.toLowerCase();
			if (kind === "phone" && value && !lead.phone) lead.phone = normalisePhone(value);
		});
		return {
			notice: notice
				? {
						// biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (hidden parts left out) is what the consumer was shown
						text: notice.innerText.trim(),
						font_size_px: round(Number.parseFloat(getComputedStyle(notice).fontSize) || 0, 2),
						contrast_ratio: round(noticeContrast(notice), 2),
						visible: noticesSeen.has(notice),
					}
				: { text: "", font_size_px: 0, contrast_ratio: 1, visible: false },
			optin: optinOf(optin),
			seconds_on_page: round(performance.now() / 1000, 1),
			fields,
			lead,
		};
	}

	function optinOf(box: HTMLInputElement | null): Report["optin"] {
		if (!box?.checked) return "none";
		if (optinByConsumer.get(box) === true) return "checked_by_consumer";
		// Checked, and not by the consumer: it was ticked when the page loaded (or by the page since).
		return "prechecked";
	}

	function filledOf(field: Field): Filled {
		if (field.value === "") return "empty";
		const seen = fills.get(field);
		if (seen?.pasted) return "pasted";
		if (seen?.autofilled || matchesAutofill(field)) return "autofilled";
		if (seen?.typed) return "typed";
		// A value nobody was seen typing or pasting: put there by the browser or the page.
		return "autofilled";
	}

	/** Sends the last chunk and the report; resolves when done or given up, never rejects. */
	async function finish(report: Report | undefined): Promise<void> {
		submitted = true;
		stopRecording?.();
		if (flushTimer !== undefined) clearTimeout(flushTimer);
		chunker.flush();
		const s = await opened;
		if (!s || !report) return;
		pump();
		await uploading;
		const submit = async () =>
			post(
				`${endpoint}/capture/sessions/${encodeURIComponent(s.session_id)}/submit?key=${encodeURIComponent(s.upload_key)}`,
				JSON.stringify({ chunk_count: chunkCount, ...report }),
				true,
			);
		const answer = await submit();
		// Chunks the service says it lacks (a beacon lost, say) are sent again, then the report once more.
		if (answer instanceof Response && answer.status === 409 && unacknowledged.size > 0) {
			nextToSend = Math.min(...unacknowledged.keys());
			uploadsFailed = false;
			pump();
			await uploading;
			await submit();
		}
	}

	function submitNatively(form: HTMLFormElement, submitter: HTMLElement | null): void {
		markForms(form);
		// form.submit() leaves out the button that was pressed; its name and value go in as the browser would send them.
		let stand: HTMLInputElement | undefined;
		if ((submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement) && submitter.name) {
			stand = document.createElement("input");
			stand.type = "hidden";
			stand.name = submitter.name;
			stand.value = submitter.value;
			form.append(stand);
		}
		HTMLFormElement.prototype.submit.call(form);
		stand?.remove();
	}

	addEventListener("pagehide", sendWhatIsLeft);
	document.addEventListener("visibilitychange", () => {
		if (document.visibilityState === "hidden") sendWhatIsLeft();
	});
}

/**
 * POSTs text as text/plain (no CORS preflight) with keepalive, so a request started as the page unloads still
 * arrives. Network failures and 5xx answers are retried with back-off. Returns the response when `wantResponse`,
 * else its status; 0 when it never got an answer.
 */
async function post(url: string, body: string, wantResponse: true): Promise<Response | undefined>;
async function post(url: string, body: string): Promise<number>;
async function post(url: string, body: string, wantResponse?: boolean): Promise<Response | number | undefined> {
	for (let attempt = 0; attempt <= RETRIES; attempt++) {
		if (attempt > 0) await sleep(500 * 2 ** (attempt - 1));
		let response: Response | undefined;
		try {
			response = await send(url, body, true);
		} catch {
			// keepalive bodies share a 64 KB allowance per page; past it the browser refuses: send it plainly.
			response = await send(url, body, false).catch(() => undefined);
		}
		if (response && response.status < 500) return wantResponse ? response : response.status;
	}
	return wantResponse ? undefined : 0;
}

function send(url: string, body: string, keepalive: boolean): Promise<Response> {
	return fetch(url, {
		method: "POST",
		body,
		headers: { "Content-Type": "text/plain;charset=UTF-8" },
		keepalive,
		credentials: "omit",
		mode: "cors",
	});
}

function isField(target: unknown): target is Field {
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	return target instanceof HTMLInputElement && !NOT_A_FIELD.has(target.type) && target.name !== HIDDEN_INPUT_NAME;
}

function kindOf(field: Field): FieldKind {
	const marked = field.getAttribute("data-econsent");
	return marked === "email" || marked === "phone" ? marked : "other";
}

function matchesAutofill(field: Field): boolean {
	for (const selector of [":autofill", ":-webkit-autofill"]) {
		try {
			if (field.matches(selector)) return true;
		} catch {
			// This browser does not know the selector.
		}
	}
	return false;
}

/** Digits with a leading +; a 10-digit number is taken as North American (+1), as the service hashes it. */
function normalisePhone(phone: string): string {
	const digits = phone.replace(/\D/g, "");
	return digits.length === 10 ? `+1${digits}` : `+${digits}`;
}

/**
 * The notice's text colour against what is behind it: the first ancestor background that is not fully transparent,
 * with translucent ones composited over what is below them, down to the page's white canvas.
 */
function noticeContrast(notice: HTMLElement): number {
	const layers: Rgba[] = [];
	for (let el: Element | null = notice; el; el = el.parentElement) {
		const background = toRgba(getComputedStyle(el).backgroundColor);
		if (!background || background.a === 0) continue;
		layers.push(background);
		if (background.a >= 1) break;
	}
	const background = layers.reduceRight<Rgba>((below, layer) => over(layer, below), WHITE);
	const text = toRgba(getComputedStyle(notice).color) ?? { r: 0, g: 0, b: 0, a: 1 };
	return contrastRatio(text, background);
}

let canvas: CanvasRenderingContext2D | null | undefined;
/** A computed colour as sRGB; colours in other spaces (oklch, display-p3) are converted by painting one pixel. */
function toRgba(css: string): Rgba | undefined {
	const parsed = parseCssColor(css);
	if (parsed) return parsed;
	canvas ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
	if (!canvas) return undefined;
	canvas.clearRect(0, 0, 1, 1);
	canvas.fillStyle = css;
	canvas.fillRect(0, 0, 1, 1);
	const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
	return { r, g, b, a: a / 255 };
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
