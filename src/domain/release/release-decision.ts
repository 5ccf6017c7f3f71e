import type { BackorderStrategy } from '../orders/fulfillment-policy.js';
import { strategyRules } from '../strategies/registry.js';
import { checkFulfillmentRate, type RateVerdict } from './fulfillment-rate.js';
import { refusal, type LineRelease, type ReleaseCandidate, type ReleaseRefusal, type Shortage } from './release-line.js';
import { effectiveStrategy, rateInForce, type ReleaseTerms } from './release-terms.js';

export type ReleaseDecision =
  | {
      readonly kind: 'release';
      readonly strategy: BackorderStrategy;
      readonly lines: readonly LineRelease[];
      /** Lines kept back by preventPartialDelivery, with what they lack. */
      readonly heldBack: readonly Shortage[];
      /** The fulfillment rate check of a first release, when a rate applies. */
      readonly rate: RateVerdict | null;
    }
  | { readonly kind: 'refuse'; readonly strategy: BackorderStrategy; readonly refusal: ReleaseRefusal };

/**
 * Whether an order may release now and what: the strategy's rule (ship type complete counts as
 * deliver_in_full), then, on the first release only, the fulfillment rate. An `error` violation
 * refuses; `warning` and `info` release, and the verdict says what to flag or log.
 */
export function decideRelease(terms: ReleaseTerms, candidate: ReleaseCandidate): ReleaseDecision {
  const strategy = effectiveStrategy(terms);
  const outcome = strategyRules(strategy).release(candidate, terms);
  if (outcome.kind === 'refused') return { kind: 'refuse', strategy, refusal: outcome };
  const rate = candidate.releasesMade === 0 ? rateInForce(terms) : null;
  const verdict = rate ? checkFulfillmentRate(rate, terms.policy.violation, candidate.lines, outcome.release) : null;
  if (verdict && !verdict.met && verdict.level === 'error') {
    return { kind: 'refuse', strategy, refusal: refusal('fulfillment_rate_below_minimum', verdict.message) };
  }
  return { kind: 'release', strategy, lines: outcome.release, heldBack: outcome.heldBack, rate: verdict };
}
