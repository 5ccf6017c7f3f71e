import { releaseAllocated } from './backorder-allowed.js';
import { refusal, type ReleaseCandidate, type RuleOutcome } from './release-line.js';

/**
 * `no_backorder`: the first release is standard; there is no second: the remainder is cancelled
 * (by the cancel-backorders job, or at release when the deployment says so).
 */
export function noBackorder(candidate: ReleaseCandidate): RuleOutcome {
  if (candidate.releasesMade === 0) return releaseAllocated(candidate.lines);
  return refusal('no_backorder_single_release', 'The order may not backorder: it had its one release, and the remainder is to be cancelled.');
}
