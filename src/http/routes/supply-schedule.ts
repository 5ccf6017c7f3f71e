import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { schedule, uploadSchedule } from '../../services/supply/supply-schedule.js';
import { read, write, type HttpDeps } from '../command.js';
import { Schedule, ScheduleQuery, ScheduleUpload } from '../../contract/supply.js';
import { problems } from './problems.js';

export const supplyScheduleRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['supply'];
  app.post(
    '/v1/supply-schedule',
    {
      schema: {
        tags,
        summary: 'Upload on-hand changes expected by date (each entry sets its item, location and date; 0 removes it)',
        body: ScheduleUpload,
        response: { 200: Schedule, ...problems },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => uploadSchedule(ctx, request.body)),
  );
  app.get(
    '/v1/supply-schedule',
    {
      schema: {
        tags,
        summary: 'The on-hand change schedule from today on',
        querystring: ScheduleQuery,
        response: { 200: Schedule, ...problems },
      },
    },
    (request) => read(deps, request, (ctx) => schedule(ctx, request.query.sku)),
  );
};
