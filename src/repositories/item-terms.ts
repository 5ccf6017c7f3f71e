import type { PreorderTerms } from '../domain/promising/preorder.js';
import type { ItemRow } from './master-data-repository.js';

/** An item's preorder terms, or null when it takes no preorders. */
export function preorderTermsOf(row: Pick<ItemRow, 'preorder_launch_date' | 'preorder_cap'>): PreorderTerms | null {
  return row.preorder_launch_date === null ? null : { launchDate: row.preorder_launch_date, cap: row.preorder_cap };
}
