import { sql } from 'kysely';
import { businessDay, type ReadContext } from '../app/context.js';
import { addDays } from '../domain/business-date.js';
import { cancelOnSql, nearCancellationDays } from './backorder-list.js';

/**
 * What needs attention today (the overview beside the backlog summary): the waiting lines the
 * cancellation SLA takes within `nearCancellationDays` (or already would), the backorders filled
 * today (allocations, after the line had a backorder, in the record log), and the waiting
 * preorders per item by launch date.
 */
export async function backlogToday(ctx: ReadContext, cancelAfterDays: number | null) {
  const today = businessDay(ctx);
  const dayStart = new Date(`${today}T00:00:00Z`);
  const dayEnd = new Date(`${addDays(today, 1)}T00:00:00Z`);
  const near = await sql<{ lines: string; units: string }>`
    select count(*) as lines, coalesce(sum(l.backordered), 0) as units
    from order_lines l
    join orders o on o.id = l.order_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    where l.backordered > 0 and l.may_wait
      and ${cancelOnSql(cancelAfterDays)} <= ${addDays(today, nearCancellationDays)}::date`.execute(ctx.db);
  const fills = await sql<{ lines: string; units: string }>`
    select count(distinct (a.order_id, a.line_no)) as lines, coalesce(sum(a.quantity), 0) as units
    from record_log a
    where a.entity = 'line' and a.action = 'allocated' and a.at >= ${dayStart} and a.at < ${dayEnd}
      and exists (select 1 from record_log r
                  where r.order_id = a.order_id and r.line_no = a.line_no and r.id < a.id
                    and r.action in ('backordered', 'deallocated', 'short_picked'))`.execute(ctx.db);
  const preorders = await sql<{ sku: string; launchDate: string; lines: string; units: string }>`
    select i.sku, to_char(i.preorder_launch_date, 'YYYY-MM-DD') as "launchDate", count(*) as lines, sum(l.backordered) as units
    from order_lines l
    join items i on i.id = l.item_id
    where l.backordered > 0 and l.may_wait and l.preorder and i.preorder_launch_date is not null
    group by i.sku, i.preorder_launch_date
    order by i.preorder_launch_date, i.sku`.execute(ctx.db);
  const counts = (row: { lines: string; units: string } | undefined) => ({ lines: Number(row?.lines ?? 0), units: Number(row?.units ?? 0) });
  return {
    businessDate: today,
    nearCancellation: { withinDays: nearCancellationDays, ...counts(near.rows[0]) },
    fillsToday: counts(fills.rows[0]),
    preordersByLaunch: preorders.rows.map((r) => ({ sku: r.sku, launchDate: r.launchDate, ...counts(r) })),
  };
}
