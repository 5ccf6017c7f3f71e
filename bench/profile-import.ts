// Where an orders import spends its time: each statement kind's count and wall time (event-loop delay included), on a fresh
// PostgreSQL database: `npx tsx bench/profile-import.ts [lines]` (default 50,000, the quick scenario's shape).
import pg from 'pg';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { systemClock } from '../src/app/context.js';
import { importCsv } from '../src/services/imports/csv-import.js';
import { freshPostgres } from './lib/database.js';
import { openBenchStore } from './lib/seed.js';

const stats = new Map<string, { n: number; ms: number }>();
const orig = pg.Client.prototype.query as any;
(pg.Client.prototype as any).query = function (this: any, config: any, values: any, cb: any) {
  const text: string = typeof config === 'string' ? config : config?.text ?? '';
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 70);
  const t0 = performance.now();
  const done = () => { const s = stats.get(key) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t0; stats.set(key, s); };
  const r = orig.call(this, config, values, cb);
  if (r && typeof r.then === 'function') r.then(done, done);
  return r;
};
const lines = Number(process.argv[2] ?? 50000);
const file = join(mkdtempSync(join(tmpdir(), 'allot-import-')), 'prof.csv');
const w = createWriteStream(file);
w.write('reference,customer,sku,quantity\n');
let written = 0;
for (let order = 1; written < lines; order++) {
  const count = Math.min(1 + (order % 5), lines - written);
  for (let line = 0; line < count; line++) w.write(`PO-${order},C${1 + (order % 100)},SKU-${1 + ((order * 7 + line * 131) % 1000)},${1 + ((order + line) % 4)}\n`);
  written += count;
}
w.end(); await once(w, 'finish');
const where = await freshPostgres('prof');
const store = await openBenchStore(where);
try {
  await sql`insert into locations (code, name) values ('DC', 'Distribution centre')`.execute(store.db);
  await sql`insert into customers (code, name) select 'C' || n, 'Customer ' || n from generate_series(1, 100) n`.execute(store.db);
  await sql`insert into items (sku, name, unit_price) select 'SKU-' || n, 'Item ' || n, 10 from generate_series(1, 1000) n`.execute(store.db);
  stats.clear();
  let phase = '';
  let t = performance.now();
  const phases: Record<string, number> = {};
  const t0 = performance.now();
  await importCsv({ db: store.db, actor: 'bench', clock: systemClock, fillMode: 'immediate' } as any, 'orders', file, {
    onProgress: (p) => { if (p.phase !== phase) { if (phase) phases[phase] = performance.now() - t; phase = p.phase; t = performance.now(); } },
  });
  phases[phase] = performance.now() - t;
  console.log('total', ((performance.now() - t0) / 1000).toFixed(1), 's; phases (from first progress)', Object.entries(phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`).join(', '));
  for (const [k, v] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.log(String(Math.round(v.ms)).padStart(7), 'ms', String(v.n).padStart(5), k);
} finally {
  await store.close();
  await where.drop();
}
