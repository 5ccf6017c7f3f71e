import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/** Debian's chromium (CI installs it: `.ci/run`), driven by playwright-core; nothing downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const repo = new URL('../../', import.meta.url);
const webBuild = new URL('dist/web/index.html', repo);

/** The workbench as `npm install` builds it; built here when it is missing (a fresh clone that skipped install scripts). */
export function ensureWorkbenchBuilt(): void {
  if (!existsSync(webBuild)) execFileSync('npm', ['run', 'build:web'], { cwd: repo, stdio: 'inherit' });
}

/** A headless chromium with a fresh profile of its own, removed on close. */
export async function openBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: apt-get install -y chromium (CI's .ci/run does), or set CHROMIUM_PATH.`);
  const profile = mkdtempSync(join(tmpdir(), 'allot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1360, height: 860 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: string[];
}

/** axe-core on the page as it is (evaluated through the debugging protocol, so the page's CSP stays whole). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Screenshots go to SCREENSHOTS_DIR (docs/screenshots to refresh the committed ones), else to a temporary folder. */
const shots = process.env.SCREENSHOTS_DIR ?? join(tmpdir(), 'allot-screenshots');
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** What a browser test file works with: the app's origin, the page, and the errors the page logged. */
export interface OpenedBrowser {
  readonly origin: string;
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * For a browser test file: before its tests, the test app listening on a free port and a fresh
 * chromium page (a script the CSP refuses, or one that throws, lands in `pageErrors`); after them,
 * the browser closed. `opened` hands the origin and page to the file. `accessible(name)` saves a
 * screenshot and expects no serious or critical axe-core violation.
 */
export function useBrowser(
  t: { readonly http: { readonly app: FastifyInstance } },
  opened: (browser: OpenedBrowser) => void,
  options: { readonly workbench?: boolean } = { workbench: true },
) {
  const pageErrors: string[] = [];
  let page: Page | undefined;
  let close = async () => {};
  beforeAll(async () => {
    if (options.workbench) ensureWorkbenchBuilt();
    await t.http.app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(t.http.app.server.address() as AddressInfo).port}`;
    const browser = await openBrowser();
    close = browser.close;
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    opened({ origin, context: browser.context, page });
  });
  afterAll(() => close());
  return {
    pageErrors,
    async accessible(name: string) {
      await screenshot(page!, name);
      expect(await seriousViolations(page!), `axe on ${name}`).toEqual([]);
    },
  };
}

/** Waits for what the screen shows (a loaded CI machine is slow to answer and render). */
export const eventually = <T>(read: () => Promise<T> | T, timeout = 15_000) => expect.poll(read, { timeout, interval: 100 });
