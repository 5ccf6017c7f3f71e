import type { FulfillmentPolicy } from '../orders/fulfillment-policy.js';
import type { ReleaseBlock } from '../release/release-block.js';
import type { ReleaseCandidate, RuleOutcome } from '../release/release-line.js';
import type { ReleaseTerms } from '../release/release-terms.js';

/** What order entry does with an order that cannot be filled now. */
export type EntryVerdict = 'allow' | 'note' | 'warn' | 'refuse';

/**
 * A backorder strategy (docs/domain.md#backorder-strategies): everything that varies with
 * it, in one object. Each strategy is one file; `registry.ts` lists them, and nothing else in
 * Allot names a strategy: the database, the cross-dock job and the cancellation jobs take what
 * they need from the registry. Vendure's `config/order/*-strategy.ts` is the model.
 */
export interface BackorderStrategyRules<Code extends string = string, RefusalCodes extends string = string> {
  readonly code: Code;
  /** In words, for record-log entries and refusals. */
  readonly label: string;
  /** The refusal codes its release rule may answer besides the shared ones. */
  readonly refusalCodes: readonly RefusalCodes[];
  /** Order entry of an order that cannot be filled now, by the policy's violation level. */
  atEntry(policy: FulfillmentPolicy): EntryVerdict;
  /** Release to warehouse: what may go now, or which rule refuses. */
  release(candidate: ReleaseCandidate, terms: ReleaseTerms): RuleOutcome;
  /** What the order waits for before its next release although stock is allocated to it, or null. */
  block(candidate: ReleaseCandidate, terms: ReleaseTerms): ReleaseBlock | null;
  /**
   * The number of releases after which what is left can never ship (no_backorder: 1, max one
   * backorder: 2), or null when the rest may always wait for its next release.
   */
  readonly lastRelease: number | null;
  /** Its remainder is cancelled by the cancel-backorders job instead of waiting. */
  readonly remainderCancelled: boolean;
  /** Lines waiting for a purchase order raised for them would block its release: a cross-dock alternative applies. */
  readonly blocksCrossDock: boolean;
}
