// Messages on the JOBS queue. Every consumer must be idempotent: delivery is at least once.
export type ShareChunkMessage = {
	type: "share_chunk";
	job_id: string;
	chunk: number;
	/** The job's position of this chunk's first certificate; the others follow in order. */
	first_position: number;
	certificate_ids: string[];
};

export type JobMessage = { type: "auto_share"; certificate_id: string } | ShareChunkMessage;
