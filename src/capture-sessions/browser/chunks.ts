// Cuts the stream of rrweb events into upload chunks: each chunk is the UTF-8 text of a JSON array of events and
// never more than `maxBytes` long, which the service refuses past MAX_CHUNK_BYTES. Pure (no DOM), so the workerd
// tests check it directly.
//
// An event that cannot fit in a chunk of its own (a full snapshot of a large page, typically) is not dropped: its
// JSON text is cut into consecutive custom events (rrweb type 5) tagged FRAGMENT_TAG, each small enough for a chunk:
//   {"type":5,"timestamp":t,"data":{"tag":"econsent:fragment","payload":{"id":n,"index":i,"count":c,"json":"…"}}}
// Concatenating the `json` of fragments 0..count-1 of one id, in order, gives back the original event's JSON
// (joinFragments in src/recordings/fragments.ts, which readers of a recording use).

import { CUSTOM_EVENT, FRAGMENT_TAG } from "../../recordings/fragments";

const encoder = new TextEncoder();
export const utf8Bytes = (text: string) => encoder.encode(text).byteLength;

export interface TimedEvent {
	timestamp: number;
}

export class Chunker {
	private parts: string[] = [];
	/** Bytes of the chunk being filled, brackets and commas included. */
	private bytes = 2;
	private fragmentIds = 0;

	constructor(
		private readonly maxBytes: number,
		private readonly onChunk: (body: string) => void,
	) {}

	/** Whether events are waiting to go out in the next chunk. */
	get pending(): boolean {
		return this.parts.length > 0;
	}

	add(event: TimedEvent): void {
		const json = JSON.stringify(event);
		const size = utf8Bytes(json);
		if (size + 2 > this.maxBytes) {
			for (const fragment of this.fragmentsOf(json, event.timestamp)) this.addJson(fragment, utf8Bytes(fragment));
			return;
		}
		this.addJson(json, size);
	}

	/** Sends what is buffered as a chunk now (the last one before a submit, or when the page goes away). */
	flush(): void {
		if (this.parts.length === 0) return;
		const body = `[${this.parts.join(",")}]`;
		this.parts = [];
		this.bytes = 2;
		this.onChunk(body);
	}

	private addJson(json: string, size: number): void {
		const separator = this.parts.length > 0 ? 1 : 0;
		if (this.bytes + separator + size > this.maxBytes) this.flush();
		this.bytes += (this.parts.length > 0 ? 1 : 0) + size;
		this.parts.push(json);
	}

	/**
	 * The event's JSON cut into fragment events of at most maxBytes - 2 bytes each. A piece's size once escaped
	 * inside a JSON string depends on its characters (quotes double, non-ASCII takes up to 3 bytes), so a piece is
	 * measured and made shorter until it fits. Cutting between the two halves of a surrogate pair is harmless: JSON
	 * escapes the lone halves and concatenating the parsed pieces restores the pair.
	 */
	private fragmentsOf(json: string, timestamp: number): string[] {
		const id = ++this.fragmentIds;
		const limit = this.maxBytes - 2;
		const pieces: string[] = [];
		// Room for the envelope; `count` is not known yet, so leave space for its largest value.
		const envelope = (piece: string, index: number, count: number) =>
			JSON.stringify({
				type: CUSTOM_EVENT,
				timestamp,
				data: { tag: FRAGMENT_TAG, payload: { id, index, count, json: piece } },
			});
		const overhead = utf8Bytes(envelope("", 999_999, 999_999));
		let start = 0;
		let length = Math.floor((limit - overhead) / 2);
		while (start < json.length) {
			let piece = json.slice(start, start + length);
			while (utf8Bytes(JSON.stringify(piece)) - 2 + overhead > limit) {
				length = Math.max(1, Math.floor(length * 0.8));
				piece = json.slice(start, start + length);
			}
			pieces.push(piece);
			start += piece.length;
		}
		return pieces.map((piece, index) => envelope(piece, index, pieces.length));
	}
}
