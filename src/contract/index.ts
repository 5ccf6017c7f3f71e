import type { TSchema } from '@sinclair/typebox';
import * as access from './access.js';
import * as backlog from './backlog.js';
import * as catalog from './catalog.js';
import * as choices from './choices.js';
import * as common from './common.js';
import * as dryRun from './dry-run.js';
import * as explanation from './explanation.js';
import * as intercompany from './intercompany.js';
import * as events from './events.js';
import * as history from './history.js';
import * as imports from './imports.js';
import * as jobs from './jobs.js';
import * as mail from './mail.js';
import * as orders from './orders.js';
import * as orderList from './order-list.js';
import * as problem from './problem.js';
import * as settings from './settings.js';
import * as shipments from './shipments.js';
import * as sourcing from './sourcing.js';
import * as stock from './stock.js';
import * as supply from './supply.js';
import * as webhooks from './webhooks.js';

const isNamed = (value: unknown): value is TSchema & { $id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { $id?: unknown }).$id === 'string';

/** Every named schema of the contract: the components of the OpenAPI document, in `$id` order. */
export const namedSchemas: readonly (TSchema & { $id: string })[] = [
  common,
  dryRun,
  explanation,
  intercompany,
  access,
  catalog,
  choices,
  stock,
  orders,
  backlog,
  orderList,
  shipments,
  supply,
  sourcing,
  history,
  events,
  webhooks,
  mail,
  settings,
  imports,
  jobs,
  problem,
]
  .flatMap((module) => Object.values(module).flatMap((v) => (Array.isArray(v) ? v : [v])).filter(isNamed))
  .sort((a, b) => (a.$id < b.$id ? -1 : 1));
