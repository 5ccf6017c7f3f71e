import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ref } from '../../contract/common.js';
import { jobParameters, JobList, JobResult, JobRun, JobRunList, JobRunQuery } from '../../contract/jobs.js';
import { listJobRuns } from '../../queries/job-run-list.js';
import { refuse } from '../../domain/refusal.js';
import { answerOf, answerOfRow, type JobRunner } from '../../jobs/job-runner.js';
import { actorOf, idempotentRequest, read, type HttpDeps } from '../command.js';
import { previewRequested } from '../dry-run.js';
import { jobRunView } from '../job-run-view.js';
import { jobRunEvents } from '../job-run-events.js';
import { Readable } from 'node:stream';
import { commandProblems, problems } from './problems.js';
import { schedulesInForce } from '../../services/settings/settings-in-force.js';

/**
 * Job runs over HTTP. With an `Idempotency-Key`, the key is claimed together with the run (one
 * insert, `JobRunner.start`), so parallel requests with one key start one run and the others
 * answer from it, waiting for its end. With `Prefer: respond-async` the answer is a `202` at once,
 * naming the run to follow at `GET /v1/jobs/runs/{id}`.
 */
export const jobRoutes: FastifyPluginAsyncTypebox<HttpDeps & { runner: JobRunner }> = async (app, deps) => {
  const tags = ['jobs'];
  const jobs = deps.runner.list();
  app.post(
    '/v1/jobs/:name/run',
    {
      schema: {
        operationId: 'runJob',
        tags,
        summary:
          'Run a job now (idempotent); the JSON body holds its parameters, and `asOf` replays a given day. `Prefer: respond-async` answers 202 with the run to follow',
        params: Type.Object({ name: Type.String() }),
        headers: Type.Object({ prefer: Type.Optional(Type.String()), 'idempotency-key': Type.Optional(Type.String()) }),
        response: {
          200: ref(JobResult),
          202: ref(JobRun),
          ...commandProblems('job_not_found', 'exactly_one_customer_or_item', 'item_not_found', 'customer_not_found', 'job_interrupted', 'as_of_in_future'),
        },
      },
      config: {
        permission: 'jobs.run',
        dryRun: true,
        // The runner checks the name and the body against the named job (`job_not_found`,
        // `validation_failed` with the job's own fields), so both are declared for the document only.
        swaggerTransform: ({ schema, url }) => ({
          url,
          schema: {
            ...schema,
            params: Type.Object({ name: Type.Unsafe<string>({ type: 'string', enum: jobs.map((j) => j.name), description: 'The job to run' }) }),
            body: Type.Union(jobs.map(jobParameters), { description: 'The parameters of the job named in the path: `asOf` and its own' }),
            'x-body-optional': true,
          } as typeof schema,
        }),
      },
    },
    async (request, reply) => {
      if (previewRequested(request, reply)) {
        const preview = await deps.runner.preview(request.params.name, { actor: actorOf(request), params: request.body });
        return preview as unknown as Static<typeof JobResult>; // sent past the response schema, as every preview
      }
      const idempotency = idempotentRequest(request);
      const start = await deps.runner.start(request.params.name, { actor: actorOf(request), params: request.body, idempotency });
      if (!start.started && !start.run) {
        const key = idempotency?.key;
        refuse('idempotency_key_reused', `Idempotency-Key "${key}" is held by a run that keeps changing; try again.`, { idempotencyKey: key });
      }
      const runId = start.started ? start.runId : start.run!.id;
      if (!start.started) reply.header('idempotent-replayed', 'true');
      if (prefersAsync(request)) {
        reply.status(202).header('location', `/v1/jobs/runs/${runId}`).header('preference-applied', 'respond-async');
        return jobRunView(await deps.runner.find(runId));
      }
      return start.started ? answerOf(await start.outcome) : answerOfRow(await deps.runner.settled(runId));
    },
  );
  app.get(
    '/v1/jobs/runs',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        operationId: 'listJobRuns',
        summary: 'Job runs, newest first, of one job (`job`) and any of some statuses (`status`, comma-separated); `limit` and `cursor` page',
        querystring: JobRunQuery,
        response: { 200: ref(JobRunList), ...problems('validation_failed', 'invalid_cursor', 'job_not_found') },
      },
    },
    async (request) => {
      const page = await read(deps, request, (ctx) => listJobRuns(ctx, request.query, jobs.map((j) => j.name)));
      return { items: page.items.map(jobRunView), nextCursor: page.nextCursor };
    },
  );
  app.get(
    '/v1/jobs/runs/:id',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        operationId: 'getJobRun',
        summary: 'One job run: status, progress, its answer once completed, its error when it failed or was interrupted',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 200: ref(JobRun), ...problems('job_run_not_found', 'validation_failed') },
      },
    },
    async (request) => jobRunView(await deps.runner.find(request.params.id)),
  );
  app.get(
    '/v1/jobs/runs/:id/events',
    {
      config: { permission: 'jobs.read' },
      schema: {
        tags,
        operationId: 'followJobRun',
        summary: 'Follow a job run live (server-sent events): `run` on each change of its progress or status, then `end`, then the stream closes',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: {
          200: { description: 'text/event-stream: `run` events, each a JobRun as JSON, then one `end`', content: { 'text/event-stream': { schema: Type.String() } } },
          ...problems('job_run_not_found', 'validation_failed'),
        },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      // An unknown run is refused before the stream starts; a run of this process shows its progress as it happens.
      const first = await deps.runner.follow(id);
      const events = Readable.from(jobRunEvents(first, () => deps.runner.follow(id)));
      return reply
        .type('text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('x-accel-buffering', 'no')
        .send(events as unknown as string); // a stream: sent as it is read, never serialized
    },
  );
  app.get(
    '/v1/jobs',
    { config: { permission: 'jobs.read' }, schema: { operationId: 'listJobs', tags, summary: 'Jobs, their schedules and recent runs', response: { 200: ref(JobList) } } },
    async () => {
      // The schedules in force (the deployment settings), not the environment's.
      const schedules = await schedulesInForce(deps.db, deps.runner.list());
      return {
        jobs: deps.runner.list().map((j) => ({ name: j.name, description: j.description, schedule: schedules.get(j.name) ?? null, permission: j.permission ?? 'jobs.run' })),
        runs: (await deps.runner.lastRuns()).map((run) => ({ ...run, detail: (run.detail ?? null) as Record<string, unknown> | null })),
      };
    },
  );
};

/** RFC 7240: `Prefer: respond-async` (among other preferences) asks for a 202 instead of waiting. */
function prefersAsync(request: FastifyRequest): boolean {
  const header = request.headers.prefer;
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return values.some((v) => v.split(',').some((p) => p.trim().split(/[;=]/)[0]!.trim().toLowerCase() === 'respond-async'));
}
