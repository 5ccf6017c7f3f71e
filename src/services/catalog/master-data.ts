import type { CustomerInput, LocationInput, PolicyInput } from '../../contract/catalog.js';
import { refuse } from '../../domain/refusal.js';
import { insertCustomer, insertLocation, insertPolicy } from '../../repositories/master-data-repository.js';
import { created, customerViews, locationView, policyViews } from '../../queries/master-data-views.js';
import type { ServiceContext } from '../../app/context.js';
import { policyByCode } from '../../repositories/lookup.js';
import { checkLadder } from './sla-ladder-check.js';

export { createItem, getItem } from './item-change.js';
export type { CustomerInput, ItemInput, LocationInput, PolicyInput } from '../../contract/catalog.js';

export async function createLocation(ctx: ServiceContext, input: LocationInput) {
  const row = await insertLocation(ctx.db, { code: input.code, name: input.name, priority: input.priority ?? 0 });
  if (!row) refuse('location_exists', `A location with code "${input.code}" already exists.`, { location: input.code });
  return created(locationView(row));
}

export async function createCustomer(ctx: ServiceContext, input: CustomerInput) {
  const policy = input.fulfillmentPolicy === undefined ? undefined : await policyByCode(ctx.db, input.fulfillmentPolicy);
  const row = await insertCustomer(ctx.db, {
    code: input.code,
    name: input.name,
    priority: input.priority ?? 0,
    ship_type: input.shipType ?? 'partial_ok',
    fulfillment_policy_id: policy?.id ?? null,
    email: input.email ?? null,
  });
  if (!row) refuse('customer_exists', `A customer with code "${input.code}" already exists.`, { customer: input.code });
  return created((await customerViews(ctx.db, [row]))[0]!);
}

export async function createPolicy(ctx: ServiceContext, input: PolicyInput) {
  if (input.slaLadder !== undefined) checkLadder(input.slaLadder, input.cancelAfterDays ?? null);
  const crossDock = input.crossDockPolicy === undefined ? undefined : await policyByCode(ctx.db, input.crossDockPolicy);
  const row = await insertPolicy(ctx.db, {
    code: input.code,
    backorder_strategy: input.backorderStrategy,
    prevent_partial_delivery: input.preventPartialDelivery ?? false,
    rate_value_type: input.fulfillmentRate?.valueType ?? 'none',
    rate_min_percent: input.fulfillmentRate?.minPercent ?? 0,
    violation: input.violation ?? 'info',
    cancel_after_days: input.cancelAfterDays ?? null,
    cross_dock_policy_id: crossDock?.id ?? null,
    cross_dock_window_days: input.crossDockWindowDays ?? null,
    sla_ladder: input.slaLadder === undefined ? null : JSON.stringify(input.slaLadder),
  });
  if (!row) refuse('fulfillment_policy_exists', `A fulfillment policy with code "${input.code}" already exists.`, { fulfillmentPolicy: input.code });
  return created((await policyViews(ctx.db, [row]))[0]!);
}
