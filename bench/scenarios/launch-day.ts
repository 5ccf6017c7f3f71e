import pg from 'pg';
import { api } from '../lib/api.js';
import { freshPostgres, type BenchDatabase } from '../lib/database.js';
import { closedLoop, postLoad } from '../lib/load.js';
import { startService } from '../lib/service.js';
import { peakRssMiB, rssMiB } from '../lib/memory.js';
import { createLaunchTables, launchCounts } from '../lib/launch-schema.js';

export interface LaunchDayOptions {
  readonly orders: number;
  readonly clients: number;
  /** How many API processes share the load (scenario 6 uses 2). */
  readonly processes?: number;
  /** Every client signs in with an API key of its own, as a crowd of integrations would. */
  readonly ownKeys?: boolean;
  /** Orders spread round-robin over this many SKUs (scale-out's spread load); one SKU when left out. */
  readonly skus?: number;
}

const SKU = 'LAUNCH-1';
/** Untimed orders on a SKU of their own first, for Allot and its baseline alike: a cold process is not what this measures. */
const WARM_UP = { sku: 'WARM-UP', orders: 1000 };

/**
 * 64 clients post one-unit orders for one SKU whose stock covers 10 % of them, through the
 * whole HTTP service. Returns throughput, p99 and the end state's counts.
 */
export async function allotLaunchDay(db: BenchDatabase, options: LaunchDayOptions) {
  const skus = options.skus ?? 1;
  const skuOf = (i: number) => (skus === 1 ? SKU : `${SKU}-${1 + (i % skus)}`);
  const all = Array.from({ length: skus }, (_, i) => skuOf(i));
  const perSku = Math.floor(options.orders / skus);
  const stock = Math.floor(perSku / 10);
  const services = [];
  for (let p = 0; p < (options.processes ?? 1); p++) services.push(await startService(db.env));
  try {
    const base = services[0]!;
    const startMiB = rssMiB(base.pid);
    await api(base, 'POST', '/v1/locations', { code: 'DC', name: 'Distribution centre' });
    await api(base, 'POST', '/v1/customers', { code: 'SHOPPERS', name: 'Web shop' });
    for (const sku of all) {
      await api(base, 'POST', '/v1/items', { sku, name: 'Launch item', unitPrice: 99 });
      if (stock > 0) await api(base, 'POST', '/v1/stock/receipts', { sku, location: 'DC', quantity: stock });
    }
    await api(base, 'POST', '/v1/items', { sku: WARM_UP.sku, name: 'Warm-up item', unitPrice: 1 });
    await api(base, 'POST', '/v1/stock/receipts', { sku: WARM_UP.sku, location: 'DC', quantity: WARM_UP.orders / 10 });
    await postLoad(services, '/v1/orders', options.clients, WARM_UP.orders, () => ({
      customer: 'SHOPPERS',
      lines: [{ sku: WARM_UP.sku, quantity: 1 }],
    }));
    const keys = options.ownKeys ? await clientKeys(base, options.clients) : [];
    const load = await postLoad(
      services,
      '/v1/orders',
      options.clients,
      perSku * skus,
      (i) => ({ customer: 'SHOPPERS', lines: [{ sku: skuOf(i), quantity: 1 }], reference: `web-${i}` }),
      (c): Record<string, string> => (options.ownKeys ? { authorization: `Bearer ${keys[c]}` } : {}),
    );
    let exact = load.statuses[201] === perSku * skus;
    for (const sku of all) {
      const end = await api<{ allocated: number; backordered: number; available: number }>(base, 'GET', `/v1/stock/${sku}`);
      exact &&= end.allocated === stock && end.backordered === perSku - stock && end.available === 0;
    }
    return { ...load, exact, startMiB, peakMiB: peakRssMiB(base.pid) };
  } finally {
    for (const s of services) await s.stop();
    await db.drop();
  }
}

/** One operator key per client, made through the API. */
async function clientKeys(base: Parameters<typeof api>[0], clients: number): Promise<string[]> {
  const keys: string[] = [];
  for (let c = 0; c < clients; c++) {
    const issued = await api<{ secret: string }>(base, 'POST', '/v1/keys', { name: `shop client ${c}`, role: 'operator' });
    keys.push(issued.secret);
  }
  return keys;
}

/**
 * The usual design: one short transaction per order on a locked stock row (conditional update,
 * insert of the line), from as many connections as clients. Same data, same counts.
 */
export async function baselineLaunchDay(options: LaunchDayOptions) {
  const db = await freshPostgres('baseline');
  const pool = new pg.Pool({ connectionString: db.url, max: options.clients });
  const stock = Math.floor(options.orders / 10);
  try {
    await pool.query('create table stock (sku text primary key, available integer not null check (available >= 0))');
    await pool.query('create table order_lines (id bigserial primary key, sku text not null, quantity integer not null, allocated integer not null)');
    await pool.query('insert into stock values ($1, $2), ($3, $4)', [SKU, stock, WARM_UP.sku, WARM_UP.orders / 10]);
    const order = (sku: string) => async () => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const taken = await client.query('update stock set available = available - 1 where sku = $1 and available >= 1', [sku]);
        await client.query('insert into order_lines (sku, quantity, allocated) values ($1, 1, $2)', [sku, taken.rowCount]);
        await client.query('commit');
      } finally {
        client.release();
      }
    };
    await closedLoop(options.clients, WARM_UP.orders, order(WARM_UP.sku));
    const result = await closedLoop(options.clients, options.orders, order(SKU));
    const { rows } = await pool.query('select sum(allocated)::int as allocated, count(*)::int as lines from order_lines where sku = $1', [SKU]);
    const exact = rows[0].allocated === stock && rows[0].lines === options.orders;
    return { ...result, exact };
  } finally {
    await pool.end();
    await db.drop();
  }
}

/** The same load against a do-nothing HTTP endpoint: the ceiling the HTTP stack alone allows here. */
export async function httpCeiling(options: LaunchDayOptions) {
  const service = await startService({}, 'bench/lib/noop-server.ts');
  try {
    return await postLoad([service], '/v1/orders', options.clients, options.orders, (i) => ({
      customer: 'SHOPPERS',
      lines: [{ sku: SKU, quantity: 1 }],
      reference: `web-${i}`,
    }));
  } finally {
    await service.stop();
  }
}


/**
 * The same load against one of the comparison servers of bench/lib (the peers' per-order
 * transactions, or the batching limit) on a fresh database of the same server, with the same
 * stock and the same untimed warm-up; counts checked in its tables.
 */
export async function comparisonLaunchDay(entry: 'bench/lib/peer-server.ts' | 'bench/lib/batching-server.ts', options: LaunchDayOptions) {
  const stock = Math.floor(options.orders / 10);
  const db = await freshPostgres(entry.includes('peer') ? 'peer' : 'batching');
  try {
    await createLaunchTables(db.url!, { [SKU]: stock, [WARM_UP.sku]: WARM_UP.orders / 10 });
    const service = await startService({ DATABASE_URL: db.url!, POOL_SIZE: String(options.clients) }, entry);
    try {
      await postLoad([service], '/v1/orders', options.clients, WARM_UP.orders, () => ({ customer: 'SHOPPERS', lines: [{ sku: WARM_UP.sku, quantity: 1 }] }));
      const load = await postLoad([service], '/v1/orders', options.clients, options.orders, (i) => ({
        customer: 'SHOPPERS',
        lines: [{ sku: SKU, quantity: 1 }],
        reference: `web-${i}`,
      }));
      const end = await launchCounts(db.url!, SKU);
      const exact = end.allocated === stock && end.lines === options.orders && load.statuses[201] === options.orders;
      return { ...load, exact };
    } finally {
      await service.stop();
    }
  } finally {
    await db.drop();
  }
}
