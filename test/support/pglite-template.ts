import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { TestProject } from 'vitest/node';
import type { Database } from '../../src/db/schema.js';
import { migrateToLatest } from '../../src/db/migrator.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of a migrated embedded database; each file on PGlite starts from it. */
    pgliteTemplate: string;
  }
}

/**
 * Global set-up on PGlite: create and migrate one embedded database and dump it, so each test file
 * loads a copy (half a second) instead of creating a cluster (two to four seconds, more under load).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'allot-pglite-template-'));
  const file = join(dir, 'migrated.tar');
  const client = await PGlite.create('memory://');
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  await migrateToLatest(db);
  writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await db.destroy();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
