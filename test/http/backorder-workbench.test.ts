import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// The app's clock starts at 2026-11-01 09:00 and only moves forward.
const t = useTestApp({
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main' });
    await http.ok(201, 'POST', '/v1/locations', { code: 'EAST', name: 'East' });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'SLA3', backorderStrategy: 'backorder_allowed', cancelAfterDays: 3 });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'SLA30', backorderStrategy: 'backorder_allowed', cancelAfterDays: 30 });
    for (const code of ['ACME', 'BETA', 'CARL', 'DORA']) await http.ok(201, 'POST', '/v1/customers', { code, name: code, shipType: 'partial_ok' });
  },
});

interface Line {
  orderId: number;
  lineNo: number;
  sku: string;
  customer: string;
  priority: number;
  enteredAt: string;
  ageDays: number;
  strategy: string;
  location: string | null;
  cancelOn: string | null;
}

let n = 0;
const sku = async () => {
  const s = `WB-${++n}`;
  await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: s, unitPrice: 2 });
  return s;
};
const order = (customer: string, lines: { sku: string; quantity: number }[], extra: Record<string, unknown> = {}) =>
  t.http.ok(201, 'POST', '/v1/orders', { customer, lines, ...extra });
const list = async (query: string): Promise<Line[]> => (await t.http.ok(200, 'GET', `/v1/backorders?${query}`)).items;
const key = (line: Pick<Line, 'orderId' | 'lineNo'>) => `${line.orderId}/${line.lineNo}`;

/** Every line of a query, read `limit` at a time through the cursors. */
async function allPages(query: string, limit: number): Promise<Line[]> {
  const lines: Line[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Line[]; nextCursor: string | null } = await t.http.ok(
      200,
      'GET',
      `/v1/backorders?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    lines.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return lines;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byLine = (a: Line, b: Line) => a.orderId - b.orderId || a.lineNo - b.lineNo;
const expectedOrder: Record<string, (a: Line, b: Line) => number> = {
  age: (a, b) => byText(a.enteredAt, b.enteredAt) || byLine(a, b),
  priority: (a, b) => b.priority - a.priority || byText(a.enteredAt, b.enteredAt) || byLine(a, b),
  customer: (a, b) => byText(a.customer, b.customer) || byText(a.enteredAt, b.enteredAt) || byLine(a, b),
};

describe(`the backorder workbench's list on ${databaseLabel}`, () => {
  it('sorts by age, priority, sku and customer (and reversed), each paged one line at a time in the same order', async () => {
    const [a, b] = [await sku(), await sku()];
    await order('CARL', [{ sku: b, quantity: 2 }, { sku: a, quantity: 1 }]);
    t.http.clock.advanceDays(1);
    await order('ACME', [{ sku: a, quantity: 3 }], { priority: 5 });
    t.http.clock.advanceDays(1);
    await order('BETA', [{ sku: b, quantity: 1 }], { priority: 5 });
    await order('DORA', [{ sku: a, quantity: 4 }, { sku: b, quantity: 1 }], { priority: 1 });
    const mine = (lines: Line[]) => lines.filter((l) => l.sku === a || l.sku === b);
    const queue = mine(await list('limit=500'));
    expect(queue).toHaveLength(6);

    for (const [sort, compare] of Object.entries(expectedOrder)) {
      const expected = [...queue].sort(compare).map(key);
      expect(mine(await allPages(`sort=${sort}`, 1)).map(key), sort).toEqual(expected);
      expect(mine(await allPages(`sort=-${sort}`, 2)).map(key), `-${sort}`).toEqual([...expected].reverse());
    }
    // By sku: A to Z, each item's lines in queue order (the positions count up).
    const bySku = await allPages(`sort=sku&customer=DORA`, 1);
    expect(bySku.map((l) => l.sku)).toEqual([a, b].sort());
    const itemA = await allPages(`sort=sku&sku=${a}`, 1);
    expect(itemA.map((l) => [l.customer, (l as unknown as { queuePosition: number }).queuePosition])).toEqual([
      ['ACME', 1],
      ['DORA', 2],
      ['CARL', 3],
    ]);
    expect((await allPages(`sort=-sku&sku=${a}`, 1)).map((l) => l.customer)).toEqual(['CARL', 'DORA', 'ACME']);
  });

  it('keeps paging by customer exact while lines are entered between pages: nothing skipped, nothing twice', async () => {
    const s = await sku();
    for (const customer of ['ACME', 'BETA', 'CARL', 'DORA']) await order(customer, [{ sku: s, quantity: 1 }]);
    const first = await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}&sort=customer&limit=2`);
    expect(first.items.map((l: Line) => l.customer)).toEqual(['ACME', 'BETA']);
    // Entered meanwhile: one sorting before the cursor (ACME), one after it (CARL, newer than the first CARL line).
    const early = await order('ACME', [{ sku: s, quantity: 1 }], { priority: 9 });
    const late = await order('CARL', [{ sku: s, quantity: 1 }]);
    const rest: Line[] = [];
    let cursor: string | null = first.nextCursor;
    while (cursor) {
      const page: { items: Line[]; nextCursor: string | null } = await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}&sort=customer&limit=2&cursor=${encodeURIComponent(cursor)}`);
      rest.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(rest.map((l) => l.customer)).toEqual(['CARL', 'CARL', 'DORA']);
    expect(rest.map((l) => l.orderId)).toContain(late.id);
    expect(rest.map((l) => l.orderId)).not.toContain(early.id);
    const seen = [...first.items, ...rest].map(key);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by location, strategy, age, preorder, past promise and near cancellation', async () => {
    const s = await sku();
    const east = await order('ACME', [{ sku: s, quantity: 2 }], { location: 'EAST', fulfillmentPolicy: 'SLA3' });
    const strict = await order('BETA', [{ sku: s, quantity: 2 }], { fulfillmentPolicy: 'SLA30', backorderStrategy: 'max_one_backorder' });
    t.http.clock.advanceDays(2);
    const fresh = await order('CARL', [{ sku: s, quantity: 1 }]);
    const ids = async (query: string) => (await list(`sku=${s}&${query}`)).map((l) => l.orderId);

    expect(await ids('location=EAST')).toEqual([east.id]);
    expect(await ids('location=MAIN')).toEqual([]);
    expect(await ids('strategy=max_one_backorder')).toEqual([strict.id]);
    expect(await ids('strategy=backorder_allowed')).toEqual([east.id, fresh.id]);
    expect(await ids('maxAgeDays=0')).toEqual([fresh.id]);
    expect(await ids('minAgeDays=2')).toEqual([east.id, strict.id]);
    expect(await ids('preorder=false&pastPromiseDate=false')).toEqual([east.id, strict.id, fresh.id]);
    // SLA3 cancels 3 days after entry: within the next 7 days. SLA30 is 28 days off; no SLA for the third.
    expect(await ids('nearCancellation=true')).toEqual([east.id]);
    const lines = await list(`sku=${s}`);
    expect(lines.map((l) => [l.strategy, l.location, l.cancelOn])).toEqual([
      ['backorder_allowed', 'EAST', '2026-11-' + String(Number(east.enteredAt.slice(8, 10)) + 3).padStart(2, '0')],
      ['max_one_backorder', null, expect.any(String)],
      ['backorder_allowed', null, null],
    ]);
    t.http.clock.advanceDays(22); // SLA30's day is now 6 days off
    expect(await ids('nearCancellation=true')).toEqual([east.id, strict.id]);
  });

  it('refuses a sort, a filter value or a cursor it does not know', async () => {
    const refused = async (query: string, status: number, code: string) => {
      const answer = await t.http.get(`/v1/backorders?${query}`);
      expect([answer.status, answer.body.code], query).toEqual([status, code]);
    };
    await refused('sort=oldest', 422, 'validation_failed');
    await refused('strategy=whenever', 422, 'validation_failed');
    await refused('maxAgeDays=-1', 422, 'validation_failed');
    await refused('nearCancellation=soon', 422, 'validation_failed');
    await refused('location=NOWHERE', 404, 'location_not_found');
    const s = await sku();
    await order('ACME', [{ sku: s, quantity: 1 }]);
    await order('BETA', [{ sku: s, quantity: 1 }]);
    const byAge = await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}&sort=age&limit=1`);
    const byQueue = await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}&limit=1`);
    await refused(`sku=${s}&sort=customer&cursor=${byAge.nextCursor}`, 422, 'validation_failed');
    await refused(`sku=${s}&sort=age&cursor=${byQueue.nextCursor}`, 422, 'validation_failed');
    await refused(`sku=${s}&cursor=${byAge.nextCursor}`, 422, 'validation_failed');
    const forged = Buffer.from(JSON.stringify(['age', 'yesterday', 1, 1])).toString('base64url');
    await refused(`sort=age&cursor=${forged}`, 422, 'validation_failed');
  });
});

describe(`the backlog over time and today on ${databaseLabel}`, () => {
  const live = async () => {
    const { rows } = await sql<{ units: string; lines: string }>`
      select coalesce(sum(backordered), 0) as units, count(*) filter (where backordered > 0) as lines from order_lines`.execute(t.store.db);
    return { units: Number(rows[0]!.units), lines: Number(rows[0]!.lines) };
  };
  const history = (query = '') => t.http.ok(200, 'GET', `/v1/backorders/history${query}`);

  it('replays every day from the record log: entry, a priority steal, fills, cancellation, amendment, split, release and ship', async () => {
    const s = await sku();
    const before = await live();
    const start = (await t.http.ok(200, 'GET', '/v1/backorders/summary')).businessDate;
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity: 4 });
    const first = await order('ACME', [{ sku: s, quantity: 10 }]); // 4 allocated, 6 waiting
    const second = await order('BETA', [{ sku: s, quantity: 3 }]); // 3 waiting
    expect(await live()).toEqual({ units: before.units + 9, lines: before.lines + 2 });
    t.http.clock.advanceDays(1);
    await t.http.ok(200, 'PATCH', `/v1/orders/${second.id}`, { priority: 9 }); // takes 3 of the first's 4: still 9 waiting
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity: 2 }); // fills 2 of the first
    const released = await t.http.ok(200, 'POST', `/v1/orders/${second.id}/release`);
    await t.http.ok(200, 'POST', `/v1/shipments/${released.shipments[0]}/ship`);
    expect(await live()).toEqual({ units: before.units + 7, lines: before.lines + 1 });
    t.http.clock.advanceDays(1);
    await t.http.ok(200, 'POST', `/v1/orders/${first.id}/cancel`, { lines: [{ lineNo: 1, quantity: 2 }] });
    await t.http.ok(200, 'PATCH', `/v1/orders/${first.id}/lines/1`, { quantity: 11 });
    await t.http.ok(201, 'POST', `/v1/orders/${first.id}/split`);
    const now = await live();
    expect(now).toEqual({ units: before.units + 6, lines: before.lines + 1 });

    const days = (await history(`?from=${start}`)).days;
    expect(days.map((d: { date: string }) => d.date)).toEqual([start, addDays(start, 1), addDays(start, 2)]);
    expect(days.at(-1)).toMatchObject(now);
    expect(days[1].units - days[0].units).toBe(-2);
    expect(days[1].lines - days[0].lines).toBe(-1);
    expect(days[2].units - days[1].units).toBe(-1);
    // By default the 30 days up to the business day.
    const month = await history();
    expect(month.days).toHaveLength(30);
    expect(month.days.at(-1)).toEqual({ date: addDays(start, 2), ...now });
    expect(month.days[0].units).toBe(0);
  });

  it('refuses a range that runs backwards or is longer than a year', async () => {
    expect((await t.http.get('/v1/backorders/history?from=2026-11-05&to=2026-11-01')).body.code).toBe('validation_failed');
    expect((await t.http.get('/v1/backorders/history?from=2025-01-01&to=2026-11-01')).body.code).toBe('validation_failed');
    expect((await t.http.get('/v1/backorders/history?from=yesterday')).body.code).toBe('validation_failed');
    expect((await history('?from=2026-01-01&to=2026-01-01')).days).toEqual([{ date: '2026-01-01', units: 0, lines: 0 }]);
  });

  it('counts the lines near their cancellation SLA, the backorders filled today and the preorders by launch', async () => {
    const s = await sku();
    const p = `PRE-${n}`;
    const today = (await t.http.ok(200, 'GET', '/v1/backorders/summary')).businessDate;
    await t.http.ok(201, 'POST', '/v1/items', { sku: p, name: p, preorder: { launchDate: addDays(today, 10) } });
    const before = await t.http.ok(200, 'GET', '/v1/backorders/today');
    await order('ACME', [{ sku: s, quantity: 5 }], { fulfillmentPolicy: 'SLA3' });
    await order('BETA', [{ sku: p, quantity: 4 }]);
    await order('CARL', [{ sku: p, quantity: 1 }]);
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity: 2 });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity: 1 });
    const after = await t.http.ok(200, 'GET', '/v1/backorders/today');
    expect(after.businessDate).toBe(today);
    expect(after.nearCancellation).toEqual({ withinDays: 7, lines: before.nearCancellation.lines + 1, units: before.nearCancellation.units + 2 });
    expect(after.fillsToday).toEqual({ lines: before.fillsToday.lines + 1, units: before.fillsToday.units + 3 });
    expect(after.preordersByLaunch.filter((x: { sku: string }) => x.sku === p)).toEqual([{ sku: p, launchDate: addDays(today, 10), lines: 2, units: 5 }]);
    t.http.clock.advanceDays(1);
    expect((await t.http.ok(200, 'GET', '/v1/backorders/today')).fillsToday).toEqual({ lines: 0, units: 0 });
  });
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe(`the backorder workbench's queue places on ${databaseLabel}`, () => {
  // Last in the file: it moves the clock a week on.
  it("numbers each line by its place in its item's queue on every sort, filter and page, however deep and whatever its priority", async () => {
    const [s, other] = [await sku(), await sku()];
    const entered = [
      { customer: 'ACME', priority: 1 },
      { customer: 'BETA', priority: 5 },
      { customer: 'CARL', priority: 1 },
      { customer: 'DORA', priority: 5 },
      { customer: 'ACME', priority: 3 },
      { customer: 'BETA', priority: 1 },
      { customer: 'ACME', priority: 5 },
    ];
    const ids: number[] = [];
    for (const e of entered) {
      ids.push((await order(e.customer, [{ sku: other, quantity: 1 }, { sku: s, quantity: 2 }], { priority: e.priority })).id);
      t.http.clock.advanceDays(1);
    }
    // The queue: higher priority first, then earlier entry.
    const place = new Map(ids.map((id, i) => [id, 1 + entered.filter((e, j) => e.priority > entered[i]!.priority || (e.priority === entered[i]!.priority && j < i)).length]));
    const positions = (lines: Line[]) => lines.filter((l) => l.sku === s).map((l) => [l.orderId, (l as unknown as { queuePosition: number }).queuePosition]);
    for (const sort of ['queue', '-queue', 'age', '-age', 'priority', '-priority', 'customer', '-customer', 'sku']) {
      for (const filter of [`sku=${s}`, 'customer=ACME', 'customer=BETA', 'minAgeDays=2']) {
        const lines = await allPages(`sort=${sort}&${filter}`, 2);
        expect(positions(lines), `${sort} ${filter}`).toEqual(positions(lines).map(([id]) => [id, place.get(id!)]));
        expect(positions(lines).length, `${sort} ${filter}`).toBeGreaterThan(0);
      }
    }
    expect(positions(await allPages(`sku=${s}`, 3)).map(([, p]) => p)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The stock view names the business day the item page draws its timeline from.
    expect((await t.http.ok(200, 'GET', `/v1/stock/${s}`)).businessDate).toBe(t.http.clock.now().toISOString().slice(0, 10));
  });
});
