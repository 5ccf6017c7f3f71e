import { businessDay, type ReadContext } from '../../app/context.js';
import { preorderRoom, takesPreorders, type PreorderTerms } from '../../domain/promising/preorder.js';
import { refuse } from '../../domain/refusal.js';
import { preorderTermsOf } from '../../repositories/item-terms.js';
import type { ItemRow } from '../../repositories/master-data-repository.js';
import { preorderedUnits } from '../../repositories/order-repository.js';

/** The item's preorder terms when it takes preorders today (a service never does), else null. */
export function preorderTermsToday(ctx: Pick<ReadContext, 'clock' | 'today'>, item: ItemRow): PreorderTerms | null {
  const terms = preorderTermsOf(item);
  return !item.service && terms && takesPreorders(terms, businessDay(ctx)) ? terms : null;
}

/** Refuses preordered units beyond an item's cap (counted under the item's lock). */
export async function checkPreorderCap(ctx: ReadContext, item: ItemRow, terms: PreorderTerms, wanted: number): Promise<void> {
  if (terms.cap === null) return;
  const preordered = await preorderedUnits(ctx.db, item.id);
  const room = preorderRoom(terms, preordered);
  if (wanted > room) {
    refuse('preorder_cap_exceeded', `Item "${item.sku}" takes at most ${terms.cap} preordered units; ${room} left, ${wanted} asked.`, {
      sku: item.sku,
      cap: terms.cap,
      preordered,
      requested: wanted,
    });
  }
}
