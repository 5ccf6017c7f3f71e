import { describeShortages, refusal, shortages, stocked, unreleased, type ReleaseCandidate, type ReleaseLine, type RuleOutcome } from './release-line.js';

/**
 * `deliver_in_full` (and ship type `complete`): the order goes only when every line is fully
 * allocated (docs/domain.md#release-matrix). One release is normally all it needs; should a short
 * pick send units back to backorder, the rest again waits until it is complete.
 */
export function deliverInFull(candidate: ReleaseCandidate, because = 'deliver in full'): RuleOutcome {
  return releaseWhenComplete(candidate.lines, 'deliver_in_full_incomplete', `The order ships complete (${because})`);
}

/** Releases everything allocated, but only when no stocked line still lacks stock. */
export function releaseWhenComplete(
  lines: readonly ReleaseLine[],
  code: 'deliver_in_full_incomplete' | 'max_one_backorder_incomplete',
  rule: string,
): RuleOutcome {
  const short = shortages(lines);
  if (short.length > 0) return refusal(code, `${rule}: waiting for ${describeShortages(short)}.`, short);
  const release = stocked(lines)
    .filter((l) => unreleased(l) > 0)
    .map((l) => ({ lineNo: l.lineNo, quantity: unreleased(l) }));
  if (release.length === 0) return refusal('nothing_to_release', 'Nothing on this order is allocated and not yet released.');
  return { release, heldBack: [] };
}
