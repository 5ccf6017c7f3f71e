import { refuse } from '../domain/refusal.js';
import {
  findCustomerByCode,
  findItemsBySku,
  findLocationByCode,
  findPolicyByCode,
  findItemGroupByCode,
  type ItemGroupRow,
  type CustomerRow,
  type ItemRow,
  type LocationRow,
  type PolicyRow,
} from './master-data-repository.js';
import type { Executor } from './executor.js';

/** Resolve codes named in a request, refusing unknown ones with a 404-class code. */
export async function itemBySku(db: Executor, sku: string): Promise<ItemRow> {
  const [item] = await findItemsBySku(db, [sku]);
  return item ?? refuse('item_not_found', `No item has SKU "${sku}".`, { sku });
}

export async function itemsBySku(db: Executor, skus: readonly string[]): Promise<Map<string, ItemRow>> {
  const items = new Map((await findItemsBySku(db, [...new Set(skus)])).map((i) => [i.sku, i]));
  const missing = skus.find((s) => !items.has(s));
  if (missing !== undefined) refuse('item_not_found', `No item has SKU "${missing}".`, { sku: missing });
  return items;
}

export async function locationByCode(db: Executor, code: string): Promise<LocationRow> {
  return (await findLocationByCode(db, code)) ?? refuse('location_not_found', `No location has code "${code}".`, { location: code });
}

export async function customerByCode(db: Executor, code: string): Promise<CustomerRow> {
  return (await findCustomerByCode(db, code)) ?? refuse('customer_not_found', `No customer has code "${code}".`, { customer: code });
}

export async function policyByCode(db: Executor, code: string): Promise<PolicyRow> {
  return (
    (await findPolicyByCode(db, code)) ??
    refuse('fulfillment_policy_not_found', `No fulfillment policy has code "${code}".`, { fulfillmentPolicy: code })
  );
}

export async function itemGroupByCode(db: Executor, code: string): Promise<ItemGroupRow> {
  return (await findItemGroupByCode(db, code)) ?? refuse('item_group_not_found', `No item group has code "${code}".`, { group: code });
}
