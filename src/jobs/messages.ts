// Messages on the JOBS queue. Every consumer must be idempotent: delivery is at least once.
export type JobMessage = { type: "auto_share"; certificate_id: string };
