import { z } from "@hono/zod-openapi";
import { captureFields } from "../capture-sessions/witness-view";
import { htmlPage } from "../lib/http";
import { CursorOrCountedPageQuery, cursorOrCountedPageEnvelope, MAX_NUMBERED_DEPTH, offsetOf } from "../lib/pagination";
import { instantFilter, rowIdParam, text } from "../lib/request-schemas";
import { PAGE_HEADERS, protectedRoute } from "../lib/routes";

export const inboxStatuses = ["pending", "claimed", "flagged", "rejected"] as const;

const InboxItemSchema = z
	.object({
		claim_id: z.number().int(),
		certificate_id: z.string(),
		status: z.enum(inboxStatuses),
		access_level: z.enum(["claim", "read"]),
		publisher_company_id: z.string(),
		publisher_name: z.string(),
		property_domain: z.string(),
		consent_captured_at: z.string(),
		...captureFields,
		shared_at: z.string(),
		expires_at: z.string(),
		claimed_at: z.string().nullable(),
		revoked: z.boolean().openapi({
			description:
				"The consumer revoked the consent (see Revocations): a pending share can no longer be claimed, and a claimed certificate no longer covers contacting the consumer after its honor_by",
		}),
		revoked_at: z.string().nullable().openapi({
			format: "date-time",
			description: "When the revocation was received (the earliest, if several); null while consent stands",
		}),
		compliance: z
			.object({ score: z.number(), status: z.string(), grade: z.string(), missing: z.array(z.string()) })
			.nullable(),
	})
	.openapi("PartnerCertificate");

export const InboxQuery = CursorOrCountedPageQuery.extend({
	status: z
		.enum(inboxStatuses)
		.optional()
		.openapi({
			description:
				"`pending`: shared with the buyer and still claimable (expired shares leave the inbox); `claimed`: claimed, and " +
				"the buyer's rules (if any) passed; `flagged`: claimed, but the buyer's warn-mode rules found gaps; `rejected`: the buyer's reject-mode " +
				"rules refused it",
		}),
	certificate_id: text({ min: 1, max: 64 }).optional().openapi({
		description: "Only the shares of this certificate",
		example: "EC-9ea0cfa5-2f1c-4c56-9f43-5e3a1b0c7d21",
	}),
	claimed_after: instantFilter(
		"Only items claimed at or after this time; orders the list by claim time, newest first. Not with `status=pending`",
	),
	claimed_before: instantFilter(
		"Only items claimed before this time (exclusive); orders the list by claim time, newest first",
	),
}).superRefine((query, ctx) => {
	if (query.page !== undefined && query.cursor !== undefined) {
		ctx.addIssue({ code: "custom", path: ["page"], message: "use either page or cursor, not both" });
	}
	// Each shard reads every item before a numbered page: only a depth bound keeps that small (pagination.ts).
	if (
		query.page !== undefined &&
		offsetOf({ page: query.page, limit: query.limit }) + query.limit > MAX_NUMBERED_DEPTH
	) {
		ctx.addIssue({
			code: "custom",
			path: ["page"],
			message: `pages by number reach the ${MAX_NUMBERED_DEPTH.toLocaleString("en-US")}th item; follow next_cursor past it`,
		});
	}
	if (query.claimed_after !== undefined && query.claimed_before !== undefined) {
		if (query.claimed_after > query.claimed_before) {
			ctx.addIssue({ code: "custom", path: ["claimed_after"], message: "must not be later than claimed_before" });
		}
	}
	// Nothing pending has a claim time: the answer would always be empty, after reading the whole range.
	if (query.status === "pending" && (query.claimed_after !== undefined || query.claimed_before !== undefined)) {
		ctx.addIssue({
			code: "custom",
			path: ["status"],
			message: "pending items have no claim time: not with claimed_after or claimed_before",
		});
	}
});

export const ClaimIdParam = z.object({ claimId: rowIdParam().openapi({ example: 42 }) });

export const listInbox = protectedRoute(
	{ scope: "evidence:read" },
	{
		operationId: "listPartnerCertificates",
		sends: { always: PAGE_HEADERS },
		tag: "Buyer inbox",
		summary: "Certificates shared with the buyer",
		description:
			"Pending, claimed, flagged and rejected, newest share first (newest claim first with a claimed_after/claimed_before " +
			"range); expired pending shares leave the inbox. One page at a time: follow `next_cursor`, which costs the same " +
			"on any page of any inbox. The older `?page=` form still works and adds `page` and `total`, but skips and counts " +
			"rows, so it slows down as the inbox grows. Filters combine with each other and with both forms. With Accept: " +
			"text/html the same page is an HTML page with the filters as a form, a Next page link and a Claim button or " +
			"evidence and replay links per item; a signed-out browser is sent to sign in first.",
		signInRedirect: true,
	},
	{
		method: "get",
		path: "/certificate-sharing/partner-certificates",
		request: { query: InboxQuery },
		responses: {
			200: {
				content: {
					"application/json": { schema: cursorOrCountedPageEnvelope(InboxItemSchema, "PartnerCertificatePage") },
					...htmlPage,
				},
				description: "A page of the inbox",
			},
		},
	},
);
