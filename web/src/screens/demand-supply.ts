import type { Schema } from '../api/client.js';

type Stock = Schema<'StockView'>;
type WaitingLine = Schema<'Backorder'>;

/** One date of the item's timeline: stock free for the queue by then, and what the queue waits for. */
export interface TimelinePoint {
  readonly date: string;
  readonly projectedAvailable: number;
  readonly queueDemand: number;
  /** The waiting lines (in queue order) that what is free by then covers in full. */
  readonly linesCovered: number;
  /** What arrives on this date (purchase orders, transfers, schedule entries). */
  readonly arriving: readonly string[];
}

/**
 * Projected available stock by date (free stock now plus every expected supply by that date)
 * against the queue's demand; walking the queue in order tells which lines each date covers.
 */
export function demandAndSupply(stock: Stock, queue: readonly WaitingLine[], today: string): TimelinePoint[] {
  const demand = queue.reduce((sum, line) => sum + line.backordered, 0);
  const needBy: number[] = [];
  let running = 0;
  for (const line of queue) needBy.push((running += line.backordered));
  const covered = (free: number) => needBy.filter((need) => need <= free).length;
  const dates = new Map<string, string[]>();
  for (const supply of stock.inbound) {
    const date = supply.date < today ? today : supply.date;
    dates.set(date, [...(dates.get(date) ?? []), `${supply.quantity} ${supply.source.replace(/_/g, ' ')}${supply.reference ? ` ${supply.reference}` : ''} at ${supply.location}`]);
  }
  let free = Math.max(0, stock.available);
  const points: TimelinePoint[] = [{ date: today, projectedAvailable: free, queueDemand: demand, linesCovered: covered(free), arriving: [] }];
  for (const supply of [...stock.inbound].sort((a, b) => a.date.localeCompare(b.date))) {
    free += supply.quantity;
    const date = supply.date < today ? today : supply.date;
    const last = points.at(-1)!;
    const point = { date, projectedAvailable: free, queueDemand: demand, linesCovered: covered(free), arriving: dates.get(date) ?? [] };
    if (last.date === date) points[points.length - 1] = point;
    else points.push(point);
  }
  return points;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
