import type { Executor } from '../repositories/executor.js';
import { preorderTermsOf } from '../repositories/item-terms.js';
import { findPolicies, itemGroupCodes, locationCodes, type CustomerRow, type ItemGroupRow, type ItemRow, type LocationRow, type PolicyRow } from '../repositories/master-data-repository.js';
import { ladderOf, policyFromRow } from '../repositories/policy-row.js';
import { capOf, rationingInForceOf, rationingOf } from '../repositories/rationing-repository.js';
import { isRationed } from '../domain/allocation/rationing.js';

/** How master data is shown: items, locations, customers and policies, each with the codes it refers to. */

const present = (ids: readonly (number | null)[]) => ids.filter((id): id is number => id !== null);

export async function itemViews(db: Executor, rows: readonly ItemRow[]) {
  const [locations, groups, inForce] = await Promise.all([
    locationCodes(db, present(rows.map((r) => r.replenish_location_id))),
    itemGroupCodes(db, present(rows.map((r) => r.group_id))),
    rationingInForceOf(db, rows.map((r) => r.id)),
  ]);
  return rows.map((row) => ({
    sku: row.sku,
    name: row.name,
    unitPrice: Number(row.unit_price),
    service: row.service,
    preorder: preorderTermsOf(row),
    replenishment:
      row.supplier === null
        ? null
        : {
            supplier: row.supplier,
            leadTimeDays: row.lead_time_days,
            minLevel: row.min_level,
            reorderQuantity: row.reorder_quantity,
            location: row.replenish_location_id === null ? null : (locations.get(row.replenish_location_id) ?? null),
          },
    // Left out for a plain queue item, so the answer keeps the shape it had before rationing.
    ...rationingShown(row, inForce.get(row.id)),
    ...(row.group_id === null ? {} : { group: groups.get(row.group_id)! }),
    active: row.active,
  }));
}

/** An item's rationing in force and where it comes from (when rationed), and what it sets itself (when anything, or it has a group). */
function rationingShown(row: ItemRow, inForce: Awaited<ReturnType<typeof rationingInForceOf>> extends Map<number, infer V> ? V | undefined : never) {
  const rationed = inForce !== undefined && isRationed(inForce.rationing);
  const own = { rule: row.allocation_rule, customerCap: capOf(row), noCustomerCap: row.no_customer_cap };
  const setsAny = own.rule !== null || own.customerCap !== null || own.noCustomerCap || row.group_id !== null;
  return {
    ...(rationed ? { rationing: inForce.rationing, rationingFrom: { rule: inForce.ruleFrom, customerCap: inForce.capFrom } } : {}),
    ...(setsAny ? { ownRationing: own } : {}),
  };
}

export const itemGroupView = (row: ItemGroupRow) => ({ code: row.code, name: row.name, rationing: rationingOf(row), active: row.active });

export const locationView = (row: LocationRow) => ({ code: row.code, name: row.name, priority: row.priority, active: row.active });

export async function customerViews(db: Executor, rows: readonly CustomerRow[]) {
  const policies = new Map((await findPolicies(db, [], present(rows.map((r) => r.fulfillment_policy_id)))).map((p) => [p.id, p.code]));
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    priority: row.priority,
    shipType: row.ship_type,
    fulfillmentPolicy: row.fulfillment_policy_id === null ? null : (policies.get(row.fulfillment_policy_id) ?? null),
    ...(row.email === null ? {} : { email: row.email }),
    active: row.active,
  }));
}

export async function policyViews(db: Executor, rows: readonly PolicyRow[]) {
  const crossDock = new Map((await findPolicies(db, [], present(rows.map((r) => r.cross_dock_policy_id)))).map((p) => [p.id, p.code]));
  return rows.map((row) => ({
    ...policyFromRow(row),
    crossDockPolicy: row.cross_dock_policy_id === null ? null : (crossDock.get(row.cross_dock_policy_id) ?? null),
    crossDockWindowDays: row.cross_dock_window_days,
    slaLadder: ladderOf(row),
    active: row.active,
  }));
}

/** A view as a create answers it: a record just made is active, and the answer has kept its shape. */
export function created<T extends { active: boolean }>(view: T): Omit<T, 'active'> {
  const { active: _active, ...shown } = view;
  return shown;
}
