import { addDays, dateOf } from '../domain/business-date.js';
import { countItems } from '../repositories/master-data-repository.js';
import { unitOfWork, type RootContext } from '../app/unit-of-work.js';
import { createCustomer, createItem, createLocation, createPolicy } from '../services/catalog/master-data.js';
import { enterOrder } from '../services/orders/order-entry.js';
import { defaultReleaseSettings, releaseOrder } from '../services/release/order-release.js';
import { receiveStock } from '../services/stock/stock-changes.js';
import { purchaseShortage } from '../services/supply/order-sourcing.js';
import { createPurchaseOrder } from '../services/supply/purchase-orders.js';
import { uploadSchedule } from '../services/supply/supply-schedule.js';

/**
 * A small, believable data set for a newcomer, showing every headline feature at once (see the
 * README's quick start): backorders dated by a purchase order and by the supply schedule, preorders
 * promised for their launch, a key account that took stock from a lower-ranked order, a
 * ship-complete order waiting with its release block, a pending shipment, a stock-arrival alert and
 * a replenishment suggestion. Loaded only into an empty embedded database, in one transaction,
 * through the same services as the API, with dates relative to the clock.
 */
export async function seedDemoData(ctx: RootContext): Promise<boolean> {
  // Filled as immediate mode would, whatever the deployment's mode: in scheduled mode the
  // arrival below would wait for the primary backorder process, and the demo show less.
  return unitOfWork({ ...ctx, fillMode: 'immediate' }, async (tx) => {
    if ((await countItems(tx.db)) > 0) return false;
    const today = dateOf(ctx.clock.now());

    await createPolicy(tx, { code: 'STANDARD', backorderStrategy: 'backorder_allowed' });
    await createPolicy(tx, { code: 'SHIP-COMPLETE', backorderStrategy: 'deliver_in_full', preventPartialDelivery: true });
    await createPolicy(tx, { code: 'NO-BACKORDER', backorderStrategy: 'no_backorder', violation: 'error' });
    await createLocation(tx, { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await createLocation(tx, { code: 'EAST', name: 'East store', priority: 5 });
    await createItem(tx, {
      sku: 'WIDGET-RED',
      name: 'Red widget',
      unitPrice: 12.5,
      replenishment: { supplier: 'Widget Works', leadTimeDays: 5, minLevel: 10 },
    });
    await createItem(tx, {
      sku: 'WIDGET-BLUE',
      name: 'Blue widget',
      unitPrice: 13,
      replenishment: { supplier: 'Widget Works', leadTimeDays: 7, minLevel: 5, reorderQuantity: 12 },
    });
    await createItem(tx, { sku: 'GADGET-PRO', name: 'Gadget Pro (next season)', unitPrice: 249, preorder: { launchDate: addDays(today, 30), cap: 100 } });
    await createItem(tx, { sku: 'INSTALL', name: 'Installation service', unitPrice: 80, service: true });
    await createCustomer(tx, { code: 'ACME', name: 'Acme Retail', fulfillmentPolicy: 'STANDARD' });
    await createCustomer(tx, { code: 'GLOBEX', name: 'Globex (key account)', priority: 5, fulfillmentPolicy: 'STANDARD' });
    await createCustomer(tx, { code: 'INITECH', name: 'Initech', shipType: 'complete', fulfillmentPolicy: 'SHIP-COMPLETE' });
    await receiveStock(tx, 'receipt', { sku: 'WIDGET-RED', location: 'MAIN', quantity: 20, reference: 'ASN-1001' });
    await receiveStock(tx, 'receipt', { sku: 'WIDGET-BLUE', location: 'MAIN', quantity: 5, reference: 'ASN-1002' });

    // The aACE example: 25 ordered, 20 on hand → 20 allocated, 5 on backorder; the 20 are
    // released to the warehouse at once (partial OK), so a pending shipment waits to be picked.
    const acme = await enterOrder(tx, { customer: 'ACME', lines: [{ sku: 'WIDGET-RED', quantity: 25 }], reference: 'ACME-PO-88' });
    await releaseOrder(tx, acme.id, defaultReleaseSettings);
    // Purchase the shortage: a purchase order for the 5 (plus the item's minimum level) dates them.
    await purchaseShortage(tx, acme.id, {});

    // Ship complete: 5 blue widgets allocated, then a preorder line it must also wait for.
    const initech = await enterOrder(tx, {
      customer: 'INITECH',
      lines: [
        { sku: 'WIDGET-BLUE', quantity: 6 },
        { sku: 'GADGET-PRO', quantity: 2 },
      ],
    });
    // A key account outranks Initech and takes 4 of its unreleased blue widgets.
    await enterOrder(tx, {
      customer: 'GLOBEX',
      lines: [
        { sku: 'WIDGET-BLUE', quantity: 4 },
        { sku: 'INSTALL', quantity: 1 },
      ],
    });
    // A delivery at the East store fills part of Initech's backorder (a stock-arrival alert) ...
    await receiveStock(tx, 'receipt', { sku: 'WIDGET-BLUE', location: 'EAST', quantity: 3, reference: 'ASN-1003' });
    // ... the supply schedule dates the rest, and is too little to reach the minimum level, so
    // replenishment suggests buying blue widgets.
    await uploadSchedule(tx, { entries: [{ sku: 'WIDGET-BLUE', location: 'MAIN', date: addDays(today, 3), quantity: 4 }] });
    // Still incomplete: the release is refused, and the order's history says why.
    await releaseOrder(tx, initech.id, defaultReleaseSettings);

    // Preorders, promised for the launch: the first delivery is due before it.
    await enterOrder(tx, { customer: 'ACME', lines: [{ sku: 'GADGET-PRO', quantity: 3 }] });
    await createPurchaseOrder(tx, {
      supplier: 'Gadget Co',
      location: 'MAIN',
      expectedDate: addDays(today, 25),
      reference: 'launch stock',
      lines: [{ sku: 'GADGET-PRO', quantity: 50 }],
    });
    return true;
  });
}
