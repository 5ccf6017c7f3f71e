import { sql } from 'kysely';
import type { Executor } from '../../src/repositories/executor.js';

/** Empties orders and stock, keeping master data, so a property run starts from nothing. */
export async function resetOrdersAndStock(db: Executor): Promise<void> {
  await sql`truncate stock_ledger, shipment_lines, shipments, line_allocations, order_lines, order_items, orders, record_log, idempotency_keys,
    pending_fills, job_runs, stock_levels, item_demand, purchase_order_lines, purchase_orders, transfer_order_lines,
    transfer_orders, supply_schedule, events restart identity`.execute(db);
}
