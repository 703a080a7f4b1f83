// Messages on the JOBS queue. Every consumer must be idempotent: delivery is at least once.
export type ShareChunkMessage = {
	type: "share_chunk";
	job_id: string;
	chunk: number;
	/** The job's position of this chunk's first certificate; the others follow in order. */
	first_position: number;
	certificate_ids: string[];
};

/**
 * One page of an archive run on one shard (src/archive/): the certificates after `after` in id order, judged against
 * `cutoff` (no write since). Handling it sends the next page's message, so a run goes on where it stopped.
 */
export type ArchivePageMessage = { type: "archive_page"; shard: number; after: string | null; cutoff: string };

/** A page of the lead index backfill (src/lead-lookup/backfill.ts): a shard's plain-hash certificates after `after`. */
export type LeadIndexBackfillPageMessage = { type: "lead_index_backfill_page"; shard: number; after: string | null };
export type JobMessage =
	| { type: "auto_share"; certificate_id: string }
	| ShareChunkMessage
	| ArchivePageMessage
	| LeadIndexBackfillPageMessage;
