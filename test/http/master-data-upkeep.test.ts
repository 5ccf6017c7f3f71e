import { describe, expect, it } from 'vitest';
import { bearer, keyFor } from '../support/access.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// Master data upkeep: lists with a text search, reads, changes and deactivation, through HTTP.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/locations', { code: 'STORE-9', name: 'Corner store', priority: 1 });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'STD', backorderStrategy: 'backorder_allowed' });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'FULL', backorderStrategy: 'deliver_in_full' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme Corp' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta 100% Ltd' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'GAMMA', name: 'Gamma and sons' });
    for (const [sku, name] of [['BOLT-1', 'Hex bolt'], ['BOLT-2', 'Carriage bolt'], ['NUT-1', 'Hex nut'], ['WASHER', 'Flat washer'], ['SCREW', 'Wood screw']]) {
      await http.ok(201, 'POST', '/v1/items', { sku, name, unitPrice: 1 });
    }
  },
});

const codes = (page: { items: { code?: string; sku?: string }[] }) => page.items.map((i) => i.sku ?? i.code);
const getOrder = (id: number) => t.http.ok(200, 'GET', `/v1/orders/${id}`);
const receive = (sku: string, quantity: number) => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku, location: 'WH1', quantity });

async function everyPage(path: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await t.http.ok(200, 'GET', `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...(codes(page) as string[]));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return seen;
}

describe(`master data upkeep through HTTP on ${databaseLabel}`, () => {
  it('lists items, locations, customers and policies by code, searching code and name in any case', async () => {
    expect(codes(await t.http.ok(200, 'GET', '/v1/items?q=bolt'))).toEqual(['BOLT-1', 'BOLT-2']);
    expect(codes(await t.http.ok(200, 'GET', '/v1/items?q=HEX'))).toEqual(['BOLT-1', 'NUT-1']);
    expect(codes(await t.http.ok(200, 'GET', '/v1/locations?q=store'))).toEqual(['STORE-9']);
    expect(codes(await t.http.ok(200, 'GET', '/v1/customers?q=corp'))).toEqual(['ACME']);
    expect(codes(await t.http.ok(200, 'GET', '/v1/fulfillment-policies?q=ful'))).toEqual(['FULL']);
    // A % or _ is searched for as itself.
    expect(codes(await t.http.ok(200, 'GET', `/v1/customers?q=${encodeURIComponent('100%')}`))).toEqual(['BETA']);
    expect(codes(await t.http.ok(200, 'GET', '/v1/customers?q=_'))).toEqual([]);
    const item = (await t.http.ok(200, 'GET', '/v1/items?q=washer')).items[0];
    expect(item).toEqual({ sku: 'WASHER', name: 'Flat washer', unitPrice: 1, service: false, preorder: null, replenishment: null, active: true });
  });

  it('pages every list with limit and cursor: every row once, nextCursor null at the end', async () => {
    expect(await everyPage('/v1/items', 2)).toEqual(['BOLT-1', 'BOLT-2', 'NUT-1', 'SCREW', 'WASHER']);
    expect(await everyPage('/v1/customers', 1)).toEqual(['ACME', 'BETA', 'GAMMA']);
    expect(await everyPage('/v1/locations', 5)).toEqual(['STORE-9', 'WH1']);
    const first = await t.http.ok(200, 'GET', '/v1/items?limit=5');
    expect(first.nextCursor).toBeNull();
  });

  it('refuses a cursor that was tampered with or comes from another list (400 invalid_cursor) and a limit out of range', async () => {
    const { nextCursor } = await t.http.ok(200, 'GET', '/v1/items?limit=1');
    const [payload, seal] = (nextCursor as string).split('.');
    const forged = `${Buffer.from(JSON.stringify(['NUT-1'])).toString('base64url')}.${seal}`;
    for (const cursor of [forged, `${payload}.x${seal}`, 'garbage', `${payload}`]) {
      const answer = await t.http.get(`/v1/items?cursor=${encodeURIComponent(cursor)}`);
      expect(answer.status).toBe(400);
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.body.code).toBe('invalid_cursor');
    }
    expect((await t.http.get(`/v1/customers?cursor=${encodeURIComponent(nextCursor)}`)).body.code).toBe('invalid_cursor');
    expect((await t.http.get('/v1/items?limit=501')).body.code).toBe('validation_failed');
    expect((await t.http.get('/v1/items?limit=0')).body.code).toBe('validation_failed');
    expect((await t.http.get('/v1/items?colour=red')).body.code).toBe('validation_failed');
  });

  it('reads one location, customer and policy; an unknown code is a 404', async () => {
    expect(await t.http.ok(200, 'GET', '/v1/locations/WH1')).toEqual({ code: 'WH1', name: 'Main warehouse', priority: 10, active: true });
    expect(await t.http.ok(200, 'GET', '/v1/customers/ACME')).toMatchObject({ code: 'ACME', name: 'Acme Corp', fulfillmentPolicy: null, active: true });
    expect(await t.http.ok(200, 'GET', '/v1/fulfillment-policies/FULL')).toMatchObject({ code: 'FULL', backorderStrategy: 'deliver_in_full', active: true });
    expect((await t.http.get('/v1/locations/NOPE')).body.code).toBe('location_not_found');
    expect((await t.http.get('/v1/customers/NOPE')).body.code).toBe('customer_not_found');
    expect((await t.http.get('/v1/fulfillment-policies/NOPE')).body.code).toBe('fulfillment_policy_not_found');
  });

  it('changes a customer’s priority and default policy for new orders only, and says so', async () => {
    const before = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'GAMMA', lines: [{ sku: 'SCREW', quantity: 1 }] });
    const changed = await t.http.ok(200, 'PATCH', '/v1/customers/GAMMA', { priority: 5, fulfillmentPolicy: 'FULL', name: 'Gamma & sons' });
    expect(changed).toEqual({ code: 'GAMMA', name: 'Gamma & sons', priority: 5, shipType: 'partial_ok', fulfillmentPolicy: 'FULL', active: true });
    expect(await getOrder(before.id)).toMatchObject({ priority: 0, fulfillmentPolicy: null, backorderStrategy: 'backorder_allowed' });
    const after = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'GAMMA', lines: [{ sku: 'SCREW', quantity: 1 }] });
    expect(after).toMatchObject({ priority: 5, fulfillmentPolicy: 'FULL', backorderStrategy: 'deliver_in_full' });
    const doc = await t.http.ok(200, 'GET', '/openapi.json');
    expect(doc.paths['/v1/customers/{code}'].patch.summary).toContain('new orders only');
    expect((await t.http.ok(200, 'PATCH', '/v1/customers/GAMMA', { fulfillmentPolicy: null })).fulfillmentPolicy).toBeNull();
  });

  it('deactivates an item: no new orders or lines (422 item_inactive); its open order keeps its place and is filled', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'OLD', name: 'Old model', unitPrice: 3 });
    const open = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'OLD', quantity: 2 }] });
    const other = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'BETA', lines: [{ sku: 'NUT-1', quantity: 1 }] });
    expect(await t.http.ok(200, 'PATCH', '/v1/items/OLD', { active: false })).toMatchObject({ sku: 'OLD', active: false });
    const refused = await t.http.post('/v1/orders', { customer: 'BETA', lines: [{ sku: 'OLD', quantity: 1 }] });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'item_inactive', sku: 'OLD' });
    expect((await t.http.post(`/v1/orders/${other.id}/lines`, { sku: 'OLD', quantity: 1 })).body.code).toBe('item_inactive');
    expect((await getOrder(other.id)).lines).toHaveLength(1);
    await receive('OLD', 2);
    expect((await getOrder(open.id)).lines[0]).toMatchObject({ allocated: 2, backordered: 0 });
    expect(codes(await t.http.ok(200, 'GET', '/v1/items?active=false'))).toEqual(['OLD']);
    expect(codes(await t.http.ok(200, 'GET', '/v1/items?active=true&q=old'))).toEqual([]);
    await t.http.ok(200, 'PATCH', '/v1/items/OLD', { active: true });
    await t.http.ok(201, 'POST', '/v1/orders', { customer: 'BETA', lines: [{ sku: 'OLD', quantity: 1 }] });
  });

  it('deactivates a customer: no new orders (422 customer_inactive); its open order keeps its place', async () => {
    await t.http.ok(201, 'POST', '/v1/customers', { code: 'GONE', name: 'Gone away' });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'KEEP', name: 'Kept', unitPrice: 1 });
    const open = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'GONE', lines: [{ sku: 'KEEP', quantity: 1 }] });
    const later = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'KEEP', quantity: 1 }] });
    await t.http.ok(200, 'PATCH', '/v1/customers/GONE', { active: false });
    const refused = await t.http.post('/v1/orders', { customer: 'GONE', lines: [{ sku: 'KEEP', quantity: 1 }] });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'customer_inactive', customer: 'GONE' });
    await receive('KEEP', 1);
    expect((await getOrder(open.id)).lines[0].allocated).toBe(1);
    expect((await getOrder(later.id)).lines[0].allocated).toBe(0);
  });

  it('changes a location and a policy, and deactivates them', async () => {
    expect(await t.http.ok(200, 'PATCH', '/v1/locations/STORE-9', { name: 'Corner shop', priority: 2 })).toEqual({
      code: 'STORE-9',
      name: 'Corner shop',
      priority: 2,
      active: true,
    });
    const policy = await t.http.ok(200, 'PATCH', '/v1/fulfillment-policies/STD', {
      fulfillmentRate: { valueType: 'quantity', minPercent: 50 },
      violation: 'error',
      cancelAfterDays: 30,
      crossDockPolicy: 'FULL',
    });
    expect(policy).toMatchObject({ fulfillmentRate: { valueType: 'quantity', minPercent: 50 }, violation: 'error', cancelAfterDays: 30, crossDockPolicy: 'FULL' });
    expect((await t.http.ok(200, 'PATCH', '/v1/fulfillment-policies/STD', { cancelAfterDays: null, active: false })).active).toBe(false);
    expect(await t.http.ok(200, 'GET', '/v1/fulfillment-policies/STD')).toMatchObject({ cancelAfterDays: null, active: false });
    expect((await t.http.ok(200, 'PATCH', '/v1/locations/STORE-9', { active: false })).active).toBe(false);
    expect(codes(await t.http.ok(200, 'GET', '/v1/locations?active=true'))).toEqual(['WH1']);
  });

  it.each([
    ['an unknown field on a customer', '/v1/customers/ACME', { nickname: 'A' }, 422, 'validation_failed'],
    ['an empty change', '/v1/customers/ACME', {}, 422, 'validation_failed'],
    ['an unknown strategy on a policy', '/v1/fulfillment-policies/FULL', { backorderStrategy: 'maybe_later' }, 422, 'validation_failed'],
    ['a code on a location', '/v1/locations/WH1', { code: 'WH2' }, 422, 'validation_failed'],
    ['active as text', '/v1/items/NUT-1', { active: 'no' }, 422, 'validation_failed'],
    ['an unknown default policy', '/v1/customers/ACME', { fulfillmentPolicy: 'NOPE', priority: 9 }, 404, 'fulfillment_policy_not_found'],
    ['an unknown customer', '/v1/customers/NOPE', { priority: 1 }, 404, 'customer_not_found'],
  ])('refuses %s and writes nothing', async (_name, path, body, status, code) => {
    const before = await t.http.get(path);
    const answer = await t.http.patch(path, body);
    expect(answer.status).toBe(status);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body.code).toBe(code);
    expect((await t.http.get(path)).body).toEqual(before.body);
  });

  it('lets a viewer list and read (catalog.read) but not change (catalog.write)', async () => {
    const viewer = bearer(await keyFor(t.http, 'upkeep viewer', 'viewer'));
    expect((await t.http.get('/v1/customers', viewer)).status).toBe(200);
    expect((await t.http.get('/v1/customers/ACME', viewer)).status).toBe(200);
    const refused = await t.http.patch('/v1/customers/ACME', { priority: 9 }, viewer);
    expect(refused.status).toBe(403);
    expect((await t.http.ok(200, 'GET', '/v1/customers/ACME')).priority).toBe(0);
  });
});
