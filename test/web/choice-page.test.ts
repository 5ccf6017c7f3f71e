import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';
import { useBrowser } from './browser.js';

/**
 * The customer's choice page in a real headless chromium: no account, no session, no script. The
 * customer opens the link, chooses per line, sends; the order follows; the link then says it was
 * used. axe-core checks each page.
 */
let orderId = 0;
let choiceUrl = '';
const t = useTestApp({
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'IN-FULL', backorderStrategy: 'deliver_in_full' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'RED-1', name: 'Red widget', unitPrice: 10 });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BLUE-1', name: 'Blue widget', unitPrice: 12 });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'RED-1', location: 'MAIN', quantity: 4 });
    const order = await http.ok(201, 'POST', '/v1/orders', {
      customer: 'ACME',
      reference: 'PO-4711',
      fulfillmentPolicy: 'IN-FULL',
      lines: [{ sku: 'RED-1', quantity: 10 }, { sku: 'BLUE-1', quantity: 3 }],
    });
    orderId = order.id;
  },
});

let origin = '';
let page: Page;
const { pageErrors, accessible } = useBrowser(t, (opened) => void ({ origin, page } = opened), { workbench: false });

beforeAll(async () => {
  choiceUrl = (await t.http.ok(201, 'POST', `/v1/orders/${orderId}/choice-requests`)).choiceUrl;
});

describe(`the customer's choice page in chromium on ${databaseLabel}`, () => {
  it('shows the waiting lines to a customer without an account, takes a choice per line, and the order follows', async () => {
    const path = new URL(choiceUrl).pathname;
    await page.goto(`${origin}${path}`);
    await page.getByRole('heading', { name: `Order ${orderId} (PO-4711): some items are waiting` }).waitFor();
    await accessible('customer-choice');
    const red = page.getByRole('group', { name: 'Line 1: Red widget (RED-1)' });
    await expect.poll(() => red.textContent()).toContain('10 ordered: 4 ready to ship, 6 waiting');
    expect(await red.getByRole('radio', { name: 'Keep waiting' }).isChecked()).toBe(true);
    await red.getByRole('radio', { name: 'Ship what is there now, cancel the rest' }).check();
    await page.getByRole('group', { name: 'Line 2: Blue widget (BLUE-1)' }).getByRole('radio', { name: 'Cancel this line' }).check();
    await page.getByRole('button', { name: 'Send my choice' }).click();
    await page.getByRole('heading', { name: 'Thank you: your choice is recorded' }).waitFor();
    expect(await page.getByRole('listitem').allTextContents()).toEqual(['Line 1: Ship what is there now, cancel the rest', 'Line 2: Cancel this line']);
    await accessible('customer-choice-done');

    const order = await t.http.ok(200, 'GET', `/v1/orders/${orderId}`);
    expect(order).toMatchObject({ backorderStrategy: 'backorder_allowed', lines: [{ allocated: 4, cancelled: 6 }, { cancelled: 3 }] });

    expect(pageErrors).toEqual([]);

    // Used once: the link answers 409 with its code (chromium logs the status; nothing else may fail).
    await page.goto(`${origin}${path}`);
    await page.getByRole('heading', { name: 'This link cannot be used' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('choice_link_used');
    await accessible('customer-choice-used');
    expect(pageErrors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });
});
