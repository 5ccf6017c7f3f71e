import { sql } from 'kysely';
import { actorName, type ActorLike } from '../domain/access/actor.js';
import type { QueueRank } from '../domain/allocation/queue-rank.js';
import type { MovementKind } from '../domain/allocation/stock-movement.js';
import type { Executor } from './executor.js';
import { worstHolderQuery } from './queue-repository.js';

export interface StockLevel {
  readonly locationId: number;
  readonly location: string;
  readonly onHand: number;
  readonly allocated: number;
}

export interface LedgerEntry {
  readonly itemId: number;
  readonly locationId: number;
  readonly kind: MovementKind;
  readonly onHandDelta: number;
  readonly allocatedDelta: number;
  readonly lineId: number | null;
  readonly reference: string | null;
  readonly reason: string | null;
}

/**
 * Serialises every allocation decision for these items (rows locked in id order, so two
 * transactions never wait on each other in a cycle). `no key update` leaves foreign-key checks
 * of inserted order lines unblocked.
 */
export async function lockItems(db: Executor, itemIds: readonly number[]): Promise<void> {
  if (itemIds.length === 0) return;
  await sql`select id from items where id = any(${[...itemIds]}::int[]) order by id for no key update`.execute(db);
}

/** Stock per location of several items, best location first within each item. */
export async function stockLevelsOf(db: Executor, itemIds: readonly number[]): Promise<Map<number, StockLevel[]>> {
  const rows = await db
    .selectFrom('stock_levels as s')
    .innerJoin('locations as l', 'l.id', 's.location_id')
    .select(['s.item_id as itemId', 's.location_id as locationId', 'l.code as location', 's.on_hand as onHand', 's.allocated as allocated'])
    .where('s.item_id', 'in', itemIds.length ? [...itemIds] : [0])
    .orderBy('s.item_id')
    .orderBy('l.priority', 'desc')
    .orderBy('l.code')
    .execute();
  const levels = new Map<number, StockLevel[]>();
  for (const { itemId, ...level } of rows) levels.set(itemId, [...(levels.get(itemId) ?? []), level]);
  return levels;
}

/**
 * Stock per location, best location first, the rank of the worst line holding unreleased stock
 * (none: null) and the units the item's lines wait for, in one read: what placing lines needs
 * before it decides.
 */
export async function stockAndWorstHolder(db: Executor, itemId: number): Promise<ItemStanding> {
  return (await stockAndWorstHolders(db, [itemId])).get(itemId)!;
}

/** What placing lines reads of one item: its stock, its worst holder, its waiting units. */
export interface ItemStanding {
  readonly levels: StockLevel[];
  readonly worst: QueueRank | null;
  readonly backordered: number;
}

/** The standing of many items in one read (order entry places lines of hundreds of items at once). */
export async function stockAndWorstHolders(db: Executor, itemIds: readonly number[]): Promise<Map<number, ItemStanding>> {
  if (itemIds.length === 0) return new Map();
  const { rows } = await sql<{ itemId: number; levels: StockLevel[] | null; worst: QueueRank | null; backordered: number | null }>`
    select
      i.id as "itemId",
      (select json_agg(json_build_object('locationId', s.location_id, 'location', l.code, 'onHand', s.on_hand, 'allocated', s.allocated)
                       order by l.priority desc, l.code)
       from stock_levels s join locations l on l.id = s.location_id where s.item_id = i.id) as levels,
      (select row_to_json(w) from (${worstHolderQuery(sql`i.id`)}) w) as worst,
      (select backordered from item_demand where item_id = i.id) as backordered
    from unnest(${[...itemIds]}::int[]) as i(id)`.execute(db);
  return new Map(rows.map((r) => [r.itemId, { levels: r.levels ?? [], worst: r.worst, backordered: Number(r.backordered ?? 0) }]));
}

/** Stock per location, best location first (higher priority, then code). */
export async function stockLevels(db: Executor, itemId: number): Promise<StockLevel[]> {
  const rows = await db
    .selectFrom('stock_levels as s')
    .innerJoin('locations as l', 'l.id', 's.location_id')
    .select(['s.location_id as locationId', 'l.code as location', 's.on_hand as onHand', 's.allocated as allocated'])
    .where('s.item_id', '=', itemId)
    .orderBy('l.priority', 'desc')
    .orderBy('l.code')
    .execute();
  return rows;
}

export async function addOnHand(db: Executor, itemId: number, locationId: number, delta: number): Promise<void> {
  if (delta < 0) {
    // An upsert would check the negative candidate row before finding the conflict.
    await db
      .updateTable('stock_levels')
      .set({ on_hand: sql`on_hand + ${delta}` })
      .where('item_id', '=', itemId)
      .where('location_id', '=', locationId)
      .execute();
    return;
  }
  await db
    .insertInto('stock_levels')
    .values({ item_id: itemId, location_id: locationId, on_hand: delta, allocated: 0 })
    .onConflict((oc) =>
      oc.columns(['item_id', 'location_id']).doUpdateSet({ on_hand: sql`stock_levels.on_hand + ${delta}` }),
    )
    .execute();
}

export interface CounterDelta {
  readonly itemId: number;
  readonly locationId: number;
  readonly delta: number;
}

/** Moves allocated counters of any number of (item, location) pairs in one statement. */
export async function addAllocated(db: Executor, deltas: readonly CounterDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  await sql`
    update stock_levels s set allocated = s.allocated + d.delta
    from unnest(${deltas.map((d) => d.itemId)}::int[], ${deltas.map((d) => d.locationId)}::int[],
                ${deltas.map((d) => d.delta)}::bigint[]) as d(item_id, location_id, delta)
    where s.item_id = d.item_id and s.location_id = d.location_id`.execute(db);
}

export async function appendLedger(db: Executor, entries: readonly LedgerEntry[], actor: ActorLike, at: Date): Promise<void> {
  if (entries.length === 0) return;
  await sql`
    insert into stock_ledger (item_id, location_id, kind, on_hand_delta, allocated_delta, line_id, reference, reason, actor, at)
    select e.item_id, e.location_id, e.kind, e.on_hand_delta, e.allocated_delta, e.line_id, e.reference, e.reason, ${actorName(actor)}, ${at}
    from unnest(
      ${entries.map((e) => e.itemId)}::int[], ${entries.map((e) => e.locationId)}::int[],
      ${entries.map((e) => e.kind)}::text[], ${entries.map((e) => e.onHandDelta)}::bigint[],
      ${entries.map((e) => e.allocatedDelta)}::bigint[], ${entries.map((e) => e.lineId)}::bigint[],
      ${entries.map((e) => e.reference)}::text[], ${entries.map((e) => e.reason)}::text[]
    ) as e(item_id, location_id, kind, on_hand_delta, allocated_delta, line_id, reference, reason)`.execute(db);
}

export interface ItemDemand {
  readonly backordered: number;
  readonly waitingLines: number;
}

/** An item's demand, from the counters the order-line triggers keep (no walk of the queue). */
export async function itemDemand(db: Executor, itemId: number): Promise<ItemDemand> {
  const row = await db
    .selectFrom('item_demand')
    .select(['backordered', 'waiting_lines as waitingLines'])
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return { backordered: Number(row?.backordered ?? 0), waitingLines: Number(row?.waitingLines ?? 0) };
}
