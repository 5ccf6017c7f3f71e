import type { IsoDate } from '../business-date.js';

/**
 * Preorders (docs/domain.md#preorders): an item with a launch date in the future takes orders as
 * preorder lines whatever its stock and whatever the customer's backorder strategy, up to an
 * optional cap of units. Preorder lines queue and may be allocated before launch, but are never
 * released to the warehouse before the launch date.
 */
export interface PreorderTerms {
  readonly launchDate: IsoDate;
  readonly cap: number | null;
}

/** Whether an order entered on `today` for an item with these terms is a preorder. */
export function takesPreorders(terms: PreorderTerms | null, today: IsoDate): boolean {
  return terms !== null && today < terms.launchDate;
}

/** Units that may still be preordered (Infinity without a cap); `preordered` counts open preorder units. */
export function preorderRoom(terms: PreorderTerms, preordered: number): number {
  return terms.cap === null ? Number.POSITIVE_INFINITY : Math.max(0, terms.cap - preordered);
}

/**
 * Whether a line may be released to the warehouse on `today` as far as preorders go: an ordinary
 * line always; a preorder line only from its item's launch date on. Release asks it.
 */
export function releasableOn(
  line: { readonly preorder: boolean },
  item: { readonly preorderLaunchDate: IsoDate | null },
  today: IsoDate,
): boolean {
  if (!line.preorder || item.preorderLaunchDate === null) return true;
  return today >= item.preorderLaunchDate;
}

/** The preorder-launch job's test: a preorder line becomes ordinary on or after launch day. */
export function launched(item: { readonly preorderLaunchDate: IsoDate | null }, today: IsoDate): boolean {
  return item.preorderLaunchDate === null || today >= item.preorderLaunchDate;
}
