import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrator.js';

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
    const store = await openStore({ dataDir: 'memory://' });
    await migrateToLatest(store.db);
    return store;
  }
  const name = `allot_test_${randomBytes(6).toString('hex')}`;
  await admin(url, `create database ${name}`);
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

/**
 * Drops a test database once the pool's connections have really gone: the pool's `end` resolves
 * before its sockets close, and forcing the drop then kills them mid-goodbye (an unhandled
 * 57P01 error in the test run). Force only as a last resort.
 */
async function dropWhenIdle(url: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await admin(url, `drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // 55006: still in use
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await admin(url, `drop database if exists ${name} with (force)`);
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
