import { sql } from 'kysely';
import type { ServiceContext } from '../../app/context.js';
import type { ImportRowError } from '../../contract/imports.js';
import type { OrderInput } from '../../contract/orders.js';
import { groupBy } from '../../domain/group-by.js';
import { Refused, type Refusal } from '../../domain/refusal.js';
import { createCustomer, createItem, createLocation, createPolicy } from '../catalog/master-data.js';
import { enterOrdersUnanswered } from '../orders/order-entry.js';
import { adjustStock, receiveStock } from '../stock/stock-changes.js';
import { uploadSchedule } from '../supply/supply-schedule.js';
import type { ImportKind } from './import-kinds.js';
import { unchangedKeys, type CheckedRow } from './row-references.js';

export interface ChunkResult {
  created: number;
  unchanged: number;
  /** Rows a service refused while writing (a policy that may not backorder, a preorder cap, …). */
  readonly refused: ImportRowError[];
}

/**
 * Writes one chunk of checked rows in the caller's unit of work, through the services the API
 * calls (so allocation, promise dates and the record log follow). Rows Allot already has as the
 * file has them are left alone.
 */
export async function writeChunk(ctx: ServiceContext, kind: ImportKind, rows: readonly CheckedRow[]): Promise<ChunkResult> {
  const unchanged = await unchangedKeys(ctx.db, kind, rows.map((r) => r.input));
  const fresh = rows.filter((r) => !unchanged.has(kind.key(r.input)));
  const result: ChunkResult = { created: 0, unchanged: rows.length - fresh.length, refused: [] };
  if (fresh.length === 0) return result;
  if (kind.name === 'orders') return enterChunk(ctx, fresh, result);
  if (kind.name === 'supply-schedule') {
    await uploadSchedule(ctx, { entries: fresh.map((r) => r.input) });
    result.created += fresh.length;
    return result;
  }
  for (const row of fresh) {
    const refusal = await inSavepoint(ctx, () => writeRow(ctx, kind, row.input));
    if (refusal) result.refused.push(rowError(row, refusal));
    else result.created++;
  }
  return result;
}

async function writeRow(ctx: ServiceContext, kind: ImportKind, input: any): Promise<unknown> {
  switch (kind.name) {
    case 'items':
      return createItem(ctx, input);
    case 'locations':
      return createLocation(ctx, input);
    case 'customers':
      return createCustomer(ctx, input);
    case 'policies':
      return createPolicy(ctx, input);
    case 'opening-stock':
      return setOpeningStock(ctx, input);
    default:
      throw new Error(`${kind.name} is not written row by row`);
  }
}

/**
 * Opening stock is a count: the difference to what is on hand is booked, a receipt when it raises
 * on hand (and fills the queue), an adjustment when it lowers it.
 */
async function setOpeningStock(ctx: ServiceContext, input: { sku: string; location: string; onHand: number }) {
  const { rows } = await sql<{ onHand: number }>`
    select s.on_hand as "onHand" from stock_levels s
    join items i on i.id = s.item_id join locations l on l.id = s.location_id
    where i.sku = ${input.sku} and l.code = ${input.location}`.execute(ctx.db);
  const delta = input.onHand - (rows[0]?.onHand ?? 0);
  if (delta > 0) return receiveStock(ctx, 'receipt', { sku: input.sku, location: input.location, quantity: delta, reference: 'opening stock' });
  return adjustStock(ctx, { sku: input.sku, location: input.location, quantity: delta, reason: 'opening stock' });
}

/** The chunk's orders, entered together (one lock per item, one insert per table); a refused order writes nothing. */
async function enterChunk(ctx: ServiceContext, rows: readonly CheckedRow[], result: ChunkResult): Promise<ChunkResult> {
  const orders = [...groupBy(rows, (r) => r.key!).values()];
  const inputs: OrderInput[] = orders.map((lines) => ({ ...lines[0]!.input, lines: lines.map((l) => l.input.lines[0]) }));
  const answers = await enterOrdersUnanswered(ctx, inputs);
  answers.forEach((answer, i) => {
    const lines = orders[i]!;
    if (answer) result.refused.push(...lines.map((line) => rowError(line, answer)));
    else result.created += lines.length;
  });
  return result;
}

/** Runs one row's write behind a savepoint: a refusal undoes that row only (and its record-log entries). */
async function inSavepoint(ctx: ServiceContext, write: () => Promise<unknown>): Promise<Refusal | undefined> {
  await sql`savepoint import_row`.execute(ctx.db);
  const logged = ctx.work.journal.length;
  try {
    await write();
    await sql`release savepoint import_row`.execute(ctx.db);
    return undefined;
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await sql`rollback to savepoint import_row`.execute(ctx.db);
    ctx.work.journal.length = logged;
    return error.refusal;
  }
}

function rowError(row: CheckedRow, refusal: Refusal): ImportRowError {
  const column = typeof refusal.context?.sku === 'string' ? 'sku' : '';
  return { row: row.row, column, code: refusal.code, message: refusal.detail };
}
