import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { stringify } from 'csv-stringify';
import { stringify as stringifyNow } from 'csv-stringify/sync';
import { namedSchemas } from '../../contract/index.js';
import { ref } from '../../contract/common.js';
import { BackorderExportQuery, ImportQuery, ImportReport, ItemHistoryExportQuery, OrderHistoryExportQuery } from '../../contract/imports.js';
import type { Permission } from '../../domain/access/roles.js';
import { refusal, type RefusalCode } from '../../domain/refusal.js';
import { exportColumns, exportRows, type ExportFilter, type ExportKind } from '../../queries/csv-exports.js';
import { importCsv, type ImportOutcome } from '../../services/imports/csv-import.js';
import { importKinds, kindsByName, type ImportKindName } from '../../services/imports/import-kinds.js';
import { actorOf, type HttpDeps } from '../command.js';
import { sendProblem } from '../problem.js';
import { validatorCompiler } from '../validation.js';
import { problems } from './problems.js';

const operationName = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
const rowCodes: RefusalCode[] = ['item_not_found', 'location_not_found', 'customer_not_found', 'fulfillment_policy_not_found', 'service_item_has_no_stock'];

// The body is the CSV stream itself, read by the import: no schema checks it here.
const appValidator = validatorCompiler(namedSchemas);
const streamedBody: FastifySchemaCompiler<unknown> = (route) => (route.httpPart === 'body' ? () => true : appValidator(route));

/** CSV in (`POST /v1/imports/{kind}`, streamed, any size) and out (`GET /v1/exports/{kind}`, streamed in keyset pages). */
export const importRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  // Only these routes take text/csv, as a stream (not read into memory, so no body limit).
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
  for (const kind of importKinds) {
    app.post(
      `/v1/imports/${kind}`,
      {
        config: { permission: kindsByName[kind].permission },
        validatorCompiler: streamedBody,
        schema: {
          operationId: `import${operationName(kind)}`,
          tags: ['imports'],
          summary: `Import ${kind.replace('-', ' ')} from CSV (a header row; see the README for the columns)`,
          description:
            'Every row is checked as the API checks a body. A file with bad rows is refused whole (422 `import_refused`, listing row, column, code and message; as CSV with `Accept: text/csv`) unless `skipInvalid=true`. Rows Allot already has (by sku, code or order reference) are left alone.',
          querystring: ImportQuery,
          consumes: ['text/csv'],
          body: Type.String({ description: 'CSV text with a header row' }),
          response: {
            200: ref(ImportReport),
            ...problems('import_refused', 'unsupported_media_type', 'validation_failed', ...rowCodes, 'backorder_not_allowed', 'preorder_cap_exceeded'),
          },
        },
      },
      async (request, reply) => {
        const body: unknown = request.body;
        if (!(body instanceof Readable)) return sendProblem(request, reply, refusal('unsupported_media_type', 'Send the file as text/csv.'), 415);
        const outcome = await withSpooledFile(body, (file) =>
          importCsv(deps.commands.root(actorOf(request)), kind, file, request.query),
        );
        return answerImport(request, reply, kind, outcome);
      },
    );
  }
  const exports: { kind: ExportKind; permission: Permission; summary: string; querystring: object }[] = [
    { kind: 'backorders', permission: 'orders.read', summary: 'Export the backorder list as CSV (the filters of GET /v1/backorders)', querystring: BackorderExportQuery },
    { kind: 'stock', permission: 'stock.read', summary: 'Export stock per item and location as CSV', querystring: Type.Object({ sku: Type.Optional(Type.String()) }, { additionalProperties: false }) },
    {
      kind: 'orders',
      permission: 'orders.read',
      summary: 'Export order lines as CSV (the columns of the orders import first)',
      querystring: Type.Object({ sku: Type.Optional(Type.String()), customer: Type.Optional(Type.String()) }, { additionalProperties: false }),
    },
    { kind: 'order-history', permission: 'orders.read', summary: 'Export the record log of an order as CSV, newest first', querystring: OrderHistoryExportQuery },
    { kind: 'item-history', permission: 'stock.read', summary: 'Export the record log of an item as CSV, newest first', querystring: ItemHistoryExportQuery },
  ];
  for (const { kind, permission, summary, querystring } of exports) {
    app.get(
      `/v1/exports/${kind}`,
      {
        config: { permission },
        schema: {
          operationId: `export${operationName(kind)}`,
          tags: ['imports'],
          summary,
          querystring,
          response: {
            200: { description: 'CSV with a header row, streamed', content: { 'text/csv': { schema: Type.String() } } },
            ...problems('validation_failed', 'item_not_found', 'customer_not_found', 'order_not_found'),
          },
        },
      },
      async (request, reply) => {
        const pages = await exportRows(deps.commands.root(actorOf(request)), kind, request.query as ExportFilter);
        const rows = Readable.from(flatten(pages)).pipe(stringify({ header: true, columns: [...exportColumns[kind]], cast: { boolean: String } }));
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${kind}.csv"`).send(rows as unknown as string); // a stream: sent as it is read, never serialized
      },
    );
  }
};

async function* flatten(pages: AsyncGenerator<Record<string, unknown>[]>) {
  for await (const page of pages) yield* page;
}

/** The upload, written to a temporary file first: the import reads it twice (check, then write). */
async function withSpooledFile<T>(body: Readable, run: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'allot-import-'));
  try {
    const file = join(dir, 'upload.csv');
    await pipeline(body, createWriteStream(file));
    return await run(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function answerImport(request: FastifyRequest, reply: FastifyReply, kind: ImportKindName, { report, refused }: ImportOutcome) {
  const wantsCsv = /\btext\/csv\b/.test(request.headers.accept ?? '');
  if (wantsCsv) {
    const text = stringifyNow(report.errors, { header: true, columns: ['row', 'column', 'code', 'message'] });
    for (const field of ['rows', 'created', 'unchanged', 'invalid'] as const) reply.header(`import-${field}`, String(report[field]));
    return reply.status(refused ? 422 : 200).type('text/csv; charset=utf-8').send(text);
  }
  if (!refused) return report;
  const written = report.created > 0 ? ` ${report.created} rows were written before the refused one; run the file again once it is fixed.` : ' Nothing was written.';
  const detail = `The ${kind} file has ${report.invalid} invalid row(s): the first is row ${report.errors[0]?.row}, ${report.errors[0]?.message}${written}`;
  const errors = report.errors.map((e) => ({ field: e.column, ...e }));
  return sendProblem(request, reply, refusal('import_refused', detail, { ...report, errors }));
}
