import type { TSchema } from '@sinclair/typebox';
import * as access from './access.js';
import * as catalog from './catalog.js';
import * as common from './common.js';
import * as dryRun from './dry-run.js';
import * as history from './history.js';
import * as imports from './imports.js';
import * as jobs from './jobs.js';
import * as orders from './orders.js';
import * as problem from './problem.js';
import * as shipments from './shipments.js';
import * as sourcing from './sourcing.js';
import * as stock from './stock.js';
import * as supply from './supply.js';

const isNamed = (value: unknown): value is TSchema & { $id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { $id?: unknown }).$id === 'string';

/** Every named schema of the contract: the components of the OpenAPI document, in `$id` order. */
export const namedSchemas: readonly (TSchema & { $id: string })[] = [
  common,
  dryRun,
  access,
  catalog,
  stock,
  orders,
  shipments,
  supply,
  sourcing,
  history,
  imports,
  jobs,
  problem,
]
  .flatMap((module) => Object.values(module).filter(isNamed))
  .sort((a, b) => (a.$id < b.$id ? -1 : 1));
