import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { stringify } from 'csv-stringify';
import { stringify as stringifyNow } from 'csv-stringify/sync';
import { systemClock } from '../app/context.js';
import type { RootContext } from '../app/unit-of-work.js';
import { exportColumns, exportKinds, exportRows, type ExportFilter, type ExportKind } from '../queries/csv-exports.js';
import { importCsv, type ImportProgress } from '../services/imports/csv-import.js';
import { importKinds, type ImportKindName } from '../services/imports/import-kinds.js';
import type { CommandContext, WithStore } from './program.js';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${values.join(', ')}`);
    return value as T;
  };

const rootOf = (ctx: CommandContext): RootContext => ({ db: ctx.store.db, actor: ctx.operator, clock: systemClock, fillMode: ctx.config.fillMode });

/** `allot import <kind> <file>` and `allot export <kind>`: CSV in and out, straight against the database. */
export function importCommands(withStore: WithStore): Command[] {
  const importing = new Command('import')
    .description('import a CSV file (a header row): check every row, then write in chunks through the same services as the API; a file with bad rows is refused whole')
    .argument('<kind>', importKinds.join(', '), oneOf(importKinds))
    .argument('<file>', 'the CSV file')
    .option('--dry-run', 'check every row and count what would be written; write nothing')
    .option('--skip-invalid', 'import the good rows and report the rest')
    .option('--report <file>', 'also write the refused rows as CSV (row, column, code, message)')
    .option('--json', 'answer the report as JSON')
    .action((kind: ImportKindName, file: string, options: { dryRun?: boolean; skipInvalid?: boolean; report?: string; json?: boolean }) =>
      withStore(async (ctx) => {
        const progress = options.json ? undefined : progressLine(ctx);
        const { report, refused } = await importCsv(rootOf(ctx), kind, file, { dryRun: options.dryRun, skipInvalid: options.skipInvalid, onProgress: progress?.report });
        progress?.end();
        if (options.report) {
          await pipeline(Readable.from([stringifyNow(report.errors, { header: true, columns: ['row', 'column', 'code', 'message'] })]), createWriteStream(options.report));
        }
        if (options.json) ctx.io.out(JSON.stringify(report));
        else {
          const verb = report.dryRun ? 'would create' : 'created';
          ctx.io.out(`${kind}: ${report.rows} rows, ${report.created} ${verb}, ${report.unchanged} unchanged, ${report.invalid} invalid`);
          if (report.ignoredColumns.length > 0) ctx.io.out(`ignored columns: ${report.ignoredColumns.join(', ')}`);
          for (const e of report.errors) ctx.io.out(`row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.code}: ${e.message}`);
        }
        if (refused) {
          const first = report.errors[0];
          const written = report.created > 0 ? `${report.created} rows were written before it` : 'nothing was written';
          throw new Error(`${file} refused: ${report.invalid} invalid row(s), the first row ${first?.row} (${first?.code}); ${written}`);
        }
      }),
    );
  const exporting = new Command('export')
    .description('export as CSV, read from the database page by page')
    .argument('<kind>', exportKinds.join(', '), oneOf(exportKinds))
    .option('--out <file>', 'write to this file (by default to standard output)')
    .option('--sku <sku>', 'backorders, stock, orders: of this item; item-history: the item')
    .option('--customer <code>', 'backorders, orders: of this customer')
    .option('--min-age-days <days>', 'backorders: entered at least this many days ago', wholeNumber)
    .addOption(new Option('--order-id <id>', 'order-history: the order').argParser(wholeNumber))
    .option('--json', 'answer a summary as JSON')
    .action((kind: ExportKind, options: { out?: string; sku?: string; customer?: string; minAgeDays?: number; orderId?: number; json?: boolean }) =>
      withStore(async (ctx) => {
        const filter: ExportFilter = { sku: options.sku, customer: options.customer, minAgeDays: options.minAgeDays, orderId: options.orderId };
        const pages = await exportRows(rootOf(ctx), kind, filter);
        const columns = [...exportColumns[kind]];
        let rows = 0;
        if (options.out) {
          const counted = async function* () {
            for await (const page of pages) for (const row of page) yield (rows++, row);
          };
          await pipeline(Readable.from(counted()), stringify({ header: true, columns, cast: { boolean: String } }), createWriteStream(options.out));
        } else {
          let header = true;
          for await (const page of pages) {
            if (page.length === 0) continue;
            ctx.io.out(stringifyNow(page, { header, columns, cast: { boolean: String } }).trimEnd());
            header = false;
            rows += page.length;
          }
          if (header && !options.json) ctx.io.out(columns.join(','));
        }
        if (options.json) ctx.io.out(JSON.stringify({ kind, rows, out: options.out ?? null }));
        else if (options.out) ctx.io.out(`${kind}: ${rows} rows written to ${options.out}`);
      }),
    );
  return [importing, exporting];
}

function wholeNumber(value: string): number {
  if (!/^\d{1,15}$/.test(value)) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
}

/** Progress (rows/s, ETA from how far into the file the reader is): a rewritten line on a terminal, plain lines elsewhere. */
function progressLine(ctx: CommandContext) {
  const began = Date.now();
  let shown = 0;
  let last: ImportProgress | undefined;
  const line = (p: ImportProgress) => {
    const seconds = (Date.now() - began) / 1000;
    const rate = Math.round(p.rows / Math.max(seconds, 0.001));
    const share = p.totalBytes === 0 ? 1 : p.bytes / p.totalBytes;
    const eta = share > 0 && share < 1 ? `, ETA ${Math.ceil((seconds / share) * (1 - share))} s` : '';
    return `${p.phase}: ${p.rows.toLocaleString('en')} rows, ${rate}/s, ${Math.round(share * 100)} %${eta}`;
  };
  const print = (text: string, end: boolean) => {
    if (ctx.io.isTerminal && ctx.io.progress) ctx.io.progress(text, end);
    else ctx.io.out(text);
  };
  return {
    report: (p: ImportProgress) => {
      if (last && last.phase !== p.phase) print(line(last), true);
      last = p;
      if (Date.now() - shown < (ctx.io.isTerminal ? 250 : 2000)) return;
      shown = Date.now();
      print(line(p), false);
    },
    end: () => {
      if (last) print(line(last), true);
    },
  };
}
