import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// Item groups through HTTP (docs/domain.md#rationing): a group's rule and cap are what its items
// allocate by where they set none of their own; the item says what it sets and what is in force.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    for (const code of ['ACME', 'BETA', 'GAMMA']) await http.ok(201, 'POST', '/v1/customers', { code, name: code });
  },
});

const receive = (sku: string, quantity: number) => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku, location: 'WH1', quantity });
const order = (customer: string, sku: string, quantity: number) => t.http.ok(201, 'POST', '/v1/orders', { customer, lines: [{ sku, quantity }] });
const allocated = async (id: number) => (await t.http.ok(200, 'GET', `/v1/orders/${id}`)).lines[0].allocated as number;
/** ACME, BETA and GAMMA wait for 30, 10 and 20 of an item; it then receives 31. */
async function shortReceipt(sku: string): Promise<number[]> {
  const ids = [(await order('ACME', sku, 30)).id, (await order('BETA', sku, 10)).id, (await order('GAMMA', sku, 20)).id];
  await receive(sku, 31);
  return Promise.all(ids.map(allocated));
}

describe(`item groups through HTTP on ${databaseLabel}`, () => {
  it('creates, reads, lists (searched, paged), changes and deactivates a group', async () => {
    const created = await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'BOLTS', name: 'Bolts' });
    expect(created).toEqual({ code: 'BOLTS', name: 'Bolts', rationing: { rule: 'queue', customerCap: null } });
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'NUTS', name: 'Hex nuts', rationing: { rule: 'fair_share', customerCap: { units: 4 } } });
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'WASHERS', name: 'Washers' });
    expect(await t.http.ok(200, 'GET', '/v1/item-groups/NUTS')).toEqual({
      code: 'NUTS',
      name: 'Hex nuts',
      rationing: { rule: 'fair_share', customerCap: { units: 4 } },
      active: true,
    });
    const codes = (page: { items: { code: string }[] }) => page.items.map((g) => g.code);
    expect(codes(await t.http.ok(200, 'GET', '/v1/item-groups?q=hex'))).toEqual(['NUTS']);
    const first = await t.http.ok(200, 'GET', '/v1/item-groups?limit=2');
    expect(codes(first)).toEqual(['BOLTS', 'NUTS']);
    const second = await t.http.ok(200, 'GET', `/v1/item-groups?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`);
    expect(codes(second)).toEqual(['WASHERS']);
    expect(second.nextCursor).toBeNull();

    const renamed = await t.http.ok(200, 'PATCH', '/v1/item-groups/BOLTS', { name: 'Bolts and screws', rationing: { customerCap: { percentOfReceipts: 40, periodDays: 7 } } });
    expect(renamed).toMatchObject({ name: 'Bolts and screws', rationing: { rule: 'queue', customerCap: { percentOfReceipts: 40, periodDays: 7 } } });
    expect(await t.http.ok(200, 'PATCH', '/v1/item-groups/WASHERS', { active: false })).toMatchObject({ active: false });
    expect(codes(await t.http.ok(200, 'GET', '/v1/item-groups?active=false'))).toEqual(['WASHERS']);
    expect(codes(await t.http.ok(200, 'GET', '/v1/item-groups?active=true'))).toEqual(['BOLTS', 'NUTS']);
  });

  it('an item inherits its group’s rule: switched to fair share, the group makes its items share fairly; an item’s own rule overrides', async () => {
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'LAUNCHES', name: 'Launches' });
    const item = await t.http.ok(201, 'POST', '/v1/items', { sku: 'G-FAIR', name: 'Inherits', group: 'LAUNCHES' });
    expect(item).toMatchObject({ group: 'LAUNCHES', ownRationing: { rule: null, customerCap: null, noCustomerCap: false } });
    expect(item.rationing).toBeUndefined();
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'G-QUEUE', name: 'Own queue', group: 'LAUNCHES', rationing: { rule: 'queue' } });

    await t.http.ok(200, 'PATCH', '/v1/item-groups/LAUNCHES', { rationing: { rule: 'fair_share' } });
    const read = await t.http.ok(200, 'GET', '/v1/items/G-FAIR');
    expect(read.rationing).toEqual({ rule: 'fair_share', customerCap: null });
    expect(read.rationingFrom).toEqual({ rule: 'group', customerCap: 'default' });
    expect((await t.http.ok(200, 'GET', '/v1/items/G-QUEUE')).rationing).toBeUndefined();

    // As an item set to fair share itself shares (rationing.test.ts): 31 units for 30, 10 and 20.
    expect(await shortReceipt('G-FAIR')).toEqual([16, 5, 10]);
    expect(await shortReceipt('G-QUEUE')).toEqual([30, 1, 0]);
  });

  it('a group’s change applies to stock allocated from then on, and is in the record log of each item that inherits it', async () => {
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'LATER', name: 'Later' });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'G-LATER', name: 'Switched later', group: 'LATER' });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'G-OWN', name: 'Own rule', group: 'LATER', rationing: { rule: 'queue', customerCap: null } });
    const ids = [(await order('ACME', 'G-LATER', 30)).id, (await order('BETA', 'G-LATER', 10)).id, (await order('GAMMA', 'G-LATER', 20)).id];
    await receive('G-LATER', 20);
    expect(await Promise.all(ids.map(allocated))).toEqual([20, 0, 0]);

    await t.http.ok(200, 'PATCH', '/v1/item-groups/LATER', { rationing: { rule: 'fair_share' } });
    // What was allocated stays; the next receipt is shared by what each waits for: 10, 10 and 20 of 40.
    expect(await Promise.all(ids.map(allocated))).toEqual([20, 0, 0]);
    await receive('G-LATER', 10);
    expect(await Promise.all(ids.map(allocated))).toEqual([23, 2, 5]);

    const log = async (sku: string) => (await t.http.ok(200, 'GET', `/v1/items/${sku}/history?limit=500`)).entries as { action: string; reason: string }[];
    expect((await log('G-LATER')).some((e) => e.action === 'changed' && e.reason === 'item group LATER: allocated by fair share')).toBe(true);
    // An item that sets both its rule and its cap inherits nothing: its log says nothing of the group.
    expect((await log('G-OWN')).some((e) => e.reason?.includes('item group LATER:'))).toBe(false);
  });

  it('a cap comes from the group unless the item sets its own or says it has none; the explanation names the group', async () => {
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'CAPPED', name: 'Capped', rationing: { customerCap: { units: 5 } } });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'G-CAP', name: 'Group cap', group: 'CAPPED' });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'G-NOCAP', name: 'No cap', group: 'CAPPED', rationing: { customerCap: null } });
    const capped = await t.http.ok(200, 'GET', '/v1/items/G-CAP');
    expect(capped).toMatchObject({ rationing: { rule: 'queue', customerCap: { units: 5 } }, rationingFrom: { rule: 'group', customerCap: 'group' } });
    const uncapped = await t.http.ok(200, 'GET', '/v1/items/G-NOCAP');
    expect(uncapped.rationing).toBeUndefined();
    expect(uncapped.ownRationing).toEqual({ rule: null, customerCap: null, noCustomerCap: true });

    // ACME's 8 are held to 5 while BETA waits; with no cap, the queue gives ACME all 8.
    const a = await order('ACME', 'G-CAP', 8);
    const b = await order('BETA', 'G-CAP', 4);
    await receive('G-CAP', 9);
    expect([await allocated(a.id), await allocated(b.id)]).toEqual([5, 4]);
    const a2 = await order('ACME', 'G-NOCAP', 8);
    const b2 = await order('BETA', 'G-NOCAP', 4);
    await receive('G-NOCAP', 9);
    expect([await allocated(a2.id), await allocated(b2.id)]).toEqual([8, 1]);

    const why = await t.http.ok(200, 'GET', `/v1/orders/${a.id}/lines/1/explanation`);
    expect(why.rationing).toEqual({ rule: 'queue', share: null, customerCap: { units: 5, held: 5, reached: true } });
    expect(why.rationingFrom).toEqual({ rule: 'group', customerCap: 'group', group: 'CAPPED' });
    expect(why.sentence).toContain('Its customer holds 5 units, at its cap of 5 (the cap of its group CAPPED): it gets more only when no other customer waits.');

    // The item's own cap overrides the group's; the explanation then names no group for it.
    await t.http.ok(200, 'PATCH', '/v1/items/G-CAP', { rationing: { customerCap: { units: 7 } } });
    const own = await t.http.ok(200, 'GET', `/v1/orders/${a.id}/lines/1/explanation`);
    expect(own.rationingFrom).toEqual({ rule: 'group', customerCap: 'item', group: 'CAPPED' });
    expect(own.sentence).toMatch(/cap of 7[:. ]/);
  });

  it('moves an item between groups, and out of any', async () => {
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'FAIR', name: 'Fair', rationing: { rule: 'fair_share' } });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'MOVER', name: 'Mover' });
    expect((await t.http.ok(200, 'PATCH', '/v1/items/MOVER', { group: 'FAIR' })).rationingFrom).toEqual({ rule: 'group', customerCap: 'default' });
    const out = await t.http.ok(200, 'PATCH', '/v1/items/MOVER', { group: null });
    expect(out.group).toBeUndefined();
    expect(out.rationing).toBeUndefined();
    expect((await t.http.ok(200, 'GET', '/v1/items?q=MOVER')).items[0].group).toBeUndefined();
  });

  it('refuses a bad group, an unknown or deactivated group on an item, and a bad cap, writing nothing', async () => {
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'KEPT', name: 'Kept', rationing: { rule: 'fair_share', customerCap: { units: 3 } } });
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'OLD', name: 'Old' });
    await t.http.ok(200, 'PATCH', '/v1/item-groups/OLD', { active: false });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'STAY', name: 'Stays put' });
    const refusals: ['PATCH' | 'POST', string, unknown, number, string][] = [
      ['POST', '/v1/item-groups', { code: 'KEPT', name: 'Again' }, 409, 'item_group_exists'],
      ['POST', '/v1/item-groups', { code: 'ZERO', name: 'Zero', rationing: { customerCap: { units: 0 } } }, 422, 'customer_cap_not_positive'],
      ['POST', '/v1/item-groups', { code: 'BOTH', name: 'Both', rationing: { customerCap: { units: 3, percentOfReceipts: 5, periodDays: 7 } } }, 422, 'customer_cap_invalid'],
      ['PATCH', '/v1/item-groups/KEPT', { rationing: { customerCap: { percentOfReceipts: 20, periodDays: -1 } } }, 422, 'customer_cap_not_positive'],
      ['PATCH', '/v1/item-groups/KEPT', { rationing: { customerCap: { percentOfReceipts: 20 } } }, 422, 'customer_cap_invalid'],
      ['PATCH', '/v1/item-groups/KEPT', { rationing: { rule: 'lottery' } }, 422, 'validation_failed'],
      ['PATCH', '/v1/item-groups/KEPT', { code: 'RENAMED' }, 422, 'validation_failed'],
      ['PATCH', '/v1/item-groups/NOPE', { name: 'Nope' }, 404, 'item_group_not_found'],
      ['POST', '/v1/items', { sku: 'LOST', name: 'Lost', group: 'NOPE' }, 404, 'item_group_not_found'],
      ['POST', '/v1/items', { sku: 'LATE', name: 'Late', group: 'OLD' }, 422, 'item_group_inactive'],
      ['PATCH', '/v1/items/STAY', { group: 'NOPE', name: 'Moved' }, 404, 'item_group_not_found'],
      ['PATCH', '/v1/items/STAY', { group: 'OLD', name: 'Moved' }, 422, 'item_group_inactive'],
    ];
    for (const [method, path, body, status, code] of refusals) {
      const answer = await t.http.send(method, path, body);
      expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      expect(answer.body.code).toBe(code);
    }
    expect(await t.http.ok(200, 'GET', '/v1/item-groups/KEPT')).toMatchObject({ name: 'Kept', rationing: { rule: 'fair_share', customerCap: { units: 3 } } });
    expect((await t.http.ok(200, 'GET', '/v1/item-groups?q=ZERO')).items).toEqual([]);
    expect((await t.http.ok(200, 'GET', '/v1/item-groups?q=BOTH')).items).toEqual([]);
    expect(await t.http.ok(200, 'GET', '/v1/items/STAY')).toEqual({ sku: 'STAY', name: 'Stays put', unitPrice: 0, service: false, preorder: null, replenishment: null, active: true });
    for (const sku of ['LOST', 'LATE']) expect((await t.http.get(`/v1/items/${sku}`)).status).toBe(404);
    expect((await t.http.get('/v1/item-groups/NOPE')).body.code).toBe('item_group_not_found');
  });

  it('a service item in a fair-share group is not rationed', async () => {
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'SERVICES', name: 'Services', rationing: { rule: 'fair_share', customerCap: { units: 1 } } });
    const fee = await t.http.ok(201, 'POST', '/v1/items', { sku: 'FEE-G', name: 'Fee', service: true, group: 'SERVICES' });
    expect(fee.group).toBe('SERVICES');
    expect(fee.rationing).toBeUndefined();
  });

  it('takes the group from the item CSV import, and refuses a row naming an unknown group', async () => {
    await t.http.ok(201, 'POST', '/v1/item-groups', { code: 'CSVG', name: 'From CSV', rationing: { rule: 'fair_share' } });
    const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
    const upload = (text: string) => t.http.send('POST', '/v1/imports/items', text, { 'content-type': 'text/csv' });
    const good = await upload(csv('sku,name,group', 'CSV-G1,Grouped,CSVG', 'CSV-G2,Ungrouped,'));
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ created: 2, invalid: 0 });
    expect(await t.http.ok(200, 'GET', '/v1/items/CSV-G1')).toMatchObject({ group: 'CSVG', rationing: { rule: 'fair_share' }, rationingFrom: { rule: 'group' } });
    expect((await t.http.ok(200, 'GET', '/v1/items/CSV-G2')).group).toBeUndefined();
    const bad = await upload(csv('sku,name,group', 'CSV-G3,Lost,NOPE'));
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('import_refused');
    expect(bad.body.errors).toEqual([expect.objectContaining({ row: 2, column: 'group', code: 'item_group_not_found' })]);
    expect((await t.http.get('/v1/items/CSV-G3')).status).toBe(404);
  });
});
