import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery as adminQueryOn, dropWhenIdle } from '../../test/support/database-admin.js';

/** Where a benchmark's service keeps its data: a fresh PostgreSQL database or a fresh PGlite folder. */
export interface BenchDatabase {
  readonly kind: 'postgres' | 'pglite';
  /** Environment for the service process. */
  readonly env: Readonly<Record<string, string>>;
  /** A URL for direct SQL (PostgreSQL only). */
  readonly url?: string;
  drop(): Promise<void>;
}

export const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function freshPostgres(label: string): Promise<BenchDatabase> {
  const name = `allot_bench_${label}_${Date.now().toString(36)}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    url: url.toString(),
    env: { DATABASE_URL: url.toString() },
    drop: () => dropDatabase(name),
  };
}

export function freshPglite(): BenchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'allot-bench-'));
  return {
    kind: 'pglite',
    env: { ALLOT_DATA_DIR: dir, ALLOT_DEMO: '0' },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function adminQuery(statement: string): Promise<void> {
  await adminQueryOn(serverUrl, statement);
}

/** Drops a benchmark database once the pools that used it have closed their connections. */
export async function dropDatabase(name: string): Promise<void> {
  await dropWhenIdle(serverUrl, name);
}
