// How the rest of the service reaches the log's sequencer: one object, named "log".
export function transparencyLog(env: Cloudflare.Env) {
	return env.TRANSPARENCY_LOG.get(env.TRANSPARENCY_LOG.idFromName("log"));
}

/**
 * Tells the sequencer there is something new, without waiting for it. Losing a poke only delays inclusion: the
 * sequencer pulls by watermark, re-looks every second while busy, and the 5-minute sweep pokes it too.
 */
export function pokeTransparencyLog(env: Cloudflare.Env): Promise<void> {
	return transparencyLog(env)
		.poke()
		.catch((error: unknown) => console.error("poking the transparency log failed; its next pass will catch up", error));
}
