// One Durable Object per claim token: the single place that decides which claim wins. Redemption is a
// check-then-set on the object's own synchronous SQLite storage with no await in between, so however many claims
// arrive at once, from wherever, exactly one sees "redeemed".
import { DurableObject } from "cloudflare:workers";

export type RedeemResult =
	| { ok: true; redemptionId: string; redeemedAt: string }
	| { ok: false; companyId: string; redeemedAt: string };

// Kept a day past expiry: expiry is checked before the object is called, so after that the marker is no longer
// needed, and deleting it earlier would let a replayed token redeem twice.
const KEEP_AFTER_EXPIRY_MS = 86_400_000;

export class ClaimTokenRedeemer extends DurableObject<Cloudflare.Env> {
	constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
		super(ctx, env);
		ctx.storage.sql.exec(`CREATE TABLE IF NOT EXISTS redemption (
			singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
			redemption_id TEXT NOT NULL,
			company_id TEXT NOT NULL,
			redeemed_at TEXT NOT NULL,
			expires_at TEXT NOT NULL
		)`);
	}

	async redeem(companyId: string, expiresAt: string): Promise<RedeemResult> {
		const existing = this.ctx.storage.sql
			.exec<{ company_id: string; redeemed_at: string }>("SELECT company_id, redeemed_at FROM redemption")
			.toArray()[0];
		if (existing)
			return {
				ok: false,
				companyId: existing.company_id,
				redeemedAt: existing.redeemed_at,
			};
		const redemptionId = crypto.randomUUID();
		const redeemedAt = new Date().toISOString();
		this.ctx.storage.sql.exec(
			"INSERT INTO redemption (singleton, redemption_id, company_id, redeemed_at, expires_at) VALUES (1, ?, ?, ?, ?)",
			redemptionId,
			companyId,
			redeemedAt,
			expiresAt,
		);
		await this.ctx.storage.setAlarm(new Date(expiresAt).getTime() + KEEP_AFTER_EXPIRY_MS);
		return { ok: true, redemptionId, redeemedAt };
	}

	/** Undo our own redemption when recording the claim failed, so the buyer can try again. */
	async release(redemptionId: string): Promise<void> {
		this.ctx.storage.sql.exec("DELETE FROM redemption WHERE redemption_id = ?", redemptionId);
	}

	override async alarm(): Promise<void> {
		const row = this.ctx.storage.sql.exec<{ expires_at: string }>("SELECT expires_at FROM redemption").toArray()[0];
		// Alarms can fire more than once and early wake-ups are possible: only forget an expired token.
		if (row && Date.now() < new Date(row.expires_at).getTime() + KEEP_AFTER_EXPIRY_MS) {
			await this.ctx.storage.setAlarm(new Date(row.expires_at).getTime() + KEEP_AFTER_EXPIRY_MS);
			return;
		}
		await this.ctx.storage.deleteAll();
	}
}
