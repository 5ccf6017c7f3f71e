import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/app/context.js';
import { unitOfWork, type RootContext } from '../../src/app/unit-of-work.js';
import { openStore, type Store } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrator.js';
import { createApiKey } from '../../src/services/access/api-keys.js';
import { randomTokens } from '../../src/services/access/secrets.js';
import { createCustomer, createItem, createLocation } from '../../src/services/catalog/master-data.js';
import { enterOrders } from '../../src/services/orders/order-entry.js';
import { receiveStock } from '../../src/services/stock/stock-changes.js';
import { adminQuery, dropWhenIdle } from '../support/database-admin.js';
import { buildService, ServiceProcess } from '../support/service-process.js';
import { databaseLabel } from '../support/test-store.js';

/** Orders the release job walks one by one: enough that it is still at work when the signal comes. */
const BACKLOG = 2000;
const IN_FLIGHT = 40;

/** A database of the service's own: a PGlite folder in a temp dir, or a new PostgreSQL database. */
interface Place {
  readonly env: Record<string, string>;
  open(): Promise<Store>;
  remove(): Promise<void>;
}

function place(): Place {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'allot-shutdown-'));
    return {
      env: { ALLOT_DATA_DIR: dir },
      open: () => openStore({ dataDir: dir }),
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `allot_shutdown_${randomBytes(4).toString('hex')}`;
  const target = new URL(url);
  target.pathname = `/${name}`;
  let created = false;
  return {
    env: { DATABASE_URL: target.toString() },
    open: async () => {
      if (!created) await adminQuery(url, `create database ${name}`);
      created = true;
      return openStore({ databaseUrl: target.toString(), dataDir: '', poolSize: 4 });
    },
    remove: () => dropWhenIdle(url, name),
  };
}

/**
 * Master data and a backlog of allocated, unreleased one-unit orders, written through the services;
 * answers the `Authorization` header of an admin key for the requests.
 */
async function seed(store: Store): Promise<string> {
  await migrateToLatest(store.db);
  const root: RootContext = { db: store.db, actor: 'seed', clock: systemClock, fillMode: 'immediate' };
  const tx = <T>(run: Parameters<typeof unitOfWork<T>>[1]) => unitOfWork(root, run);
  await tx((c) => createLocation(c, { code: 'MAIN', name: 'Main', priority: 0 }));
  await tx((c) => createCustomer(c, { code: 'ACME', name: 'Acme', priority: 0 }));
  await tx((c) => createItem(c, { sku: 'SIG-1', name: 'Signal one', unitPrice: 1, service: false }));
  await tx((c) => receiveStock(c, 'receipt', { sku: 'SIG-1', location: 'MAIN', quantity: BACKLOG + IN_FLIGHT }));
  for (let done = 0; done < BACKLOG; done += 500) {
    const batch = Array.from({ length: Math.min(500, BACKLOG - done) }, () => ({ customer: 'ACME', lines: [{ sku: 'SIG-1', quantity: 1 }] }));
    await tx((c) => enterOrders(c, batch));
  }
  const key = await createApiKey({ db: store.db, clock: systemClock, tokens: randomTokens }, { name: 'shutdown test', role: 'admin' }, 'test');
  return `Bearer ${key.secret}`;
}

describe(`the built service stops gracefully on SIGTERM (${databaseLabel})`, () => {
  const where = place();
  let service: ServiceProcess | undefined;
  let authorization = '';

  beforeAll(async () => {
    buildService();
    const store = await where.open();
    try {
      authorization = await seed(store);
    } finally {
      await store.close();
    }
  });
  afterAll(async () => {
    service?.kill();
    await service?.exited;
    await where.remove();
  });

  it('answers the 40 requests in flight, records the running job interrupted, and exits within 10 s', async () => {
    service = new ServiceProcess({ ...where.env, ALLOT_DEMO: '0', LOG_LEVEL: 'debug', ALLOT_SHUTDOWN_GRACE_SECONDS: '8' });
    const base = await service.url();

    const started = await fetch(`${base}/v1/jobs/release-to-warehouse/run`, { method: 'POST', headers: { prefer: 'respond-async', authorization } });
    expect(started.status).toBe(202);
    const runId = ((await started.json()) as { id: number }).id;

    // 40 requests of every kind (reads, order entry, a receipt), each named by its X-Request-Id.
    const requests = Array.from({ length: IN_FLIGHT }, (_, i) => {
      const headers = { 'x-request-id': `in-flight-${i}`, 'content-type': 'application/json', authorization };
      const kind = i % 4;
      const request =
        kind === 0
          ? fetch(`${base}/v1/orders`, { method: 'POST', headers, body: JSON.stringify({ customer: 'ACME', lines: [{ sku: 'SIG-1', quantity: 1 }] }) })
          : kind === 1
            ? fetch(`${base}/v1/stock/SIG-1`, { headers })
            : kind === 2
              ? fetch(`${base}/v1/backorders?limit=5`, { headers })
              : fetch(`${base}/v1/stock/receipts`, { method: 'POST', headers, body: JSON.stringify({ sku: 'SIG-1', location: 'MAIN', quantity: 1 }) });
      return request.then(
        async (response) => ({ i, status: response.status, body: await response.text() }),
        (error: unknown) => ({ i, status: 0, body: String(error) }),
      );
    });
    // Every one of them has reached the service (logged as received) before the signal is sent.
    for (let i = 0; i < IN_FLIGHT; i++) {
      await service.waitForLog((l) => l.reqId === `in-flight-${i}` && l.msg === 'request received', `request ${i} arrived`);
    }
    const signalled = Date.now();
    service.signal('SIGTERM');
    const exited = await Promise.race([service.exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
    const took = Date.now() - signalled;
    expect(exited, `exit within 10 s of SIGTERM (took ${took} ms)`).toEqual({ code: 0, signal: null });

    const answers = await Promise.all(requests);
    expect(answers.filter((a) => a.status < 200 || a.status >= 300), 'every request in flight answered with success').toEqual([]);

    const store = await where.open();
    try {
      const run = await store.db.selectFrom('job_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
      expect(run).toMatchObject({ job: 'release-to-warehouse', status: 'interrupted', error_code: 'shutdown' });
      expect(run.processed).toBeGreaterThan(0);
      expect(run.processed).toBeLessThan(BACKLOG);
      const running = await store.db.selectFrom('job_runs').select('id').where('status', '=', 'running').execute();
      expect(running).toEqual([]);
    } finally {
      await store.close();
    }
    expect(service.lines.find((l) => l.msg === 'stopped')).toBeDefined();
  });
});
