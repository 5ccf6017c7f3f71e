import { backordered, lineStatus, type LineQuantities, type LineStatus } from './line-quantities.js';

/** An order reads like its lines: the same words, summed up. */
export type OrderStatus = LineStatus;

/** The order's status at a glance, derived from its lines (never stored, so never stale). */
export function orderStatus(lines: readonly LineQuantities[]): OrderStatus {
  const statuses = lines.map(lineStatus);
  if (statuses.every((s) => s === 'cancelled')) return 'cancelled';
  const live = lines.filter((l) => lineStatus(l) !== 'cancelled');
  if (live.every((l) => lineStatus(l) === 'shipped')) return 'shipped';
  if (live.some((l) => l.shipped > 0)) return 'partially_shipped';
  const waiting = live.reduce((sum, l) => sum + backordered(l), 0);
  if (waiting === 0) return 'allocated';
  return live.some((l) => l.allocated > 0) ? 'partially_allocated' : 'backordered';
}

/** One sentence a user reads instead of adding up the lines. */
export function orderSummary(lines: readonly LineQuantities[]): string {
  const live = lines.filter((l) => l.cancelled < l.quantity);
  const waitingLines = live.filter((l) => backordered(l) > 0);
  const units = waitingLines.reduce((sum, l) => sum + backordered(l), 0);
  if (live.length === 0) return 'Cancelled.';
  if (units === 0) return 'Nothing on backorder.';
  const lineWord = waitingLines.length === 1 ? 'line' : 'lines';
  return `${units} unit${units === 1 ? '' : 's'} on backorder on ${waitingLines.length} ${lineWord}.`;
}
