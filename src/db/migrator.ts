import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import * as core from './migrations/0001-core.js';
import * as shipments from './migrations/0002-shipments.js';
import * as supply from './migrations/0003-supply.js';
import * as supplyLinks from './migrations/0004-supply-links.js';
import * as entryWithoutForeignKeys from './migrations/0005-entry-without-foreign-keys.js';
import * as noReleasableIndex from './migrations/0006-no-releasable-index.js';
import * as strategiesFromTheRegistry from './migrations/0007-strategies-from-the-registry.js';
import * as linesThatMayWait from './migrations/0008-lines-that-may-wait.js';
import * as entrySequenceSpaced from './migrations/0009-entry-sequence-spaced.js';
import * as quantitiesOneWidth from './migrations/0010-quantities-one-width.js';
import * as jobLeases from './migrations/0011-job-leases.js';
import * as access from './migrations/0012-access.js';
import * as listsAndUpkeep from './migrations/0013-lists-and-upkeep.js';
import * as eventsAndWebhooks from './migrations/0014-events-and-webhooks.js';
import * as intercompany from './migrations/0017-intercompany.js';
import * as rationing from './migrations/0018-rationing.js';
import * as mail from './migrations/0019-mail.js';
import * as slaLadderAndChoices from './migrations/0020-sla-ladder-and-choices.js';
import * as settings from './migrations/0021-settings.js';
import * as itemGroups from './migrations/0022-item-groups.js';
import * as workbenchReads from './migrations/0024-workbench-reads.js';

/** Versioned migrations, listed here so they ship inside the build on either database. */
const migrations: Record<string, Migration> = {
  '0001-core': core,
  '0002-shipments': shipments,
  '0003-supply': supply,
  '0004-supply-links': supplyLinks,
  '0005-entry-without-foreign-keys': entryWithoutForeignKeys,
  '0006-no-releasable-index': noReleasableIndex,
  '0007-strategies-from-the-registry': strategiesFromTheRegistry,
  '0008-lines-that-may-wait': linesThatMayWait,
  '0009-entry-sequence-spaced': entrySequenceSpaced,
  '0010-quantities-one-width': quantitiesOneWidth,
  '0011-job-leases': jobLeases,
  '0012-access': access,
  '0013-lists-and-upkeep': listsAndUpkeep,
  '0014-events-and-webhooks': eventsAndWebhooks,
  '0017-intercompany': intercompany,
  '0018-rationing': rationing,
  '0019-mail': mail,
  '0020-sla-ladder-and-choices': slaLadderAndChoices,
  '0021-settings': settings,
  '0022-item-groups': itemGroups,
  '0024-workbench-reads': workbenchReads,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}

/** Runs the migrations up to and including `name` (a test of what a later migration does to data written before it). */
export async function migrateUpTo(db: Kysely<any>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw new Error(`migration to ${name} failed: ${String(error)}`, { cause: error });
}

/** Names of the migrations this build has that the database has not run (empty: current). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const all = await new Migrator({ db, provider }).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
