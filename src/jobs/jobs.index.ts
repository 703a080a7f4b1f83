import { createRouter } from "../lib/http";
import { cursorPage, decodeCursor } from "../lib/pagination";
import { cancelShareJob } from "./cancel-job";
import { jobResultsResponse } from "./job-results";
import * as routes from "./jobs.routes";
import { createShareJob, listJobs, readJob, toJobJson } from "./share-jobs";

export const jobsRouter = createRouter()
	.openapi(routes.createJob, async (c) => {
		const job = await createShareJob(c, c.req.valid("json"));
		c.header("Location", `/certificate-sharing/jobs/${job.id}`);
		return c.json(job, 202);
	})
	.openapi(routes.listJobs, async (c) => {
		const { limit, cursor } = c.req.valid("query");
		const rows = await listJobs(c, limit, decodeCursor(cursor, ["string", "string"]));
		const page = cursorPage(rows, limit, (job) => [job.createdAt, job.id]);
		return c.json({ data: page.rows.map(toJobJson), limit, next_cursor: page.next_cursor }, 200);
	})
	.openapi(routes.getJob, async (c) => c.json(toJobJson(await readJob(c, c.req.valid("param").jobId)), 200))
	.openapi(routes.cancelJob, async (c) => c.json(await cancelShareJob(c, c.req.valid("param").jobId), 200))
	// The body is a stream, which the route's typed responses cannot describe; the OpenAPI document does.
	.openapi(routes.jobResults, async (c) => (await jobResultsResponse(c, c.req.valid("param").jobId)) as never);

// The results' lines are a stream the route's schema cannot carry (a string); the line's schema is in the document by
// name, which the results' description refers to.
jobsRouter.openAPIRegistry.register("ShareJobResultLine", routes.JobResultLineSchema);
