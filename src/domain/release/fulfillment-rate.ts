import type { ViolationLevel } from '../orders/fulfillment-policy.js';
import { stocked, type LineRelease, type ReleaseLine } from './release-line.js';
import type { FulfillmentRate } from './release-terms.js';

export interface RateVerdict {
  readonly valueType: FulfillmentRate['valueType'];
  readonly minPercent: number;
  /** The share of the order (by quantity or value) this release sends, in percent. */
  readonly percent: number;
  readonly met: boolean;
  readonly level: ViolationLevel;
  readonly message: string;
}

/**
 * The fulfillment rate of a first release: what it sends, as a share of the order's stocked,
 * uncancelled quantity (or value, at the line's price). Services are never counted.
 */
export function checkFulfillmentRate(
  rate: FulfillmentRate,
  level: ViolationLevel,
  lines: readonly ReleaseLine[],
  release: readonly LineRelease[],
): RateVerdict {
  const weight = (line: ReleaseLine) => (rate.valueType === 'price' ? line.unitPrice : 1);
  const counted = stocked(lines);
  const total = counted.reduce((sum, l) => sum + (l.quantity - l.cancelled) * weight(l), 0);
  const byLine = new Map(counted.map((l) => [l.lineNo, l]));
  const sent = release.reduce((sum, r) => {
    const line = byLine.get(r.lineNo);
    return line ? sum + r.quantity * weight(line) : sum;
  }, 0);
  // Compared without dividing, so 2 of 3 against 66.67 % is not lost to rounding.
  const met = total === 0 || sent * 100 >= rate.minPercent * total - 1e-9;
  const percent = total === 0 ? 100 : Math.round((sent / total) * 1000) / 10;
  const measure = rate.valueType === 'price' ? 'by value' : 'by quantity';
  const message = met
    ? `First release sends ${percent} % of the order ${measure} (minimum ${rate.minPercent} %).`
    : `First release would send ${percent} % of the order ${measure}, below the minimum of ${rate.minPercent} %.`;
  return { valueType: rate.valueType, minPercent: rate.minPercent, percent, met, level, message };
}
