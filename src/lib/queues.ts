// Queues take at most 100 messages and 256 KB per sendBatch, and 128 KB per message. Sizes are counted as the
// JSON's UTF-8 bytes, with room left for the queue's own framing.
const MAX_MESSAGES_PER_SEND = 100;
const MAX_BYTES_PER_SEND = 200 * 1024;
export const MAX_BYTES_PER_MESSAGE = 100 * 1024;

const encoder = new TextEncoder();
export const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** Groups messages into sendBatch calls within the queue's limits on count and bytes. */
export function sendGroups<T>(messages: readonly T[]): T[][] {
	const groups: T[][] = [];
	let group: T[] = [];
	let bytes = 0;
	for (const message of messages) {
		const size = bytesOf(message);
		if (group.length > 0 && (group.length >= MAX_MESSAGES_PER_SEND || bytes + size > MAX_BYTES_PER_SEND)) {
			groups.push(group);
			group = [];
			bytes = 0;
		}
		group.push(message);
		bytes += size;
	}
	if (group.length > 0) groups.push(group);
	return groups;
}
