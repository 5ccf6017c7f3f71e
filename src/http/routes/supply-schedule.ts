import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { schedule, uploadSchedule } from '../../services/supply/supply-schedule.js';
import { read, write, type HttpDeps } from '../command.js';
import { ref } from '../../contract/common.js';
import { Schedule, ScheduleQuery, ScheduleUpload } from '../../contract/supply.js';
import { commandProblems, problems } from './problems.js';

export const supplyScheduleRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['supply'];
  app.post(
    '/v1/supply-schedule',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'uploadSupplySchedule',
        tags,
        summary: 'Upload on-hand changes expected by date (each entry sets its item, location and date; 0 removes it)',
        body: ref(ScheduleUpload),
        response: { 200: ref(Schedule), ...commandProblems('item_not_found', 'location_not_found', 'service_item_has_no_stock') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => uploadSchedule(ctx, request.body)),
  );
  app.get(
    '/v1/supply-schedule',
    {
      config: { permission: 'supply.read' },
      schema: {
        operationId: 'getSupplySchedule',
        tags,
        summary: 'The on-hand change schedule from today on',
        querystring: ScheduleQuery,
        response: { 200: ref(Schedule), ...problems('validation_failed', 'item_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => schedule(ctx, request.query.sku)),
  );
};
