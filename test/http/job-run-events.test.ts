import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';
import { bearer, keyFor } from '../support/access.js';

const t = useTestApp({
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme', shipType: 'partial_ok' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BOLT', name: 'Bolt' });
  },
});

const eventsOf = (raw: string) =>
  raw
    .split('\n\n')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [, event, data] = /^event: (\w+)\ndata: (.*)$/.exec(chunk)!;
      return { event: event!, run: JSON.parse(data!) };
    });

describe(`following a job run live (server-sent events) on ${databaseLabel}`, () => {
  it('streams the run until it ends, with its progress and what it touched; the recent runs say it too', async () => {
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'BOLT', location: 'MAIN', quantity: 5 });
    for (let i = 0; i < 3; i++) await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'BOLT', quantity: 1 }] });
    const accepted = await t.http.post('/v1/jobs/release-to-warehouse/run', {}, { prefer: 'respond-async' });
    expect(accepted.status).toBe(202);
    const followed = await t.http.get(`/v1/jobs/runs/${accepted.body.id}/events`);
    expect(followed.status).toBe(200);
    expect(followed.contentType).toMatch(/^text\/event-stream/);
    expect(followed.headers['cache-control']).toBe('no-cache');
    const events = eventsOf(followed.raw);
    expect(events[0]!.event).toBe('run');
    expect(events.slice(0, -1).every((e) => e.event === 'run' && e.run.status === 'running') || events.length === 2).toBe(true);
    const end = events.at(-1)!;
    expect(end).toMatchObject({ event: 'end', run: { id: accepted.body.id, job: 'release-to-warehouse', status: 'completed', processed: 3, error: null } });
    expect(end.run.detail.orders).toHaveLength(3);

    const recent = (await t.http.ok(200, 'GET', '/v1/jobs')).runs.find((r: { id: number }) => r.id === accepted.body.id);
    expect(recent).toMatchObject({ status: 'completed', processed: 3, detail: { orders: expect.any(Array) } });
    expect(recent.detail.orders).toHaveLength(3);
  });

  it('refuses an unknown run before streaming, and anonymous callers; a viewer may follow', async () => {
    const unknown = await t.http.get('/v1/jobs/runs/999999/events');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'job_run_not_found']);
    expect((await t.http.get('/v1/jobs/runs/abc/events')).body.code).toBe('validation_failed');
    expect((await t.http.get('/v1/jobs/runs/1/events', { authorization: '' })).status).toBe(401);
    const viewer = bearer(await keyFor(t.http, 'viewer', 'viewer'));
    const run = await t.http.ok(200, 'POST', '/v1/jobs/refresh-promise-dates/run', {});
    expect((await t.http.get(`/v1/jobs/runs/${run.runId}/events`, viewer)).status).toBe(200);
  });
});
