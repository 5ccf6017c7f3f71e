import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { serverUrl } from './database.js';

export interface Row {
  readonly scenario: string;
  readonly metric: string;
  readonly allot: number;
  readonly baseline: number;
  /** Allot relative to the baseline, oriented so that higher is better when `higherIsBetter`. */
  readonly ratio: number;
  readonly goal: string;
  /** Whether the goal was met; none for a row that only gives context. */
  readonly met?: boolean;
  readonly note?: string;
}

const format = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2));

export function printHeader(): void {
  console.log('| scenario | metric | Allot | baseline | ratio | goal | met |');
  console.log('|---|---|---|---|---|---|---|');
}

export function printRow(row: Row): void {
  const note = row.note ? ` (${row.note})` : '';
  console.log(
    `| ${row.scenario} | ${row.metric} | ${format(row.allot)} | ${format(row.baseline)} | ${row.ratio.toFixed(2)} | ${row.goal} | ${row.met === undefined ? '–' : row.met ? 'yes' : 'no'}${note} |`,
  );
}

/** Writes the run's rows with the machine's cores, memory and versions under bench/results/. */
export async function writeResults(rows: readonly Row[], mode: Record<string, unknown>, details: Record<string, unknown>): Promise<string> {
  const dir = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = `${dir}${stamp}.json`;
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: await postgresVersion(),
  };
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), mode, machine, rows, details }, null, 2)}\n`);
  return file;
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
    const { rows } = await client.query('show server_version');
    return rows[0].server_version;
  } catch {
    return 'unavailable';
  } finally {
    await client.end().catch(() => undefined);
  }
}
