import { logEntries } from '../../app/journal.js';
import type { Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ItemChange, ItemInput, RationingInput, ReplenishmentInput } from '../../contract/catalog.js';
import { rationingProblem } from '../../domain/allocation/rationing.js';
import { refuse } from '../../domain/refusal.js';
import { insertItem, updateItemRow, type ItemRow } from '../../repositories/master-data-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import type { ServiceContext, ReadContext } from '../../app/context.js';
import { itemBySku, itemGroupByCode, locationByCode } from '../../repositories/lookup.js';
import { created, itemViews } from '../../queries/master-data-views.js';

export async function createItem(ctx: ServiceContext, input: ItemInput) {
  const replenishment = await replenishmentColumns(ctx, input.replenishment ?? null);
  const rationing = rationingColumns(input.rationing ?? null, input.service ?? false);
  const group = input.group === undefined ? null : await joinableGroup(ctx, input.group, null);
  const row = await insertItem(ctx.db, {
    group_id: group?.id ?? null,
    sku: input.sku,
    name: input.name,
    unit_price: input.unitPrice ?? 0,
    service: input.service ?? false,
    preorder_launch_date: input.preorder?.launchDate ?? null,
    preorder_cap: input.preorder?.cap ?? null,
    ...replenishment,
    ...rationing,
  });
  if (!row) refuse('item_exists', `An item with SKU "${input.sku}" already exists.`, { sku: input.sku });
  logEntries(ctx, [{ entity: 'item', action: 'created', itemId: row.id, reason: input.name }]);
  return created(await itemView(ctx, row));
}

export async function getItem(ctx: ReadContext, sku: string) {
  return itemView(ctx, await itemBySku(ctx.db, sku));
}

/**
 * Changes an existing item. Under the item's lock, because preorder terms decide how its orders
 * are taken and when its lines may be promised.
 */
export async function changeItem(ctx: ServiceContext, sku: string, change: ItemChange) {
  const item = await itemBySku(ctx.db, sku);
  await lockItems(ctx.db, [item.id]);
  const set: Updateable<Database['items']> = {};
  const reasons: string[] = [];
  if (change.name !== undefined) set.name = change.name;
  if (change.unitPrice !== undefined) set.unit_price = change.unitPrice;
  if (change.name !== undefined || change.unitPrice !== undefined) reasons.push('name or price changed');
  if (change.preorder !== undefined) {
    set.preorder_launch_date = change.preorder?.launchDate ?? null;
    set.preorder_cap = change.preorder?.cap ?? null;
    reasons.push(
      change.preorder === null
        ? 'takes no more preorders'
        : `preorders until ${change.preorder.launchDate}${change.preorder.cap === undefined ? '' : `, at most ${change.preorder.cap} units`}`,
    );
  }
  if (change.replenishment !== undefined) {
    Object.assign(set, await replenishmentColumns(ctx, change.replenishment));
    reasons.push(change.replenishment === null ? 'no replenishment' : `replenished from ${change.replenishment.supplier}`);
  }
  if (change.rationing !== undefined) {
    Object.assign(set, rationingColumns(change.rationing, item.service));
    reasons.push(describeRationing(change.rationing));
  }
  if (change.group !== undefined) {
    const group = change.group === null ? null : await joinableGroup(ctx, change.group, item.group_id);
    set.group_id = group?.id ?? null;
    reasons.push(group === null ? 'in no item group' : `in item group ${group.code}`);
  }
  if (change.active !== undefined && change.active !== item.active) {
    set.active = change.active;
    reasons.push(change.active ? 'reactivated' : 'deactivated: takes no new orders, its open orders keep their place');
  }
  const row = await updateItemRow(ctx.db, item.id, set);
  logEntries(ctx, [{ entity: 'item', action: 'changed', itemId: item.id, reason: reasons.join('; ') }]);
  if (change.preorder !== undefined) ctx.work.supplyOrQueueChanged([item.id]);
  // A rule or cap that now lets waiting lines take stock from lines behind them (back to the queue, a cap raised).
  if (change.rationing !== undefined || change.group !== undefined) await new AllocationEngine(ctx, item.id).settle('allocation rule changed');
  return itemView(ctx, row);
}

/**
 * An item's own rationing as columns: a rule or cap left out is inherited from its group (null
 * columns); a cap of null is "no cap here"; null as a whole inherits both. A rule or cap the item
 * cannot have is refused (nothing written).
 */
function rationingColumns(input: RationingInput | null, service: boolean) {
  return { ...checkedRationingColumns(input?.rule ?? null, input?.customerCap ?? null, service), no_customer_cap: input?.customerCap === null };
}

/** A rule and a cap as an item's or a group's columns, refused (nothing written) where the holder cannot have them. */
export function checkedRationingColumns<Rule extends RationingInput['rule'] | null>(
  rule: Rule,
  cap: NonNullable<RationingInput['customerCap']> | null,
  service: boolean,
) {
  const problem = rationingProblem(rule ?? 'queue', cap, service);
  if (problem) refuse(problem.code, problem.detail, { rule, customerCap: cap });
  return {
    allocation_rule: rule,
    customer_cap_units: cap?.units ?? null,
    customer_cap_percent: cap?.percentOfReceipts ?? null,
    customer_cap_period_days: cap?.periodDays ?? null,
  };
}

/** An item group an item may join: known, and active unless the item is in it already. */
async function joinableGroup(ctx: ServiceContext, code: string, currentGroupId: number | null) {
  const group = await itemGroupByCode(ctx.db, code);
  if (!group.active && group.id !== currentGroupId) {
    refuse('item_group_inactive', `Item group "${code}" is deactivated: no item joins it.`, { group: code });
  }
  return group;
}

function describeRationing(input: RationingInput | null, inherits = 'its group’s'): string {
  if (input === null) return `rationing as ${inherits} (queue order without a group)`;
  const cap = input.customerCap;
  const capped =
    cap === undefined
      ? `, customer cap as ${inherits}`
      : cap === null
        ? ', no customer cap'
        : cap.units !== undefined
          ? `, at most ${cap.units} units per customer while others wait`
          : `, at most ${cap.percentOfReceipts}% of ${cap.periodDays} days of receipts per customer while others wait`;
  const rule = input.rule === undefined ? `rule as ${inherits}` : `allocated by ${input.rule === 'fair_share' ? 'fair share' : 'queue order'}`;
  return `${rule}${capped}`;
}

async function replenishmentColumns(ctx: ServiceContext, input: ReplenishmentInput | null) {
  const location = input?.location === undefined ? null : await locationByCode(ctx.db, input.location);
  return {
    supplier: input?.supplier ?? null,
    lead_time_days: input?.leadTimeDays ?? 0,
    min_level: input?.minLevel ?? 0,
    reorder_quantity: input?.reorderQuantity ?? 0,
    replenish_location_id: location?.id ?? null,
  };
}

export async function itemView(ctx: ReadContext, row: ItemRow) {
  return (await itemViews(ctx.db, [row]))[0]!;
}
