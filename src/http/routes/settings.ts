import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ref } from '../../contract/common.js';
import { DeploymentSettings, SettingsChange } from '../../contract/settings.js';
import { changeSettings, readSettings, type SettingsOrigin } from '../../services/settings/settings-change.js';
import { read, write, type HttpDeps } from '../command.js';
import { commandProblems, problems } from './problems.js';

/** The deployment settings (admins only): read them, change some; every API process follows at once. */
export const settingsRoutes: FastifyPluginAsyncTypebox<HttpDeps & { settingsOrigin: SettingsOrigin }> = async (app, deps) => {
  const tags = ['settings'];
  const origin = deps.settingsOrigin;
  app.get(
    '/v1/settings',
    {
      config: { permission: 'settings.manage' },
      schema: {
        operationId: 'getSettings',
        tags,
        summary: 'The deployment settings in force: job schedules, appending across orders, cancelling at release, the default cancellation SLA',
        response: { 200: ref(DeploymentSettings), },
      },
    },
    (request) => read(deps, request, (ctx) => readSettings(ctx, origin)),
  );
  app.patch(
    '/v1/settings',
    {
      config: { permission: 'settings.manage' },
      schema: {
        operationId: 'changeSettings',
        tags,
        summary: 'Change deployment settings: in force in every API process at once, recorded in the record log (before, after, who)',
        body: ref(SettingsChange),
        response: {
          200: ref(DeploymentSettings),
          ...commandProblems('invalid_cron_pattern', 'unknown_job', 'job_not_schedulable', 'schedule_without_pattern'),
        },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeSettings(ctx, origin, request.body)),
  );
};
