import type { Updateable } from 'kysely';
import type { ServiceContext } from '../../app/context.js';
import type { CustomerChange, LocationChange, PolicyChange } from '../../contract/catalog.js';
import type { Database } from '../../db/schema.js';
import { refuse } from '../../domain/refusal.js';
import { customerByCode, locationByCode, policyByCode } from '../../repositories/lookup.js';
import { updateCustomerRow, updateLocationRow, updatePolicyRow } from '../../repositories/master-data-repository.js';
import { customerViews, locationView, policyViews } from '../../queries/master-data-views.js';
import { ladderOf } from '../../repositories/policy-row.js';
import { checkLadder } from './sla-ladder-check.js';
import { propagatePolicy } from '../orders/policy-propagation.js';

export type { CustomerChange, LocationChange, PolicyChange } from '../../contract/catalog.js';

/**
 * Changes a location. Its priority orders where stock is allocated from next; what is allocated
 * stays where it is. A deactivated location is kept for its history.
 */
export async function changeLocation(ctx: ServiceContext, code: string, change: LocationChange) {
  const location = await locationByCode(ctx.db, code);
  const set: Updateable<Database['locations']> = {};
  if (change.name !== undefined) set.name = change.name;
  if (change.priority !== undefined) set.priority = change.priority;
  if (change.active !== undefined) set.active = change.active;
  return locationView(await updateLocationRow(ctx.db, location.id, set));
}

/**
 * Changes a customer. Priority, ship type and default policy are what new orders inherit: orders
 * already entered keep their own (change those with PATCH /v1/orders/{id}). A deactivated
 * customer takes no new orders (`customer_inactive`); its open orders keep their place.
 */
export async function changeCustomer(ctx: ServiceContext, code: string, change: CustomerChange) {
  const customer = await customerByCode(ctx.db, code);
  const set: Updateable<Database['customers']> = {};
  if (change.name !== undefined) set.name = change.name;
  if (change.priority !== undefined) set.priority = change.priority;
  if (change.shipType !== undefined) set.ship_type = change.shipType;
  if (change.fulfillmentPolicy !== undefined) {
    set.fulfillment_policy_id = change.fulfillmentPolicy === null ? null : (await policyByCode(ctx.db, change.fulfillmentPolicy)).id;
  }
  if (change.email !== undefined) set.email = change.email;
  if (change.active !== undefined) set.active = change.active;
  return (await customerViews(ctx.db, [await updateCustomerRow(ctx.db, customer.id, set)]))[0]!;
}

/**
 * Changes a policy. The rules read where they apply (the fulfillment rate and violation level at
 * release, the cancellation days and SLA ladder, the cross-dock switch) reach every order that uses the policy at
 * once. Its strategy and preventPartialDelivery are copied onto orders and lines when an order
 * takes the policy, so a change of either is carried to the open orders that use it, in the same
 * unit of work (policy-propagation.ts); the answer says how many followed.
 */
export async function changePolicy(ctx: ServiceContext, code: string, change: PolicyChange) {
  const policy = await lockedPolicy(ctx, (await policyByCode(ctx.db, code)).id);
  const set: Updateable<Database['fulfillment_policies']> = {};
  if (change.backorderStrategy !== undefined) set.backorder_strategy = change.backorderStrategy;
  if (change.preventPartialDelivery !== undefined) set.prevent_partial_delivery = change.preventPartialDelivery;
  if (change.fulfillmentRate !== undefined) {
    set.rate_value_type = change.fulfillmentRate.valueType;
    set.rate_min_percent = change.fulfillmentRate.minPercent;
  }
  if (change.violation !== undefined) set.violation = change.violation;
  if (change.cancelAfterDays !== undefined) set.cancel_after_days = change.cancelAfterDays;
  if (change.slaLadder !== undefined || change.cancelAfterDays !== undefined) {
    const ladder = change.slaLadder === undefined ? ladderOf(policy) : change.slaLadder;
    if (ladder !== null) checkLadder(ladder, change.cancelAfterDays === undefined ? policy.cancel_after_days : change.cancelAfterDays);
    if (change.slaLadder !== undefined) set.sla_ladder = change.slaLadder === null ? null : JSON.stringify(change.slaLadder);
  }
  if (change.crossDockPolicy !== undefined) {
    const crossDock = change.crossDockPolicy === null ? null : await policyByCode(ctx.db, change.crossDockPolicy);
    if (crossDock?.id === policy.id) {
      refuse('validation_failed', 'A policy cannot cross-dock to itself.', { field: 'body/crossDockPolicy' });
    }
    set.cross_dock_policy_id = crossDock?.id ?? null;
  }
  if (change.crossDockWindowDays !== undefined) set.cross_dock_window_days = change.crossDockWindowDays;
  if (change.active !== undefined) set.active = change.active;
  const changed = await updatePolicyRow(ctx.db, policy.id, set);
  const orders = await propagatePolicy(ctx, policy, changed);
  return { ...(await policyViews(ctx.db, [changed]))[0]!, orders };
}

/** The policy row, locked: two changes of one policy propagate one after the other. */
const lockedPolicy = (ctx: ServiceContext, id: number) => ctx.db.selectFrom('fulfillment_policies').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
