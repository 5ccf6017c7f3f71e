import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isRefused } from '../../src/domain/refusal.js';
import { createItem } from '../../src/services/catalog/master-data.js';
import { enterOrders, enterOrdersUnanswered, type OrderInput } from '../../src/services/orders/order-entry.js';
import { uploadSchedule } from '../../src/services/supply/supply-schedule.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// The CSV import enters orders without answers (docs/design.md, "CSV import of open orders"): it must write what answered entry writes.
const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    await f.location('MAIN');
    await f.location('EAST', 1);
    await f.customer('ACME', 0);
    await f.customer('VIP', 10);
    await f.customer('LOW', 0);
    await f.policy({ code: 'STRICT', backorderStrategy: 'no_backorder', violation: 'error' });
    await f.customer('PICKY', 0, 'STRICT');
  },
});

/** One world of items (prefix), stocked and queued alike, then the same orders entered by `enter`. */
async function world(prefix: string, enter: (inputs: OrderInput[]) => Promise<unknown[]>) {
  const sku = (s: string) => `${prefix}-${s}`;
  await t.f.item(sku('PLAIN'));
  await t.f.item(sku('DATED'));
  await t.f.item(sku('SVC'), 25, true);
  await t.f.inTx((tx) => createItem(tx, { sku: sku('FAIR'), name: 'fair', rationing: { rule: 'fair_share' } }));
  // Lines already waiting or holding, which the new high-priority orders overtake (placing moves them).
  await t.f.order('LOW', [{ sku: sku('PLAIN'), quantity: 3 }]);
  await t.f.order('LOW', [{ sku: sku('FAIR'), quantity: 4 }]);
  await t.f.order('ACME', [{ sku: sku('DATED'), quantity: 2 }]);
  await t.f.receive(sku('PLAIN'), 4);
  await t.f.receive(sku('PLAIN'), 1, 'EAST');
  await t.f.receive(sku('FAIR'), 3);
  await t.f.inTx((tx) => uploadSchedule(tx, { entries: [{ sku: sku('DATED'), location: 'MAIN', date: '2026-11-20', quantity: 5 }] }));
  const inputs: OrderInput[] = [
    { customer: 'VIP', lines: [{ sku: sku('PLAIN'), quantity: 4 }, { sku: sku('SVC'), quantity: 1 }, { sku: sku('FAIR'), quantity: 2 }], reference: 'first' },
    { customer: 'ACME', lines: [{ sku: sku('DATED'), quantity: 2 }, { sku: sku('DATED'), quantity: 3 }], shipType: 'complete' },
    { customer: 'NOBODY', lines: [{ sku: sku('PLAIN'), quantity: 1 }] },
    { customer: 'PICKY', lines: [{ sku: sku('DATED'), quantity: 1 }] },
    { customer: 'ACME', lines: [{ sku: sku('PLAIN'), quantity: 2 }], location: 'EAST', priority: 5 },
    { customer: 'LOW', lines: [{ sku: sku('FAIR'), quantity: 1 }, { sku: sku('PLAIN'), quantity: 1 }] },
  ];
  const logFrom = await maxId('record_log');
  const eventsFrom = await maxId('domain_events');
  const results = await enter(inputs);
  return { results, written: await written(prefix, logFrom, eventsFrom) };
}

const maxId = async (table: string) => Number((await sql<{ id: number }>`select coalesce(max(id), 0) as id from ${sql.table(table)}`.execute(t.store.db)).rows[0]!.id);

/** What a world's entry wrote, with ids told apart only by their order of appearance and SKUs without the prefix. */
async function written(prefix: string, logFrom: number, eventsFrom: number) {
  const db = t.store.db;
  const { rows: log } = await sql<Record<string, unknown>>`
    select r.entity, r.action, r.order_id, i.sku, r.line_no, r.quantity, r.reason from record_log r left join items i on i.id = r.item_id
    where r.id > ${logFrom} order by r.id`.execute(db);
  const { rows: events } = await sql<Record<string, unknown>>`select type, order_id, data from domain_events where id > ${eventsFrom} order by id`.execute(db);
  const { rows: lines } = await sql<Record<string, unknown>>`
    select l.order_id, l.line_no, i.sku, l.quantity, l.allocated, l.backordered, l.priority, l.preorder, l.expected_ship_date,
           (select json_agg(json_build_object('location', a.location_id, 'quantity', a.quantity) order by a.location_id) from line_allocations a where a.line_id = l.id) as held
    from order_lines l join items i on i.id = l.item_id where i.sku like ${`${prefix}-%`} order by l.entry_seq, l.line_no`.execute(db);
  const orderIds = [...new Set(lines.map((l) => Number(l.order_id)))].sort((a, b) => a - b);
  const place = (id: unknown) => `#${orderIds.indexOf(Number(id))}`;
  // Order ids (in values and in reasons such as "orders 12–15 entered") as their place among the world's orders; SKUs without the prefix.
  const normal = (value: unknown, key = ''): unknown => {
    if (Array.isArray(value)) return value.map((v) => normal(v));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normal(v, k)]));
    if ((key === 'order_id' || key === 'orderId') && value !== null) return place(value);
    if (typeof value !== 'string') return value;
    return value.replaceAll(`${prefix}-`, 'X-').replace(/\b(orders? )(\d+)(?:–(\d+))?/g, (_m, word: string, a: string, b?: string) => `${word}${place(a)}${b ? `–${place(b)}` : ''}`);
  };
  return normal({ log, events, lines });
}

describe(`entry without answers (the CSV import's) on ${databaseLabel}`, () => {
  it('writes the same orders, lines, allocations, dates, record log and events as answered entry, and refuses the same orders', async () => {
    const answered = await world('ANS', (inputs) => t.f.inTx((tx) => enterOrders(tx, inputs)));
    const quiet = await world('QUI', (inputs) => t.f.inTx((tx) => enterOrdersUnanswered(tx, inputs)));
    expect(quiet.results.map((r) => (r === undefined ? 'entered' : isRefused(r) ? r.code : 'view'))).toEqual(
      answered.results.map((r) => (isRefused(r) ? r.code : 'entered')),
    );
    expect(quiet.written).toEqual(answered.written);
    // The worlds did meet every path: stock taken from lines behind, a fair-share item, a date, a refusal after placing.
    const log = JSON.stringify(answered.written);
    expect(log).toContain('"action":"backordered"');
    expect(log).toContain('"expected_ship_date":"2026-11-20"');
    expect(answered.results.filter(isRefused).map((r) => r.code)).toEqual(['customer_not_found', 'backorder_not_allowed']);
  });
});
