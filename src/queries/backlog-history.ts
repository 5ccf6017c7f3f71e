import { sql } from 'kysely';
import { businessDay, type ReadContext } from '../app/context.js';
import type { BacklogHistoryQuery } from '../contract/backlog.js';
import { addDays, daysBetween } from '../domain/business-date.js';
import { refuse } from '../domain/refusal.js';

export interface BacklogDay {
  readonly date: string;
  readonly units: number;
  readonly lines: number;
}

const longestRange = 366;
const defaultDays = 30;

/**
 * The backlog (units on backorder, and lines with any) at the end of each day, replayed from the
 * record log in one aggregate query. A line's backorder is ordered − allocated − shipped −
 * cancelled, so its entries change it by:
 * - `backordered` (at entry, a split's remainder), `deallocated`, `short_picked`: + quantity;
 * - `allocated`: − quantity, once the line has had a backorder (what entry allocates never was one);
 * - `cancelled`: − quantity (cancelled allocation is first deallocated, so it nets to nothing);
 * - `quantity_changed`: the new quantity less the old one (its reason says "old → new").
 * Shipping moves allocated units to shipped and leaves the backorder as it was. Lines closed to
 * the queue count until their remainder is cancelled.
 */
export async function backlogHistory(ctx: ReadContext, query: BacklogHistoryQuery): Promise<{ from: string; to: string; days: BacklogDay[] }> {
  const to = query.to ?? businessDay(ctx);
  const from = query.from ?? addDays(to, 1 - defaultDays);
  const span = daysBetween(from, to) + 1;
  if (span < 1) refuse('validation_failed', `The history runs forward: from (${from}) must not be after to (${to}).`, { field: 'querystring/from', from, to });
  if (span > longestRange) refuse('validation_failed', `The history covers at most ${longestRange} days; ${from} to ${to} is ${span}.`, { field: 'querystring/from', from, to });
  const end = new Date(`${addDays(to, 1)}T00:00:00Z`);

  const { rows } = await sql<{ date: string; units: string | number; lines: string | number }>`
    with moves as (
      select order_id, line_no, id, action, quantity, reason, at,
             min(id) filter (where action in ('backordered', 'deallocated', 'short_picked')) over (partition by order_id, line_no) as first_raise
      from record_log
      where entity = 'line' and order_id is not null and line_no is not null and at < ${end}
        and action in ('backordered', 'deallocated', 'short_picked', 'allocated', 'cancelled', 'quantity_changed')
    ),
    deltas as (
      select order_id, line_no, greatest((at at time zone 'UTC')::date, ${from}::date) as day,
             sum(case action
                   when 'allocated' then case when id > first_raise then -quantity else 0 end
                   when 'cancelled' then -quantity
                   when 'quantity_changed' then case when reason ~ '^[0-9]+ ' then quantity - split_part(reason, ' ', 1)::int else 0 end
                   else quantity
                 end) as units
      from moves
      group by order_id, line_no, 3
    ),
    levels as (
      select order_id, line_no, day, units, sum(units) over (partition by order_id, line_no order by day) as level
      from deltas
    ),
    crossings as (
      select day, units,
             (level > 0)::int - (coalesce(lag(level) over (partition by order_id, line_no order by day), 0) > 0)::int as lines
      from levels
    ),
    changes as (
      select day, sum(units) as units, sum(lines) as lines from crossings group by day
    )
    select to_char(g.day, 'YYYY-MM-DD') as date,
           sum(coalesce(c.units, 0)) over (order by g.day) as units,
           sum(coalesce(c.lines, 0)) over (order by g.day) as lines
    from (select d::date as day from generate_series(${from}::date, ${to}::date, interval '1 day') as s(d)) g
    left join changes c on c.day = g.day
    order by g.day`.execute(ctx.db);
  return { from, to, days: rows.map((r) => ({ date: r.date, units: Number(r.units), lines: Number(r.lines) })) };
}
