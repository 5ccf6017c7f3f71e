import { backordered, lineStatus, type LineQuantities, type LineStatus } from '../allocation/line-quantities.js';

export const orderStatuses = [
  'backordered',
  'partially_allocated',
  'awaiting_full_allocation',
  'allocated',
  'partially_shipped',
  'shipped',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** A line as the order's status sees it: services hold no stock and never ship from a warehouse. */
export interface StatusLine extends LineQuantities {
  readonly service?: boolean | undefined;
}

/**
 * The order's status at a glance, derived from its lines (never stored, so never stale).
 * `awaitingFullAllocation`: its policy holds the next release until every line is allocated.
 */
export function orderStatus(lines: readonly StatusLine[], awaitingFullAllocation = false): OrderStatus {
  const statuses = lines.map(lineStatus);
  if (statuses.every((s) => s === 'cancelled')) return 'cancelled';
  const live = lines.filter((l) => lineStatus(l) !== 'cancelled');
  const stocked = live.filter((l) => !l.service);
  const shipping = stocked.length > 0 ? stocked : live;
  if (shipping.every((l) => lineStatus(l) === 'shipped')) return 'shipped';
  if (live.some((l) => l.shipped > 0)) return 'partially_shipped';
  const waiting = live.reduce((sum, l) => sum + backordered(l), 0);
  if (waiting === 0) return 'allocated';
  if (awaitingFullAllocation) return 'awaiting_full_allocation';
  return live.some((l) => l.allocated > 0) ? 'partially_allocated' : 'backordered';
}

/** A line as the summary sees it: `mayWait` false once its order may not release again. */
export interface SummaryLine extends LineQuantities {
  readonly mayWait?: boolean | undefined;
}

/**
 * One sentence a user reads instead of adding up the lines; a release block explains itself, and
 * a remainder that can never ship (nothing stranded) is never called "nothing on backorder".
 */
export function orderSummary(lines: readonly SummaryLine[], releaseBlock?: { readonly summary: string } | null): string {
  const live = lines.filter((l) => l.cancelled < l.quantity);
  const stranded = live.filter((l) => l.mayWait === false && backordered(l) > 0);
  const waitingLines = live.filter((l) => l.mayWait !== false && backordered(l) > 0);
  const units = waitingLines.reduce((sum, l) => sum + backordered(l), 0);
  if (live.length === 0) return 'Cancelled.';
  if (stranded.length > 0) {
    const left = stranded.reduce((sum, l) => sum + backordered(l), 0);
    return `${left} unit${left === 1 ? '' : 's'} will not ship: the order may not release again, and the rest is to be cancelled.`;
  }
  if (releaseBlock) return releaseBlock.summary;
  if (units === 0) return 'Nothing on backorder.';
  const lineWord = waitingLines.length === 1 ? 'line' : 'lines';
  return `${units} unit${units === 1 ? '' : 's'} on backorder on ${waitingLines.length} ${lineWord}.`;
}
