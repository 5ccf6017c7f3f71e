import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/db/database.js';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrator.js';
import { rationingInForceOf } from '../../src/repositories/rationing-repository.js';
import { adminQuery, dropWhenIdle } from '../support/database-admin.js';
import { databaseLabel } from '../support/test-store.js';

// Migration 0022 (item groups): items rationed before it keep their rule and cap; the `queue`
// default becomes "inherit", which resolves to `queue`, so nothing changes for any item.
let store: Store;
let close: () => Promise<void>;

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) {
    store = await openStore({ dataDir: 'memory://' });
    close = () => store.close();
  } else {
    const name = `allot_mig_${process.pid}_${Date.now()}`;
    await adminQuery(url, `create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    store = await openStore({ databaseUrl: target.toString(), dataDir: '', poolSize: 2 });
    close = async () => {
      await store.close();
      await dropWhenIdle(url, name);
    };
  }
});
afterAll(() => close());

describe(`migration 0022 on ${databaseLabel}`, () => {
  it('turns the queue default into "inherit" and keeps every rule and cap in force as it was', async () => {
    await migrateUpTo(store.db, '0021-settings');
    await sql`
      insert into items (sku, name, unit_price, service, allocation_rule, customer_cap_units, customer_cap_percent, customer_cap_period_days) values
        ('PLAIN', 'Plain', 1, false, 'queue', null, null, null),
        ('FAIR', 'Fair', 1, false, 'fair_share', null, null, null),
        ('CAPPED', 'Capped', 1, false, 'queue', 4, null, null),
        ('PERCENT', 'Percent', 1, false, 'fair_share', null, 30, 7)`.execute(store.db);
    await migrateToLatest(store.db);

    const { rows } = await sql<{ id: number; sku: string; allocation_rule: string | null; group_id: number | null; no_customer_cap: boolean }>`
      select id, sku, allocation_rule, group_id, no_customer_cap from items order by sku`.execute(store.db);
    expect(rows.map((r) => [r.sku, r.allocation_rule, r.group_id, r.no_customer_cap])).toEqual([
      ['CAPPED', null, null, false],
      ['FAIR', 'fair_share', null, false],
      ['PERCENT', 'fair_share', null, false],
      ['PLAIN', null, null, false],
    ]);
    const inForce = await rationingInForceOf(store.db, rows.map((r) => r.id));
    const bySku = new Map(rows.map((r) => [r.sku, inForce.get(r.id)]));
    expect(bySku.get('PLAIN')).toEqual({ rationing: { rule: 'queue', customerCap: null }, ruleFrom: 'default', capFrom: 'default' });
    expect(bySku.get('FAIR')).toEqual({ rationing: { rule: 'fair_share', customerCap: null }, ruleFrom: 'item', capFrom: 'default' });
    expect(bySku.get('CAPPED')).toEqual({ rationing: { rule: 'queue', customerCap: { units: 4 } }, ruleFrom: 'default', capFrom: 'item' });
    expect(bySku.get('PERCENT')).toEqual({ rationing: { rule: 'fair_share', customerCap: { percentOfReceipts: 30, periodDays: 7 } }, ruleFrom: 'item', capFrom: 'item' });
  });
});
