import { decodeCursor, encodeCursor, type CursorKey } from './paging.js';
import { sql, type RawBuilder } from 'kysely';
import type { BackorderSort } from '../contract/orders.js';

/**
 * The orders the backorder list can be read in, each a total order (its last keys are unique per
 * line) so keyset paging stays exact: `queue` (priority, then entry: the allocation order), `age`
 * (longest wait first), `priority` (highest first), `sku` and `customer` (A to Z, then queue
 * order). A leading `-` reverses one.
 */
type BackorderSortName = Exclude<BackorderSort, `-${string}`>;

type Kind = 'integer' | 'string' | 'moment';
interface Key {
  /** The column as the outer select names it. */
  readonly column: RawBuilder<unknown>;
  readonly descending: boolean;
  readonly kind: Kind;
  /** The row's field holding it. */
  readonly field: keyof SortedRow;
}

/** What a row of the list holds for its sort keys. */
export interface SortedRow {
  readonly priority: number;
  readonly entrySeq: number;
  readonly orderId: number;
  readonly lineNo: number;
  readonly enteredAt: Date;
  readonly sku: string;
  readonly customer: string;
}

const key = (column: string, field: keyof SortedRow, kind: Kind, descending = false): Key => ({ column: sql.ref(column), field, kind, descending });
const queue = [key('q.priority', 'priority', 'integer', true), key('q.entry_seq', 'entrySeq', 'integer'), key('q.line_no', 'lineNo', 'integer')];
const line = [key('q.order_id', 'orderId', 'integer'), key('q.line_no', 'lineNo', 'integer')];
const entered = key('o.entered_at', 'enteredAt', 'moment');

const keysBySort: Readonly<Record<BackorderSortName, readonly Key[]>> = {
  queue,
  age: [entered, ...line],
  priority: [key('o.priority', 'priority', 'integer', true), entered, ...line],
  sku: [key('i.sku', 'sku', 'string'), ...queue, key('q.order_id', 'orderId', 'integer')],
  customer: [key('c.code', 'customer', 'string'), entered, ...line],
};

export type CursorValue = number | string;

/**
 * The queue on the order's copies of priority and entry (a line's are its order's, set together:
 * `setOrderPriority`): the same order of lines, which one customer's orders give by their index.
 */
const queueByOrder = [key('o.priority', 'priority', 'integer', true), key('o.entry_seq', 'entrySeq', 'integer'), key('q.line_no', 'lineNo', 'integer')];

/** The keys of a sort, reversed for `-name`; `oneCustomer` reads the queue from the orders (one customer's lines, no item given). */
export function sortKeys(sort: BackorderSort, oneCustomer = false): readonly Key[] {
  const reversed = sort.startsWith('-');
  const name = (reversed ? sort.slice(1) : sort) as BackorderSortName;
  const keys = name === 'queue' && oneCustomer ? queueByOrder : keysBySort[name];
  return reversed ? keys.map((k) => ({ ...k, descending: !k.descending })) : keys;
}

export function orderBy(keys: readonly Key[]): RawBuilder<unknown> {
  return sql.join(keys.map((k) => (k.descending ? sql`${k.column} desc` : sql`${k.column}`)));
}

/** The same order on the fields of a selected row (`alias."entrySeq"`), for a query around the page. */
export function orderByFields(keys: readonly Key[], alias: string): RawBuilder<unknown> {
  return sql.join(keys.map((k) => (k.descending ? sql`${sql.ref(`${alias}.${k.field}`)} desc` : sql`${sql.ref(`${alias}.${k.field}`)}`)));
}

/** The group a sort reads first (`sku`, `customer`, either way round), if any, unless the list is filtered on the other. */
export function groupOf(sort: BackorderSort, filtered: { readonly sku: boolean; readonly customer: boolean }): 'sku' | 'customer' | undefined {
  const name = sort.startsWith('-') ? sort.slice(1) : sort;
  if (name === 'sku' && !filtered.customer) return 'sku';
  if (name === 'customer' && !filtered.sku) return 'customer';
  return undefined;
}

/** The first key on its column (the group's, `i.sku` or `c.code`), the rest on the fields of `alias`. */
export function orderByGroupFirst(keys: readonly Key[], alias: string): RawBuilder<unknown> {
  const [first, ...rest] = keys;
  return sql.join([first!.descending ? sql`${first!.column} desc` : first!.column, orderByFields(rest, alias)]);
}

/** Rows strictly after `after` in the keys' order: `a > x or (a = x and (b > y or …))`, each way round as its key runs. */
export function after(keys: readonly Key[], values: readonly CursorValue[]): RawBuilder<unknown> {
  const [first, ...rest] = keys;
  const [value, ...others] = values;
  const typed = first!.kind === 'moment' ? sql`${value}::timestamptz` : sql`${value}`;
  const beyond = first!.descending ? sql`${first!.column} < ${typed}` : sql`${first!.column} > ${typed}`;
  if (rest.length === 0) return beyond;
  return sql`(${beyond} or (${first!.column} = ${typed} and ${after(rest, others)}))`;
}

/**
 * The cursor after a row, sealed as every list's (src/queries/paging.ts) and naming its sort, so a
 * cursor edited by hand or taken from another sort is refused (`validation_failed`, as this list
 * always answered).
 */
export function encodeSortCursor(sort: BackorderSort, row: SortedRow): string {
  return encodeCursor(listOf(sort), sortKeys(sort).map((k) => (k.kind === 'moment' ? row.enteredAt.toISOString() : (row[k.field] as CursorValue))));
}

export function decodeSortCursor(sort: BackorderSort, raw: string): CursorValue[] {
  const keys = sortKeys(sort);
  const shape = (key: CursorKey): key is CursorValue[] => key.length === keys.length && key.every((v, i) => fits(keys[i]!.kind, v));
  return decodeCursor(listOf(sort), raw, shape, 'validation_failed');
}

const listOf = (sort: BackorderSort) => (sort === 'queue' ? 'backorders' : `backorders sorted by ${sort}`);

function fits(kind: Kind, value: unknown): boolean {
  if (kind === 'integer') return Number.isSafeInteger(value) && Math.abs(value as number) < 1e15;
  if (kind === 'moment') return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(value) && !Number.isNaN(Date.parse(value));
  return typeof value === 'string' && value.length <= 200;
}
