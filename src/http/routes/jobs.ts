import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { JobRunner } from '../../jobs/job-runner.js';
import { actorOf, writeOnce, type HttpDeps } from '../command.js';
import { JobResult } from '../../contract/jobs.js';
import { problems } from './problems.js';

export const jobRoutes: FastifyPluginAsyncTypebox<HttpDeps & { runner: JobRunner }> = async (app, deps) => {
  const tags = ['jobs'];
  app.post(
    '/v1/jobs/:name/run',
    {
      schema: {
        tags,
        summary: 'Run a job now (idempotent); the JSON body holds its parameters, and `asOf` replays a given day',
        params: Type.Object({ name: Type.String() }),
        response: { 200: JobResult, ...problems },
      },
    },
    (request, reply) => writeOnce(deps, request, reply, () => deps.runner.run(request.params.name, actorOf(request), request.body)),
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
