import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrator.js';
import { adminQuery, dropWhenIdle } from './database-admin.js';

/** Which database the suite runs on: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export const onPostgres = Boolean(process.env.DATABASE_URL);
export const databaseLabel = onPostgres ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again by `close`).
 */
export async function freshStore(poolSize = 20): Promise<Store> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const store = await openStore({ dataDir: 'memory://', template: await migratedTemplate() });
    await migrateToLatest(store.db);
    return store;
  }
  const name = `allot_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: target.toString(), dataDir: '', poolSize });
  await migrateToLatest(store.db);
  return {
    ...store,
    close: async () => {
      await store.close();
      await dropWhenIdle(url, name);
    },
  };
}

let template: Promise<Blob> | undefined;

/** The migrated database the suite's global set-up dumped (test/support/pglite-template.ts), read once per file. */
function migratedTemplate(): Promise<Blob> {
  template ??= readFile(inject('pgliteTemplate')).then((bytes) => new Blob([bytes]));
  return template;
}
