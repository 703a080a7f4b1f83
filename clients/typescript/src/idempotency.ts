// Every write (POST, PUT, PATCH, DELETE) takes an Idempotency-Key: the same key with the same request within 24 hours
// answers what the first attempt did (with `Idempotency-Replayed: true`) instead of doing it again. Make one key per
// intended change, keep it, and send it with every retry of that change.

/** The header for a write: `client.POST(path, { params: { header: idempotencyKey(key) }, body })`. */
export function idempotencyKey(key: string = crypto.randomUUID()): { "Idempotency-Key": string } {
	return { "Idempotency-Key": key };
}

/** Whether an answer is the replay of an earlier attempt with the same key, not new work. */
export function wasReplayed(response: Response): boolean {
	return response.headers.get("Idempotency-Replayed") === "true";
}
