import { spawnSync } from 'node:child_process';
import { sql } from 'kysely';
import { api, type ApiTarget } from '../lib/api.js';
import { freshPostgres } from '../lib/database.js';
import { p95, percentiles } from '../lib/load.js';
import { openBenchStore, seedOrderSpread } from '../lib/seed.js';
import { startService, type RunningService } from '../lib/service.js';
import { ensureWorkbenchBuilt, openBrowser } from '../../test/web/browser.js';

const CUSTOMERS = 200;
const ITEMS = 2000;
/** One order in ten is for this SKU: the item page's long queue (100,000 of 1,000,000 lines). */
const HOT = 'HOT';
const HOT_EVERY = 10;
const LOGIN = 'bench-operator@example.com';
const PASSWORD = 'bench operator password';

/** The workbench's first page as web/src/screens/BackorderWorkbench.tsx asks for it (200 lines), and common filters and sorts. */
const workbenchQueries = [
  '/v1/backorders?limit=200',
  '/v1/backorders?limit=200&sort=age',
  '/v1/backorders?limit=200&sort=-age',
  '/v1/backorders?limit=200&sort=priority',
  '/v1/backorders?limit=200&sort=customer',
  '/v1/backorders?limit=200&customer=C17',
  '/v1/backorders?limit=200&sku=S42',
  '/v1/backorders?limit=200&minAgeDays=30',
];

/**
 * The workbench's reads on a large backlog: `lines` waiting one-line orders over 200 customers and
 * 2,000 SKUs (one SKU in ten orders is HOT, the long queue), written with set-based SQL as order
 * search seeds, then vacuumed; then, through the HTTP API of Allot as `npm start` runs it, (1) the workbench's
 * first pages and the page after, (2) the reads the item page's demand-and-supply chart waits for
 * (`/v1/stock/{sku}` with the business day, `/v1/backorders?sku=…&limit=500`), asked together as the
 * page asks them, and (3) chromium's time from navigation to the
 * workbench table's first line. Baselines: `GET /v1/health` from the same client; for the browser,
 * the navigation to the sign-in form (the app without data).
 */
export async function workbenchRead(lines: number, navigations = 7) {
  const db = await freshPostgres('workbench');
  try {
    const store = await openBenchStore(db);
    try {
      await seedOrderSpread(store, { orders: lines, customers: CUSTOMERS, items: ITEMS, hot: { sku: HOT, every: HOT_EVERY } });
      // As autovacuum leaves a table written long ago (index-only scans need its visibility map).
      await sql`vacuum analyze order_lines, orders`.execute(store.db);
    } finally {
      await store.close();
    }
    createOperator(db.env);
    const service = await startService(db.env);
    try {
      const hotLines = Math.floor(lines / HOT_EVERY);
      const seen = await endState(service);
      const exact = seen.waitingLines === lines && seen.hotWaiting === hotLines;

      const workbench: number[] = [];
      const item: number[] = [];
      const health: number[] = [];
      const byEndpoint: Record<string, number[]> = {};
      const byQuery: Record<string, number[]> = {};
      const timed = async <T>(into: number[], call: () => Promise<T>): Promise<T> => {
        const t0 = performance.now();
        const result = await call();
        into.push(performance.now() - t0);
        return result;
      };
      for (let round = 0; round < 10; round++) {
        for (const path of workbenchQueries) {
          const page = await timed(workbench, () => timed((byQuery[path] ??= []), () => api<{ nextCursor: string | null }>(service, 'GET', path)));
          if (page.nextCursor) await timed(workbench, () => timed((byQuery[`${path} (next page)`] ??= []), () => api(service, 'GET', `${path}&cursor=${encodeURIComponent(page.nextCursor!)}`)));
          await timed(health, () => api(service, 'GET', '/v1/health'));
        }
        for (let i = 0; i < 4; i++) {
          await timed(item, () => Promise.all(itemChart(HOT).map((path) => timed((byEndpoint[path] ??= []), () => api(service, 'GET', path)))));
          await timed(health, () => api(service, 'GET', '/v1/health'));
        }
      }
      const browser = await browserNavigation(service, navigations);
      return {
        lines,
        hotLines,
        seen,
        exact,
        workbench: { requests: workbench.length, p95: p95(workbench), ...percentiles(workbench), byQuery: Object.fromEntries(Object.entries(byQuery).map(([path, ms]) => [path, { p95: p95(ms), p50: percentiles(ms).p50 }])) },
        item: { requests: item.length, p95: p95(item), ...percentiles(item), byEndpoint: Object.fromEntries(Object.entries(byEndpoint).map(([path, ms]) => [path, p95(ms)])) },
        healthP95: p95(health),
        browser,
      };
    } finally {
      await service.stop();
    }
  } finally {
    await db.drop();
  }
}

/** What the item page's demand-and-supply chart waits for (web/src/screens/ItemPage.tsx). */
const itemChart = (sku: string) => [`/v1/stock/${sku}`, `/v1/backorders?sku=${sku}&limit=500`];

/** The counts the API reports: every seeded line waits, the HOT item's queue holds its tenth. */
async function endState(service: ApiTarget) {
  const summary = await api<{ waitingLines: number }>(service, 'GET', '/v1/backorders/summary');
  const stock = await api<{ waitingLines: number }>(service, 'GET', `/v1/stock/${HOT}`);
  return { waitingLines: summary.waitingLines, hotWaiting: stock.waitingLines };
}

/** An operator who signs in to the workbench, made with the CLI before the service starts. */
function createOperator(env: Readonly<Record<string, string>>): void {
  const made = spawnSync(process.execPath, ['dist/src/cli/main.js', 'users', 'create', '--login', LOGIN, '--name', 'Bench operator', '--role', 'operator', '--password', PASSWORD], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`allot users create failed: ${made.stderr}`);
}

/**
 * Chromium (test/web/browser.ts's flags, a fresh profile) loads the app; each navigation is a full
 * page load, timed in the page from navigation start (performance.now()) to the first line's link
 * in the workbench table. Baseline: the same for the sign-in form, before signing in.
 */
async function browserNavigation(service: RunningService, navigations: number) {
  ensureWorkbenchBuilt();
  const { context, close } = await openBrowser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const signInForm = page.getByRole('heading', { name: 'Sign in to Allot' });
    const firstLine = page.getByRole('table', { name: 'Waiting lines' }).locator('tbody tr a').first();
    const measure = async (path: string, shown: typeof firstLine) => {
      const times: number[] = [];
      for (let i = 0; i <= navigations; i++) {
        await page.goto(`${service.url}${path}`);
        await shown.waitFor({ timeout: 60_000 });
        const ms = await page.evaluate(() => performance.now());
        if (i > 0) times.push(ms); // the first load fills chromium's cache, as a returning operator's is
      }
      return times;
    };
    const signIn = await measure('/', signInForm);
    await page.getByLabel('Login').fill(LOGIN);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor({ timeout: 60_000 });
    const workbench = await measure('/backorders', firstLine);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    return { navigations, workbenchMedian: median(workbench), workbenchMax: Math.max(...workbench), signInMedian: median(signIn), workbench, signIn };
  } finally {
    await close();
  }
}
