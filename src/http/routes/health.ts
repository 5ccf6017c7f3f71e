import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FillMode } from '../../config.js';
import { pendingMigrations } from '../../db/migrator.js';
import { refuse } from '../../domain/refusal.js';
import type { Executor } from '../../repositories/executor.js';
import { problems } from './problems.js';

export interface HealthDeps {
  readonly db: Executor;
  readonly databaseKind: string;
  readonly fillMode: FillMode;
}

const Health = Type.Object({ status: Type.Literal('ok'), database: Type.String(), fillMode: Type.String() });
const Ready = Type.Object({ status: Type.Literal('ready'), database: Type.String(), migrations: Type.Literal('current') });

/**
 * Liveness and readiness, apart: `/v1/health` says the process answers (it touches nothing, so a
 * database outage never gets a live process restarted); `/v1/ready` says it can serve now (the
 * database answers and has every migration of this build), so a balancer sends it traffic.
 */
export const healthRoutes: FastifyPluginAsyncTypebox<HealthDeps> = async (app, deps) => {
  const tags = ['health'];
  app.get(
    '/v1/health',
    { config: { permission: 'public' }, schema: { tags, operationId: 'getHealth', summary: 'Liveness: the process answers (no database call)', response: { 200: Health } } },
    async () => ({ status: 'ok' as const, database: deps.databaseKind, fillMode: deps.fillMode }),
  );
  app.get(
    '/v1/ready',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        operationId: 'getReadiness',
        summary: 'Readiness: the database answers and its migrations are current; 503 problem otherwise',
        response: { 200: Ready, ...problems('migrations_pending', 'database_unavailable') },
      },
    },
    async () => {
      const pending = await pendingMigrations(deps.db);
      if (pending.length > 0) {
        refuse('migrations_pending', `The database lacks migrations of this build: ${pending.join(', ')}.`, { pending });
      }
      return { status: 'ready' as const, database: deps.databaseKind, migrations: 'current' as const };
    },
  );
};
