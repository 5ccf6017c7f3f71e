import { Type, type Static } from '@sinclair/typebox';
import { Code, ref, strict, Units } from './common.js';

/** CSV import and export: what a run reports, and the few rows the API has no JSON body for. */

export const OpeningStockInput = strict(
  { sku: Code, location: Code, onHand: Units },
  // Unnamed: no route takes it as a body, only the opening-stock import's rows.
  { description: 'The on hand of an item at a location when Allot takes over: the count, not a change' },
);
export type OpeningStockInput = Static<typeof OpeningStockInput>;

export const ImportQuery = Type.Object(
  {
    dryRun: Type.Optional(Type.Boolean({ description: 'Check every row and count what would be created; write nothing' })),
    skipInvalid: Type.Optional(Type.Boolean({ description: 'Import the good rows and report the rest (by default one bad row refuses the file)' })),
  },
  { additionalProperties: false },
);
export type ImportQuery = Static<typeof ImportQuery>;

export const ImportRowError = Type.Object(
  {
    row: Type.Integer({ description: 'The record number in the file, the header being 1' }),
    column: Type.String({ description: 'The column in error, empty when the row as a whole is' }),
    code: Type.String({ description: 'Stable: missing_column, missing_value, invalid_value, duplicate_key, order_invalid, wrong_field_count, malformed_csv, or a refusal code of the API (item_not_found, …)' }),
    message: Type.String(),
  },
  { $id: 'ImportRowError' },
);
export type ImportRowError = Static<typeof ImportRowError>;

export const ImportReport = Type.Object(
  {
    kind: Type.String(),
    dryRun: Type.Boolean(),
    rows: Type.Integer({ description: 'Data rows read (the header not counted)' }),
    created: Type.Integer({ description: 'Rows written (for orders: lines); with dryRun, rows that would be' }),
    unchanged: Type.Integer({ description: 'Rows already in Allot as the file has them (natural keys: sku, code, reference)' }),
    invalid: Type.Integer({ description: 'Rows refused' }),
    ignoredColumns: Type.Array(Type.String(), { description: 'Columns this kind does not read' }),
    errors: Type.Array(ref(ImportRowError), { description: 'The refused rows, the first 1,000' }),
  },
  { $id: 'ImportReport', description: 'What an import did (or, with dryRun, would do)' },
);
export type ImportReport = Static<typeof ImportReport>;

export const BackorderExportQuery = Type.Object(
  {
    sku: Type.Optional(Code),
    customer: Type.Optional(Code),
    minAgeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500 })),
  },
  { additionalProperties: false },
);
export type BackorderExportQuery = Static<typeof BackorderExportQuery>;
export const OrderHistoryExportQuery = Type.Object({ orderId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const ItemHistoryExportQuery = Type.Object({ sku: Code }, { additionalProperties: false });
