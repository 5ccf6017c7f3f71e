import { releaseAllocated } from '../release/release-rules.js';
import type { BackorderStrategyRules } from './backorder-strategy.js';

/** `backorder_allowed`: every release sends what is allocated, as often as stock comes. */
export const backorderAllowed: BackorderStrategyRules<'backorder_allowed', never> = {
  code: 'backorder_allowed',
  label: 'backorder allowed',
  refusalCodes: [],
  atEntry: () => 'allow',
  release: (candidate) => releaseAllocated(candidate.lines),
  block: () => null,
  lastRelease: null,
  remainderCancelled: false,
  blocksCrossDock: false,
};
