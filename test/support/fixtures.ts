import type { FillMode } from '../../src/config.js';
import type { Store } from '../../src/db/database.js';
import type { ServiceContext } from '../../src/app/context.js';
import { unitOfWork, type RootContext } from '../../src/app/unit-of-work.js';
import { createCustomer, createItem, createLocation, createPolicy } from '../../src/services/catalog/master-data.js';
import { enterOrder, type OrderInput } from '../../src/services/orders/order-entry.js';
import { defaultReleaseSettings, releaseOrder, type ReleaseSettings } from '../../src/services/release/order-release.js';
import { shipShipment, voidShipment, type ShipInput } from '../../src/services/release/shipment-posting.js';
import { receiveStock } from '../../src/services/stock/stock-changes.js';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-11-01T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/** Builders that write through the services, each in its own transaction, as the API would. */
export function fixtures(store: Store, fillMode: FillMode = 'immediate', clock = new TestClock()) {
  const ctx: RootContext = { db: store.db, actor: 'test', clock, fillMode };
  /** One unit of work, as a request or a job step runs it. */
  const inTx = <T>(run: (tx: ServiceContext) => Promise<T>) => unitOfWork(ctx, run);
  return {
    ctx,
    clock,
    inTx,
    /** One unit of work for a given business day, as a job run with `asOf` does it. */
    inTxOn: <T>(today: string, run: (tx: ServiceContext) => Promise<T>) => unitOfWork({ ...ctx, today }, run),
    item: (sku: string, unitPrice = 10, service = false) => inTx((tx) => createItem(tx, { sku, name: sku, unitPrice, service })),
    location: (code: string, priority = 0) => inTx((tx) => createLocation(tx, { code, name: code, priority })),
    customer: (code: string, priority = 0, fulfillmentPolicy?: string) =>
      inTx((tx) => createCustomer(tx, { code, name: code, priority, fulfillmentPolicy })),
    policy: (input: Parameters<typeof createPolicy>[1]) => inTx((tx) => createPolicy(tx, input)),
    receive: (sku: string, quantity: number, location = 'MAIN') =>
      inTx((tx) => receiveStock(tx, 'receipt', { sku, location, quantity })),
    order: (customer: string, lines: OrderInput['lines'], extra: Partial<OrderInput> = {}) =>
      inTx((tx) => enterOrder(tx, { customer, lines, ...extra })),
    /** Releases an order; a refusal comes back as a value, its log entry committed. */
    release: (orderId: number, settings: ReleaseSettings = defaultReleaseSettings) => inTx((tx) => releaseOrder(tx, orderId, settings)),
    ship: (shipmentId: number, input: ShipInput = {}) => inTx((tx) => shipShipment(tx, shipmentId, input)),
    voidShipment: (shipmentId: number) => inTx((tx) => voidShipment(tx, shipmentId)),
  };
}

export type Fixtures = ReturnType<typeof fixtures>;

/** The master data the allocation, release, supply and promise-date tests share: locations MAIN (priority 10) and EAST (5), customers ACME and BETA (0) and VIP (10). */
export async function twoLocationsThreeCustomers(f: Fixtures): Promise<void> {
  await f.location('MAIN', 10);
  await f.location('EAST', 5);
  await f.customer('ACME', 0);
  await f.customer('BETA', 0);
  await f.customer('VIP', 10);
}
