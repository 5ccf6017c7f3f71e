import { describeShortages, shortages, type ReleaseCandidate, type Shortage } from './release-line.js';
import { completeBecause, effectiveStrategy, type ReleaseTerms } from './release-terms.js';

/** Why an order may not release yet although stock is allocated to it, and what it waits for. */
export interface ReleaseBlock {
  readonly rule: 'deliver_in_full' | 'max_one_backorder';
  readonly waitingFor: readonly Shortage[];
  readonly summary: string;
}

/**
 * An order that must be fully allocated before its next release: deliver_in_full (or ship type
 * complete) at any release, max_one_backorder before its second and last one.
 */
export function releaseBlock(terms: ReleaseTerms, candidate: ReleaseCandidate): ReleaseBlock | null {
  const waitingFor = shortages(candidate.lines);
  if (waitingFor.length === 0) return null;
  const strategy = effectiveStrategy(terms);
  const waiting = `Waiting for ${describeShortages(waitingFor)}`;
  if (strategy === 'deliver_in_full') {
    const which = candidate.releasesMade === 0 ? 'the first release' : 'the next release';
    return { rule: 'deliver_in_full', waitingFor, summary: `${waiting} before ${which} (${completeBecause(terms)}).` };
  }
  if (strategy === 'max_one_backorder' && candidate.releasesMade === 1) {
    return { rule: 'max_one_backorder', waitingFor, summary: `${waiting} before the second and last release (max one backorder).` };
  }
  return null;
}
