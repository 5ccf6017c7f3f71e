import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { Commands } from '../app/commands.js';
import type { Clock } from '../app/context.js';
import { IdempotencyKeys } from '../app/idempotency.js';
import { OrderIntake } from '../app/order-intake.js';
import type { FillMode } from '../config.js';
import type { PoolUse } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { JobRunner } from '../jobs/job-runner.js';
import type { ReleaseSettings } from '../services/release/order-release.js';
import type { HttpDeps } from './command.js';
import { refusal } from '../domain/refusal.js';
import { closeConnectionsWhenClosing } from './draining.js';
import { acceptDryRuns } from './dry-run.js';
import { serveMetrics } from './metrics.js';
import { handleError, sendProblem } from './problem.js';
import { logRequests, requestIdOf } from './request-log.js';
import { eventRoutes } from './routes/events.js';
import { explanationRoutes } from './routes/explanation.js';
import { intercompanyRoutes } from './routes/intercompany.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { importRoutes } from './routes/imports.js';
import { masterDataRoutes } from './routes/master-data.js';
import { masterDataUpkeepRoutes } from './routes/master-data-upkeep.js';
import { itemGroupRoutes } from './routes/item-groups.js';
import { orderRoutes } from './routes/orders.js';
import { shipmentRoutes } from './routes/shipments.js';
import { orderSourcingRoutes } from './routes/order-sourcing.js';
import { purchaseOrderRoutes } from './routes/purchase-orders.js';
import { replenishmentRoutes } from './routes/replenishment.js';
import { stockRoutes } from './routes/stock.js';
import { supplyScheduleRoutes } from './routes/supply-schedule.js';
import { transferOrderRoutes } from './routes/transfer-orders.js';
import { validatorCompiler } from './validation.js';
import { namedSchemas } from '../contract/index.js';
import { openApiOptions } from './openapi.js';
import { declareAccess, registerAccess } from './access/index.js';
import { defaultAccessSettings, type AccessSettings } from './access/settings.js';
import { accessRoutes } from './routes/access.js';
import { webhookRoutes } from './routes/webhooks.js';
import { mailRoutes } from './routes/mail.js';
import { settingsRoutes } from './routes/settings.js';
import { initialSettings } from '../services/settings/settings-in-force.js';
import { defaultWebhookSettings, type Resolver, type WebhookSettings } from '../services/webhooks/url-guard.js';
import { serveWorkbench } from './workbench.js';
import { customerChoiceRoutes } from './routes/customer-choice.js';
import { defaultChoiceLinkSettings, type ChoiceLinkSettings } from '../services/orders/choice-links.js';

export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly fillMode: FillMode;
  /** The environment's release settings: the deployment settings start from them (src/services/settings/). */
  readonly release: ReleaseSettings;
  /** How long an `Idempotency-Key` is kept (default 24 hours). */
  readonly idempotencyKeyHours?: number | undefined;
  readonly runner: JobRunner;
  readonly logger: FastifyBaseLogger | false;
  readonly databaseKind: string;
  /** The PostgreSQL pool's connections, for `/metrics`. */
  readonly poolUse?: (() => PoolUse | undefined) | undefined;
  /** Sessions, lock-out, rate limits, CORS, body limit (defaults: `defaultAccessSettings`). */
  readonly access?: AccessSettings | undefined;
  /** The deployment's cancellation deadline (days after entry) for orders whose policy sets none. */
  readonly cancelAfterDays?: number | undefined;
  /** What webhook endpoints may be (https, public addresses; default: both required). */
  readonly webhooks?: WebhookSettings | undefined;
  /** How endpoint host names are resolved when registered (default: the system's DNS). */
  readonly resolveHost?: Resolver | undefined;
  /** Where customer choice links point and how long they live (default: localhost, 7 days). */
  readonly choiceLinks?: ChoiceLinkSettings | undefined;
  /** The built workbench (default: `dist/web` when built; none: `/` says how to build it). */
  readonly workbenchDir?: string | undefined;
}

/** The HTTP API: routes only validate, call one service and map the answer. */
export async function buildApp(appDeps: AppDeps) {
  const core = { db: appDeps.db, clock: appDeps.clock, fillMode: appDeps.fillMode, idempotency: new IdempotencyKeys(appDeps.idempotencyKeyHours) };
  const deps: AppDeps & HttpDeps = { ...appDeps, commands: new Commands(core) };
  const access = deps.access ?? defaultAccessSettings;
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    genReqId: requestIdOf,
    requestIdHeader: false,
    // One line per request, written by `logRequests` with route, status, problem code and actor.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: access.bodyLimitBytes,
    trustProxy: access.trustProxy,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // First: every route registered after this declares its permission, or the app does not start.
  const accessContext = declareAccess(app, deps.db, deps.clock, access);
  acceptDryRuns(app);
  logRequests(app);
  closeConnectionsWhenClosing(app);
  serveMetrics(app, deps);
  for (const schema of namedSchemas) app.addSchema(schema);
  app.setValidatorCompiler(validatorCompiler(namedSchemas));
  // An empty JSON body is no body (a bare `curl -X POST …/run`), not malformed JSON.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else parseJson(request, body as string, done);
  });
  app.setErrorHandler(handleError);
  await app.register(swagger, openApiOptions);
  await registerAccess(app, accessContext, access);
  // Rate-limited like any route, so unknown URLs cannot be probed at leisure.
  // The workbench routes its own pages (`/orders/7`): those paths answer its page.
  const workbench = await serveWorkbench(app, appDeps.workbenchDir);
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (request, reply) =>
    workbench.isPage(request) ? workbench.sendPage(reply) : sendProblem(request, reply, refusal('route_not_found', `No route ${request.method} ${request.url}.`)),
  );
  await app.register(accessRoutes, { ...deps, accessContext, settings: access });
  await app.register(masterDataRoutes, deps);
  await app.register(masterDataUpkeepRoutes, deps);
  await app.register(itemGroupRoutes, deps);
  await app.register(stockRoutes, deps);
  await app.register(orderRoutes, { ...deps, intake: new OrderIntake(core) });
  await app.register(shipmentRoutes, deps);
  await app.register(jobRoutes, deps);
  await app.register(orderSourcingRoutes, deps);
  await app.register(purchaseOrderRoutes, deps);
  await app.register(transferOrderRoutes, deps);
  await app.register(supplyScheduleRoutes, deps);
  await app.register(replenishmentRoutes, deps);
  await app.register(explanationRoutes, deps);
  await app.register(intercompanyRoutes, deps);
  await app.register(eventRoutes, deps);
  await app.register(webhookRoutes, { ...deps, webhookPorts: { settings: deps.webhooks ?? defaultWebhookSettings, resolve: deps.resolveHost } });
  await app.register(mailRoutes, deps);
  await app.register(importRoutes, deps);
  const jobs = deps.runner.list();
  await app.register(settingsRoutes, { ...deps, settingsOrigin: { initial: initialSettings(deps.release, deps.cancelAfterDays, jobs), jobs } });
  await app.register(customerChoiceRoutes, { ...deps, choiceLinks: deps.choiceLinks ?? defaultChoiceLinkSettings });
  await app.register(healthRoutes, deps);
  app.get('/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());
  return app;
}
