import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/app/context.js';
import { unitOfWork, type RootContext } from '../../src/app/unit-of-work.js';
import { openStore, type Store } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrator.js';
import { createApiKey } from '../../src/services/access/api-keys.js';
import { randomTokens } from '../../src/services/access/secrets.js';
import { createCustomer, createItem, createLocation } from '../../src/services/catalog/master-data.js';
import { receiveStock } from '../../src/services/stock/stock-changes.js';
import { invariantViolations } from '../support/invariants.js';
import { PostgresServer, postgresBinaries } from '../support/postgres-server.js';
import { buildService, ServiceProcess } from '../support/service-process.js';
import { onPostgres } from '../support/test-store.js';

const bin = postgresBinaries();
const SKUS = ['CHAOS-1', 'CHAOS-2', 'CHAOS-3'];
const REQUESTS = 600;
const CLIENTS = 12;

/**
 * The storm needs a PostgreSQL server of its own (restarting it must disturb no other test), so it
 * runs once, in the suite's embedded pass, whatever DATABASE_URL says.
 */
describe.skipIf(!bin || onPostgres)('chaos: two API processes under a storm while the database restarts and one process is killed', () => {
  let server: PostgresServer;
  let store: Store;
  let authorization = '';
  const services: ServiceProcess[] = [];

  beforeAll(async () => {
    buildService();
    server = await PostgresServer.create(bin!);
    server.start();
    store = await openStore({ databaseUrl: server.url, dataDir: '', poolSize: 4, onConnectionError: () => {} });
    await migrateToLatest(store.db);
    const root: RootContext = { db: store.db, actor: 'seed', clock: systemClock, fillMode: 'immediate' };
    await unitOfWork(root, async (c) => {
      await createLocation(c, { code: 'MAIN', name: 'Main', priority: 0 });
      await createCustomer(c, { code: 'WEB', name: 'Web shop', priority: 0 });
      await createCustomer(c, { code: 'KEY', name: 'Key account', priority: 5 });
      for (const sku of SKUS) {
        await createItem(c, { sku, name: sku, unitPrice: 1, service: false });
        await receiveStock(c, 'receipt', { sku, location: 'MAIN', quantity: 40 });
      }
    });
    const key = await createApiKey({ db: store.db, clock: systemClock, tokens: randomTokens }, { name: 'chaos', role: 'admin' }, 'test');
    authorization = `Bearer ${key.secret}`;
  });
  afterAll(async () => {
    for (const s of services) s.kill();
    await Promise.all(services.map((s) => s.exited));
    await store?.close();
    server?.remove();
  });

  const start = async () => {
    const service = new ServiceProcess({ DATABASE_URL: server.url, ALLOT_DEMO: '0', ALLOT_JOB_LEASE_SECONDS: '3', ALLOT_DB_POOL_SIZE: '6' });
    services.push(service);
    return { service, url: await service.url() };
  };

  it('keeps every invariant, leaves no run running and gives no idempotency key two effects', async () => {
    const live = [await start(), await start()];
    /** Each request has its key; it is sent again (same key, same body) until it gets a definite answer. */
    const request = (i: number) => {
      const sku = SKUS[i % SKUS.length]!;
      const key = `chaos-${i}`;
      if (i % 5 === 4) return { key, path: '/v1/stock/receipts', body: { sku, location: 'MAIN', quantity: 3, reference: key } };
      return { key, path: '/v1/orders', body: { customer: i % 7 === 0 ? 'KEY' : 'WEB', reference: key, lines: [{ sku, quantity: 1 + (i % 3) }] } };
    };
    const answered = new Map<string, number>();
    let disturbed = 0; // attempts that met the outage or the kill (5xx, a dropped connection)
    const send = async (i: number) => {
      const { key, path, body } = request(i);
      for (let attempt = 0; attempt < 200; attempt++) {
        const target = live[(i + attempt) % live.length]!;
        try {
          const response = await fetch(`${target.url}${path}`, {
            method: 'POST',
            headers: { authorization, 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(10_000),
          });
          await response.text();
          if (response.status < 500) {
            answered.set(key, response.status);
            return;
          }
          disturbed++;
        } catch {
          disturbed++; // the process was killed or the connection dropped: the same key again, maybe elsewhere
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    let next = 0;
    const storm = Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let i = next++; i < REQUESTS; i = next++) await send(i);
      }),
    );
    const job = await fetch(`${live[0]!.url}/v1/jobs/release-to-warehouse/run`, { method: 'POST', headers: { authorization, prefer: 'respond-async' } });
    expect(job.status).toBe(202);

    const until = async (share: number) => {
      while (next < REQUESTS * share) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await until(1 / 3);
    server.stop(); // the database restarts under load
    await new Promise((resolve) => setTimeout(resolve, 1000));
    server.start();
    await until(2 / 3);
    const killed = live.shift()!;
    killed.service.signal('SIGKILL'); // one API process dies mid-request
    await killed.service.exited;
    live.push(await start());
    await storm;

    expect(disturbed, 'the storm met the restart and the kill').toBeGreaterThan(0);
    expect(answered.size).toBe(REQUESTS);
    expect([...answered.values()].filter((status) => status !== 201)).toEqual([]);
    // Runs left by the killed process lose their lease and are marked interrupted by a live one.
    const deadline = Date.now() + 20_000;
    let running: unknown[] = [];
    do {
      await new Promise((resolve) => setTimeout(resolve, 500));
      running = await store.db.selectFrom('job_runs').select(['id', 'job']).where('status', '=', 'running').execute();
    } while (running.length > 0 && Date.now() < deadline);
    expect(running).toEqual([]);

    const twice = await sql<{ reference: string; n: number }>`
      select reference, count(*)::int as n from (
        select reference from orders where reference like 'chaos-%'
        union all
        select reference from stock_ledger where kind = 'receipt' and reference like 'chaos-%'
      ) effects group by reference having count(*) <> 1`.execute(store.db);
    expect(twice.rows).toEqual([]);
    const { rows } = await sql<{ n: number }>`
      select (select count(*) from orders where reference like 'chaos-%')
           + (select count(*) from stock_ledger where kind = 'receipt' and reference like 'chaos-%') as n`.execute(store.db);
    expect(Number(rows[0]!.n)).toBe(REQUESTS);
    expect(await invariantViolations(store.db, { immediate: true })).toEqual([]);
  });
});
