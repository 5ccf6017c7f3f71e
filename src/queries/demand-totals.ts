import { sql } from 'kysely';
import type { Executor } from '../repositories/executor.js';

export interface DemandTotals {
  readonly linesWaiting: number;
  readonly unitsBackordered: number;
}

/** Lines waiting and units backordered across all items, from the per-item demand counters (no queue walk). */
export async function demandTotals(db: Executor): Promise<DemandTotals> {
  const row = await db
    .selectFrom('item_demand')
    .select([
      sql<number>`coalesce(sum(waiting_lines), 0)::bigint`.as('linesWaiting'),
      sql<number>`coalesce(sum(backordered), 0)::bigint`.as('unitsBackordered'),
    ])
    .executeTakeFirstOrThrow();
  return { linesWaiting: Number(row.linesWaiting), unitsBackordered: Number(row.unitsBackordered) };
}
