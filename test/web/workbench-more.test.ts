import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/demo/demo-data.js';
import { PASSWORD, person } from '../support/access.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';
import { eventually, screenshot, seriousViolations, useBrowser } from './browser.js';

/**
 * The overview's backlog chart and today's figures, the workbench's sort, filters and a bulk
 * priority change confirmed with its dry run, and a job followed live over server-sent events, in
 * chromium against the app filled with the demo.
 */
const t = useTestApp({
  seed: async (http) => {
    await seedDemoData({ db: http.accessContext.db, actor: 'demo', clock: http.clock, fillMode: 'immediate' });
    await person(http, 'otto@example.com', 'operator', 'Otto');
  },
});

let origin = '';
let page: Page;
const { pageErrors, accessible } = useBrowser(t, (opened) => void ({ origin, page } = opened));
const table = () => page.getByRole('table', { name: 'Waiting lines' });
const orderCells = async () => (await table().locator('tbody tr td:nth-child(3)').allTextContents()).map((text) => text.trim());
const orderKeys = (items: { orderId: number; lineNo: number }[]) => items.map((line) => `${line.orderId} / ${line.lineNo}`);

describe(`the workbench's overview, sorting, bulk priority and live jobs in chromium on ${databaseLabel}`, () => {
  it('signs in and shows the backlog over time, the lines near their SLA, fills today and preorders by launch', async () => {
    await page.goto(`${origin}/`);
    await page.getByLabel('Login').fill('otto@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const today = await t.http.ok(200, 'GET', '/v1/backorders/today');
    await eventually(() => page.getByRole('region', { name: 'Near cancellation SLA' }).locator('.stat-value').textContent()).toBe(String(today.nearCancellation.lines));
    expect(await page.getByRole('region', { name: 'Fills today' }).locator('.stat-value').textContent()).toBe(String(today.fillsToday.units));
    const preorders = page.getByRole('table', { name: 'Preorders by launch' }).locator('tbody tr');
    expect(today.preordersByLaunch.length).toBeGreaterThan(0);
    await eventually(() => preorders.count()).toBe(today.preordersByLaunch.length);
    expect(await preorders.first().textContent()).toContain(today.preordersByLaunch[0].sku);

    const chart = page.getByRole('figure', { name: 'Backlog over time' });
    await eventually(() => chart.locator('.recharts-line-curve').count()).toBe(2);
    const history = await t.http.ok(200, 'GET', '/v1/backorders/history');
    const last = history.days.at(-1);
    expect(last.units).toBe((await t.http.ok(200, 'GET', '/v1/backorders/summary')).unitsBackordered);
    await eventually(() => chart.locator('figcaption').textContent()).toContain(`${last.units} units on ${last.lines} lines`);
    await page.getByRole('button', { name: '90 days' }).click();
    await eventually(() => new URL(page.url()).search).toBe('?days=90');
    await accessible('overview-backlog');
  });

  it('sorts and filters the waiting lines on the server, the view kept in the URL', async () => {
    await page.goto(`${origin}/backorders`);
    await page.getByRole('heading', { name: 'Backorder workbench' }).waitFor();
    const queue = (await t.http.ok(200, 'GET', '/v1/backorders?limit=500')).items;
    await eventually(orderCells).toEqual(orderKeys(queue));

    await page.getByLabel('Sort by').selectOption('customer');
    await eventually(() => new URL(page.url()).search).toBe('?sort=customer');
    const byCustomer = (await t.http.ok(200, 'GET', '/v1/backorders?sort=customer&limit=500')).items;
    await eventually(orderCells).toEqual(orderKeys(byCustomer));
    expect(orderKeys(byCustomer)).not.toEqual(orderKeys(queue));

    await page.getByLabel('Strategy').selectOption('backorder_allowed');
    await page.getByLabel('Near cancellation SLA').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await eventually(() => new URLSearchParams(new URL(page.url()).search).toString()).toBe('sort=customer&nearCancellation=true&strategy=backorder_allowed');
    const filtered = (await t.http.ok(200, 'GET', '/v1/backorders?sort=customer&strategy=backorder_allowed&nearCancellation=true')).items;
    await eventually(async () => (filtered.length === 0 ? [(await table().locator('tbody tr').first().textContent())!.trim()] : orderCells())).toEqual(
      filtered.length === 0 ? ['No line is waiting.'] : orderKeys(filtered),
    );
    await page.getByLabel('Sort by').selectOption('-age');
    const newest = (await t.http.ok(200, 'GET', '/v1/backorders?sort=-age&limit=500')).items;
    await page.getByRole('button', { name: 'Clear' }).click();
    await eventually(() => new URL(page.url()).search).toBe('?sort=-age');
    await eventually(orderCells).toEqual(orderKeys(newest));
    // Bookmarked, the view opens as it was.
    await page.goto(`${origin}/backorders?sort=sku&preorder=false`);
    const bySku = (await t.http.ok(200, 'GET', '/v1/backorders?sort=sku&preorder=false')).items;
    await eventually(orderCells).toEqual(orderKeys(bySku));
    expect(await page.getByLabel('Sort by').inputValue()).toBe('sku');
    await accessible('backorder-workbench-sorted');
  });

  it('changes the priority of the selected lines’ orders after a confirmation that shows what would move', async () => {
    // Two orders for two units on hand: the first holds them, the second waits; raising the second moves them.
    await t.http.ok(201, 'POST', '/v1/locations', { code: 'PRIO-WH', name: 'Priority warehouse' });
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'PRIO-1', name: 'Priority test item' });
    await t.http.ok(201, 'POST', '/v1/customers', { code: 'PRIO-A', name: 'First in', shipType: 'partial_ok' });
    await t.http.ok(201, 'POST', '/v1/customers', { code: 'PRIO-B', name: 'Second in', shipType: 'partial_ok' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'PRIO-1', location: 'PRIO-WH', quantity: 2 });
    const holder = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'PRIO-A', lines: [{ sku: 'PRIO-1', quantity: 2 }] });
    const waiting = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'PRIO-B', lines: [{ sku: 'PRIO-1', quantity: 2 }] });
    expect(waiting.lines[0]).toMatchObject({ allocated: 0, backordered: 2 });

    await page.goto(`${origin}/backorders?sku=PRIO-1`);
    await eventually(orderCells).toEqual([`${waiting.id} / 1`]);
    await page.getByRole('checkbox', { name: `Select order ${waiting.id} line 1` }).check();
    await page.getByRole('button', { name: 'Change priority' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change priority' });
    expect(await dialog.textContent()).toContain(`(${waiting.id})`);
    await dialog.getByLabel('New priority').fill('50');
    const changes = dialog.getByRole('region', { name: 'What will change' }).getByRole('table', { name: 'What would change' }).locator('tbody tr');
    await eventually(() => changes.count()).toBe(2);
    const rows = Object.fromEntries((await changes.allTextContents()).map((text) => [text.split(' / ')[0], text]));
    expect(rows[String(waiting.id)]).toContain('0 → 2'); // allocated
    expect(rows[String(waiting.id)]).toContain('2 → 0'); // backordered
    expect(rows[String(holder.id)]).toContain('2 → 0');
    expect((await t.http.ok(200, 'GET', `/v1/orders/${waiting.id}`)).priority).toBe(0); // a preview writes nothing
    await screenshot(page, 'bulk-priority-dialog');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Set the priority of 1 order' }).click();
    const outcome = page.getByRole('list', { name: 'What the bulk action did' });
    await eventually(() => outcome.textContent()).toContain(`Order ${waiting.id}: priority set to 50`);
    expect((await t.http.ok(200, 'GET', `/v1/orders/${waiting.id}`)).lines[0]).toMatchObject({ allocated: 2, backordered: 0 });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${holder.id}`)).lines[0]).toMatchObject({ allocated: 0, backordered: 2 });
    await eventually(orderCells).toEqual([`${holder.id} / 1`]);
  });

  it('runs a job and follows its progress live over server-sent events to its end, then lists what it touched', async () => {
    await page.goto(`${origin}/jobs`);
    const stream = page.waitForRequest((request) => /\/v1\/jobs\/runs\/\d+\/events$/.test(request.url()));
    await page.getByRole('row').filter({ hasText: 'release to warehouse' }).first().getByRole('button', { name: 'Run now' }).click();
    const runId = Number(/runs\/(\d+)\/events/.exec((await stream).url())![1]);
    const progress = page.getByRole('status', { name: `Run ${runId}` });
    await eventually(() => progress.textContent(), 30_000).toMatch(/release to warehouse: completed, \d+ processed/);
    const run = await t.http.ok(200, 'GET', `/v1/jobs/runs/${runId}`);
    expect(await progress.textContent()).toContain(`${run.processed} processed`);
    expect(await progress.textContent()).toContain('Touched:');
    const recent = page.getByRole('table', { name: 'Recent job runs' }).locator('tbody tr').first();
    await eventually(() => recent.textContent()).toContain('release to warehouse');
    expect(await recent.textContent()).toContain('completed');
    await accessible('jobs-live');
  });

  it('met no script error and no refusal by the content security policy', () => {
    expect(pageErrors.filter((text) => !/status of (401|409|422)/.test(text))).toEqual([]);
  });
});
