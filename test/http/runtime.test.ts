import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/db/database.js';
import { buildApp } from '../../src/http/app.js';
import { jobCatalogue, releaseSettings } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { createApiKey } from '../../src/services/access/api-keys.js';
import { randomTokens } from '../../src/services/access/secrets.js';
import { adminQuery, dropWhenIdle } from '../support/database-admin.js';
import { TestClock } from '../support/fixtures.js';
import { databaseLabel, onPostgres } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();
const logLines: Record<string, unknown>[] = [];
let app: Awaited<ReturnType<typeof buildApp>>;
/** Requests carry an admin key named `system` that may act on behalf of others (so `X-Actor` names the person). */
let auth: Record<string, string> = {};

/** The whole app with a logger that writes into `logLines`, as `main` builds it. */
async function appOver(store: Store, logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) })) {
  const clock = new TestClock();
  const runner = new JobRunner(store.db, clock, 'immediate', jobCatalogue({ fillMode: 'immediate', primarySchedule: '0 0 * * *', secondarySchedule: '0 0 * * *' }));
  return buildApp({
    db: store.db,
    clock,
    fillMode: 'immediate',
    release: releaseSettings({}),
    runner,
    logger,
    databaseKind: store.kind,
    poolUse: store.poolUse,
  });
}

beforeAll(async () => {
  app = await appOver(t.store);
  const key = await createApiKey({ db: t.store.db, clock: new TestClock(), tokens: randomTokens }, { name: 'system', role: 'admin', onBehalf: true }, 'test');
  auth = { authorization: `Bearer ${key.secret}` };
  for (const [url, body] of [
    ['/v1/locations', { code: 'MAIN', name: 'Main' }],
    ['/v1/customers', { code: 'ACME', name: 'Acme' }],
    ['/v1/items', { sku: 'RT-1', name: 'Runtime one' }],
  ] as const) {
    expect((await app.inject({ method: 'POST', url, payload: body, headers: auth })).statusCode).toBe(201);
  }
});
afterAll(() => app.close());

const send = (method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method, url, headers: { ...auth, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
const completed = (id: string) => logLines.filter((l) => l.reqId === id && l.msg === 'request completed');

describe(`request ids and logs on ${databaseLabel}`, () => {
  it('takes the request id from X-Request-Id, echoes it, and logs the completion with route, status, problem code and actor', async () => {
    const answer = await send('GET', '/v1/items/NO-SUCH', undefined, { 'x-request-id': 'trace-abc-123', 'x-actor': 'ops-anna' });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['x-request-id']).toBe('trace-abc-123');
    expect(completed('trace-abc-123')).toEqual([
      expect.objectContaining({ method: 'GET', route: '/v1/items/:sku', status: 404, problem: 'item_not_found', actor: 'ops-anna' }),
    ]);
  });

  it('makes up a request id when none (or a strange one) is sent, and leaves the problem out of a success', async () => {
    const answer = await send('GET', '/v1/items/RT-1');
    const id = String(answer.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [line] = completed(id);
    expect(line).toMatchObject({ route: '/v1/items/:sku', status: 200, actor: 'system' });
    expect(line).not.toHaveProperty('problem');
    const strange = await send('GET', '/v1/items/RT-1', undefined, { 'x-request-id': 'has spaces and "quotes"' });
    expect(strange.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe(`health, readiness and metrics on ${databaseLabel}`, () => {
  it('answers liveness and readiness apart', async () => {
    expect((await send('GET', '/v1/health')).json()).toEqual({ status: 'ok', database: t.store.kind, fillMode: 'immediate' });
    expect((await send('GET', '/v1/ready')).json()).toEqual({ status: 'ready', database: t.store.kind, migrations: 'current' });
  });

  it('is not ready on a database that lacks migrations, with a 503 problem naming them', async () => {
    const bare = await bareStore();
    const unmigrated = await appOver(bare.store, pino({ level: 'silent' }));
    try {
      expect((await unmigrated.inject({ method: 'GET', url: '/v1/health' })).statusCode).toBe(200);
      const ready = await unmigrated.inject({ method: 'GET', url: '/v1/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(ready.json()).toMatchObject({ status: 503, code: 'migrations_pending', pending: expect.arrayContaining(['0001-core']) });
    } finally {
      await unmigrated.close();
      await bare.close();
    }
  });

  it('serves Prometheus metrics: requests by route and status, waiting demand, fills, job runs, pool use', async () => {
    await send('POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'RT-1', quantity: 5 }] });
    await send('POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'RT-1', quantity: 2 }] });
    await send('POST', '/v1/stock/receipts', { sku: 'RT-1', location: 'MAIN', quantity: 3 }); // fills 3 of the first line
    await send('POST', '/v1/jobs/refresh-promise-dates/run', {});
    const scrape = await send('GET', '/metrics');
    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain/);
    const metrics = scrape.body;
    const value = (series: string) => {
      const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    expect(value('http_requests_total{method="POST",route="/v1/orders",status="201"}')).toBe(2);
    expect(value('http_requests_total{method="GET",route="/v1/items/:sku",status="404"}')).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/http_request_duration_seconds_bucket\{le="0\.1",method="POST",route="\/v1\/orders",status="201"\}/);
    expect(value('allot_lines_waiting')).toBe(2);
    expect(value('allot_units_backordered')).toBe(4);
    expect(value('allot_fill_lines_total')).toBe(1);
    expect(value('allot_fill_units_total')).toBe(3);
    expect(value('allot_job_runs_total{job="refresh-promise-dates",status="completed"}')).toBe(1);
    expect(value('allot_job_run_duration_seconds_count{job="refresh-promise-dates",status="completed"}')).toBe(1);
    expect(value('allot_database_up')).toBe(1);
    if (onPostgres) {
      expect(value('allot_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(value('allot_db_pool_waiting')).toBe(0);
    } else {
      expect(metrics).not.toMatch(/allot_db_pool_connections\{/);
    }
  });
});

/** A database with no migrations run: an in-memory PGlite, or a new PostgreSQL database. */
async function bareStore(): Promise<{ store: Store; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const store = await openStore({ dataDir: 'memory://' });
    return { store, close: () => store.close() };
  }
  const name = `allot_bare_${process.pid}_${Date.now()}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: target.toString(), dataDir: '', poolSize: 2 });
  return {
    store,
    close: async () => {
      await store.close();
      await dropWhenIdle(url, name);
    },
  };
}
