import { addDays, dateOf } from '../domain/business-date.js';
import { countItems } from '../repositories/master-data-repository.js';
import { unitOfWork, type RootContext } from '../app/unit-of-work.js';
import { createCustomer, createItem, createLocation, createPolicy } from '../services/catalog/master-data.js';
import { enterOrder } from '../services/orders/order-entry.js';
import { defaultReleaseSettings, releaseOrder } from '../services/release/order-release.js';
import { receiveStock } from '../services/stock/stock-changes.js';

/**
 * A small, believable data set for a newcomer: two warehouses, a few items (one on preorder),
 * customers with different policies and priorities, orders that are partly on backorder, and a
 * purchase order that gives the backorder a promise date. Loaded only into an empty embedded
 * database, in one transaction, through the same services as the API.
 */
export async function seedDemoData(ctx: RootContext): Promise<boolean> {
  return unitOfWork(ctx, async (tx) => {
    if ((await countItems(tx.db)) > 0) return false;
    await createPolicy(tx, { code: 'STANDARD', backorderStrategy: 'backorder_allowed' });
    await createPolicy(tx, { code: 'SHIP-COMPLETE', backorderStrategy: 'deliver_in_full', preventPartialDelivery: true });
    await createPolicy(tx, { code: 'NO-BACKORDER', backorderStrategy: 'no_backorder', violation: 'error' });
    await createLocation(tx, { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await createLocation(tx, { code: 'EAST', name: 'East store', priority: 5 });
    const today = dateOf(ctx.clock.now());
    await createItem(tx, {
      sku: 'WIDGET-RED',
      name: 'Red widget',
      unitPrice: 12.5,
      replenishment: { supplier: 'Widget Works', leadTimeDays: 5, minLevel: 10 },
    });
    await createItem(tx, { sku: 'WIDGET-BLUE', name: 'Blue widget', unitPrice: 13 });
    await createItem(tx, { sku: 'GADGET-PRO', name: 'Gadget Pro (next season)', unitPrice: 249, preorder: { launchDate: addDays(today, 30), cap: 100 } });
    await createItem(tx, { sku: 'INSTALL', name: 'Installation service', unitPrice: 80, service: true });
    await createCustomer(tx, { code: 'ACME', name: 'Acme Retail', fulfillmentPolicy: 'STANDARD' });
    await createCustomer(tx, { code: 'GLOBEX', name: 'Globex (key account)', priority: 5, fulfillmentPolicy: 'STANDARD' });
    await createCustomer(tx, { code: 'INITECH', name: 'Initech', shipType: 'complete', fulfillmentPolicy: 'SHIP-COMPLETE' });
    await receiveStock(tx, 'receipt', { sku: 'WIDGET-RED', location: 'MAIN', quantity: 20, reference: 'PO-1001' });
    await receiveStock(tx, 'receipt', { sku: 'WIDGET-BLUE', location: 'MAIN', quantity: 5, reference: 'PO-1002' });
    await receiveStock(tx, 'receipt', { sku: 'WIDGET-BLUE', location: 'EAST', quantity: 3, reference: 'TR-77' });
    // The aACE example: 25 ordered, 20 on hand → 20 allocated, 5 on backorder; the 20 are
    // released to the warehouse at once (partial OK), so a pending shipment waits to be picked.
    const aace = await enterOrder(tx, { customer: 'ACME', lines: [{ sku: 'WIDGET-RED', quantity: 25 }], reference: 'ACME-PO-88' });
    await releaseOrder(tx, aace.id, defaultReleaseSettings);
    // Ship complete: waits for all its lines before its first release.
    await enterOrder(tx, {
      customer: 'INITECH',
      lines: [
        { sku: 'WIDGET-BLUE', quantity: 6 },
        { sku: 'GADGET-PRO', quantity: 2 },
      ],
    });
    // A key account outranks Initech and takes its unreleased blue widgets.
    await enterOrder(tx, {
      customer: 'GLOBEX',
      lines: [
        { sku: 'WIDGET-BLUE', quantity: 4 },
        { sku: 'INSTALL', quantity: 1 },
      ],
    });
    await enterOrder(tx, { customer: 'ACME', lines: [{ sku: 'GADGET-PRO', quantity: 3 }] });
    return true;
  });
}
