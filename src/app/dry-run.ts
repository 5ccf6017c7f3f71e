import { sql } from 'kysely';
import { lineStatus, type LineStatus } from '../domain/allocation/line-quantities.js';
import { isRefused, Refused, type Refusal } from '../domain/refusal.js';
import { itemAvailability, lineStates, type LineState } from '../repositories/state-repository.js';
import type { ServiceContext } from './context.js';
import { promiseChangedItems, unitOfWork, type RootContext } from './unit-of-work.js';

/** What a line would look like before and after (null: it would not exist). */
export interface LineDifference {
  readonly orderId: number;
  readonly lineNo: number;
  readonly sku: string;
  readonly before: LineFacts | null;
  readonly after: LineFacts | null;
}

export interface LineFacts {
  readonly allocated: number;
  readonly backordered: number;
  readonly expectedShipDate: string | null;
  readonly status: LineStatus;
}

export interface ItemDifference {
  readonly sku: string;
  readonly before: { readonly available: number };
  readonly after: { readonly available: number };
}

/** A command's preview: what it would answer, and the difference it would make. */
export interface DryRun<T> {
  readonly dryRun: true;
  readonly answer: T;
  readonly lines: LineDifference[];
  readonly items: ItemDifference[];
}

class PreviewDone<T> extends Error {
  constructor(readonly preview: DryRun<T>) {
    super('dry run done');
  }
}

/**
 * Runs a command exactly as it would run (the same code path, in a unit of work), measures the
 * lines and items it touched (what its record log names) after it and after rolling it back, and
 * rolls everything back: nothing is written and no event leaves. A refusal is answered as the
 * real command would answer it.
 */
export async function dryRun<T>(root: RootContext, command: (ctx: ServiceContext) => Promise<T | Refusal>): Promise<DryRun<T>> {
  try {
    await unitOfWork(root, async (ctx) => {
      const mark = await lastLogId(ctx);
      await sql`savepoint dry_run`.execute(ctx.db);
      const answer = await command(ctx);
      if (isRefused(answer)) throw new Refused(answer);
      await promiseChangedItems(ctx);
      const { lines, itemIds } = await touched(ctx, mark);
      const after = { lines: await lineStates(ctx.db, lines), items: await itemAvailability(ctx.db, itemIds) };
      await sql`rollback to savepoint dry_run`.execute(ctx.db);
      const before = { lines: await lineStates(ctx.db, lines), items: await itemAvailability(ctx.db, itemIds) };
      throw new PreviewDone({ dryRun: true, answer, lines: lineDifferences(before.lines, after.lines), items: itemDifferences(before.items, after.items) });
    });
  } catch (error) {
    if (error instanceof PreviewDone) return error.preview as DryRun<T>;
    throw error;
  }
  throw new Error('a dry run always ends in its preview');
}

async function lastLogId(ctx: ServiceContext): Promise<number> {
  const { rows } = await sql<{ id: string | null }>`select max(id) as id from record_log`.execute(ctx.db);
  return Number(rows[0]?.id ?? 0);
}

/**
 * The lines and items the command touched, as its record log names them: the entries still in
 * its journal, and those that units of work nested in it (a job's steps) wrote since `mark`.
 */
async function touched(ctx: ServiceContext, mark: number): Promise<{ lines: { orderId: number; lineNo: number }[]; itemIds: number[] }> {
  const { rows } = await sql<{ orderId: string | null; lineNo: number | null; itemId: number | null }>`
    select distinct order_id as "orderId", line_no as "lineNo", item_id as "itemId" from record_log where id > ${mark}`.execute(ctx.db);
  const entries = [...ctx.work.journal, ...rows.map((r) => ({ orderId: r.orderId === null ? null : Number(r.orderId), lineNo: r.lineNo, itemId: r.itemId }))];
  const lines = new Map<string, { orderId: number; lineNo: number }>();
  const itemIds = new Set<number>();
  for (const e of entries) {
    if (e.orderId && e.lineNo) lines.set(`${e.orderId}:${e.lineNo}`, { orderId: e.orderId, lineNo: e.lineNo });
    if (e.itemId) itemIds.add(e.itemId);
  }
  return { lines: [...lines.values()], itemIds: [...itemIds] };
}

const facts = (l: LineState): LineFacts => ({
  allocated: l.allocated,
  backordered: l.backordered,
  expectedShipDate: l.expectedShipDate,
  status: lineStatus(l),
});

function lineDifferences(before: readonly LineState[], after: readonly LineState[]): LineDifference[] {
  const key = (l: LineState) => `${l.orderId}:${l.lineNo}`;
  const was = new Map(before.map((l) => [key(l), l]));
  const is = new Map(after.map((l) => [key(l), l]));
  const differences: LineDifference[] = [];
  for (const k of new Set([...was.keys(), ...is.keys()])) {
    const b = was.get(k);
    const a = is.get(k);
    const from = b ? facts(b) : null;
    const to = a ? facts(a) : null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const line = (a ?? b)!;
    differences.push({ orderId: line.orderId, lineNo: line.lineNo, sku: line.sku, before: from, after: to });
  }
  return differences.sort((x, y) => x.orderId - y.orderId || x.lineNo - y.lineNo);
}

function itemDifferences(before: readonly { sku: string; available: number }[], after: readonly { sku: string; available: number }[]): ItemDifference[] {
  const was = new Map(before.map((i) => [i.sku, i.available]));
  return after
    .filter((i) => was.get(i.sku) !== i.available)
    .map((i) => ({ sku: i.sku, before: { available: was.get(i.sku) ?? 0 }, after: { available: i.available } }));
}
