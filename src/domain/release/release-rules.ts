import { backordered } from '../allocation/line-quantities.js';
import { describeShortages, refusal, releasing, shortages, stocked, unreleased, type ReleaseLine, type ReleaseRefusalCode, type RuleOutcome } from './release-line.js';

/**
 * The standard release, shared by the first release of every strategy but deliver_in_full: what
 * is allocated and not yet released; a line with preventPartialDelivery goes only when it is
 * fully allocated.
 */
export function releaseAllocated(lines: readonly ReleaseLine[]): RuleOutcome {
  const ready = stocked(lines).filter((l) => unreleased(l) > 0);
  const whole = (l: ReleaseLine) => !l.preventPartialDelivery || backordered(l) === 0;
  const release = ready.filter(whole).map((l) => ({ lineNo: l.lineNo, quantity: unreleased(l) }));
  const heldBack = ready.filter((l) => !whole(l)).map((l) => ({ lineNo: l.lineNo, units: backordered(l) }));
  if (release.length > 0) return releasing(release, heldBack);
  if (heldBack.length > 0) {
    return refusal(
      'prevent_partial_delivery',
      `Lines that may only ship complete are not fully allocated: waiting for ${describeShortages(heldBack)}.`,
      heldBack,
    );
  }
  return refusal('nothing_to_release', 'Nothing on this order is allocated and not yet released.');
}

/** Releases everything allocated, but only when no stocked line still lacks stock. */
export function releaseWhenComplete(lines: readonly ReleaseLine[], code: ReleaseRefusalCode, rule: string): RuleOutcome {
  const short = shortages(lines);
  if (short.length > 0) return refusal(code, `${rule}: waiting for ${describeShortages(short)}.`, short);
  const release = stocked(lines)
    .filter((l) => unreleased(l) > 0)
    .map((l) => ({ lineNo: l.lineNo, quantity: unreleased(l) }));
  if (release.length === 0) return refusal('nothing_to_release', 'Nothing on this order is allocated and not yet released.');
  return releasing(release, []);
}
