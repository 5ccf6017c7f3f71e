import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MailWorker } from '../../src/services/mail/mail-worker.js';
import { registerEndpoint } from '../../src/services/webhooks/endpoints.js';
import { DeliveryWorker } from '../../src/services/webhooks/delivery-worker.js';
import type { WebhookRequest } from '../../src/services/webhooks/webhook-transport.js';
import { fixtures } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();

const settings = { allowPrivate: true, allowHttp: true, timeoutMs: 1_000 };

async function lastEventId(): Promise<number> {
  const { rows } = await sql<{ id: number }>`select coalesce(max(id), 0) as id from domain_events`.execute(t.store.db);
  return Number(rows[0]!.id);
}

async function cursorOf(table: 'webhook_fanout' | 'mail_fanout'): Promise<number> {
  const { rows } = await sql<{ id: number }>`select after_id as id from ${sql.table(table)} where id = 1`.execute(t.store.db);
  return Number(rows[0]!.id);
}

describe(`fan-out cursors with nobody to tell on ${databaseLabel}`, () => {
  it('skip the events before them unread, and an endpoint registered later receives what follows', async () => {
    const f = fixtures(t.store);
    await f.location('MAIN');
    await f.customer('ACME');
    await f.item('A-1');
    await f.order('ACME', [{ sku: 'A-1', quantity: 2 }]);
    await f.order('ACME', [{ sku: 'A-1', quantity: 1 }]);
    const before = await lastEventId();
    expect(before).toBeGreaterThan(0);

    const sent: WebhookRequest[] = [];
    const webhooks = new DeliveryWorker(t.store.db, { settings, transport: async (request) => (sent.push(request), { status: 204, excerpt: '' }) });
    const mail = new MailWorker(t.store.db, { transport: undefined, from: 'allot@example.test', dateShiftDays: 1 });
    expect(await webhooks.runOnce()).toBe(0);
    expect(await mail.runOnce()).toBe(0);
    expect(await cursorOf('webhook_fanout')).toBe(before);
    expect(await cursorOf('mail_fanout')).toBe(before);
    const { rows: made } = await sql<{ n: number }>`select (select count(*) from webhook_deliveries) + (select count(*) from mail_messages) as n`.execute(t.store.db);
    expect(Number(made[0]!.n)).toBe(0);

    await f.inTx((tx) => registerEndpoint(tx, { settings }, { url: 'http://127.0.0.1:9/hook', eventTypes: ['line.filled', 'stock.arrived'] }));
    await f.receive('A-1', 3);
    const after = await lastEventId();
    expect(await webhooks.runOnce()).toBeGreaterThan(0);
    const told = sent.map((r) => JSON.parse(r.body) as { id: number; type: string });
    expect(told.map((e) => e.type).sort()).toEqual(['line.filled', 'line.filled', 'stock.arrived']);
    expect(told.every((e) => e.id > before && e.id <= after)).toBe(true);
    expect(await cursorOf('webhook_fanout')).toBe(after);
  });
});
