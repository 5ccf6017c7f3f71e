import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// Rationing through HTTP (docs/domain.md#rationing): set on the item, refused when it cannot hold,
// shown in the explanation and in the order view's sentence for each waiting line.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    for (const code of ['ACME', 'BETA', 'GAMMA']) await http.ok(201, 'POST', '/v1/customers', { code, name: code });
    await http.ok(201, 'POST', '/v1/items', { sku: 'FEE', name: 'Installation', service: true });
  },
});

const receive = (sku: string, quantity: number) => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku, location: 'WH1', quantity });
const order = (customer: string, sku: string, quantity: number) => t.http.ok(201, 'POST', '/v1/orders', { customer, lines: [{ sku, quantity }] });

describe(`rationing through HTTP on ${databaseLabel}`, () => {
  it('sets fair share and a cap on an item, shows them, and shares a receipt by them', async () => {
    const created = await t.http.ok(201, 'POST', '/v1/items', { sku: 'LAUNCH', name: 'Launch item', rationing: { rule: 'fair_share' } });
    expect(created.rationing).toEqual({ rule: 'fair_share', customerCap: null });
    const a = await order('ACME', 'LAUNCH', 30);
    const b = await order('BETA', 'LAUNCH', 10);
    const c = await order('GAMMA', 'LAUNCH', 20);
    await receive('LAUNCH', 31);
    const allocated = async (id: number) => (await t.http.ok(200, 'GET', `/v1/orders/${id}`)).lines[0].allocated;
    expect([await allocated(a.id), await allocated(b.id), await allocated(c.id)]).toEqual([16, 5, 10]);

    const changed = await t.http.ok(200, 'PATCH', '/v1/items/LAUNCH', { rationing: { rule: 'fair_share', customerCap: { percentOfReceipts: 40, periodDays: 7 } } });
    expect(changed.rationing).toEqual({ rule: 'fair_share', customerCap: { percentOfReceipts: 40, periodDays: 7 } });
    expect((await t.http.ok(200, 'GET', '/v1/items/LAUNCH')).rationing).toEqual(changed.rationing);

    // The explanation shows the share and the cap in force: GAMMA waits for 10 of the 29 units waiting at priority 0; 40 % of 31 = 12.
    const why = (await t.http.ok(200, 'GET', `/v1/orders/${c.id}/lines/1/explanation`)) as { rationing: unknown; sentence: string };
    expect(why.rationing).toEqual({ rule: 'fair_share', share: { percent: 34, customerWaiting: 10, priorityWaiting: 29 }, customerCap: { units: 12, held: 10, reached: false } });
    expect(why.sentence).toContain('its customer waits for 10 units of the 29 units waiting, so it gets 34 % of what comes for that priority.');
    expect(why.sentence).toContain('Its customer holds 10 units of a cap of 12 while others wait.');

    // Back to the plain queue: no rationing shown.
    const plain = await t.http.ok(200, 'PATCH', '/v1/items/LAUNCH', { rationing: null });
    expect(plain.rationing).toBeUndefined();
    expect((await t.http.ok(200, 'GET', `/v1/orders/${c.id}/lines/1/explanation`)).rationing).toBeNull();
  });

  it('the order view says for each waiting line why it waits, and null for the others', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'VIEW-1', name: 'Viewed' });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'VIEW-2', name: 'Viewed too' });
    await receive('VIEW-2', 5);
    const placed = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'VIEW-1', quantity: 3 }, { sku: 'VIEW-2', quantity: 2 }] });
    const view = await t.http.ok(200, 'GET', `/v1/orders/${placed.id}?explain=true`);
    const explained = await t.http.ok(200, 'GET', `/v1/orders/${placed.id}/lines/1/explanation`);
    expect(view.lines[0].waitingBecause).toBe(explained.sentence);
    expect(view.lines[0].waitingBecause).toMatch(/^Line 1 \(VIEW-1 × 3\) waits for 3 units\./);
    expect(view.lines[1].waitingBecause).toBeUndefined();
  });

  it('refuses fair share or a cap on a service item, and a cap that is zero, negative or malformed, writing nothing', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'PLAIN', name: 'Plain' });
    const refusals: ['PATCH' | 'POST', string, unknown, string][] = [
      ['PATCH', '/v1/items/FEE', { rationing: { rule: 'fair_share' } }, 'rationing_on_service_item'],
      ['PATCH', '/v1/items/FEE', { rationing: { customerCap: { units: 3 } } }, 'rationing_on_service_item'],
      ['POST', '/v1/items', { sku: 'FEE-2', name: 'Fee', service: true, rationing: { rule: 'fair_share' } }, 'rationing_on_service_item'],
      ['PATCH', '/v1/items/PLAIN', { rationing: { rule: 'fair_share', customerCap: { units: 0 } } }, 'customer_cap_not_positive'],
      ['PATCH', '/v1/items/PLAIN', { rationing: { customerCap: { units: -4 } } }, 'customer_cap_not_positive'],
      ['PATCH', '/v1/items/PLAIN', { rationing: { customerCap: { percentOfReceipts: 20, periodDays: 0 } } }, 'customer_cap_not_positive'],
      ['POST', '/v1/items', { sku: 'NEW-1', name: 'New', rationing: { customerCap: { units: 0 } } }, 'customer_cap_not_positive'],
      ['PATCH', '/v1/items/PLAIN', { rationing: { customerCap: { units: 3, percentOfReceipts: 20, periodDays: 7 } } }, 'customer_cap_invalid'],
      ['PATCH', '/v1/items/PLAIN', { rationing: { customerCap: { percentOfReceipts: 20 } } }, 'customer_cap_invalid'],
      ['PATCH', '/v1/items/PLAIN', { rationing: { rule: 'lottery' } }, 'validation_failed'],
    ];
    for (const [method, path, body, code] of refusals) {
      const answer = await t.http.send(method, path, body);
      expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(422);
      expect(answer.body.code).toBe(code);
    }
    expect((await t.http.ok(200, 'GET', '/v1/items/PLAIN')).rationing).toBeUndefined();
    expect((await t.http.ok(200, 'GET', '/v1/items/FEE')).rationing).toBeUndefined();
    expect((await t.http.get('/v1/items/FEE-2')).status).toBe(404);
    expect((await t.http.get('/v1/items/NEW-1')).status).toBe(404);
  });

  it('takes rationing from the item CSV import, and refuses a row with a cap of zero', async () => {
    const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
    const upload = (text: string) => t.http.send('POST', '/v1/imports/items', text, { 'content-type': 'text/csv' });
    const good = await upload(csv('sku,name,allocationRule,customerCapUnits', 'CSV-FAIR,Fair,fair_share,5', 'CSV-PLAIN,Plain,,'));
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ created: 2, invalid: 0 });
    expect((await t.http.ok(200, 'GET', '/v1/items/CSV-FAIR')).rationing).toEqual({ rule: 'fair_share', customerCap: { units: 5 } });
    expect((await t.http.ok(200, 'GET', '/v1/items/CSV-PLAIN')).rationing).toBeUndefined();
    const bad = await upload(csv('sku,name,allocationRule,customerCapUnits', 'CSV-ZERO,Zero,fair_share,0'));
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('import_refused');
    expect((await t.http.get('/v1/items/CSV-ZERO')).status).toBe(404);
  });
});
