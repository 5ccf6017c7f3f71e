import { refusal } from '../release/release-line.js';
import { releaseAllocated } from '../release/release-rules.js';
import type { BackorderStrategyRules } from './backorder-strategy.js';

/**
 * `no_backorder`: an order that cannot be filled at entry is refused, flagged or noted by the
 * policy's violation level; the first release is standard and there is no second: the remainder
 * is cancelled (by the cancel-backorders job, or at release when the deployment says so).
 */
export const noBackorder: BackorderStrategyRules<'no_backorder', 'no_backorder_single_release'> = {
  code: 'no_backorder',
  label: 'no backorder',
  refusalCodes: ['no_backorder_single_release'],
  atEntry: (policy) => ({ error: 'refuse', warning: 'warn', info: 'note' } as const)[policy.violation],
  release: (candidate) => {
    if (candidate.releasesMade === 0) return releaseAllocated(candidate.lines);
    return refusal('no_backorder_single_release', 'The order may not backorder: it had its one release, and the remainder is to be cancelled.');
  },
  block: () => null,
  lastRelease: 1,
  remainderCancelled: true,
  blocksCrossDock: false,
};
