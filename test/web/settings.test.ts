import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/demo/demo-data.js';
import { createSignInLink } from '../../src/services/access/sign-in-links.js';
import { PASSWORD, person } from '../support/access.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';
import { eventually, useBrowser } from './browser.js';

/**
 * The Settings screen in a real headless chromium against the real app on the test store (the
 * demo's master data): an admin creates and edits a customer (an API problem shown next to its
 * field), reaches every tab, changes a job's schedule and sees it saved; a viewer sees the
 * master data without a button to change it, and no admin tab. axe-core checks every tab.
 */
let viewerId = 0;
const t = useTestApp({
  seed: async (http) => {
    await seedDemoData({ db: http.accessContext.db, actor: 'demo', clock: http.clock, fillMode: 'immediate' });
    await person(http, 'ada@example.com', 'admin', 'Ada');
    viewerId = await person(http, 'vera@example.com', 'viewer', 'Vera');
  },
});

let origin = '';
let context: BrowserContext;
let page: Page;
const { pageErrors, accessible } = useBrowser(t, (opened) => void ({ origin, context, page } = opened));
const main = () => page.getByRole('main');
const tab = (name: string) => page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name, exact: true });

describe(`the settings screen in chromium on ${databaseLabel}`, () => {
  it('signs an admin in and opens Settings on the items, with their preorder and replenishment terms', async () => {
    await page.goto(`${origin}/`);
    await page.getByLabel('Login').fill('ada@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByRole('navigation', { name: 'Workbench' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const items = (await t.http.ok(200, 'GET', '/v1/items?limit=200')).items;
    const table = page.getByRole('table', { name: 'items' });
    await eventually(() => table.locator('tbody tr').count()).toBe(items.length);
    await accessible('settings-items');
    await page.getByRole('button', { name: `Edit item ${items[0].sku}` }).click();
    const form = page.getByRole('form', { name: `Edit item ${items[0].sku}` });
    expect(await form.getByLabel('Preorder launch date').count()).toBe(1);
    expect(await form.getByLabel('Supplier').count()).toBe(1);
    await accessible('settings-item-form');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('creates a customer (a refused field shown next to it) and edits it; the search is kept in the URL', async () => {
    await tab('Customers').click();
    await eventually(() => new URL(page.url()).search).toBe('?tab=customers');
    await page.getByRole('button', { name: 'New customer' }).click();
    const form = page.getByRole('form', { name: 'New customer' });
    await form.getByLabel('Code').fill('NORTHWIND');
    await form.getByLabel('Name').fill('Northwind Traders');
    await form.getByLabel('Priority').fill('lots');
    await form.getByRole('button', { name: 'Create' }).click();
    await eventually(() => form.locator('.field-problem').textContent()).toBeTruthy();
    expect(await form.getByLabel('Priority').getAttribute('aria-invalid')).toBe('true');
    await accessible('settings-customer-problem');
    await form.getByLabel('Priority').fill('7');
    await form.getByRole('button', { name: 'Create' }).click();
    const table = page.getByRole('table', { name: 'customers' });
    await eventually(() => table.getByRole('row').filter({ hasText: 'NORTHWIND' }).textContent()).toContain('Northwind Traders');
    expect(await t.http.ok(200, 'GET', '/v1/customers/NORTHWIND')).toMatchObject({ name: 'Northwind Traders', priority: 7 });

    await page.getByRole('button', { name: 'Edit customer NORTHWIND' }).click();
    const edit = page.getByRole('form', { name: 'Edit customer NORTHWIND' });
    expect(await edit.getByLabel('Name').inputValue()).toBe('Northwind Traders');
    await edit.getByLabel('Name').fill('Northwind Trading Co.');
    await edit.getByLabel('Ship type').selectOption('complete');
    await edit.getByRole('button', { name: 'Save' }).click();
    await eventually(() => table.getByRole('row').filter({ hasText: 'NORTHWIND' }).textContent()).toContain('Northwind Trading Co.');
    expect(await t.http.ok(200, 'GET', '/v1/customers/NORTHWIND')).toMatchObject({ name: 'Northwind Trading Co.', shipType: 'complete' });

    await page.getByLabel('Search customers').fill('northwind');
    await page.getByRole('button', { name: 'Search' }).click();
    await eventually(() => new URL(page.url()).search).toBe('?tab=customers&q=northwind');
    await eventually(() => table.locator('tbody tr').count()).toBe(1);
    await accessible('settings-customers');
  });

  it('shows locations, policies, people and keys to an admin; a new key’s secret is shown once', async () => {
    for (const [name, table] of [
      ['Locations', 'locations'],
      ['Fulfillment policies', 'policies'],
      ['Users', 'users'],
    ] as const) {
      await tab(name).click();
      await eventually(() => page.getByRole('table', { name: table }).locator('tbody tr').count()).toBeGreaterThan(0);
      await accessible(`settings-${table}`);
    }
    await tab('API keys').click();
    await page.getByRole('button', { name: 'New API key' }).click();
    const form = page.getByRole('form', { name: 'New API key' });
    await form.getByLabel('Name').fill('label printer');
    await form.getByRole('button', { name: 'Create' }).click();
    const shown = page.getByRole('status');
    await eventually(() => shown.textContent()).toContain('not shown again');
    const secret = await shown.locator('code').textContent();
    const keys = (await t.http.ok(200, 'GET', '/v1/keys')).keys as { name: string; prefix: string }[];
    expect(secret?.startsWith(`${keys.find((k) => k.name === 'label printer')?.prefix}_`)).toBe(true);
    await accessible('settings-keys');
  });

  it('changes a job’s schedule: a bad pattern is refused next to it, a good one is saved and in force', async () => {
    await tab('Deployment').click();
    const cron = page.getByLabel('Cron pattern of release-to-warehouse');
    await cron.waitFor();
    await page.getByLabel('Run release-to-warehouse on its schedule').check();
    await cron.fill('every morning');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await eventually(() => page.locator('#problem-release-to-warehouse').textContent()).toContain('not a cron pattern');
    expect((await t.http.ok(200, 'GET', '/v1/settings')).version).toBe(0);

    await cron.fill('0 */2 * * *');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await eventually(() => page.getByRole('status').textContent()).toContain('Saved');
    const saved = await t.http.ok(200, 'GET', '/v1/settings');
    expect(saved.schedules.find((s: { job: string }) => s.job === 'release-to-warehouse')).toMatchObject({ enabled: true, cron: '0 */2 * * *' });
    expect(saved.changedBy).toBe('Ada');
    await accessible('settings');
    // The jobs screen shows the schedule in force.
    await page.goto(`${origin}/jobs`);
    await eventually(() => page.getByRole('row').filter({ hasText: /release.to.warehouse/i }).first().textContent()).toContain('0 */2 * * *');
  });

  it('creates an item group below the items and puts an item in it: the item shows its group and the fair share it inherits', async () => {
    await page.goto(`${origin}/settings?tab=items`);
    await page.getByRole('button', { name: 'New item group' }).click();
    const form = page.getByRole('form', { name: 'New item group' });
    await form.getByLabel('Code').fill('LAUNCHES');
    await form.getByLabel('Name').fill('Launch items');
    await form.getByLabel('Allocation rule').selectOption('fair_share');
    await form.getByRole('button', { name: 'Create' }).click();
    const groups = page.getByRole('table', { name: 'item groups' });
    await eventually(() => groups.getByRole('row').filter({ hasText: 'LAUNCHES' }).textContent()).toContain('fair share');
    expect(await t.http.ok(200, 'GET', '/v1/item-groups/LAUNCHES')).toMatchObject({ name: 'Launch items', rationing: { rule: 'fair_share', customerCap: null } });

    const sku = (await t.http.ok(200, 'GET', '/v1/items?limit=1')).items[0].sku as string;
    await page.getByRole('button', { name: `Edit item ${sku}`, exact: true }).click();
    const edit = page.getByRole('form', { name: `Edit item ${sku}` });
    await edit.getByLabel('Item group').fill('LAUNCHES');
    await edit.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('table', { name: 'items', exact: true }).getByRole('row').filter({ hasText: sku });
    await eventually(() => row.first().textContent()).toContain('LAUNCHES: fair share');
    expect(await t.http.ok(200, 'GET', `/v1/items/${sku}`)).toMatchObject({ group: 'LAUNCHES', rationingFrom: { rule: 'group' } });
    await accessible('settings-item-groups');
  });

  it('pages a long list: the first 200 locations, the rest on “Load more”', async () => {
    for (let i = 1; i <= 205; i++) await t.http.ok(201, 'POST', '/v1/locations', { code: `BIN-${String(i).padStart(3, '0')}`, name: `Bin ${i}` });
    const total = (await t.http.ok(200, 'GET', '/v1/locations?limit=500')).items.length;
    expect(total).toBeGreaterThan(205);
    await page.goto(`${origin}/settings?tab=locations`);
    const table = page.getByRole('table', { name: 'locations' });
    await eventually(() => table.locator('tbody tr').count()).toBe(200);
    await page.getByRole('button', { name: 'Load more locations' }).click();
    await eventually(() => table.locator('tbody tr').count()).toBe(total);
    expect(await page.getByRole('button', { name: 'Load more locations' }).count()).toBe(0);
    await accessible('settings-locations-more');
  });

  it('shows a viewer the master data with no button to change it, and no admin tab', async () => {
    await context.clearCookies();
    const token = await createSignInLink(t.http.accessContext, viewerId, 60);
    await page.goto(`${origin}/v1/session/link?token=${token}`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.goto(`${origin}/settings?tab=customers`);
    const table = page.getByRole('table', { name: 'customers' });
    await eventually(() => table.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await main().getByRole('button', { name: /New|Edit|Save|Revoke/ }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Settings' }).getByRole('link').allTextContents()).toEqual(['Items', 'Customers', 'Locations', 'Fulfillment policies']);
    // A tab the viewer may not see, asked for by URL, opens the first one instead.
    await page.goto(`${origin}/settings?tab=deployment`);
    await eventually(() => page.getByRole('table', { name: 'items' }).locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await main().getByRole('button', { name: /New|Edit|Save/ }).count()).toBe(0);
    await accessible('settings-viewer');
  });

  it('met no script error and no refusal by the content security policy', () => {
    expect(pageErrors.filter((text) => !/status of (401|422)/.test(text))).toEqual([]);
  });
});
