import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { refuse } from '../../domain/refusal.js';
import { answerOf, answerOfRow, type JobRunner } from '../../jobs/job-runner.js';
import { actorOf, idempotentRequest, type HttpDeps } from '../command.js';
import { JobRunView, jobRunView } from '../job-run-schemas.js';
import { JobResult } from '../schemas.js';
import { problems } from './problems.js';

/**
 * Job runs over HTTP. With an `Idempotency-Key`, the key is claimed together with the run (one
 * insert, `JobRunner.start`), so parallel requests with one key start one run and the others
 * answer from it, waiting for its end. With `Prefer: respond-async` the answer is a `202` at once,
 * naming the run to follow at `GET /v1/jobs/runs/{id}`.
 */
export const jobRoutes: FastifyPluginAsyncTypebox<HttpDeps & { runner: JobRunner }> = async (app, deps) => {
  const tags = ['jobs'];
  app.post(
    '/v1/jobs/:name/run',
    {
      schema: {
        tags,
        summary:
          'Run a job now (idempotent); the JSON body holds its parameters, and `asOf` replays a given day. `Prefer: respond-async` answers 202 with the run to follow',
        params: Type.Object({ name: Type.String() }),
        headers: Type.Object({ prefer: Type.Optional(Type.String()), 'idempotency-key': Type.Optional(Type.String()) }),
        response: { 200: JobResult, 202: JobRunView, ...problems, '5xx': problems['4xx'] },
      },
    },
    async (request, reply) => {
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
    '/v1/jobs/runs/:id',
    {
      schema: {
        tags,
        operationId: 'getJobRun',
        summary: 'One job run: status, progress, its answer once completed, its error when it failed or was interrupted',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 200: JobRunView, ...problems },
      },
    },
    async (request) => jobRunView(await deps.runner.find(request.params.id)),
  );
  app.get(
    '/v1/jobs',
    { schema: { tags, summary: 'Jobs, their schedules and recent runs' } },
    async () => ({
      jobs: deps.runner.list().map((j) => ({ name: j.name, description: j.description, schedule: j.schedule ?? null })),
      runs: await deps.runner.lastRuns(),
    }),
  );
};

/** RFC 7240: `Prefer: respond-async` (among other preferences) asks for a 202 instead of waiting. */
function prefersAsync(request: FastifyRequest): boolean {
  const header = request.headers.prefer;
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return values.some((v) => v.split(',').some((p) => p.trim().split(/[;=]/)[0]!.trim().toLowerCase() === 'respond-async'));
}
