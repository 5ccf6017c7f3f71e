import { stat } from 'node:fs/promises';
import type { ImportReport, ImportRowError } from '../../contract/imports.js';
import { unitOfWork, type RootContext } from '../../app/unit-of-work.js';
import { csvRecords, MalformedCsv } from './csv-records.js';
import { readAhead } from './read-ahead.js';
import { inputOf, kindsByName, type ImportKind, type ImportKindName } from './import-kinds.js';
import { writeChunk } from './import-writers.js';
import { checkReferences, unchangedKeys, type CheckedRow } from './row-references.js';
import { schemaErrors } from './row-check.js';

export interface ImportProgress {
  readonly phase: 'checking' | 'importing';
  readonly rows: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

export interface ImportOptions {
  readonly dryRun?: boolean | undefined;
  readonly skipInvalid?: boolean | undefined;
  /**
   * Rows per unit of work (an order's lines are never split): by default 1,000, and 5,000 for
   * orders, whose entry costs most per item touched (one lock, one queue walk, one promise each).
   */
  readonly chunkRows?: number | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
}

/** The report, and whether the file was refused (it had bad rows and `skipInvalid` was not asked). */
export interface ImportOutcome {
  readonly report: ImportReport;
  readonly refused: boolean;
}

const REPORTED_ERRORS = 1000;

/**
 * Imports a CSV file of one kind in two passes over the file. The first checks every row as the
 * API would (the contract schema, the codes it names, a key twice in the file) and counts what is
 * new; with bad rows the file is refused whole, unless `skipInvalid`. The second writes the good
 * rows in chunks, each one unit of work through the services the API calls. Rows Allot already
 * has (by natural key) are left alone, so running the same file twice writes nothing the second time.
 */
export async function importCsv(root: RootContext, kindName: ImportKindName, file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const kind = kindsByName[kindName];
  const totalBytes = (await stat(file)).size;
  const report: ImportReport = { kind: kindName, dryRun: options.dryRun === true, rows: 0, created: 0, unchanged: 0, invalid: 0, ignoredColumns: [], errors: [] };
  const reject = (errors: readonly ImportRowError[]) => {
    report.invalid += errors.length;
    report.errors.push(...errors.slice(0, Math.max(0, REPORTED_ERRORS - report.errors.length)));
  };
  const bad = new Set<number>();
  const progress = (phase: ImportProgress['phase']) => {
    let bytes = 0;
    return { bytes: (n: number) => (bytes = n), rows: (rows: number) => options.onProgress?.({ phase, rows, bytes, totalBytes }) };
  };

  const checking = progress('checking');
  try {
    for await (const batch of readAhead(checkedBatches(root, kind, file, report, checking.bytes, options.chunkRows, true))) {
      report.rows += batch.length;
      const invalid = batch.filter((r) => r.errors.length > 0);
      for (const row of invalid) bad.add(row.row);
      reject(invalid.flatMap((r) => r.errors));
      // What is new only a dry run reports from this pass: a real run counts it while writing.
      if (options.dryRun) {
        const good = batch.filter((r) => r.errors.length === 0);
        const unchanged = await unchangedKeys(root.db, kind, good.map((r) => r.input));
        const same = good.filter((r) => unchanged.has(kind.key(r.input))).length;
        report.unchanged += same;
        report.created += good.length - same;
      }
      checking.rows(report.rows);
    }
  } catch (error) {
    if (!(error instanceof MalformedCsv || error instanceof HeaderRefused)) throw error;
    reject(error instanceof HeaderRefused ? error.errors : [{ row: error.row, column: '', code: 'malformed_csv', message: error.message }]);
    return { report: { ...report, created: 0, unchanged: 0 }, refused: true };
  }
  const refused = report.invalid > 0 && options.skipInvalid !== true;
  if (refused || options.dryRun) return { report: refused ? { ...report, created: 0, unchanged: 0 } : report, refused };

  report.created = 0;
  report.unchanged = 0;
  const importing = progress('importing');
  let written = 0;
  for await (const batch of readAhead(checkedBatches(root, kind, file, report, importing.bytes, options.chunkRows, false))) {
    const rows = batch.filter((r) => !bad.has(r.row));
    const stop = new Set<number>();
    const result = await unitOfWork(root, async (ctx) => {
      const chunk = await writeChunk(ctx, kind, rows);
      // Refusals found while writing: without skipInvalid the chunk is undone and the import stops.
      if (chunk.refused.length > 0 && options.skipInvalid !== true) throw new ChunkRefused(chunk.refused);
      return chunk;
    }).catch((error: unknown) => {
      if (!(error instanceof ChunkRefused)) throw error;
      for (const e of error.errors) stop.add(e.row);
      reject(error.errors);
      return undefined;
    });
    if (!result) return { report, refused: true };
    report.created += result.created;
    report.unchanged += result.unchanged;
    reject(result.refused);
    written += batch.length;
    importing.rows(written);
  }
  return { report, refused: false };
}

class ChunkRefused extends Error {
  constructor(readonly errors: readonly ImportRowError[]) {
    super('a row was refused while writing');
  }
}

class HeaderRefused extends Error {
  constructor(readonly errors: readonly ImportRowError[]) {
    super('the header is not this kind’s');
  }
}

/**
 * The file's rows in batches of `chunkRows` (never splitting an order), each checked by the
 * schema and for keys repeated in the file; with `references`, also for codes nothing has.
 */
async function* checkedBatches(
  root: RootContext,
  kind: ImportKind,
  file: string,
  report: ImportReport,
  onBytes: (bytes: number) => void,
  chunkRows = kind.name === 'orders' ? 5000 : 1000,
  references: boolean,
): AsyncGenerator<CheckedRow[]> {
  let header: string[] | undefined;
  const seen = new Set<string>();
  const filePolicies = new Set<string>();
  let batch: CheckedRow[] = [];
  let group = { key: undefined as string | undefined, id: 0, header: '', lines: 0 };
  const flush = async () => {
    if (references) await checkReferences(root.db, kind, batch, filePolicies);
    if (kind.name === 'policies') for (const r of batch) if (r.errors.length === 0) filePolicies.add(r.key!);
    if (kind.name === 'orders') invalidateOrders(batch);
    const out = batch;
    batch = [];
    return out;
  };
  for await (const record of csvRecords(file, onBytes)) {
    if (!header) {
      header = record.fields.map((f) => f.trim());
      checkHeader(kind, header, report);
      continue;
    }
    const row = record.row;
    if (record.fields.length !== header.length) {
      const message = `has ${record.fields.length} fields, the header ${header.length}`;
      batch.push({ row, input: undefined, key: undefined, errors: [{ row, column: '', code: 'wrong_field_count', message }] });
      continue;
    }
    const cells = Object.fromEntries(header.map((name, i) => [name, record.fields[i]!]));
    const input = inputOf(kind, cells);
    const errors = schemaErrors(kind, row, input);
    const key = errors.some((e) => kind.columns.find((c) => c.name === e.column && c.required && keyColumns(kind).includes(c.name)))
      ? undefined
      : kind.key(input);
    if (batch.length >= chunkRows && !(kind.name === 'orders' && key !== undefined && key === group.key)) yield await flush();
    let member: number | undefined;
    if (key !== undefined && kind.name === 'orders' && key === group.key) {
      member = group.id;
      if (++group.lines > 500) errors.push({ row, column: '', code: 'invalid_value', message: 'An order has at most 500 lines.' });
      if (orderHeader(input) !== group.header) errors.push({ row, column: '', code: 'inconsistent_order', message: `The order columns differ from the first line of order "${key}".` });
    } else if (key !== undefined && seen.has(key)) {
      errors.push({ row, column: keyColumns(kind).join('+'), code: 'duplicate_key', message: `"${key.replaceAll('\u0000', ', ')}" is already in this file${kind.name === 'orders' ? ' (the lines of an order follow one another)' : ''}.` });
    } else if (key !== undefined) {
      seen.add(key);
      if (kind.name === 'orders') group = { key, id: group.id + 1, header: orderHeader(input), lines: 1 };
      member = kind.name === 'orders' ? group.id : undefined;
    }
    batch.push({ row, input, key, ...(member === undefined ? {} : { group: member }), errors });
  }
  if (!header) throw new HeaderRefused([{ row: 1, column: '', code: 'missing_column', message: 'The file is empty: it needs a header row.' }]);
  if (batch.length > 0) yield await flush();
}

const keyColumns = (kind: ImportKind): string[] =>
  kind.name === 'opening-stock' ? ['sku', 'location'] : kind.name === 'supply-schedule' ? ['sku', 'location', 'date'] : [kind.columns[0]!.name];

function checkHeader(kind: ImportKind, header: readonly string[], report: ImportReport): void {
  const missing = kind.columns.filter((c) => c.required && !header.includes(c.name));
  if (missing.length > 0) {
    throw new HeaderRefused(missing.map((c) => ({ row: 1, column: c.name, code: 'missing_column', message: `The header has no "${c.name}" column.` })));
  }
  const duplicated = header.find((name, i) => header.indexOf(name) !== i);
  if (duplicated !== undefined) {
    throw new HeaderRefused([{ row: 1, column: duplicated, code: 'duplicate_column', message: `The header names "${duplicated}" twice.` }]);
  }
  report.ignoredColumns = header.filter((name) => !kind.columns.some((c) => c.name === name));
}

const orderHeader = (input: Record<string, unknown>): string => JSON.stringify({ ...input, lines: undefined });

/** An order with a bad line is not entered: its other lines are reported too. */
function invalidateOrders(batch: readonly CheckedRow[]): void {
  const broken = new Set(batch.filter((r) => r.group !== undefined && r.errors.length > 0).map((r) => r.group));
  for (const row of batch) {
    if (row.group !== undefined && broken.has(row.group) && row.errors.length === 0) {
      row.errors.push({ row: row.row, column: '', code: 'order_invalid', message: `Another line of order "${row.key}" is invalid; the order is not entered.` });
    }
  }
}
