import { backordered } from '../allocation/line-quantities.js';
import { describeShortages, refusal, stocked, unreleased, type ReleaseCandidate, type ReleaseLine, type RuleOutcome } from './release-line.js';

/**
 * `backorder_allowed`: every release sends what is allocated, as often as stock comes; a line
 * with preventPartialDelivery goes only when it is fully allocated (docs/domain.md#release-matrix).
 */
export function backorderAllowed(candidate: ReleaseCandidate): RuleOutcome {
  return releaseAllocated(candidate.lines);
}

/** The standard release, shared by the first release of every strategy but deliver_in_full. */
export function releaseAllocated(lines: readonly ReleaseLine[]): RuleOutcome {
  const ready = stocked(lines).filter((l) => unreleased(l) > 0);
  const whole = (l: ReleaseLine) => !l.preventPartialDelivery || backordered(l) === 0;
  const release = ready.filter(whole).map((l) => ({ lineNo: l.lineNo, quantity: unreleased(l) }));
  const heldBack = ready.filter((l) => !whole(l)).map((l) => ({ lineNo: l.lineNo, units: backordered(l) }));
  if (release.length > 0) return { release, heldBack };
  if (heldBack.length > 0) {
    return refusal(
      'prevent_partial_delivery',
      `Lines that may only ship complete are not fully allocated: waiting for ${describeShortages(heldBack)}.`,
      heldBack,
    );
  }
  return refusal('nothing_to_release', 'Nothing on this order is allocated and not yet released.');
}
