import { sql } from 'kysely';
import type { Executor } from './executor.js';

export type BackorderProcess = 'primary' | 'secondary';

export async function addPendingFill(db: Executor, itemId: number, process: BackorderProcess, quantity: number): Promise<void> {
  await sql`
    insert into pending_fills (item_id, process, quantity) values (${itemId}, ${process}, ${quantity})
    on conflict (item_id, process) do update set quantity = pending_fills.quantity + excluded.quantity`.execute(db);
}

export async function pendingItems(db: Executor, process: BackorderProcess, afterItemId: number, limit: number): Promise<number[]> {
  const { rows } = await sql<{ itemId: number }>`
    select item_id as "itemId" from pending_fills
    where process = ${process} and item_id > ${afterItemId}
    order by item_id limit ${limit}`.execute(db);
  return rows.map((r) => r.itemId);
}

/** Removes and returns the units pending for these items (call under the items' locks). */
export async function takePendingFills(db: Executor, itemIds: readonly number[], process: BackorderProcess): Promise<Map<number, number>> {
  const { rows } = await sql<{ itemId: number; quantity: number }>`
    delete from pending_fills where item_id = any(${[...itemIds]}::int[]) and process = ${process}
    returning item_id as "itemId", quantity`.execute(db);
  return new Map(rows.map((r) => [r.itemId, Number(r.quantity)]));
}

/**
 * Units pending for the processes are claims on the item's free stock; when free stock falls
 * below them (order entry took it, stock left the shelf), what the receipts brought goes first:
 * the secondary process keeps at most `free`, the primary at most what is left. Call under the
 * item's lock.
 */
export async function keepPendingWithin(db: Executor, itemId: number, free: number): Promise<void> {
  await sql`
    with pending as (
      select coalesce(sum(quantity) filter (where process = 'secondary'), 0) as secondary from pending_fills where item_id = ${itemId}
    )
    update pending_fills p
    set quantity = case when p.process = 'secondary' then least(p.quantity, ${free}::bigint)
                        else least(p.quantity, greatest(0, ${free}::bigint - least(pending.secondary, ${free}::bigint))) end
    from pending
    where p.item_id = ${itemId}
      and p.quantity > case when p.process = 'secondary' then ${free}::bigint
                            else greatest(0, ${free}::bigint - least(pending.secondary, ${free}::bigint)) end`.execute(db);
}
