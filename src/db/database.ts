import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** Connections of the PostgreSQL pool (for metrics); undefined on PGlite, which has one. */
  readonly poolUse: () => PoolUse | undefined;
  close(): Promise<void>;
}

export interface PoolUse {
  readonly total: number;
  readonly idle: number;
  /** Callers waiting for a connection. */
  readonly waiting: number;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** Counters are bigint and prices numeric in SQL; both fit a JS number here. Dates stay ISO strings. */
const toNumber = (value: string) => Number(value);
const keepString = (value: string) => value;

export interface StoreOptions {
  readonly databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  readonly dataDir: string;
  readonly poolSize?: number;
  /**
   * PGlite only: start from this dump of another embedded database (`dumpDataDir`) instead of an
   * empty one. The test suite starts each file from one migrated copy rather than a new cluster.
   */
  readonly template?: Blob | undefined;
  /**
   * Told when a pooled connection fails (the server restarted or went away). The pool drops that
   * connection and opens a new one when next asked; unheard, the error would end the process.
   */
  readonly onConnectionError?: (error: Error) => void;
}

/** A real PostgreSQL when a URL is given, else the embedded PGlite: same schema, same SQL. */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10, options.onConnectionError);
  return openPglite(options.dataDir, options.template);
}

function openPostgres(connectionString: string, max: number, onConnectionError: (error: Error) => void = () => {}): Store {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: {
      getTypeParser: ((oid: number, format?: string) => {
        if (oid === INT8 || oid === NUMERIC) return toNumber;
        if (oid === DATE) return keepString;
        return pg.types.getTypeParser(oid, format as 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  // A connection can fail while idle in the pool or while a query holds it (the server restarted
  // and the pool had not yet seen its sockets close). The pool listens only to idle ones, so every
  // connection gets a listener of its own when it opens: its failure is reported, the query on
  // it fails (and is answered 503), and the pool drops it on release instead of the process
  // ending on an unhandled 'error' event. The pool's own event repeats the idle case: no second report.
  pool.on('connect', (client) => client.on('error', onConnectionError));
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const poolUse = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
  return { db, kind: 'postgres', poolUse, close: () => db.destroy() };
}

async function openPglite(dataDir: string, template: Blob | undefined): Promise<Store> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    parsers: { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: keepString },
    ...(template ? { loadDataDir: template } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'pglite', poolUse: () => undefined, close: () => db.destroy() };
}
