import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { JobRunner } from '../../jobs/job-runner.js';
import { actorOf, writeOnce, type HttpDeps } from '../command.js';
import { ref } from '../../contract/common.js';
import { jobParameters, JobList, JobResult } from '../../contract/jobs.js';
import { commandProblems } from './problems.js';

export const jobRoutes: FastifyPluginAsyncTypebox<HttpDeps & { runner: JobRunner }> = async (app, deps) => {
  const tags = ['jobs'];
  const jobs = deps.runner.list();
  app.post(
    '/v1/jobs/:name/run',
    {
      schema: {
        operationId: 'runJob',
        tags,
        summary: 'Run a job now (idempotent); the JSON body holds its parameters, and `asOf` replays a given day',
        params: Type.Object({ name: Type.String() }),
        response: { 200: ref(JobResult), ...commandProblems('job_not_found', 'exactly_one_customer_or_item', 'item_not_found', 'customer_not_found') },
      },
      config: {
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
    (request, reply) => writeOnce(deps, request, reply, () => deps.runner.run(request.params.name, actorOf(request), request.body)),
  );
  app.get(
    '/v1/jobs',
    { schema: { operationId: 'listJobs', tags, summary: 'Jobs, their schedules and recent runs', response: { 200: ref(JobList) } } },
    async () => ({
      jobs: deps.runner.list().map((j) => ({ name: j.name, description: j.description, schedule: j.schedule ?? null })),
      runs: await deps.runner.lastRuns(),
    }),
  );
};
