import { releaseBlockedUntilComplete } from '../release/release-block.js';
import { releaseWhenComplete } from '../release/release-rules.js';
import { completeBecause } from '../release/release-terms.js';
import type { BackorderStrategyRules } from './backorder-strategy.js';

/**
 * `deliver_in_full` (and ship type `complete`): the order goes only when every line is fully
 * allocated. One release is normally all it needs; should a short pick send units back to
 * backorder, the rest again waits until it is complete.
 */
export const deliverInFull: BackorderStrategyRules<'deliver_in_full', 'deliver_in_full_incomplete'> = {
  code: 'deliver_in_full',
  label: 'deliver in full',
  refusalCodes: ['deliver_in_full_incomplete'],
  atEntry: () => 'allow',
  release: (candidate, terms) =>
    releaseWhenComplete(candidate.lines, 'deliver_in_full_incomplete', `The order ships complete (${completeBecause(terms)})`),
  block: (candidate, terms) => {
    const which = candidate.releasesMade === 0 ? 'the first release' : 'the next release';
    return releaseBlockedUntilComplete('deliver_in_full', candidate, `before ${which} (${completeBecause(terms)})`);
  },
  lastRelease: null,
  remainderCancelled: false,
  blocksCrossDock: true,
};
