import type { BackorderStrategy } from '../orders/fulfillment-policy.js';
import { backorderAllowed } from './backorder-allowed.js';
import { deliverInFull } from './deliver-in-full.js';
import { checkFulfillmentRate, type RateVerdict } from './fulfillment-rate.js';
import { maxOneBackorder } from './max-one-backorder.js';
import { noBackorder } from './no-backorder.js';
import type { LineRelease, ReleaseCandidate, ReleaseRefusal, RuleOutcome, Shortage } from './release-line.js';
import { completeBecause, effectiveStrategy, rateInForce, type ReleaseTerms } from './release-terms.js';

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

/** One rule per backorder strategy (docs/domain.md#release-matrix). */
const rules: Readonly<Record<BackorderStrategy, (candidate: ReleaseCandidate, terms: ReleaseTerms) => RuleOutcome>> = {
  backorder_allowed: backorderAllowed,
  max_one_backorder: maxOneBackorder,
  deliver_in_full: (candidate, terms) => deliverInFull(candidate, completeBecause(terms)),
  no_backorder: noBackorder,
};

/**
 * Whether an order may release now and what: the strategy's rule (ship type complete counts as
 * deliver_in_full), then, on the first release only, the fulfillment rate. An `error` violation
 * refuses; `warning` and `info` release, and the verdict says what to flag or log.
 */
export function decideRelease(terms: ReleaseTerms, candidate: ReleaseCandidate): ReleaseDecision {
  const strategy = effectiveStrategy(terms);
  const outcome = rules[strategy](candidate, terms);
  if ('refusal' in outcome) return { kind: 'refuse', strategy, refusal: outcome.refusal };
  const rate = candidate.releasesMade === 0 ? rateInForce(terms) : null;
  const verdict = rate ? checkFulfillmentRate(rate, terms.policy.violation, candidate.lines, outcome.release) : null;
  if (verdict && !verdict.met && verdict.level === 'error') {
    return { kind: 'refuse', strategy, refusal: { code: 'fulfillment_rate_below_minimum', detail: verdict.message } };
  }
  return { kind: 'release', strategy, lines: outcome.release, heldBack: outcome.heldBack, rate: verdict };
}
