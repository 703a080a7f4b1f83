// How a certificate's source and what the capture script witnessed are shown to the parties (claim summary and page,
// inbox, evidence, report). Pure. Certificates captured before sources existed have neither column and show as
// asserted: their publisher's server sent everything they say.
import { z } from "@hono/zod-openapi";
import { type Column, type SQL, sql } from "drizzle-orm";
import type { Witness } from "../signing/canonical";

export type CertificateSource = "asserted" | "witnessed";

export const sourceOf = (source: CertificateSource | null | undefined): CertificateSource => source ?? "asserted";

export const SourceSchema = z.enum(["asserted", "witnessed"]).openapi({
	description:
		"`asserted`: what the publisher's server sent (POST /certificates). `witnessed`: made by the capture script on the form page, from what it measured there (POST /capture/sessions/{id}/submit).",
});

export const WitnessSignalsSchema = z
	.object({
		notice: z.object({
			font_size_px: z.number(),
			contrast_ratio: z.number().openapi({ description: "WCAG 2 contrast ratio of the notice, 1 to 21" }),
			visible: z.boolean().openapi({ description: "Whether the notice was ever inside the viewport" }),
		}),
		optin: z.enum(["checked_by_consumer", "prechecked", "none"]),
		seconds_on_page: z.number(),
		fields: z.array(
			z.object({
				name: z.string(),
				kind: z.enum(["email", "phone", "other"]),
				filled: z.enum(["typed", "pasted", "autofilled", "empty"]),
			}),
		),
		recording: z.object({
			chunks: z.number().int().openapi({ description: "How many chunks the session recording has" }),
			total_bytes: z.number().int(),
		}),
	})
	.openapi("WitnessSignals", {
		description:
			"What the capture script measured on the form page (witnessed certificates only; null for asserted ones). Field values are never recorded, only how each field was filled.",
	});

export type WitnessSignals = z.infer<typeof WitnessSignalsSchema>;

/** How a certificate was captured, as the claim summary and the inbox items both show it. */
export const captureFields = {
	has_recording: z.boolean().openapi({
		description: "A session recording exists: a replay link the publisher sent, or the witnessed recording.",
	}),
	source: SourceSchema,
	signals: WitnessSignalsSchema.nullable(),
};

/** The signals of a witness without the recording's chunk hashes (those are in the evidence's `witness`). */
export function signalsOf(witness: Witness | null | undefined): WitnessSignals | null {
	if (!witness) return null;
	return {
		notice: { ...witness.notice },
		optin: witness.optin,
		seconds_on_page: witness.seconds_on_page,
		fields: witness.fields.map(({ name, kind, filled }) => ({ name, kind, filled })),
		recording: { chunks: witness.recording.chunks.length, total_bytes: witness.recording.total_bytes },
	};
}

/**
 * A witness as a list reads it: the recording's chunk hashes (up to 200 of 64 characters) left in the database and
 * only counted, since a page of a hundred items would otherwise carry over a megabyte of them.
 */
export function witnessSummaryColumn(witness: SQL | Column) {
	return sql<
		string | null
	>`json_set(json_remove(${witness}, '$.recording.chunks'), '$.recording.chunks', json_array_length(${witness}, '$.recording.chunks'))`;
}

/** The signals of a witness summary read with witnessSummaryColumn. */
export function signalsOfSummary(summary: string | null): WitnessSignals | null {
	if (summary === null) return null;
	const witness = JSON.parse(summary) as Omit<Witness, "recording"> & {
		recording: { chunks: number; total_bytes: number };
	};
	return {
		notice: { ...witness.notice },
		optin: witness.optin,
		seconds_on_page: witness.seconds_on_page,
		fields: witness.fields.map(({ name, kind, filled }) => ({ name, kind, filled })),
		recording: { chunks: witness.recording.chunks, total_bytes: witness.recording.total_bytes },
	};
}

/** A session recording exists: a replay link the publisher sent, or a witnessed recording kept by the service. */
export function hasRecording(recordingUrl: string | null, witness: Witness | null | undefined): boolean {
	return recordingUrl !== null || (witness?.recording.chunks.length ?? 0) > 0;
}

const OPTIN_WORDS: Record<WitnessSignals["optin"], string> = {
	checked_by_consumer: "ticked by the consumer",
	prechecked: "already ticked when the page loaded",
	none: "no opt-in box",
};

export const describeOptin = (optin: WitnessSignals["optin"]) => OPTIN_WORDS[optin];
