import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAllotClient, type AllotClient } from '../../client/index.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({ invariants: { immediate: true } });
let allot: AllotClient;
/** Checks an answer against a component of the committed openapi.json, as a client generated from it expects it. */
let conforms: (component: string, value: unknown) => void;

beforeAll(async () => {
  await t.http.app.listen({ port: 0, host: '127.0.0.1' });
  allot = createAllotClient(`http://127.0.0.1:${(t.http.app.server.address() as AddressInfo).port}`, {
    headers: { authorization: `Bearer ${t.http.systemKey}`, 'x-actor': 'client-test' },
  });
  const document = JSON.parse(await readFile(new URL('../../openapi.json', import.meta.url), 'utf8'));
  const ajv = addFormats.default(new Ajv2020({ strict: false, allErrors: true })).addSchema({ ...document, $id: 'allot' });
  conforms = (component, value) => {
    const validate = ajv.getSchema(`allot#/components/schemas/${component}`)!;
    expect(validate(value), `${component}: ${JSON.stringify(validate.errors)}`).toBe(true);
  };
});

describe(`the generated client against the running API on ${databaseLabel}`, () => {
  it('enters, reads, releases and ships an order, each answer as the document describes it', async () => {
    expect((await allot.POST('/v1/locations', { body: { code: 'CL-WH', name: 'Client warehouse' } })).response.status).toBe(201);
    const item = await allot.POST('/v1/items', { body: { sku: 'CL-1', name: 'Client item', unitPrice: 3 } });
    conforms('Item', item.data);
    await allot.POST('/v1/customers', { body: { code: 'CL-C', name: 'Client customer', shipType: 'partial_ok' } });
    const stock = await allot.POST('/v1/stock/receipts', { body: { sku: 'CL-1', location: 'CL-WH', quantity: 3 } });
    conforms('StockView', stock.data);

    const entered = await allot.POST('/v1/orders', { body: { customer: 'CL-C', lines: [{ sku: 'CL-1', quantity: 5 }] } });
    expect(entered.error).toBeUndefined();
    conforms('Order', entered.data);
    expect(entered.data!.lines[0]).toMatchObject({ allocated: 3, backordered: 2 });

    const read = await allot.GET('/v1/orders/{id}', { params: { path: { id: String(entered.data!.id) } } });
    expect(read.data).toEqual(entered.data);
    const backorders = await allot.GET('/v1/backorders', { params: { query: { customer: 'CL-C' } } });
    conforms('BackorderList', backorders.data);
    expect(backorders.data!.items.map((b) => b.backordered)).toEqual([2]);

    // Release, ship and void take no body.
    const release = await allot.POST('/v1/orders/{id}/release', { params: { path: { id: String(entered.data!.id) } } });
    conforms('Release', release.data);
    const shipment = await allot.POST('/v1/shipments/{id}/ship', { params: { path: { id: String(release.data!.shipments[0]) } } });
    conforms('Shipment', shipment.data);
    expect(shipment.data!.status).toBe('shipped');
    const log = await allot.GET('/v1/orders/{id}/history', { params: { path: { id: String(entered.data!.id) } } });
    conforms('OrderHistory', log.data);
    expect(log.data!.entries.some((e) => e.actor === 'client-test')).toBe(true);
  });

  it('runs a job with its documented parameters and lists the runs', async () => {
    const run = await allot.POST('/v1/jobs/{name}/run', { params: { path: { name: 'replenishment' } }, body: { asOf: '2026-11-01', supplier: 'Nobody' } }); // asOf: today at the latest
    conforms('JobResult', run.data);
    expect(run.data).toMatchObject({ job: 'replenishment', status: 'completed' });
    const jobs = await allot.GET('/v1/jobs');
    conforms('JobList', jobs.data);
    expect(jobs.data!.runs[0]).toMatchObject({ job: 'replenishment', actor: 'client-test' });
  });

  it('gets a refusal as a typed problem', async () => {
    const missing = await allot.GET('/v1/orders/{id}', { params: { path: { id: '999999' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    conforms('Problem', missing.error);
    expect(missing.error!.code).toBe('order_not_found');

    const invalid = await allot.POST('/v1/orders', { body: { customer: 'CL-C', lines: [] } });
    expect(invalid.response.status).toBe(422);
    conforms('Problem', invalid.error);
    expect(invalid.error).toMatchObject({ code: 'validation_failed', errors: [{ field: 'body/lines' }] });
  });
});
