/**
 * Allot's benchmarks: every scenario measures Allot and its baseline in the same run on the same
 * data and prints one table row. `npm run bench` (PostgreSQL: DATABASE_URL or the local server),
 * `npm run bench -- --embedded` (PGlite), `--quick` (smaller sizes), `--only=<scenario>`.
 */
import { spawnSync } from 'node:child_process';
import { freshPglite, freshPostgres } from './lib/database.js';
import { printHeader, printRow, writeResults, type Row } from './lib/report.js';
import { backlogSweep } from './scenarios/backlog-sweep.js';
import { fillLatency } from './scenarios/fill-latency.js';
import { promiseRecompute } from './scenarios/promise-dates.js';
import { allotLaunchDay, baselineLaunchDay, comparisonLaunchDay, httpCeiling } from './scenarios/launch-day.js';
import { engineAlone } from './scenarios/engine-alone.js';
import { invariantCheck } from './scenarios/invariant-check.js';
import { orderSearch } from './scenarios/order-search.js';
import { csvImport } from './scenarios/csv-import.js';
import { workbenchRead } from './scenarios/workbench-read.js';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const embedded = args.has('--embedded');
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
const wanted = (name: string) => !only || only.split(',').includes(name);

const size = {
  launchOrders: quick ? 3_000 : 20_000,
  sweepItems: quick ? 500 : 10_000,
  sweepLines: 100,
  fillLong: quick ? 20_000 : 100_000,
  fillReceipts: quick ? 10 : 50,
  promiseLines: quick ? 20_000 : 100_000,
  checkLines: quick ? 200_000 : 1_000_000,
  searchOrders: quick ? 100_000 : 1_000_000,
  importLines: quick ? 50_000 : 1_000_000,
  workbenchLines: quick ? 100_000 : 1_000_000,
};

const rows: Row[] = [];
const details: Record<string, unknown> = {};
const add = (row: Row) => {
  rows.push(row);
  printRow(row);
};

// Allot is measured as `npm start` runs it: its built JavaScript under plain node.
if (spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' }).status !== 0) throw new Error('the build failed');

printHeader();

if (wanted('launch-day') && !embedded) {
  const options = { orders: size.launchOrders, clients: 64 };
  const ceiling = await httpCeiling(options);
  const peers = await comparisonLaunchDay('bench/lib/peer-server.ts', options);
  const batching = await comparisonLaunchDay('bench/lib/batching-server.ts', options);
  const sql = await baselineLaunchDay(options);
  const allot = await allotLaunchDay(await freshPostgres('launch'), options);
  const crowd = await allotLaunchDay(await freshPostgres('launch_keys'), { ...options, ownKeys: true });
  details.launchDay = { allot, crowd, peers, batching, ceiling, sql };
  const counts = (run: { exact: boolean }) => (run.exact ? 'counts exact' : 'COUNTS WRONG');
  add({
    scenario: `1 launch-day intake (${size.launchOrders} orders, 64 clients, one SKU)`,
    metric: 'orders/s',
    allot: allot.perSecond,
    baseline: ceiling.perSecond,
    ratio: allot.perSecond / ceiling.perSecond,
    goal: '≥ 0.5× the HTTP ceiling, exact counts',
    met: allot.perSecond >= 0.5 * ceiling.perSecond && allot.exact,
    note: `baseline column: a Fastify endpoint that answers without a database; ${counts(allot)}`,
  });
  add({
    scenario: '1 launch-day intake against the peers\' design',
    metric: 'orders/s',
    allot: allot.perSecond,
    baseline: peers.perSecond,
    ratio: allot.perSecond / peers.perSecond,
    goal: '≥ 4×',
    met: allot.perSecond >= 4 * peers.perSecond && allot.exact,
    note: `baseline column: Fastify, a transaction per order from a pool (p99 ${Math.round(peers.p99)} ms, ${counts(peers)})`,
  });
  add({
    scenario: '1 launch-day intake',
    metric: 'p99 ms',
    allot: allot.p99,
    baseline: peers.p99,
    ratio: peers.p99 / allot.p99,
    goal: '< 30 ms',
    met: allot.p99 < 30,
    note: 'baseline column: the peers\' design',
  });
  add({
    scenario: '1 launch-day intake, every client its own API key',
    metric: 'orders/s',
    allot: crowd.perSecond,
    baseline: allot.perSecond,
    ratio: crowd.perSecond / allot.perSecond,
    goal: 'within 20 % of one caller, exact counts',
    met: crowd.perSecond >= 0.8 * allot.perSecond && crowd.exact,
    note: `baseline column: one caller; p99 ${Math.round(crowd.p99)} ms, ${counts(crowd)}`,
  });
  add({
    scenario: '1 launch-day context: the batching limit',
    metric: 'orders/s',
    allot: allot.perSecond,
    baseline: batching.perSecond,
    ratio: allot.perSecond / batching.perSecond,
    goal: 'context, not a goal',
    note: `baseline column: Fastify grouping concurrent orders into one transaction, nothing else (p99 ${Math.round(batching.p99)} ms, ${counts(batching)})`,
  });
  add({
    scenario: '1 launch-day context: raw SQL, no HTTP',
    metric: 'orders/s',
    allot: allot.perSecond,
    baseline: sql.perSecond,
    ratio: allot.perSecond / sql.perSecond,
    goal: 'context, not a goal',
    note: `baseline column: the peers' transactions from the bench process itself (p99 ${Math.round(sql.p99)} ms)`,
  });
}

if (wanted('engine-alone') && !embedded) {
  const sql = await baselineLaunchDay({ orders: size.launchOrders, clients: 64 });
  const engine = await engineAlone(size.launchOrders, 64, false);
  details.engineAlone = { engine, sql };
  add({
    scenario: `1 engine alone: launch day in process, no HTTP (${size.launchOrders} orders, 64 callers)`,
    metric: 'orders/s',
    allot: engine.perSecond,
    baseline: sql.perSecond,
    ratio: engine.perSecond / sql.perSecond,
    goal: '≥ 10×, exact counts',
    met: engine.perSecond >= 10 * sql.perSecond && engine.exact,
    note: `baseline column: a SQL transaction per order from the same process; p99 ${Math.round(engine.p99)} ms against ${Math.round(sql.p99)} ms${engine.exact ? '' : ', COUNTS WRONG'}`,
  });
}

if (wanted('backlog-sweep')) {
  const sweep = await backlogSweep({ items: size.sweepItems, linesPerItem: size.sweepLines, embedded });
  details.backlogSweep = sweep;
  add({
    scenario: `2 backlog sweep (${(size.sweepItems * size.sweepLines).toLocaleString('en')} lines, ${size.sweepItems} SKUs)`,
    metric: 'wall s',
    allot: sweep.allotSeconds,
    baseline: sweep.baselineSeconds,
    ratio: sweep.allotSeconds / sweep.baselineSeconds,
    goal: 'ratio ≤ 1.0, same allocation',
    met: sweep.allotSeconds <= sweep.baselineSeconds && sweep.sameAllocation,
    note: sweep.sameAllocation ? 'same allocation' : 'ALLOCATION DIFFERS',
  });
  add({
    scenario: '2 backlog sweep',
    metric: 'peak RSS MiB',
    allot: sweep.peakMiB,
    baseline: 512,
    ratio: sweep.peakMiB / 512,
    goal: '< 512 MiB',
    met: sweep.peakMiB < 512,
  });
}

if (wanted('fill-latency')) {
  const long = await fillLatency({ waitingLines: size.fillLong, receipts: size.fillReceipts, units: 1000, embedded });
  const short = await fillLatency({ waitingLines: 1000, receipts: size.fillReceipts, units: 1000, embedded });
  details.fillLatency = { long, short };
  add({
    scenario: `3 fill latency (${size.fillLong.toLocaleString('en')} waiting, ${size.fillReceipts} × 1,000 units)`,
    metric: 'p99 ms',
    allot: long.p99,
    baseline: short.p99,
    ratio: long.p99 / short.p99,
    goal: '< 50 ms; ≤ 2× the 1,000-line figure',
    met: long.p99 < 50 && long.p99 <= 2 * short.p99 && long.exact && short.exact,
    note: 'baseline column: the same fills from a 1,000-line queue',
  });
}

if (wanted('promise-dates')) {
  const small = await promiseRecompute(size.promiseLines / 10, embedded);
  const large = await promiseRecompute(size.promiseLines, embedded);
  details.promiseDates = { small, large };
  add({
    scenario: `4 promise dates (${size.promiseLines.toLocaleString('en')} waiting lines, 50 scheduled receipts)`,
    metric: 'recompute s',
    allot: large.seconds,
    baseline: small.seconds,
    ratio: large.seconds / small.seconds,
    goal: 'linear: ≤ 12× the figure at a tenth of the lines',
    met: large.seconds <= 12 * small.seconds && large.exact && small.exact,
    note: 'baseline column: the same at a tenth of the lines',
  });
}

if (wanted('invariant-check')) {
  const check = await invariantCheck(size.checkLines, embedded);
  details.invariantCheck = check;
  add({
    scenario: `5 invariant check (${size.checkLines.toLocaleString('en')} waiting lines)`,
    metric: 's per 1M lines',
    allot: check.secondsPerMillion,
    baseline: (check.scanSeconds * 1_000_000) / check.lines,
    ratio: check.seconds / check.scanSeconds,
    goal: '≤ 60 s per million lines (10M daily in ≤ 10 min), no breach',
    met: check.secondsPerMillion <= 60 && check.breaches === 0,
    note: `baseline column: one full read of the same tables; ${check.breaches} breaches`,
  });
}

if (wanted('csv-import')) {
  const run = await csvImport(size.importLines, embedded);
  details.csvImport = run;
  add({
    scenario: `7 CSV import (${size.importLines.toLocaleString('en')} open order lines)`,
    metric: 'lines/s',
    allot: run.allotPerSecond,
    baseline: run.baselinePerSecond,
    ratio: run.allotPerSecond / run.baselinePerSecond,
    goal: '≥ 0.25 of a plain batched insert, allocation and record log included',
    met: run.allotPerSecond >= 0.25 * run.baselinePerSecond && run.exact,
    note: `baseline column: the same rows inserted in batches of 1,000; ${run.exact ? 'every line entered' : 'COUNTS WRONG'}`,
  });
  add({
    scenario: '7 CSV import',
    metric: 'peak RSS MiB',
    allot: run.peakMiB,
    baseline: 512,
    ratio: run.peakMiB / 512,
    goal: '< 512 MiB',
    met: run.peakMiB < 512,
  });
}

if (wanted('order-search') && !embedded) {
  const search = await orderSearch(size.searchOrders);
  details.orderSearch = search;
  add({
    scenario: `6 order search (${size.searchOrders.toLocaleString('en')} orders, 9 filters, first and next page)`,
    metric: 'p95 ms',
    allot: search.p95,
    baseline: search.healthP95,
    ratio: search.p95 / search.healthP95,
    goal: 'p95 < 50 ms',
    met: search.p95 < 50,
    note: 'baseline column: GET /v1/health from the same client',
  });
}

if (wanted('workbench-read') && !embedded) {
  const read = await workbenchRead(size.workbenchLines);
  details.workbenchRead = read;
  const counts = read.exact ? 'counts exact' : `COUNTS WRONG (${JSON.stringify(read.seen)})`;
  add({
    scenario: `6 workbench: first page (${size.workbenchLines.toLocaleString('en')} waiting lines, default and 7 filters/sorts, first and next page)`,
    metric: 'p95 ms',
    allot: read.workbench.p95,
    baseline: read.healthP95,
    ratio: read.workbench.p95 / read.healthP95,
    goal: 'p95 < 100 ms, counts exact',
    met: read.workbench.p95 < 100 && read.exact,
    note: `baseline column: GET /v1/health from the same client; ${counts}`,
  });
  add({
    scenario: `6 workbench: item page's demand-and-supply timeline (${read.hotLines.toLocaleString('en')} waiting lines on the item)`,
    metric: 'p95 ms',
    allot: read.item.p95,
    baseline: read.healthP95,
    ratio: read.item.p95 / read.healthP95,
    goal: 'p95 < 100 ms, counts exact',
    met: read.item.p95 < 100 && read.exact,
    note: 'GET /v1/stock/{sku} and the item\'s first 500 waiting lines, asked together as the page does; baseline column: GET /v1/health',
  });
  add({
    scenario: '6 workbench: chromium, navigation to the table rendered',
    metric: 'median ms',
    allot: read.browser.workbenchMedian,
    baseline: read.browser.signInMedian,
    ratio: read.browser.workbenchMedian / read.browser.signInMedian,
    goal: '< 1,500 ms',
    met: read.browser.workbenchMedian < 1500,
    note: `${read.browser.navigations} full page loads after a first, slowest ${Math.round(read.browser.workbenchMax)} ms; baseline column: navigation to the sign-in form`,
  });
}

if (embedded && wanted('fill-latency')) {
  const pglite = details.fillLatency as { long: { p99: number; exact: boolean } };
  const postgres = await fillLatency({ waitingLines: size.fillLong, receipts: size.fillReceipts, units: 1000, embedded: false });
  add({
    scenario: '5 embedded: fill latency on PGlite',
    metric: 'p99 ms',
    allot: pglite.long.p99,
    baseline: postgres.p99,
    ratio: postgres.p99 / pglite.long.p99,
    goal: '≥ 0.3 of PostgreSQL',
    met: postgres.p99 / pglite.long.p99 >= 0.3 && pglite.long.exact,
    note: 'baseline column: Allot on PostgreSQL; ratio = PostgreSQL p99 / PGlite p99',
  });
}

if (embedded && wanted('launch-day')) {
  const pglite = await allotLaunchDay(freshPglite(), { orders: size.launchOrders, clients: 64 });
  const postgres = await allotLaunchDay(await freshPostgres('launch'), { orders: size.launchOrders, clients: 64 });
  details.embeddedLaunchDay = { pglite, postgres };
  add({
    scenario: `5 embedded: launch-day intake on PGlite`,
    metric: 'orders/s',
    allot: pglite.perSecond,
    baseline: postgres.perSecond,
    ratio: pglite.perSecond / postgres.perSecond,
    goal: '≥ 0.3 of PostgreSQL',
    met: pglite.perSecond >= 0.3 * postgres.perSecond && pglite.exact,
    note: `baseline column: Allot on PostgreSQL; the PGlite service's resident memory ${Math.round(pglite.startMiB)} MiB after start, ${Math.round(pglite.peakMiB)} MiB at peak`,
  });
}

if (embedded && wanted('engine-alone')) {
  const pglite = await engineAlone(size.launchOrders, 64, true);
  const postgres = await engineAlone(size.launchOrders, 64, false);
  details.embeddedEngineAlone = { pglite, postgres };
  add({
    scenario: '5 embedded: engine alone on PGlite',
    metric: 'orders/s',
    allot: pglite.perSecond,
    baseline: postgres.perSecond,
    ratio: pglite.perSecond / postgres.perSecond,
    goal: '≥ 0.3 of PostgreSQL',
    met: pglite.perSecond >= 0.3 * postgres.perSecond && pglite.exact,
    note: 'baseline column: the same in process on PostgreSQL',
  });
}

if (!embedded && wanted('scale-out')) {
  const hot = { orders: size.launchOrders, clients: 64 };
  const spread = { ...hot, skus: 1000 };
  const oneSpread = await allotLaunchDay(await freshPostgres('scale1s'), spread);
  const twoSpread = await allotLaunchDay(await freshPostgres('scale2s'), { ...spread, processes: 2 });
  const oneHot = await allotLaunchDay(await freshPostgres('scale1h'), hot);
  const twoHot = await allotLaunchDay(await freshPostgres('scale2h'), { ...hot, processes: 2 });
  details.scaleOut = { oneSpread, twoSpread, oneHot, twoHot };
  const counts = (...runs: { exact: boolean }[]) => (runs.every((r) => r.exact) ? 'counts exact' : 'COUNTS WRONG');
  add({
    scenario: '6 scale-out: 2 API processes, orders over 1,000 SKUs',
    metric: 'orders/s',
    allot: twoSpread.perSecond,
    baseline: oneSpread.perSecond,
    ratio: twoSpread.perSecond / oneSpread.perSecond,
    goal: '≥ 1.5× one process, exact counts',
    met: twoSpread.perSecond >= 1.5 * oneSpread.perSecond && twoSpread.exact && oneSpread.exact,
    note: `baseline column: 1 process; ${counts(twoSpread, oneSpread)}`,
  });
  add({
    scenario: '6 scale-out: 2 API processes, one hot SKU',
    metric: 'orders/s',
    allot: twoHot.perSecond,
    baseline: oneHot.perSecond,
    ratio: twoHot.perSecond / oneHot.perSecond,
    goal: '≥ 1.0× one process, exact counts',
    met: twoHot.perSecond >= oneHot.perSecond && twoHot.exact && oneHot.exact,
    note: `baseline column: 1 process; ${counts(twoHot, oneHot)}`,
  });
}

const file = await writeResults(rows, { quick, embedded, only: only ?? 'all' }, details);
console.log(`\nresults: ${file}`);
