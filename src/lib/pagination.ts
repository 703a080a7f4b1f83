import { z } from "@hono/zod-openapi";

export const MAX_PAGE_SIZE = 100;

export const PageQuery = z.object({
	page: z.coerce.number().int().min(1).max(100_000).default(1).openapi({ example: 1 }),
	limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25).openapi({ example: 25 }),
});

export function pageEnvelope<T extends z.ZodType>(item: T, name: string) {
	return z
		.object({
			data: z.array(item),
			page: z.number().int(),
			limit: z.number().int(),
			total: z.number().int(),
		})
		.openapi(name);
}

export const offsetOf = (q: { page: number; limit: number }) => (q.page - 1) * q.limit;
