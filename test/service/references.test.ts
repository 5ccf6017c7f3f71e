import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.customer('SHOP', 0);
    await f.item('REF-1');
    await f.receive('REF-1', 5);
    await f.order('SHOP', [{ sku: 'REF-1', quantity: 8 }]);
  },
});

/**
 * Orders, lines and per-location allocations have no foreign keys (docs/design.md, measured);
 * the invariant check stands in for them, so it must see a dangling reference of each kind.
 */
describe(`references without foreign keys on ${databaseLabel}`, () => {
  it('holds after ordinary entry', async () => {
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });

  it.each([
    ['an order of an unknown customer', sql`update orders set customer_id = 999999`, 'orders name existing'],
    ['a line of an unknown order', sql`update order_lines set order_id = 999999`, 'lines name existing'],
    ['a line of an unknown item', sql`update order_lines set item_id = 999999`, 'lines name existing'],
    ['an allocation at an unknown location', sql`update line_allocations set location_id = 999999`, 'per-location allocations name existing'],
  ])('reports %s', async (_label, corruption, expected) => {
    // Corrupt inside a transaction that is rolled back, so each case starts clean.
    await t.store.db
      .transaction()
      .execute(async (tx) => {
        await corruption.execute(tx);
        const problems = await invariantViolations(tx, { immediate: true });
        expect(problems.some((p) => p.startsWith(expected))).toBe(true);
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
  });
});

class RolledBack extends Error {}
