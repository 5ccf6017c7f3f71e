import type { BackorderStrategy } from '../strategies/registry.js';
import { strategyRules } from '../strategies/registry.js';
import { describeShortages, shortages, type ReleaseCandidate, type Shortage } from './release-line.js';
import { effectiveStrategy, type ReleaseTerms } from './release-terms.js';

/** Why an order may not release yet although stock is allocated to it, and what it waits for. */
export interface ReleaseBlock {
  readonly rule: BackorderStrategy;
  readonly waitingFor: readonly Shortage[];
  readonly summary: string;
}

/**
 * An order that must be fully allocated before its next release: deliver_in_full (or ship type
 * complete) at any release, max_one_backorder before its second and last one. Its strategy says.
 */
export function releaseBlock(terms: ReleaseTerms, candidate: ReleaseCandidate): ReleaseBlock | null {
  return strategyRules(effectiveStrategy(terms)).block(candidate, terms);
}

/** The block of a strategy that waits for every line to be complete; null when nothing is short. */
export function releaseBlockedUntilComplete(rule: BackorderStrategy, candidate: ReleaseCandidate, when: string): ReleaseBlock | null {
  const waitingFor = shortages(candidate.lines);
  if (waitingFor.length === 0) return null;
  return { rule, waitingFor, summary: `Waiting for ${describeShortages(waitingFor)} ${when}.` };
}
