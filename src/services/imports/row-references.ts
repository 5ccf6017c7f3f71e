import { sql } from 'kysely';
import type { ImportRowError } from '../../contract/imports.js';
import type { RefusalCode } from '../../domain/refusal.js';
import type { Executor } from '../../repositories/executor.js';
import { findCustomersByCode, findItemsBySku, findLocationsByCode } from '../../repositories/master-data-repository.js';
import type { ImportKind, RefTable } from './import-kinds.js';

/** A row read from the file: its input (as the API's body), its natural key, its order group, its errors. */
export interface CheckedRow {
  readonly row: number;
  readonly input: any;
  readonly key: string | undefined;
  /** Orders: the rows of one order share a group number. */
  readonly group?: number;
  readonly errors: ImportRowError[];
}

const notFound: Readonly<Record<RefTable, { code: RefusalCode; noun: string }>> = {
  item: { code: 'item_not_found', noun: 'item has SKU' },
  location: { code: 'location_not_found', noun: 'location has code' },
  customer: { code: 'customer_not_found', noun: 'customer has code' },
  policy: { code: 'fulfillment_policy_not_found', noun: 'fulfillment policy has code' },
  itemGroup: { code: 'item_group_not_found', noun: 'item group has code' },
};

/**
 * Marks each row that names a code nothing has (an unknown sku, customer, location or policy), or
 * a service item where stock is meant; `filePolicies`: policy codes created earlier in the same file.
 */
export async function checkReferences(db: Executor, kind: ImportKind, rows: readonly CheckedRow[], filePolicies: ReadonlySet<string>) {
  const wanted = rows.filter((r) => r.errors.length === 0).map((r) => ({ row: r, refs: kind.references(r.input) }));
  const codes = (table: RefTable) => [...new Set(wanted.flatMap((w) => w.refs.filter((r) => r.table === table).map((r) => r.code)))];
  const items = new Map((await findItemsBySku(db, codes('item'))).map((i) => [i.sku, i]));
  const known: Record<RefTable, Set<string>> = {
    item: new Set(items.keys()),
    location: new Set((await findLocationsByCode(db, codes('location'))).map((l) => l.code)),
    customer: new Set((await findCustomersByCode(db, codes('customer'))).map((c) => c.code)),
    policy: new Set([...(await policyCodes(db, codes('policy'))), ...filePolicies]),
    itemGroup: new Set(await itemGroupCodes(db, codes('itemGroup'))),
  };
  for (const { row, refs } of wanted) {
    for (const ref of refs) {
      if (!known[ref.table].has(ref.code)) {
        const { code, noun } = notFound[ref.table];
        row.errors.push({ row: row.row, column: ref.column, code, message: `No ${noun} "${ref.code}".` });
      } else if (ref.table === 'item' && kind.stocked && items.get(ref.code)!.service) {
        row.errors.push({ row: row.row, column: ref.column, code: 'service_item_has_no_stock', message: `Item "${ref.code}" is a service and holds no stock.` });
      }
    }
    // A policy may name one created by an earlier row (its cross-dock policy).
    if (kind.name === 'policies' && row.errors.length === 0) known.policy.add(row.key!);
  }
}

async function policyCodes(db: Executor, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  return (await db.selectFrom('fulfillment_policies').select('code').where('code', 'in', codes).execute()).map((p) => p.code);
}

async function itemGroupCodes(db: Executor, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  return (await db.selectFrom('item_groups').select('code').where('code', 'in', codes).execute()).map((g) => g.code);
}

/** The keys of the rows Allot already has as the file has them: re-importing them writes nothing. */
export async function unchangedKeys(db: Executor, kind: ImportKind, inputs: readonly any[]): Promise<Set<string>> {
  if (inputs.length === 0) return new Set();
  const codes = inputs.map((i) => kind.key(i));
  switch (kind.name) {
    case 'items':
      return new Set((await db.selectFrom('items').select('sku').where('sku', 'in', codes).execute()).map((r) => r.sku));
    case 'locations':
    case 'customers':
      return new Set((await db.selectFrom(kind.name).select('code').where('code', 'in', codes).execute()).map((r) => r.code));
    case 'policies':
      return new Set(await policyCodes(db, codes));
    case 'opening-stock': {
      const { rows } = await sql<{ sku: string; location: string; onHand: number }>`
        select i.sku, l.code as location, s.on_hand as "onHand"
        from stock_levels s join items i on i.id = s.item_id join locations l on l.id = s.location_id
        where i.sku = any(${unique(inputs.map((i) => i.sku))}::text[]) and l.code = any(${unique(inputs.map((i) => i.location))}::text[])`.execute(db);
      const onHand = new Map(rows.map((r) => [`${r.sku}\u0000${r.location}`, r.onHand]));
      return new Set(inputs.filter((i) => (onHand.get(kind.key(i)) ?? 0) === i.onHand).map((i) => kind.key(i)));
    }
    case 'supply-schedule': {
      const { rows } = await sql<{ sku: string; location: string; date: string; quantity: number }>`
        select i.sku, l.code as location, to_char(s.date, 'YYYY-MM-DD') as date, s.quantity
        from supply_schedule s join items i on i.id = s.item_id join locations l on l.id = s.location_id
        where i.sku = any(${unique(inputs.map((i) => i.sku))}::text[]) and s.date = any(${unique(inputs.map((i) => i.date))}::date[])`.execute(db);
      const quantity = new Map(rows.map((r) => [`${r.sku}\u0000${r.location}\u0000${r.date}`, r.quantity]));
      return new Set(inputs.filter((i) => (quantity.get(kind.key(i)) ?? 0) === i.quantity).map((i) => kind.key(i)));
    }
    case 'orders': {
      const { rows } = await sql<{ customer: string; reference: string }>`
        select c.code as customer, o.reference
        from orders o join customers c on c.id = o.customer_id
        where o.reference = any(${unique(codes)}::text[])`.execute(db);
      const entered = new Set(rows.map((r) => `${r.customer}\u0000${r.reference}`));
      return new Set(inputs.filter((i) => entered.has(`${i.customer}\u0000${i.reference}`)).map((i) => kind.key(i)));
    }
  }
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
