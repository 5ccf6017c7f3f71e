import { daysBetween, laterOf, type IsoDate } from '../business-date.js';
import { strategiesWhere, type BackorderStrategy } from '../strategies/registry.js';

/**
 * Cross-docking (docs/domain.md#cross-dock): an order that
 * waits for a purchase order raised for it would be blocked at release by `deliver_in_full` or
 * `max_one_backorder`. When its policy names a cross-dock alternative, the order switches to it,
 * optionally only when its planned ship date falls within the policy's window after the receipt.
 */
export interface CrossDockCase {
  readonly strategy: BackorderStrategy;
  readonly hasAlternative: boolean;
  readonly windowDays: number | null;
  /** The order's requested ship date; a late or undated order is planned for today. */
  readonly plannedShipDate: IsoDate | null;
  /** When the last purchase order raised for its waiting lines is expected (overdue: today). */
  readonly receiptDate: IsoDate;
  readonly today: IsoDate;
}

/** Strategies whose release a purchase order raised for waiting lines would block. */
export const crossDockBlockingStrategies: readonly BackorderStrategy[] = strategiesWhere((s) => s.blocksCrossDock);

export function crossDockApplies(c: CrossDockCase): boolean {
  if (!c.hasAlternative || !crossDockBlockingStrategies.includes(c.strategy)) return false;
  if (c.windowDays === null) return true;
  const planned = laterOf(c.today, c.plannedShipDate);
  const receipt = laterOf(c.today, c.receiptDate);
  const gap = daysBetween(receipt, planned);
  return gap >= 0 && gap <= c.windowDays;
}
