import { logEntries } from '../../app/journal.js';
import { launched } from '../../domain/promising/preorder.js';
import { findItemsById } from '../../repositories/master-data-repository.js';
import { clearPreorderFlags } from '../../repositories/order-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { businessDay, type ServiceContext } from '../../app/context.js';

export interface LaunchOutcome {
  readonly lines: number;
  /** Lines fully allocated at launch: ready for release from today. */
  readonly allocated: number;
  /** Lines still short at launch: from now on ordinary backorders. */
  readonly backordered: number;
  /** Orders whose launched lines hold stock: to be released to the warehouse as their policy allows. */
  readonly orders: readonly number[];
}

/**
 * Launch day for one item (docs/domain.md#preorders): its preorder lines become ordinary lines.
 * Those allocated before launch may be released from today; the rest wait as ordinary backorders.
 */
export async function launchPreorders(ctx: ServiceContext, itemId: number): Promise<LaunchOutcome> {
  await lockItems(ctx.db, [itemId]);
  const [item] = await findItemsById(ctx.db, [itemId]);
  const today = businessDay(ctx);
  if (!item || !launched({ preorderLaunchDate: item.preorder_launch_date }, today)) return { lines: 0, allocated: 0, backordered: 0, orders: [] };
  const lines = await clearPreorderFlags(ctx.db, itemId);
  const day = item.preorder_launch_date ?? today;
  logEntries(ctx, lines.map((l) => ({
      entity: 'line' as const,
      action: 'preorder_launched',
      orderId: l.order_id,
      itemId,
      lineNo: l.line_no,
      quantity: l.backordered > 0 ? l.backordered : l.allocated,
      reason:
        l.backordered > 0
          ? `launched ${day}: ${l.backordered} unit(s) now an ordinary backorder`
          : `launched ${day}: allocated, released to the warehouse as the order's policy allows`,
    })));
  // Without the launch date holding them back, waiting lines may be promised earlier.
  ctx.work.supplyOrQueueChanged([itemId]);
  const backordered = lines.filter((l) => l.backordered > 0).length;
  const orders = [...new Set(lines.filter((l) => l.allocated > l.released).map((l) => Number(l.order_id)))];
  return { lines: lines.length, allocated: lines.length - backordered, backordered, orders };
}
