import { sql } from 'kysely';
import type { ReadContext } from '../app/context.js';
import { dateOf } from '../domain/business-date.js';

export interface BacklogSummary {
  readonly businessDate: string;
  readonly waitingLines: number;
  readonly unitsBackordered: number;
  readonly valueBackordered: number;
  readonly preorderLines: number;
  readonly oldestEnteredAt: string | null;
  readonly oldestWaitDays: number | null;
  readonly pastPromiseDate: number;
  readonly pastRequestedDate: number;
}

const DAY_MS = 86_400_000;

/**
 * The backlog at a glance (the workbench's overview): waiting lines and units (with their value at
 * the lines' prices), the oldest wait, and the lines whose promise date (expected ship date) or
 * whose order's requested ship date is already behind the business day. One pass over the
 * waiting lines' index.
 */
export async function backlogSummary(ctx: ReadContext): Promise<BacklogSummary> {
  const now = ctx.clock.now();
  const today = dateOf(now);
  const { rows } = await sql<{
    waitingLines: string;
    unitsBackordered: string;
    valueBackordered: string;
    preorderLines: string;
    oldestEnteredAt: Date | null;
    pastPromiseDate: string;
    pastRequestedDate: string;
  }>`
    select count(*) as "waitingLines",
           coalesce(sum(l.backordered), 0) as "unitsBackordered",
           coalesce(sum(l.backordered * l.unit_price), 0) as "valueBackordered",
           count(*) filter (where l.preorder) as "preorderLines",
           min(o.entered_at) as "oldestEnteredAt",
           count(*) filter (where l.expected_ship_date < ${today}) as "pastPromiseDate",
           count(*) filter (where o.requested_ship_date < ${today}) as "pastRequestedDate"
    from order_lines l
    join orders o on o.id = l.order_id
    where l.backordered > 0 and l.may_wait`.execute(ctx.db);
  const row = rows[0]!;
  const oldest = row.oldestEnteredAt === null ? null : new Date(row.oldestEnteredAt);
  return {
    businessDate: today,
    waitingLines: Number(row.waitingLines),
    unitsBackordered: Number(row.unitsBackordered),
    valueBackordered: Math.round(Number(row.valueBackordered) * 100) / 100,
    preorderLines: Number(row.preorderLines),
    oldestEnteredAt: oldest?.toISOString() ?? null,
    oldestWaitDays: oldest === null ? null : Math.floor((now.getTime() - oldest.getTime()) / DAY_MS),
    pastPromiseDate: Number(row.pastPromiseDate),
    pastRequestedDate: Number(row.pastRequestedDate),
  };
}
