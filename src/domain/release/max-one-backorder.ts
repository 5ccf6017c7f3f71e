import { releaseAllocated } from './backorder-allowed.js';
import { releaseWhenComplete } from './deliver-in-full.js';
import { refusal, type ReleaseCandidate, type RuleOutcome } from './release-line.js';

/**
 * `max_one_backorder`: the first release is standard; one more release follows, only when all
 * remaining lines are fully allocated (docs/domain.md#release-matrix); there is no third.
 */
export function maxOneBackorder(candidate: ReleaseCandidate): RuleOutcome {
  if (candidate.releasesMade === 0) return releaseAllocated(candidate.lines);
  if (candidate.releasesMade === 1) {
    return releaseWhenComplete(
      candidate.lines,
      'max_one_backorder_incomplete',
      'The one backorder release waits until every remaining line is fully allocated',
    );
  }
  return refusal('max_one_backorder_exhausted', 'The order has had its first release and its one backorder release; no third is allowed.');
}
