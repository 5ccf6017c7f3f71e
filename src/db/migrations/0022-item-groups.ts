import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Item groups (docs/domain.md#rationing): a group holds an allocation rule and an optional
 * per-customer cap its items inherit. An item's own rule and cap become optional: null inherits
 * (the group's, else `queue` without a cap); `no_customer_cap` says "no cap here" against a
 * group's cap. Existing items' `queue` default becomes "inherit", which resolves to `queue`: nothing
 * changes for them. A group's cap keeps the shapes the item's has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    create table item_groups (
      id serial primary key,
      code text not null unique,
      name text not null,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      allocation_rule text not null default 'queue' check (allocation_rule in ('queue', 'fair_share')),
      customer_cap_units integer check (customer_cap_units > 0),
      customer_cap_percent integer check (customer_cap_percent between 1 and 100),
      customer_cap_period_days integer check (customer_cap_period_days > 0),
      constraint item_groups_one_customer_cap check (
        (customer_cap_units is null or customer_cap_percent is null)
        and ((customer_cap_percent is null) = (customer_cap_period_days is null)))
    );
    alter table items add column group_id integer references item_groups (id);
    create index items_group on items (group_id) where group_id is not null;
    alter table items alter column allocation_rule drop default;
    alter table items alter column allocation_rule drop not null;
    update items set allocation_rule = null where allocation_rule = 'queue';
    alter table items add column no_customer_cap boolean not null default false;
    alter table items add constraint items_no_customer_cap check (
      not no_customer_cap or (customer_cap_units is null and customer_cap_percent is null));
    `,
  );
}
