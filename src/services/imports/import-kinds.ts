import type { TSchema } from '@sinclair/typebox';
import { OpeningStockInput } from '../../contract/imports.js';
import type { Permission } from '../../domain/access/roles.js';

/**
 * What each CSV import reads: its columns (the header names), how a cell becomes a value of the
 * API's input (`path`: where it goes in the JSON body the API would take), the schema that body is
 * checked with, the natural key a row is known by, and the codes it names.
 */
export const importKinds = ['items', 'locations', 'customers', 'policies', 'opening-stock', 'supply-schedule', 'orders'] as const;
export type ImportKindName = (typeof importKinds)[number];

export type CellType = 'text' | 'integer' | 'number' | 'boolean';

export interface Column {
  readonly name: string;
  readonly type: CellType;
  readonly required?: boolean;
  /** Where the value goes in the input, as a JSON pointer (`/preorder/launchDate`). */
  readonly path: string;
}

export type RefTable = 'item' | 'location' | 'customer' | 'policy' | 'itemGroup';

/** A code a row names, which must exist (or, for policies, be created earlier in the same file). */
export interface Reference {
  readonly table: RefTable;
  readonly code: string;
  readonly column: string;
}

export interface ImportKind {
  readonly name: ImportKindName;
  readonly permission: Permission;
  readonly columns: readonly Column[];
  /** The contract schema a row's input is checked with: its `$id`, or the schema when it has none. */
  readonly schema: string | TSchema;
  /** The row's natural key: one row per key in a file (orders: the order's reference, its lines together). */
  key(input: any): string;
  references(input: any): Reference[];
  /** Stock rows: the item must hold stock (not a service). */
  readonly stocked?: boolean;
}

const col = (name: string, type: CellType, path: string = `/${name}`, required = false): Column => ({ name, type, path, required });
const req = (name: string, type: CellType = 'text', path: string = `/${name}`): Column => col(name, type, path, true);
const opt = (table: RefTable, code: string | undefined, column: string): Reference[] => (code === undefined ? [] : [{ table, code, column }]);

const items: ImportKind = {
  name: 'items',
  permission: 'catalog.write',
  schema: 'ItemInput',
  columns: [
    req('sku'),
    req('name'),
    col('unitPrice', 'number'),
    col('service', 'boolean'),
    col('preorderLaunchDate', 'text', '/preorder/launchDate'),
    col('preorderCap', 'integer', '/preorder/cap'),
    col('supplier', 'text', '/replenishment/supplier'),
    col('leadTimeDays', 'integer', '/replenishment/leadTimeDays'),
    col('minLevel', 'integer', '/replenishment/minLevel'),
    col('reorderQuantity', 'integer', '/replenishment/reorderQuantity'),
    col('replenishmentLocation', 'text', '/replenishment/location'),
    col('allocationRule', 'text', '/rationing/rule'),
    col('customerCapUnits', 'integer', '/rationing/customerCap/units'),
    col('customerCapPercent', 'integer', '/rationing/customerCap/percentOfReceipts'),
    col('customerCapPeriodDays', 'integer', '/rationing/customerCap/periodDays'),
    col('group', 'text'),
  ],
  key: (i) => i.sku,
  references: (i) => [...opt('location', i.replenishment?.location, 'replenishmentLocation'), ...opt('itemGroup', i.group, 'group')],
};

const locations: ImportKind = {
  name: 'locations',
  permission: 'catalog.write',
  schema: 'LocationInput',
  columns: [req('code'), req('name'), col('priority', 'integer')],
  key: (i) => i.code,
  references: () => [],
};

const customers: ImportKind = {
  name: 'customers',
  permission: 'catalog.write',
  schema: 'CustomerInput',
  columns: [req('code'), req('name'), col('priority', 'integer'), col('shipType', 'text'), col('fulfillmentPolicy', 'text'), col('email', 'text')],
  key: (i) => i.code,
  references: (i) => opt('policy', i.fulfillmentPolicy, 'fulfillmentPolicy'),
};

const policies: ImportKind = {
  name: 'policies',
  permission: 'catalog.write',
  schema: 'FulfillmentPolicyInput',
  columns: [
    req('code'),
    req('backorderStrategy'),
    col('preventPartialDelivery', 'boolean'),
    col('rateValueType', 'text', '/fulfillmentRate/valueType'),
    col('rateMinPercent', 'number', '/fulfillmentRate/minPercent'),
    col('violation', 'text'),
    col('cancelAfterDays', 'integer'),
    col('crossDockPolicy', 'text'),
    col('crossDockWindowDays', 'integer'),
  ],
  key: (i) => i.code,
  references: (i) => opt('policy', i.crossDockPolicy, 'crossDockPolicy'),
};

const openingStock: ImportKind = {
  name: 'opening-stock',
  permission: 'stock.write',
  schema: OpeningStockInput,
  columns: [req('sku'), req('location'), req('onHand', 'integer')],
  key: (i) => `${i.sku}\u0000${i.location}`,
  references: (i) => [...opt('item', i.sku, 'sku'), ...opt('location', i.location, 'location')],
  stocked: true,
};

const supplySchedule: ImportKind = {
  name: 'supply-schedule',
  permission: 'supply.write',
  schema: 'ScheduleEntryInput',
  columns: [req('sku'), req('location'), req('date'), req('quantity', 'integer')],
  key: (i) => `${i.sku}\u0000${i.location}\u0000${i.date}`,
  references: (i) => [...opt('item', i.sku, 'sku'), ...opt('location', i.location, 'location')],
  stocked: true,
};

/** One row per order line; the order's own columns repeat on each of its lines, which follow one another. */
const orders: ImportKind = {
  name: 'orders',
  permission: 'orders.write',
  schema: 'OrderInput',
  columns: [
    req('reference'),
    req('customer'),
    req('sku', 'text', '/lines/0/sku'),
    req('quantity', 'integer', '/lines/0/quantity'),
    col('unitPrice', 'number', '/lines/0/unitPrice'),
    col('preventPartialDelivery', 'boolean', '/lines/0/preventPartialDelivery'),
    col('priority', 'integer'),
    col('shipType', 'text'),
    col('fulfillmentPolicy', 'text'),
    col('backorderStrategy', 'text'),
    col('requestedShipDate', 'text'),
    col('location', 'text'),
  ],
  key: (i) => i.reference,
  references: (i) => [
    ...opt('customer', i.customer, 'customer'),
    ...opt('item', i.lines?.[0]?.sku, 'sku'),
    ...opt('policy', i.fulfillmentPolicy, 'fulfillmentPolicy'),
    ...opt('location', i.location, 'location'),
  ],
};

export const kindsByName: Readonly<Record<ImportKindName, ImportKind>> = {
  items,
  locations,
  customers,
  policies,
  'opening-stock': openingStock,
  'supply-schedule': supplySchedule,
  orders,
};

/** A cell as the API would get it: empty is absent; numbers and booleans when they read as such, else the text (which the schema then refuses). */
export function cellValue(raw: string, type: CellType): unknown {
  if (raw === '') return undefined;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
  return raw;
}

/** The input a row stands for: each non-empty cell set at its column's path. */
export function inputOf(kind: ImportKind, cells: Readonly<Record<string, string>>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const column of kind.columns) {
    const value = cellValue(cells[column.name] ?? '', column.type);
    if (value !== undefined) setAt(input, column.path, value);
  }
  if (kind.name === 'orders' && input.lines === undefined) input.lines = [{}];
  return input;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('/').slice(1);
  let node: any = target;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) node[part] = value;
    else node = node[part] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {};
  });
}

/** The column an input path (of a schema error) came from: the column whose path it is or lies under. */
export function columnAt(kind: ImportKind, path: string): string {
  const found = kind.columns.filter((c) => path === c.path || path.startsWith(`${c.path}/`));
  return found.sort((a, b) => b.path.length - a.path.length)[0]?.name ?? '';
}
