import { describe, expect, it } from 'vitest';
import type { Answer } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({ invariants: { immediate: true } });

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const upload = (kind: string, text: string, query = '', headers: Record<string, string> = {}) =>
  t.http.send('POST', `/v1/imports/${kind}${query}`, text, { 'content-type': 'text/csv', ...headers });

async function imported(kind: string, text: string, query = '') {
  const answer = await upload(kind, text, query);
  expect(answer.status, answer.raw).toBe(200);
  return answer.body;
}

function expectRefused(answer: Answer, errors: { row: number; column: string; code: string }[]) {
  expect(answer.status, answer.raw).toBe(422);
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  expect(answer.body.code).toBe('import_refused');
  expect(answer.body.errors.map((e: { row: number; column: string; code: string }) => ({ row: e.row, column: e.column, code: e.code }))).toEqual(errors);
  for (const e of answer.body.errors) expect(e.message).toBeTruthy();
}

const count = async (table: 'items' | 'orders' | 'order_lines' | 'customers' | 'locations' | 'record_log') =>
  Number((await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe(`CSV imports on ${databaseLabel}`, () => {
  it('imports master data of each kind, and the same file again writes nothing', async () => {
    const locations = csv('code,name,priority', 'MAIN,Main warehouse,10', 'EAST,East,');
    expect(await imported('locations', locations)).toMatchObject({ kind: 'locations', rows: 2, created: 2, unchanged: 0, invalid: 0, errors: [] });
    const policies = csv(
      'code,backorderStrategy,preventPartialDelivery,rateValueType,rateMinPercent,violation,cancelAfterDays,crossDockPolicy,crossDockWindowDays',
      'FULL,deliver_in_full,true,,,,,,',
      'STD,backorder_allowed,false,quantity,50,warning,30,FULL,3',
    );
    expect(await imported('policies', policies)).toMatchObject({ created: 2, invalid: 0 });
    const customers = csv('code,name,priority,shipType,fulfillmentPolicy', 'ACME,"Acme, Inc.",5,partial_ok,STD', 'BETA,Beta,,,');
    expect(await imported('customers', customers)).toMatchObject({ created: 2 });
    const items = csv(
      'sku,name,unitPrice,service,preorderLaunchDate,preorderCap,supplier,leadTimeDays,minLevel,reorderQuantity,replenishmentLocation',
      'BOLT,Bolt,1.5,,,,Bolt Co,7,10,100,MAIN',
      'NUT,Nut,0.25,false,,,,,,,',
      'FIT,Fitting,,true,,,,,,,',
    );
    expect(await imported('items', items)).toMatchObject({ created: 3, ignoredColumns: [] });

    expect(await t.http.ok(200, 'GET', '/v1/items/BOLT')).toMatchObject({
      unitPrice: 1.5,
      replenishment: { supplier: 'Bolt Co', leadTimeDays: 7, minLevel: 10, reorderQuantity: 100, location: 'MAIN' },
    });
    const logged = await count('record_log');
    for (const [kind, text, rows] of [['locations', locations, 2], ['policies', policies, 2], ['customers', customers, 2], ['items', items, 3]] as const) {
      expect(await imported(kind, text)).toMatchObject({ rows, created: 0, unchanged: rows, invalid: 0 });
    }
    expect(await count('record_log')).toBe(logged);
  });

  it('imports opening stock as counts and the supply schedule; a re-run changes nothing', async () => {
    const stock = csv('sku,location,onHand', 'BOLT,MAIN,40', 'BOLT,EAST,5', 'NUT,MAIN,0');
    expect(await imported('opening-stock', stock)).toMatchObject({ created: 2, unchanged: 1 });
    expect(await t.http.ok(200, 'GET', '/v1/stock/BOLT')).toMatchObject({ onHand: 45 });
    expect(await imported('opening-stock', stock)).toMatchObject({ created: 0, unchanged: 3 });
    expect(await imported('opening-stock', csv('sku,location,onHand', 'BOLT,EAST,2'))).toMatchObject({ created: 1 });
    expect(await t.http.ok(200, 'GET', '/v1/stock/BOLT')).toMatchObject({ onHand: 42 });

    const schedule = csv('sku,location,date,quantity', 'NUT,MAIN,2099-03-01,500', 'NUT,EAST,2099-03-08,20');
    expect(await imported('supply-schedule', schedule)).toMatchObject({ created: 2 });
    expect(await imported('supply-schedule', schedule)).toMatchObject({ created: 0, unchanged: 2 });
    expect((await t.http.ok(200, 'GET', '/v1/supply-schedule?sku=NUT')).entries).toEqual([
      { sku: 'NUT', location: 'MAIN', date: '2099-03-01', quantity: 500 },
      { sku: 'NUT', location: 'EAST', date: '2099-03-08', quantity: 20 },
    ]);
  });

  it('enters open orders, one row per line grouped by reference, allocated in file order; re-running enters none twice', async () => {
    const orders = csv(
      'reference,customer,sku,quantity,unitPrice,preventPartialDelivery,priority,shipType,fulfillmentPolicy,backorderStrategy,requestedShipDate,location',
      'PO-1,ACME,BOLT,30,,,,,,,,',
      'PO-1,ACME,NUT,4,0.3,,,,,,,',
      'PO-2,BETA,BOLT,20,,,,,,,2099-01-05,MAIN',
    );
    const before = await count('record_log');
    expect(await imported('orders', orders)).toMatchObject({ rows: 3, created: 3, unchanged: 0, invalid: 0 });
    expect(await count('record_log')).toBeGreaterThan(before);
    const backorders = (await t.http.ok(200, 'GET', '/v1/backorders?sku=BOLT')).items;
    // 42 BOLT on hand: PO-1 takes 30, PO-2 gets the 12 left and waits for 8.
    expect(backorders).toMatchObject([{ customer: 'BETA', allocated: 12, backordered: 8 }]);
    expect(await imported('orders', orders)).toMatchObject({ created: 0, unchanged: 3 });
    expect(await count('orders')).toBe(2);
  });

  it('refuses a file with bad rows whole, naming row, column and code, and writes nothing', async () => {
    const before = { orders: await count('orders'), lines: await count('order_lines'), log: await count('record_log') };
    const bad = csv(
      'reference,customer,sku,quantity',
      'PO-10,ACME,BOLT,1',
      'PO-11,ACME,NOPE,1',
      'PO-12,NOBODY,BOLT,1',
      'PO-13,ACME,BOLT,5.5',
      'PO-14,ACME,BOLT,1',
      'PO-14,ACME,NUT,0',
      'PO-10,ACME,NUT,1',
    );
    expectRefused(await upload('orders', bad), [
      { row: 3, column: 'sku', code: 'item_not_found' },
      { row: 4, column: 'customer', code: 'customer_not_found' },
      { row: 5, column: 'quantity', code: 'invalid_value' },
      { row: 6, column: '', code: 'order_invalid' },
      { row: 7, column: 'quantity', code: 'invalid_value' },
      { row: 8, column: 'reference', code: 'duplicate_key' },
    ]);
    expectRefused(await upload('opening-stock', csv('sku,location,onHand', 'BOLT,NOWHERE,1', 'FIT,MAIN,1', 'NUT,MAIN,-1')), [
      { row: 2, column: 'location', code: 'location_not_found' },
      { row: 3, column: 'sku', code: 'service_item_has_no_stock' },
      { row: 4, column: 'onHand', code: 'invalid_value' },
    ]);
    expectRefused(await upload('items', csv('sku,name', 'NEW1,New', 'NEW1,Again', ',Nameless')), [
      { row: 3, column: 'sku', code: 'duplicate_key' },
      { row: 4, column: 'sku', code: 'missing_value' },
    ]);
    expectRefused(await upload('items', csv('sku,title', 'NEW2,New')), [{ row: 1, column: 'name', code: 'missing_column' }]);
    expectRefused(await upload('locations', csv('code,name', 'L1,"unclosed', 'L2,x')), [{ row: 2, column: '', code: 'malformed_csv' }]);
    expectRefused(await upload('locations', csv('code,name', 'L1,One,extra')), [{ row: 2, column: '', code: 'wrong_field_count' }]);
    expectRefused(await upload('customers', csv('code,name,shipType,fulfillmentPolicy', 'C1,One,sometimes,', 'C2,Two,,NOPE')), [
      { row: 2, column: 'shipType', code: 'invalid_value' },
      { row: 3, column: 'fulfillmentPolicy', code: 'fulfillment_policy_not_found' },
    ]);
    expectRefused(await upload('supply-schedule', csv('sku,location,date,quantity', 'NUT,MAIN,someday,1')), [{ row: 2, column: 'date', code: 'invalid_value' }]);
    expect(await count('items')).toBe(3);
    expect({ orders: await count('orders'), lines: await count('order_lines'), log: await count('record_log') }).toEqual(before);
  });

  it('answers the report as CSV when asked', async () => {
    const answer = await upload('items', csv('sku,name', 'OK1,', 'OK2,"Fine, really"'), '', { accept: 'text/csv' });
    expect(answer.status).toBe(422);
    expect(answer.contentType).toMatch(/^text\/csv/);
    expect(answer.raw).toBe('row,column,code,message\n2,name,missing_value,name is required\n');
    expect(answer.headers['import-invalid']).toBe('1');
  });

  it('previews with dryRun and writes nothing; with skipInvalid imports the good rows and reports the rest', async () => {
    const text = csv('code,name,priority', 'WEST,West,1', 'MAIN,Main warehouse,10', 'SOUTH,South,high');
    const preview = await upload('locations', text, '?dryRun=true');
    expect(preview.status).toBe(422);
    expect(preview.body).toMatchObject({ code: 'import_refused', dryRun: true, invalid: 1 });
    expect(await imported('locations', text, '?dryRun=true&skipInvalid=true')).toMatchObject({ dryRun: true, created: 1, unchanged: 1, invalid: 1 });
    expect(await count('locations')).toBe(2);
    const report = await imported('locations', text, '?skipInvalid=true');
    expect(report).toMatchObject({ dryRun: false, rows: 3, created: 1, unchanged: 1, invalid: 1, errors: [{ row: 4, column: 'priority', code: 'invalid_value' }] });
    expect(await count('locations')).toBe(3);
  });

  it('reports an order a service refuses while writing; columns it does not read are listed as ignored', async () => {
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'NOBO', backorderStrategy: 'no_backorder', violation: 'error' });
    const text = csv('reference,customer,sku,quantity,fulfillmentPolicy,note', 'PO-20,ACME,NUT,1,,hello', 'PO-21,ACME,NUT,999,NOBO,');
    const refused = await upload('orders', text);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'import_refused', ignoredColumns: ['note'], errors: [{ row: 3, code: 'backorder_not_allowed' }] });
    expect(await count('orders')).toBe(2);
    expect(await imported('orders', text, '?skipInvalid=true')).toMatchObject({ created: 1, invalid: 1, errors: [{ row: 3, code: 'backorder_not_allowed' }] });
    expect(await count('orders')).toBe(3);
  });

  it('takes CSV only, and needs the permission of what it writes', async () => {
    const json = await t.http.post('/v1/imports/items', { sku: 'X', name: 'X' });
    expect({ status: json.status, code: json.body.code }).toEqual({ status: 415, code: 'unsupported_media_type' });
    const bad = await upload('items', csv('sku,name'), '?dryRun=maybe');
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 422, code: 'validation_failed' });
    expect(await imported('items', csv('sku,name'))).toMatchObject({ rows: 0, created: 0 });
    const withCharset = await t.http.send('POST', '/v1/imports/items', csv('sku,name', 'ÉCROU,Écrou'), { 'content-type': 'text/csv; charset=utf-8' });
    expect(withCharset.body).toMatchObject({ created: 1 });
    expect((await t.http.ok(200, 'GET', `/v1/items/${encodeURIComponent('ÉCROU')}`)).name).toBe('Écrou');
    expectRefused(await upload('items', ''), [{ row: 1, column: '', code: 'missing_column' }]);
  });
});
