import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrator.js';
import { httpApp, type Http } from '../support/http-app.js';
import { PostgresServer, postgresBinaries } from '../support/postgres-server.js';

const bin = postgresBinaries();
if (!bin) console.warn('database-outage test skipped: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin');

describe.skipIf(!bin)('a PostgreSQL outage (a server of the test’s own, stopped and started again)', () => {
  let server: PostgresServer;
  let store: Store;
  let http: Http;
  const poolErrors: Error[] = [];

  beforeAll(async () => {
    server = await PostgresServer.create(bin!);
    server.start();
    store = await openStore({ databaseUrl: server.url, dataDir: '', poolSize: 4, onConnectionError: (error) => poolErrors.push(error) });
    await migrateToLatest(store.db);
    http = await httpApp(store);
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'OUT-1', name: 'Outage one' });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'OUT-1', location: 'MAIN', quantity: 5 });
  });
  afterAll(async () => {
    await http?.close();
    await store?.close();
    server?.remove();
  });

  it('keeps the service up: readiness says the database is down, requests get 503 problems, and it recovers by itself', async () => {
    const before = await http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'OUT-1', quantity: 3 }] });
    // Several connections in the pool, idle when the server goes: each one's failure is an 'error' event of the pool.
    await Promise.all(Array.from({ length: 4 }, () => http.ok(200, 'GET', `/v1/orders/${before.id}`)));

    server.stop();

    expect((await http.get('/v1/health')).status).toBe(200);
    for (const answer of [
      await http.get('/v1/ready'),
      await http.get(`/v1/orders/${before.id}`),
      await http.post('/v1/orders', { customer: 'ACME', lines: [{ sku: 'OUT-1', quantity: 1 }] }),
      await http.post('/v1/jobs/refresh-promise-dates/run', {}),
    ]) {
      expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status: 503, code: 'database_unavailable' });
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(answer.headers['retry-after']).toBe('5');
    }
    const metrics = await http.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.raw).toMatch(/^allot_database_up 0$/m);
    expect(poolErrors.length).toBeGreaterThan(0); // the idle connections' failures reached the listener, not the process

    server.start();
    let ready = await http.get('/v1/ready');
    for (let attempt = 0; ready.status !== 200 && attempt < 100; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await http.get('/v1/ready');
    }
    expect(ready.body).toMatchObject({ status: 'ready', migrations: 'current' });

    // Nothing written before the outage was lost, and writes work again without a restart.
    expect(await http.ok(200, 'GET', `/v1/orders/${before.id}`)).toMatchObject({ id: before.id, lines: [{ allocated: 3 }] });
    const after = await http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'OUT-1', quantity: 1 }] });
    expect(after.lines[0]).toMatchObject({ allocated: 1 });
    expect(await http.ok(200, 'GET', '/v1/stock/OUT-1')).toMatchObject({ onHand: 5, allocated: 4 });
  });
});
