import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const upload = (kind: string, text: string) => t.http.send('POST', `/v1/imports/${kind}`, text, { 'content-type': 'text/csv' });
const ORDERS = 1050;

const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    const send = (kind: string, text: string) => http.send('POST', `/v1/imports/${kind}`, text, { 'content-type': 'text/csv' });
    await send('locations', csv('code,name,priority', 'MAIN,Main,1', 'EAST,East,0'));
    await send('customers', csv('code,name', 'ACME,Acme', 'BETA,Beta'));
    await send('items', csv('sku,name,unitPrice', 'BOLT,Bolt,2', 'NUT,Nut,0.5'));
    await send('opening-stock', csv('sku,location,onHand', 'BOLT,MAIN,10', 'NUT,EAST,3'));
    const lines = Array.from({ length: ORDERS }, (_, i) => `PO-${String(i).padStart(5, '0')},${i % 2 ? 'BETA' : 'ACME'},BOLT,1,,,,,,,,`);
    lines.splice(1, 0, 'PO-00000,ACME,NUT,5,0.5,true,,,,,,');
    const answer = await send('orders', csv('reference,customer,sku,quantity,unitPrice,preventPartialDelivery,priority,shipType,fulfillmentPolicy,backorderStrategy,requestedShipDate,location', ...lines));
    if (answer.status !== 200) throw new Error(answer.raw);
  },
});

async function exported(path: string) {
  const answer = await t.http.get(path);
  expect(answer.status, answer.raw).toBe(200);
  expect(answer.contentType).toMatch(/^text\/csv/);
  return { text: answer.raw, rows: parse(answer.raw, { columns: true }) as Record<string, string>[] };
}

describe(`CSV exports on ${databaseLabel}`, () => {
  it('exports every order line, paged through the database, and importing the export again writes nothing', async () => {
    const { text, rows } = await exported('/v1/exports/orders');
    expect(rows).toHaveLength(ORDERS + 1);
    expect(rows[0]).toMatchObject({ reference: 'PO-00000', customer: 'ACME', sku: 'BOLT', quantity: '1', allocated: '1', backordered: '0', lineNo: '1' });
    expect(rows[1]).toMatchObject({ reference: 'PO-00000', sku: 'NUT', quantity: '5', unitPrice: '0.5', preventPartialDelivery: 'true', requestedShipDate: '', location: '', lineNo: '2', allocated: '3', backordered: '2' });
    expect(rows.at(-1)).toMatchObject({ reference: `PO-0${ORDERS - 1}`, customer: 'BETA', allocated: '0', backordered: '1' });
    const again = await upload('orders', text);
    expect(again.status, again.raw).toBe(200);
    expect(again.body).toMatchObject({ rows: ORDERS + 1, created: 0, unchanged: ORDERS + 1, invalid: 0 });
    expect(again.body.ignoredColumns).toEqual(['orderId', 'lineNo', 'enteredAt', 'allocated', 'released', 'shipped', 'cancelled', 'backordered']);
    expect((await exported('/v1/exports/orders?customer=BETA')).rows).toHaveLength(ORDERS / 2);
    expect((await exported('/v1/exports/orders?sku=NUT')).rows).toHaveLength(1);
  });

  it('exports the backorder list in queue order with its filters', async () => {
    const all = (await exported('/v1/exports/backorders')).rows;
    // 10 BOLT for the first ten orders; NUT: 3 of 5.
    expect(all).toHaveLength(ORDERS - 10 + 1);
    const bolts = all.filter((r) => r.sku === 'BOLT');
    expect(bolts.map((r) => Number(r.queuePosition))).toEqual(bolts.map((_, i) => i + 1));
    const list = await t.http.ok(200, 'GET', '/v1/backorders?sku=BOLT&customer=ACME&limit=3');
    const filtered = (await exported('/v1/exports/backorders?sku=BOLT&customer=ACME')).rows;
    expect(filtered.slice(0, 3).map((r) => Number(r.orderId))).toEqual(list.items.map((b: { orderId: number }) => b.orderId));
    expect(filtered.every((r) => r.customer === 'ACME' && r.sku === 'BOLT')).toBe(true);
    expect((await exported('/v1/exports/backorders?minAgeDays=30')).rows).toEqual([]);
  });

  it('exports stock per item and location, which imports again as opening stock unchanged', async () => {
    const { text, rows } = await exported('/v1/exports/stock');
    expect(rows).toEqual([
      { sku: 'BOLT', location: 'MAIN', onHand: '10', allocated: '10', available: '0' },
      { sku: 'NUT', location: 'EAST', onHand: '3', allocated: '3', available: '0' },
    ]);
    expect((await upload('opening-stock', text)).body).toMatchObject({ created: 0, unchanged: 2, ignoredColumns: ['allocated', 'available'] });
    expect((await exported('/v1/exports/stock?sku=NUT')).rows).toHaveLength(1);
  });

  it('exports the record log of an order and of an item, newest first', async () => {
    const first = (await exported('/v1/exports/orders?sku=NUT')).rows[0]!;
    const order = (await exported(`/v1/exports/order-history?orderId=${first.orderId}`)).rows;
    expect(order.length).toBeGreaterThan(0);
    expect(order.every((r) => r.orderId === first.orderId)).toBe(true);
    expect(order.map((r) => Number(r.id))).toEqual(order.map((r) => Number(r.id)).sort((a, b) => b - a));
    const item = (await exported('/v1/exports/item-history?sku=NUT')).rows;
    expect(item.map((r) => r.action)).toContain('created');
    expect(item.every((r) => r.sku === 'NUT')).toBe(true);
  });

  it('refuses unknown codes and missing parameters before it sends anything', async () => {
    const refused = async (path: string, status: number, code: string) => {
      const answer = await t.http.get(path);
      expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status, code });
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
    };
    await refused('/v1/exports/backorders?sku=NOPE', 404, 'item_not_found');
    await refused('/v1/exports/backorders?customer=NOPE', 404, 'customer_not_found');
    await refused('/v1/exports/orders?customer=NOPE', 404, 'customer_not_found');
    await refused('/v1/exports/stock?sku=NOPE', 404, 'item_not_found');
    await refused('/v1/exports/order-history?orderId=999999', 404, 'order_not_found');
    await refused('/v1/exports/order-history', 422, 'validation_failed');
    await refused('/v1/exports/item-history?sku=NOPE', 404, 'item_not_found');
    await refused('/v1/exports/backorders?minAgeDays=-1', 422, 'validation_failed');
  });
});
