import { releaseBlockedUntilComplete } from '../release/release-block.js';
import { refusal } from '../release/release-line.js';
import { releaseAllocated, releaseWhenComplete } from '../release/release-rules.js';
import type { BackorderStrategyRules } from './backorder-strategy.js';

/**
 * `max_one_backorder`: the first release is standard; one more release follows, only when all
 * remaining lines are fully allocated; there is no third.
 */
export const maxOneBackorder: BackorderStrategyRules<'max_one_backorder', 'max_one_backorder_incomplete' | 'max_one_backorder_exhausted'> = {
  code: 'max_one_backorder',
  label: 'max one backorder',
  refusalCodes: ['max_one_backorder_incomplete', 'max_one_backorder_exhausted'],
  atEntry: () => 'allow',
  release: (candidate) => {
    if (candidate.releasesMade === 0) return releaseAllocated(candidate.lines);
    if (candidate.releasesMade === 1) {
      return releaseWhenComplete(
        candidate.lines,
        'max_one_backorder_incomplete',
        'The one backorder release waits until every remaining line is fully allocated',
      );
    }
    return refusal('max_one_backorder_exhausted', 'The order has had its first release and its one backorder release; no third is allowed.');
  },
  block: (candidate) =>
    candidate.releasesMade === 1
      ? releaseBlockedUntilComplete('max_one_backorder', candidate, 'before the second and last release (max one backorder)')
      : null,
  lastRelease: 2,
  remainderCancelled: false,
  blocksCrossDock: true,
};
