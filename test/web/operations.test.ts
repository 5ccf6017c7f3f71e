import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/demo/demo-data.js';
import { createSignInLink } from '../../src/services/access/sign-in-links.js';
import { PASSWORD, person } from '../support/access.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';
import { eventually, screenshot, useBrowser } from './browser.js';

/**
 * The workbench's operations screens in headless chromium, on the demo (order 1: Acme's 25 red
 * widgets, 5 short and a purchase order raised for them; order 2: Initech's blue widgets): receive
 * that purchase order from the Supply screen and see the line filled; release order 1 and ship it
 * with a short pick from the Shipments screen; amend a line from the order page, its refusal shown
 * at the field. axe-core checks each screen; a viewer sees no action.
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
type Line = { lineNo: number; quantity: number; allocated: number; backordered: number; shipped: number; released: number };
const lineOf = async (orderId: number, lineNo: number): Promise<Line> => (await t.http.ok(200, 'GET', `/v1/orders/${orderId}`)).lines[lineNo - 1];

describe(`the Shipments and Supply screens and the order's actions in chromium on ${databaseLabel}`, () => {
  it('signs an operator in', async () => {
    await page.goto(`${origin}/supply`);
    await page.getByLabel('Login').fill('otto@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Supply', level: 1 }).waitFor();
  });

  it('receives the purchase order raised for a waiting line from the Supply screen, previewing the line it fills', async () => {
    const pos: { items: { id: number; lines: { orderId: number | null; orderLineNo: number | null; open: number }[] }[] } = await t.http.ok(200, 'GET', '/v1/purchase-orders');
    const po = pos.items.find((p) => p.lines.some((l) => l.orderId === 1))!;
    expect(po).toBeDefined();
    const before = await lineOf(1, 1);
    expect(before.backordered).toBe(5);

    const card = page.getByRole('article', { name: new RegExp(`^Purchase order ${po.id} `) });
    await eventually(() => card.getByRole('table').textContent()).toContain('1 / 1'); // linked to order 1 line 1
    expect(await card.getByRole('link', { name: '1 / 1' }).getAttribute('href')).toBe('/orders/1');
    await accessible('supply');

    await card.getByRole('button', { name: `Receive all of ${po.id}` }).click();
    const dialog = page.getByRole('dialog', { name: `Receive purchase order ${po.id}` });
    const preview = dialog.getByRole('list', { name: 'What would change' });
    await eventually(() => preview.textContent()).toContain('Order 1 line 1 (WIDGET-RED): 20 allocated, 5 backordered → 25 allocated, 0 backordered');
    expect((await lineOf(1, 1)).backordered).toBe(5); // the preview wrote nothing
    await accessible('supply-receive-dialog');
    await dialog.getByRole('button', { name: /^Receive \d+ units$/ }).click();
    await eventually(() => page.getByRole('status').textContent()).toBe(`Purchase order ${po.id} received.`);
    expect((await lineOf(1, 1)).backordered).toBe(0);
    await eventually(() => card.locator('.status').textContent()).toBe('received');

    // The waiting line is filled: the order page says so.
    await page.goto(`${origin}/orders/1`);
    const row = page.getByRole('table', { name: 'Order lines' }).locator('tbody tr').first();
    await eventually(() => row.locator('td').nth(7).textContent()).toBe('0'); // backordered
    expect(await row.locator('td').nth(4).textContent()).toBe('25'); // allocated
  });

  it('shows transfers, replenishment and the supply schedule, each tab in the URL', async () => {
    await t.http.ok(201, 'POST', '/v1/transfer-orders', { from: 'EAST', to: 'MAIN', expectedDate: '2030-01-10', lines: [{ sku: 'WIDGET-BLUE', quantity: 2, orderId: 2, lineNo: 1 }] });
    await page.goto(`${origin}/supply`);
    await page.getByRole('navigation', { name: 'Supply' }).getByRole('link', { name: 'Transfers' }).click();
    await eventually(() => new URL(page.url()).search).toBe('?tab=transfers');
    const transfer = page.getByRole('article', { name: /^Transfer \d+ · EAST → MAIN/ });
    await eventually(() => transfer.getByRole('table').textContent()).toContain('2 / 1');
    expect(await transfer.getByRole('button', { name: /^Ship transfer/ }).count()).toBe(1);
    await accessible('supply-transfers');
    await page.getByRole('navigation', { name: 'Supply' }).getByRole('link', { name: 'Replenishment' }).click();
    await page.getByRole('table', { name: 'Replenishment suggestions' }).waitFor();
    await accessible('supply-replenishment');
    await page.getByRole('navigation', { name: 'Supply' }).getByRole('link', { name: 'Supply schedule' }).click();
    const schedule = page.getByRole('table', { name: 'Supply schedule' });
    await eventually(() => schedule.textContent()).toContain('WIDGET-BLUE');
    await accessible('supply-schedule');

    // A schedule file is checked first (nothing written), then imported.
    await page.getByLabel(/^Schedule file/).setInputFiles({ name: 'schedule.csv', mimeType: 'text/csv', buffer: Buffer.from('sku,location,date,quantity\nWIDGET-RED,EAST,2030-02-01,7\n') });
    await page.getByRole('button', { name: 'Check file' }).click();
    await eventually(() => page.getByRole('status').textContent()).toContain('1 rows, 1 would be written');
    expect((await t.http.ok(200, 'GET', '/v1/supply-schedule?sku=WIDGET-RED')).entries).toEqual([]);
    await page.getByRole('button', { name: 'Import schedule' }).click();
    await eventually(() => page.getByRole('status').textContent()).toContain('1 entries written');
    expect((await t.http.ok(200, 'GET', '/v1/supply-schedule?sku=WIDGET-RED')).entries).toEqual([{ sku: 'WIDGET-RED', location: 'EAST', date: '2030-02-01', quantity: 7 }]);
    await eventually(() => schedule.textContent()).toContain('WIDGET-RED');
  });

  it('releases an order and ships it with a short pick from the Shipments screen; the short units are allocated again', async () => {
    await page.goto(`${origin}/orders/1`);
    await page.getByRole('button', { name: 'Release to warehouse' }).click();
    // The demo released the first 20 units: the 5 received go to the same pending shipment.
    await eventually(() => page.getByRole('status').textContent()).toMatch(/^Release \d+: 5 units to shipment \d+/);
    const shipmentId = Number(/shipment (\d+)/.exec((await page.getByRole('status').textContent())!)![1]);
    const pending = await t.http.ok(200, 'GET', `/v1/shipments/${shipmentId}`);
    const released = pending.lines.filter((l: { orderId: number }) => l.orderId === 1).reduce((sum: number, l: { quantity: number }) => sum + l.quantity, 0);
    expect(released).toBe(25);

    await page.getByRole('navigation', { name: 'Workbench' }).getByRole('link', { name: 'Shipments' }).click();
    await page.getByLabel('Location').selectOption('MAIN');
    await eventually(() => new URL(page.url()).search).toBe('?location=MAIN');
    const card = page.getByRole('article', { name: new RegExp(`^Shipment ${shipmentId} `) });
    const lines = card.getByRole('table', { name: `Lines of shipment ${shipmentId}` });
    await eventually(() => lines.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe(String(pending.lines[0].quantity));
    expect(await lines.locator('tbody tr').first().locator('td').nth(2).evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
    await accessible('shipments');

    await card.getByRole('button', { name: `Ship ${shipmentId}` }).click();
    const dialog = page.getByRole('dialog', { name: `Ship shipment ${shipmentId}` });
    expect(pending.lines).toHaveLength(1);
    await dialog.getByLabel(/^Picked, order 1 line 1/).fill('23');
    await eventually(() => dialog.locator('.why-waiting').textContent()).toContain('order 1 line 1 ships 23 of 25');
    await accessible('shipments-short-pick');
    await dialog.getByRole('button', { name: 'Ship with short picks' }).click();
    await eventually(() => page.getByRole('status').textContent()).toBe(`Shipment ${shipmentId} shipped: 23 of 25 units.`);
    // The 2 not picked wait again, and at once take 2 of the 10 free units the purchase order left.
    expect(await lineOf(1, 1)).toMatchObject({ shipped: 23, released: 0, allocated: 2, backordered: 0 });
    await eventually(() => card.count()).toBe(0);

    // The shipped history, in the URL too.
    await page.getByLabel('Show').selectOption('shipped');
    await eventually(() => new URL(page.url()).search).toBe('?location=MAIN&view=shipped');
    const history = page.getByRole('table', { name: 'Shipped history' });
    const row = history.locator('tbody tr').filter({ hasText: '23 of 25' });
    await eventually(() => row.count()).toBe(1);
    expect(await row.locator('td').first().textContent()).toBe(String(shipmentId));
    await accessible('shipments-history');
  });

  it('amends an order line from the order page: a preview first, a refusal next to the field, then the change', async () => {
    await page.goto(`${origin}/orders/1`);
    await page.getByRole('button', { name: 'Change quantity of line 1' }).click();
    let dialog = page.getByRole('dialog', { name: 'Change the quantity of line 1 (WIDGET-RED)' });
    await dialog.getByLabel(/^New quantity/).fill('10');
    const refused = await t.http.patch('/v1/orders/1/lines/1?dryRun=true', { quantity: 10 });
    expect(refused.body.code).toBe('quantity_below_committed');
    await eventually(() => dialog.locator('.field-problem').textContent()).toBe(`${refused.body.title}: ${refused.body.detail}`);
    await dialog.getByRole('button', { name: 'Keep as is' }).click();

    await page.goto(`${origin}/orders/2`);
    const before = await lineOf(2, 1);
    await page.getByRole('button', { name: 'Change quantity of line 1' }).click();
    dialog = page.getByRole('dialog', { name: 'Change the quantity of line 1 (WIDGET-BLUE)' });
    await dialog.getByLabel(/^New quantity/).fill(String(before.quantity + 2));
    await eventually(() => dialog.getByRole('list', { name: 'What would change' }).textContent()).toContain(`${before.backordered + 2} backordered`);
    await accessible('order-amend-dialog');
    await dialog.getByRole('button', { name: 'Change quantity' }).click();
    await eventually(() => page.getByRole('status').textContent()).toBe(`Line 1 now asks for ${before.quantity + 2} units.`);
    expect(await lineOf(2, 1)).toMatchObject({ quantity: before.quantity + 2, backordered: before.backordered + 2 });
    const row = page.getByRole('table', { name: 'Order lines' }).locator('tbody tr').first();
    await eventually(() => row.locator('td').nth(3).textContent()).toBe(String(before.quantity + 2));
  });

  it('shows a viewer the Shipments and Supply screens with no button the API would refuse', async () => {
    await context.clearCookies();
    const token = await createSignInLink(t.http.accessContext, viewerId, 60);
    await page.goto(`${origin}/v1/session/link?token=${token}`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.goto(`${origin}/supply`);
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await page.goto(`${origin}/supply?tab=transfers`);
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await page.goto(`${origin}/supply?tab=schedule`);
    await page.getByRole('table', { name: 'Supply schedule' }).waitFor();
    expect(await page.getByLabel(/^Schedule file/).count()).toBe(0);
    await page.goto(`${origin}/orders/2`);
    await page.getByRole('table', { name: 'Order lines' }).waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    const released = await t.http.ok(200, 'POST', '/v1/orders/3/release');
    await page.goto(`${origin}/shipments`);
    await page.getByRole('article', { name: new RegExp(`^Shipment ${released.shipments[0]} `) }).waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    await screenshot(page, 'viewer-shipments');
  });

  it('met no script error and no refusal by the content security policy', () => {
    expect(pageErrors.filter((text) => !/status of (401|409|422)/.test(text))).toEqual([]);
  });
});
