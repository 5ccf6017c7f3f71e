import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, dropWhenIdle } from '../support/database-admin.js';
import { databaseLabel } from '../support/test-store.js';

/**
 * The real `allot` program (node + tsx, as the built bin runs) against a database of its own: a
 * new PostgreSQL database when DATABASE_URL is set, else an embedded one in a temporary folder.
 */
const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
let dir = '';
let env: NodeJS.ProcessEnv = {};
let dropDatabase = async () => {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'allot-cli-'));
  const url = process.env.DATABASE_URL;
  if (!url) {
    env = { ...process.env, ALLOT_DATA_DIR: join(dir, 'data') };
    return;
  }
  const name = `allot_cli_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  env = { ...process.env, DATABASE_URL: target.toString() };
  dropDatabase = () => dropWhenIdle(url, name);
});
afterAll(async () => {
  await dropDatabase();
  await rm(dir, { recursive: true, force: true });
});

function allot(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function file(name: string, ...lines: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

const report = (out: string) => JSON.parse(out.trim().split('\n').at(-1)!);

// Each run starts a process (and, embedded, opens the database folder): slow on a busy machine.
const slow = { timeout: 400_000 };

describe(`allot import and export on ${databaseLabel}`, () => {
  it('imports master data, refuses a bad file with its rows, previews, imports, and a re-run writes nothing', slow, async () => {
    expect(report(allot('import', 'locations', await file('locations.csv', 'code,name', 'MAIN,Main'), '--json').out)).toMatchObject({ created: 1 });
    expect(report(allot('import', 'customers', await file('customers.csv', 'code,name', 'ACME,Acme', 'BETA,Beta'), '--json').out)).toMatchObject({ created: 2 });
    expect(report(allot('import', 'items', await file('items.csv', 'sku,name', 'BOLT,Bolt', 'NUT,Nut'), '--json').out)).toMatchObject({ created: 2 });
    const stock = allot('import', 'opening-stock', await file('stock.csv', 'sku,location,onHand', 'BOLT,MAIN,3'));
    expect(stock.code, stock.err).toBe(0);
    // Not a terminal: plain progress lines, then the summary.
    expect(stock.out).toMatch(/^checking: 1 rows, \d+\/s, 100 %$/m);
    expect(stock.out).toMatch(/^importing: 1 rows/m);
    expect(stock.out).toContain('opening-stock: 1 rows, 1 created, 0 unchanged, 0 invalid');

    const bad = await file('bad-orders.csv', 'reference,customer,sku,quantity', 'PO-1,ACME,BOLT,2', 'PO-2,NOBODY,BOLT,1', 'PO-3,ACME,NOPE,1', 'PO-4,ACME,NUT,5.5', 'PO-1,BETA,NUT,1');
    const refused = allot('import', 'orders', bad, '--report', join(dir, 'report.csv'));
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toEqual([`allot: ${bad} refused: 4 invalid row(s), the first row 3 (customer_not_found); nothing was written`]);
    expect(refused.out).toContain('row 5, quantity: invalid_value: must be integer');
    expect(parse(await readFile(join(dir, 'report.csv'), 'utf8'), { columns: true })).toEqual([
      { row: '3', column: 'customer', code: 'customer_not_found', message: 'No customer has code "NOBODY".' },
      { row: '4', column: 'sku', code: 'item_not_found', message: 'No item has SKU "NOPE".' },
      { row: '5', column: 'quantity', code: 'invalid_value', message: 'must be integer' },
      { row: '6', column: 'reference', code: 'duplicate_key', message: '"PO-1" is already in this file (the lines of an order follow one another).' },
    ]);

    const good = await file('orders.csv', 'reference,customer,sku,quantity', 'PO-1,ACME,BOLT,2', 'PO-1,ACME,NUT,1', 'PO-2,BETA,BOLT,4');
    expect(report(allot('import', 'orders', good, '--dry-run', '--json').out)).toMatchObject({ dryRun: true, rows: 3, created: 3, invalid: 0 });
    // The dry run wrote nothing: the import creates all three.
    expect(report(allot('import', 'orders', good, '--json').out)).toMatchObject({ dryRun: false, rows: 3, created: 3, unchanged: 0 });
    expect(report(allot('import', 'orders', good, '--json').out)).toMatchObject({ rows: 3, created: 0, unchanged: 3 });
    expect(report(allot('import', 'orders', bad, '--skip-invalid', '--json').out)).toMatchObject({ created: 0, unchanged: 1, invalid: 4 });
  });

  it('exports what was imported, and the export imports again writing nothing', slow, async () => {
    const out = join(dir, 'orders-out.csv');
    const exported = allot('export', 'orders', '--out', out, '--json');
    expect(exported.code, exported.err).toBe(0);
    expect(report(exported.out)).toEqual({ kind: 'orders', rows: 3, out });
    const rows = parse(await readFile(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.reference, r.customer, r.sku, r.quantity, r.allocated, r.backordered])).toEqual([
      ['PO-1', 'ACME', 'BOLT', '2', '2', '0'],
      ['PO-1', 'ACME', 'NUT', '1', '0', '1'],
      ['PO-2', 'BETA', 'BOLT', '4', '1', '3'],
    ]);
    expect(report(allot('import', 'orders', out, '--json').out)).toMatchObject({ rows: 3, created: 0, unchanged: 3, invalid: 0 });

    const backorders = parse(allot('export', 'backorders', '--sku', 'BOLT').out, { columns: true });
    expect(backorders).toMatchObject([{ customer: 'BETA', sku: 'BOLT', backordered: '3', queuePosition: '1' }]);
    expect(parse(allot('export', 'stock').out, { columns: true })).toEqual([{ sku: 'BOLT', location: 'MAIN', onHand: '3', allocated: '3', available: '0' }]);
    const history = parse(allot('export', 'order-history', '--order-id', rows[0]!.orderId!).out, { columns: true }) as Record<string, string>[];
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((h) => h.actor!.startsWith('cli:'))).toBe(true);
    const unknown = allot('export', 'backorders', '--sku', 'NOPE');
    expect({ code: unknown.code, err: unknown.err.trim() }).toEqual({ code: 1, err: 'allot: No item has SKU "NOPE".' });
  });
});
