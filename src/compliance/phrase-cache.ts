// Rule phrases compiled once per isolate.
//
// The trade-off: tokenising a phrase is about half the cost of looking it up, and none of it depends on the consent
// text; a buyer's rules recur on every claim an isolate serves, so compiled phrases are cached. A fixed two-way
// set-associative table rather than a Map: a miss just overwrites a slot, so memory stays bounded (8,192 entries)
// and a first-time phrase costs barely more than without a cache (a growing, periodically cleared Map made every
// miss about 3x dearer). The cost is that the table is module state: a phrase evicted by a colliding one is simply
// compiled again.
// Measured with `npm run bench:compliance` (20 KB text, 2-core machine shared with other work, two paired runs on
// 2026-11-26): median for 1,000 phrases 1.66 and 1.72 ms with the cache, 7.65 and 3.32 ms compiling every phrase
// each time (2x to 4.6x); for a 144-sentence full-text rule 1.43 and 1.31 ms against 3.89 and 1.46 ms. With 10
// phrases the difference is within noise: the text's index dominates.
import { foldForMatching } from "./folding";
import { scanTokens, TokenSpans } from "./tokenizer";

/** A phrase tokenised independently of any text. */
export interface CompiledPhrase {
	/** The phrase as written when plain ASCII (compared folding case), else its folded form. */
	source: string;
	/**
	 * start, end and hash of each token, flattened. A plain array: small typed
	 * arrays past 64 bytes get off-heap storage, whose churn slows GC.
	 */
	tokens: number[];
}

const PHRASE_CACHE_BUCKETS = 4096;
const cachedPhraseKeys: (string | undefined)[] = new Array(PHRASE_CACHE_BUCKETS * 2).fill(undefined);
const cachedPhrases: (CompiledPhrase | undefined)[] = new Array(PHRASE_CACHE_BUCKETS * 2).fill(undefined);
const phraseSpans = new TokenSpans();

function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
	return hash;
}

/** The phrase's tokens, or undefined when it has none (blank or punctuation only). */
export function compilePhrase(phrase: string): CompiledPhrase | undefined {
	const first = (hashString(phrase) & (PHRASE_CACHE_BUCKETS - 1)) * 2;
	if (cachedPhraseKeys[first] === phrase) return cachedPhrases[first];
	if (cachedPhraseKeys[first + 1] === phrase) return cachedPhrases[first + 1];

	// Rule phrases are nearly always plain ASCII: scan them as written and fold
	// only when the scanner meets something that needs it.
	let source = phrase;
	let count = scanTokens(phrase, phraseSpans, true);
	if (count < 0) {
		source = foldForMatching(phrase);
		count = scanTokens(source, phraseSpans);
	}
	let compiled: CompiledPhrase | undefined;
	if (count > 0) {
		const tokens: number[] = [];
		for (let index = 0; index < count; index++) {
			tokens.push(phraseSpans.starts[index] ?? 0, phraseSpans.ends[index] ?? 0, phraseSpans.hashes[index] ?? 0);
		}
		compiled = { source, tokens };
	}
	// The previous occupant moves to the second way: least recently added goes.
	cachedPhraseKeys[first + 1] = cachedPhraseKeys[first];
	cachedPhrases[first + 1] = cachedPhrases[first];
	cachedPhraseKeys[first] = phrase;
	cachedPhrases[first] = compiled;
	return compiled;
}
