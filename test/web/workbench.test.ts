import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/demo/demo-data.js';
import { createSignInLink } from '../../src/services/access/sign-in-links.js';
import { PASSWORD, person } from '../support/access.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';
import { eventually, screenshot, useBrowser } from './browser.js';

/**
 * The operator workbench in a real headless chromium against the real app on the test store,
 * filled with the demo (orders 1–4: Acme's red widgets, Initech shipping complete, Globex, Acme's
 * preorders): sign in, the overview, the backorder workbench, an order's refused release and a
 * cancelled line, a release that goes through, the item and the jobs; a viewer signed in by a
 * one-time link sees no action. axe-core checks every screen.
 */
let viewerId = 0;
const t = useTestApp({
  seed: async (http) => {
    await seedDemoData({ db: http.accessContext.db, actor: 'demo', clock: http.clock, fillMode: 'immediate' });
    await person(http, 'otto@example.com', 'operator', 'Otto');
    viewerId = await person(http, 'vera@example.com', 'viewer', 'Vera');
  },
});

let origin = '';
let context: BrowserContext;
let page: Page;
const { pageErrors, accessible } = useBrowser(t, (opened) => void ({ origin, context, page } = opened));
const cell = (row: import('playwright-core').Locator, index: number) => row.locator('td').nth(index);

describe(`the operator workbench in chromium on ${databaseLabel}`, () => {
  it('serves the app at / under helmet’s CSP, and its own paths to client routing; the API keeps its 404s', async () => {
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await home.text();
    expect(html).toContain('<div id="root">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect((await fetch(`${origin}/orders/2`)).status).toBe(200);
    const unknown = await fetch(`${origin}/v1/nowhere`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe('route_not_found');
  });

  it('signs an operator in and shows the overview from the API', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { name: 'Sign in to Allot' }).waitFor();
    await accessible('sign-in');
    await page.getByLabel('Login').fill('otto@example.com');
    await page.getByLabel('Password').fill('not his password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(() => page.getByRole('alert').textContent()).toContain('Wrong login or password.');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();

    const summary = await t.http.ok(200, 'GET', '/v1/backorders/summary');
    expect(summary.waitingLines).toBeGreaterThan(0);
    const units = page.getByRole('region', { name: 'Units on backorder' });
    await eventually(() => units.locator('.stat-value').textContent()).toBe(String(summary.unitsBackordered));
    expect(await page.getByRole('region', { name: 'Waiting lines' }).locator('.stat-value').textContent()).toBe(String(summary.waitingLines));
    expect(await page.locator('.who').textContent()).toContain('operator');
    await accessible('overview');
  });

  it('lists the waiting lines in queue order with filters kept in the URL', async () => {
    await page.getByRole('navigation', { name: 'Workbench' }).getByRole('link', { name: 'Backorders' }).click();
    await page.getByRole('heading', { name: 'Backorder workbench' }).waitFor();
    const table = page.getByRole('table', { name: 'Waiting lines' });
    const api = await t.http.ok(200, 'GET', '/v1/backorders');
    await eventually(() => table.locator('tbody tr').count()).toBe(api.items.length);
    const first = table.locator('tbody tr').first();
    expect(await cell(first, 2).textContent()).toBe(`${api.items[0].orderId} / ${api.items[0].lineNo}`);
    expect(await cell(first, 8).evaluate((td) => getComputedStyle(td).textAlign)).toBe('right'); // backordered: a number
    await accessible('backorder-workbench');

    await page.getByLabel('SKU').fill('WIDGET-BLUE');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await eventually(() => new URL(page.url()).search).toBe('?sku=WIDGET-BLUE');
    const blue = (await t.http.ok(200, 'GET', '/v1/backorders?sku=WIDGET-BLUE')).items;
    await eventually(async () => (await table.locator('tbody tr td:nth-child(5)').allTextContents()).join()).toBe(blue.map(() => 'WIDGET-BLUE').join());
    await page.getByLabel('Kind').selectOption('true');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await eventually(() => new URL(page.url()).search).toBe('?sku=WIDGET-BLUE&preorder=true');
    await eventually(() => table.locator('tbody tr').first().textContent()).toBe('No line is waiting.');
    await page.getByRole('button', { name: 'Clear' }).click();
    await eventually(() => new URL(page.url()).search).toBe('');
    // The view is in the URL: opened again, it shows the same lines.
    await page.goto(`${origin}/backorders?sku=WIDGET-BLUE`);
    await eventually(() => table.locator('tbody tr').count()).toBe(blue.length);
    await page.getByRole('checkbox', { name: `Select order ${blue[0].orderId} line ${blue[0].lineNo}` }).check();
    await eventually(() => page.locator('.table-toolbar').textContent()).toContain('1 selected');
    // A bulk release says what will happen first, then what each order did (Initech's ships complete: refused, with the rule).
    await page.getByRole('button', { name: 'Release orders' }).click();
    const confirm = page.getByRole('dialog', { name: 'Release to the warehouse' });
    expect(await confirm.textContent()).toContain(`(${blue[0].orderId})`);
    await confirm.getByRole('button', { name: 'Release 1 order' }).click();
    const outcome = page.getByRole('list', { name: 'What the bulk action did' });
    await eventually(() => outcome.textContent()).toContain(`Order ${blue[0].orderId}: Refused by a business rule`);
  });

  it('shows an order, its refused release with the rule, a cancelled line and its record log', async () => {
    await page.getByRole('link', { name: '2 / 1' }).click();
    await page.getByRole('heading', { name: 'Order 2' }).waitFor();
    await eventually(() => page.locator('.why-waiting').textContent()).toContain('deliver in full');
    const lines = page.getByRole('table', { name: 'Order lines' });
    expect(await lines.locator('tbody tr').count()).toBe(2);
    // Each waiting line says why it waits, as the order read does.
    const waitingBecause = (await t.http.ok(200, 'GET', '/v1/orders/2?explain=true')).lines.map((l: { waitingBecause: string | null }) => l.waitingBecause).filter(Boolean);
    expect(waitingBecause.length).toBeGreaterThan(0);
    expect(await lines.locator('.line-waits').first().textContent()).toBe(waitingBecause[0]);
    await accessible('order');

    await page.getByRole('button', { name: 'Release to warehouse' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    const answer = await t.http.post('/v1/orders/2/release', {});
    expect(answer.status).toBe(422);
    expect(await refusal.textContent()).toContain(answer.body.title);
    expect(await refusal.textContent()).toContain(answer.body.detail);

    await page.getByRole('button', { name: 'Cancel line 2' }).click();
    const dialog = page.getByRole('dialog', { name: /Cancel line 2/ });
    await dialog.getByLabel('Reason').fill('customer dropped the gadget');
    await screenshot(page, 'order-cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel units' }).click();
    await eventually(() => page.getByRole('status').textContent()).toContain('Line 2 cancelled');
    const gadget = lines.locator('tbody tr').nth(1);
    await eventually(() => cell(gadget, 8).textContent()).toBe('2'); // the cancelled column
    const order = await t.http.ok(200, 'GET', '/v1/orders/2');
    expect(order.lines[1]).toMatchObject({ sku: 'GADGET-PRO', cancelled: 2, backordered: 0 });
    const log = page.getByRole('list', { name: 'Record log' });
    await eventually(() => log.textContent()).toContain('customer dropped the gadget');
  });

  it('releases an order the policy lets go and says what went to the warehouse; changes a priority', async () => {
    await page.goto(`${origin}/orders/3`);
    await page.getByRole('button', { name: 'Release to warehouse' }).click();
    await eventually(() => page.getByRole('status').textContent()).toMatch(/^Release 1: \d+ units to shipment \d+/);
    const order = await t.http.ok(200, 'GET', '/v1/orders/3');
    expect(order.releases).toBe(1);
    const released = page.getByRole('table', { name: 'Order lines' }).locator('tbody tr').first();
    await eventually(() => cell(released, 5).textContent()).toBe(String(order.lines[0].released));
    await screenshot(page, 'order-released');

    // A priority change reallocates at once; the header shows the order as it now is.
    await page.goto(`${origin}/orders/4`);
    await page.getByLabel('Priority', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Change priority' }).click();
    const priority = page.getByRole('region', { name: 'Order header' }).locator('dd').nth(2);
    await eventually(() => priority.textContent()).toBe('7');
    expect((await t.http.ok(200, 'GET', '/v1/orders/4')).priority).toBe(7);
  });

  it('shows an item with stock per location, its queue and the demand and supply timeline', async () => {
    await page.goto(`${origin}/items/WIDGET-BLUE`);
    await page.getByRole('heading', { name: /WIDGET-BLUE/ }).waitFor();
    await page.getByRole('table', { name: 'Supply by date' }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await screenshot(page, 'item');
    await eventually(() => page.locator('.recharts-line-curve').count()).toBe(2);
    const stock = await t.http.ok(200, 'GET', '/v1/stock/WIDGET-BLUE');
    const rows = page.getByRole('table', { name: 'Stock per location' }).locator('tbody tr');
    expect(await rows.count()).toBe(stock.locations.length);
    await accessible('item');
  });

  it('lists the jobs and runs one now, following it to its end', async () => {
    await page.getByRole('navigation', { name: 'Workbench' }).getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('row').filter({ hasText: 'refresh promise dates' }).first().getByRole('button', { name: 'Run now' }).click();
    await eventually(() => page.getByRole('status').textContent(), 30_000).toMatch(/refresh promise dates: completed/);
    await eventually(() => page.getByRole('table', { name: 'Recent job runs' }).locator('tbody').textContent()).toContain('refresh promise dates');
    // The bulk cancellations need jobs.cancel_in_bulk (admins): an operator gets no button for them.
    expect(await page.getByRole('row').filter({ hasText: 'cancel backorders' }).first().getByRole('button').count()).toBe(0);
    await accessible('jobs');
  });

  it('lands a viewer signed in from a one-time link, with no button the API would refuse', async () => {
    await context.clearCookies();
    const token = await createSignInLink(t.http.accessContext, viewerId, 60);
    await page.goto(`${origin}/v1/session/link?token=${token}`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.who').textContent()).toContain('viewer');
    await page.goto(`${origin}/orders/1`);
    await page.getByRole('table', { name: 'Order lines' }).waitFor();
    await page.getByRole('list', { name: 'Record log' }).waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await page.goto(`${origin}/backorders`);
    await eventually(() => page.getByRole('table', { name: 'Waiting lines' }).locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await page.getByRole('checkbox', { name: /^Select order/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Release|Cancel/ }).count()).toBe(0);
    await page.goto(`${origin}/jobs`);
    await page.getByRole('table', { name: 'Jobs' }).waitFor();
    expect(await page.getByRole('button', { name: /Run/ }).count()).toBe(0);
    await screenshot(page, 'viewer-jobs');
  });

  it('met no script error and no refusal by the content security policy', () => {
    expect(pageErrors.filter((text) => !/status of (401|422)/.test(text))).toEqual([]);
  });
});
