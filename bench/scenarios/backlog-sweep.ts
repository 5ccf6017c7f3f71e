import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { api, type ApiTarget } from '../lib/api.js';
import { adminQuery, dropDatabase, freshPglite, freshPostgres, type BenchDatabase } from '../lib/database.js';
import { peakRssMiB } from '../lib/memory.js';
import { allocationDigest, openBenchStore, seedBacklog, seedPendingReceipts } from '../lib/seed.js';
import { startService } from '../lib/service.js';

export interface SweepOptions {
  readonly items: number;
  readonly linesPerItem: number;
  readonly embedded: boolean;
}

const RECEIPT = 150;

/** The same receipts over the same queue, allocated by one set-based statement with a running sum. */
const BASELINE = sql`
  with supply as (
    select item_id, sum(on_hand - allocated) as available from stock_levels group by item_id
  ), queue as (
    select l.id, l.item_id, l.backordered, s.available,
           sum(l.backordered) over (partition by l.item_id order by l.priority desc, l.entry_seq, l.line_no) - l.backordered as before
    from order_lines l join supply s on s.item_id = l.item_id
    where l.backordered > 0
  ), filled as (
    update order_lines l set allocated = l.allocated + least(q.backordered, q.available - q.before)
    from queue q where l.id = q.id and q.before < q.available
    returning l.item_id, least(q.backordered, q.available - q.before) as quantity
  )
  update stock_levels s set allocated = s.allocated + f.quantity
  from (select item_id, sum(quantity) as quantity from filled group by item_id) f
  where s.item_id = f.item_id`;

/**
 * A large backlog in scheduled mode; receipts add 150 units to every SKU; the primary backorder
 * process fills it (through the API, with a progress display). The baseline runs the set-based
 * statement on a copy of the same data; both must end with the same allocation on every line.
 */
export async function backlogSweep(options: SweepOptions) {
  const allot = options.embedded ? freshPglite() : await freshPostgres('sweep');
  let copy: BenchDatabase | undefined;
  try {
    const store = await openBenchStore(allot);
    await seedBacklog(store, { items: options.items, linesPerItem: options.linesPerItem, quantity: 'mixed' });
    await seedPendingReceipts(store, RECEIPT);
    await store.close();
    copy = await copyOf(allot);

    const service = await startService({ ...allot.env, ALLOT_FILL_MODE: 'scheduled' });
    const started = performance.now();
    const progress = setInterval(() => void showProgress(service, started), 1000);
    let run: { processed: number };
    let peak: number;
    try {
      run = await api(service, 'POST', '/v1/jobs/primary-backorder-process/run', {});
      peak = peakRssMiB(service.pid);
    } finally {
      clearInterval(progress);
      process.stderr.write('\n');
      await service.stop();
    }
    const allotSeconds = (performance.now() - started) / 1000;

    const baseline = await openBenchStore(copy);
    const t0 = performance.now();
    await BASELINE.execute(baseline.db);
    const baselineSeconds = (performance.now() - t0) / 1000;
    const baselineDigest = await allocationDigest(baseline);
    await baseline.close();

    const check = await openBenchStore(allot);
    const same = (await allocationDigest(check)) === baselineDigest;
    await check.close();
    return { allotSeconds, baselineSeconds, peakMiB: peak, linesFilled: run.processed, sameAllocation: same };
  } finally {
    await copy?.drop();
    await allot.drop();
  }
}

async function showProgress(target: ApiTarget, started: number): Promise<void> {
  try {
    const { runs } = await api<{ runs: { job: string; status: string; processed: number }[] }>(target, 'GET', '/v1/jobs');
    const run = runs.find((r) => r.status === 'running');
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    if (run) process.stderr.write(`\r  ${run.job}: ${run.processed.toLocaleString('en')} lines filled (${seconds} s)   `);
  } catch {
    // the service is busy answering; try again next second
  }
}

/** A second database with the same rows: a template copy on PostgreSQL, a folder copy for PGlite. */
async function copyOf(db: BenchDatabase): Promise<BenchDatabase> {
  if (db.kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'allot-bench-copy-'));
    cpSync(db.env.ALLOT_DATA_DIR!, dir, { recursive: true });
    const copy = freshPglite();
    return { ...copy, env: { ...copy.env, ALLOT_DATA_DIR: dir } };
  }
  const source = new URL(db.url!).pathname.slice(1);
  const name = `${source}_copy`;
  await adminQuery(`create database ${name} template ${source}`);
  const url = new URL(db.url!);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString(), env: { DATABASE_URL: url.toString() }, drop: () => dropDatabase(name) };
}
