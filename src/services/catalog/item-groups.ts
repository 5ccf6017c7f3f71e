import type { Updateable } from 'kysely';
import type { ServiceContext } from '../../app/context.js';
import { logEntries } from '../../app/journal.js';
import type { ItemGroupChange, ItemGroupInput, RationingInput } from '../../contract/catalog.js';
import type { Database } from '../../db/schema.js';
import { refuse } from '../../domain/refusal.js';
import { itemGroupByCode } from '../../repositories/lookup.js';
import { insertItemGroup, itemsInheritingFrom, updateItemGroupRow } from '../../repositories/master-data-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { created, itemGroupView } from '../../queries/master-data-views.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import { checkedRationingColumns } from './item-change.js';

/**
 * Item groups (docs/domain.md#rationing): a rule and a cap their items inherit where they set
 * none. A change applies to stock allocated from then on, as an item's own change does: each item
 * that inherits it settles under its lock, and says so in its record log.
 */

export async function createItemGroup(ctx: ServiceContext, input: ItemGroupInput) {
  const row = await insertItemGroup(ctx.db, { code: input.code, name: input.name, ...groupRationingColumns(input.rationing ?? null) });
  if (!row) refuse('item_group_exists', `An item group with code "${input.code}" already exists.`, { code: input.code });
  logEntries(ctx, [{ entity: 'item_group', action: 'created', reason: `${input.code}: ${describeGroupRationing(input.rationing ?? null)}` }]);
  return created(itemGroupView(row));
}

export async function changeItemGroup(ctx: ServiceContext, code: string, change: ItemGroupChange) {
  const group = await lockedGroup(ctx, (await itemGroupByCode(ctx.db, code)).id);
  const set: Updateable<Database['item_groups']> = {};
  if (change.name !== undefined) set.name = change.name;
  if (change.rationing !== undefined) Object.assign(set, groupRationingColumns(change.rationing));
  if (change.active !== undefined) set.active = change.active;
  const row = await updateItemGroupRow(ctx.db, group.id, set);
  if (change.rationing !== undefined) {
    const reason = `item group ${group.code}: ${describeGroupRationing(change.rationing)}`;
    logEntries(ctx, [{ entity: 'item_group', action: 'changed', reason }]);
    const items = (await itemsInheritingFrom(ctx.db, group.id)).map((i) => i.id);
    await lockItems(ctx.db, items);
    logEntries(ctx, items.map((itemId) => ({ entity: 'item' as const, action: 'changed', itemId, reason })));
    // What it inherits may now let waiting lines take stock from lines behind them.
    for (const itemId of items) await new AllocationEngine(ctx, itemId).settle('allocation rule changed');
  }
  return itemGroupView(row);
}

/** A group's rationing as columns: `queue` and no cap unless given; what a group cannot have is refused. */
function groupRationingColumns(input: RationingInput | null) {
  return checkedRationingColumns(input?.rule ?? 'queue', input?.customerCap ?? null, false);
}

function describeGroupRationing(input: RationingInput | null): string {
  const cap = input?.customerCap ?? null;
  const capped =
    cap === null
      ? ''
      : cap.units !== undefined
        ? `, at most ${cap.units} units per customer while others wait`
        : `, at most ${cap.percentOfReceipts}% of ${cap.periodDays} days of receipts per customer while others wait`;
  return `allocated by ${input?.rule === 'fair_share' ? 'fair share' : 'queue order'}${capped}`;
}

/** The group row, locked: two changes of one group settle its items one after the other. */
const lockedGroup = (ctx: ServiceContext, id: number) => ctx.db.selectFrom('item_groups').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
