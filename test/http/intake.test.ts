import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { httpApp } from '../support/http-app.js';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'DC', name: 'DC' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'WEB', name: 'Web shop' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'KEY', name: 'Key account', priority: 5 });
  },
});

describe(`concurrent order requests, grouped into batches, on ${databaseLabel}`, () => {
  it('200 concurrent orders of 1 against 50: exact counts, first come first served, every answer its own', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'HOT', name: 'Hot item' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'HOT', location: 'DC', quantity: 50 });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        t.http.post('/v1/orders', { customer: 'WEB', lines: [{ sku: 'HOT', quantity: 1 }], reference: `r-${i}` }, { 'idempotency-key': `hot-${i}` }),
      ),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    expect(answers.map((a) => a.body.reference)).toEqual(Array.from({ length: 200 }, (_, i) => `r-${i}`));
    expect(answers.reduce((s, a) => s + a.body.lines[0].allocated, 0)).toBe(50);
    expect((await t.http.get('/v1/stock/HOT')).body).toMatchObject({ allocated: 50, backordered: 150, available: 0 });
    const { rows } = await sql<{ allocated: number; rank: number }>`
      select l.allocated, rank() over (order by l.entry_seq) as rank
      from order_lines l join items i on i.id = l.item_id where i.sku = 'HOT'`.execute(t.store.db);
    for (const row of rows) expect(row.allocated).toBe(Number(row.rank) <= 50 ? 1 : 0);

    // Retries of every request (same keys, same bodies) answer the same and write nothing.
    const retries = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        t.http.post('/v1/orders', { customer: 'WEB', lines: [{ sku: 'HOT', quantity: 1 }], reference: `r-${i}` }, { 'idempotency-key': `hot-${i}` }),
      ),
    );
    expect(retries.map((r) => r.body.id)).toEqual(answers.map((a) => a.body.id));
    expect((await t.http.get('/v1/stock/HOT')).body).toMatchObject({ allocated: 50, backordered: 150 });
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });

  it('batches the orders of many callers together, and each order names its own caller', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'CROWD', name: 'Crowd item' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'CROWD', location: 'DC', quantity: 20 });
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        t.http.post('/v1/orders', { customer: 'WEB', lines: [{ sku: 'CROWD', quantity: 1 }] }, { 'X-Actor': `clerk-${i}` }),
      ),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    for (const [i, answer] of answers.entries()) {
      const { entries } = await t.http.ok(200, 'GET', `/v1/orders/${answer.body.id}/history`);
      const own = entries.filter((e: { action: string }) => e.action === 'entered' || e.action === 'backordered' || e.action === 'allocated');
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((e: { actor: string }) => e.actor))).toEqual(new Set([`clerk-${i}`]));
    }
    expect((await t.http.get('/v1/stock/CROWD')).body).toMatchObject({ allocated: 20, backordered: 40 });
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });

  it('refuses bad orders in a batch one by one while the others go through', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'MIX', name: 'Mixed' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'MIX', location: 'DC', quantity: 10 });
    const bodies = [
      { customer: 'WEB', lines: [{ sku: 'MIX', quantity: 4 }] },
      { customer: 'GHOST', lines: [{ sku: 'MIX', quantity: 1 }] },
      { customer: 'KEY', lines: [{ sku: 'MIX', quantity: 8 }] },
      { customer: 'WEB', lines: [{ sku: 'NOPE', quantity: 1 }] },
    ];
    const answers = await Promise.all(bodies.map((b) => t.http.post('/v1/orders', b)));
    expect(answers.map((a) => a.status)).toEqual([201, 404, 201, 404]);
    expect(answers[2]!.body.lines[0].allocated).toBe(8);
    expect((await t.http.get('/v1/stock/MIX')).body).toMatchObject({ onHand: 10, allocated: 10, backordered: 2 });
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });

  it('two API processes on one database: each groups its own requests, together they stay exact', async () => {
    // Two apps over one store are two intakes, as two stateless processes would be: their
    // batches meet only at the item lock in the database.
    const other = await httpApp(t.store);
    try {
      await t.http.ok(201, 'POST', '/v1/items', { sku: 'TWO', name: 'Two processes' });
      await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'TWO', location: 'DC', quantity: 60 });
      const answers = await Promise.all(
        Array.from({ length: 240 }, (_, i) =>
          (i % 2 === 0 ? t.http : other).post('/v1/orders', { customer: i % 5 === 0 ? 'KEY' : 'WEB', lines: [{ sku: 'TWO', quantity: 1 }] }),
        ),
      );
      expect(answers.every((a) => a.status === 201)).toBe(true);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(240);
      expect((await t.http.get('/v1/stock/TWO')).body).toMatchObject({ allocated: 60, backordered: 180, available: 0 });
      // Key accounts entered later take stock back from web orders: the holders are the 60
      // best-ranked lines, whichever process entered them.
      const { rows } = await sql<{ allocated: number; rank: number }>`
        select l.allocated, rank() over (order by l.priority desc, l.entry_seq) as rank
        from order_lines l join items i on i.id = l.item_id where i.sku = 'TWO'`.execute(t.store.db);
      for (const row of rows) expect(row.allocated).toBe(Number(row.rank) <= 60 ? 1 : 0);
      expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

