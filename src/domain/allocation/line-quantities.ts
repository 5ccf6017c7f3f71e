/**
 * The quantities of an order line. Demand (backordered) = ordered − allocated − shipped − cancelled
 * (Glossary); `released` is the part of `allocated` already sent to the warehouse.
 */
export interface LineQuantities {
  readonly quantity: number;
  readonly allocated: number;
  readonly released: number;
  readonly shipped: number;
  readonly cancelled: number;
}

/** The one definition of demand: `order_lines.backordered` is a generated column with the same formula (migration 0001). */
export function backordered(line: LineQuantities): number {
  return line.quantity - line.allocated - line.shipped - line.cancelled;
}

/** What a cancellation may still touch: neither shipped nor already with the warehouse. */
export function cancellable(line: LineQuantities): number {
  return line.quantity - line.shipped - line.cancelled - line.released;
}

export type LineStatus =
  | 'backordered'
  | 'partially_allocated'
  | 'allocated'
  | 'partially_shipped'
  | 'shipped'
  | 'cancelled';

export function lineStatus(line: LineQuantities): LineStatus {
  if (line.cancelled === line.quantity) return 'cancelled';
  if (line.shipped + line.cancelled === line.quantity) return 'shipped';
  if (line.shipped > 0) return 'partially_shipped';
  const waiting = backordered(line);
  if (waiting === 0) return 'allocated';
  return line.allocated > 0 ? 'partially_allocated' : 'backordered';
}
