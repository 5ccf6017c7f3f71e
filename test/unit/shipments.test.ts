import { describe, expect, it } from 'vitest';
import { planPick } from '../../src/domain/release/shipment-pick.js';
import { shipmentStatuses, shipmentTransition, shipmentTransitions } from '../../src/domain/release/shipment-lifecycle.js';

describe('the shipment lifecycle', () => {
  it('allows pending → shipped and pending → voided, nothing else', () => {
    expect(shipmentTransition('pending', 'ship')).toEqual({ ok: true, to: 'shipped' });
    expect(shipmentTransition('pending', 'void')).toEqual({ ok: true, to: 'voided' });
    expect(shipmentTransition('shipped', 'ship')).toMatchObject({ ok: false, code: 'shipment_already_shipped' });
    expect(shipmentTransition('shipped', 'void')).toMatchObject({ ok: false, code: 'shipment_already_shipped' });
    expect(shipmentTransition('voided', 'ship')).toMatchObject({ ok: false, code: 'shipment_already_voided' });
    expect(shipmentTransition('voided', 'void')).toMatchObject({ ok: false, code: 'shipment_already_voided' });
  });

  it('leads only to known statuses, and every closed status is final', () => {
    for (const from of shipmentStatuses) {
      for (const to of Object.values(shipmentTransitions[from])) expect(shipmentStatuses).toContain(to);
    }
    expect(Object.keys(shipmentTransitions.shipped)).toEqual([]);
    expect(Object.keys(shipmentTransitions.voided)).toEqual([]);
  });
});

describe('picking a shipment', () => {
  const lines = [
    { orderId: 1, lineNo: 1, quantity: 5 },
    { orderId: 2, lineNo: 1, quantity: 3 },
  ];

  it('ships everything without a report, and the named lines short with one', () => {
    expect(planPick(lines)).toEqual(lines.map((l) => ({ ...l, shipped: l.quantity, short: 0 })));
    expect(planPick(lines, [{ orderId: 1, lineNo: 1, quantity: 3 }])).toEqual([
      { orderId: 1, lineNo: 1, quantity: 5, shipped: 3, short: 2 },
      { orderId: 2, lineNo: 1, quantity: 3, shipped: 3, short: 0 },
    ]);
    expect(planPick(lines, [{ orderId: 2, lineNo: 1, quantity: 0 }])).toContainEqual({ orderId: 2, lineNo: 1, quantity: 3, shipped: 0, short: 3 });
  });

  it('refuses more than released, lines not on the shipment, and a line named twice', () => {
    expect(planPick(lines, [{ orderId: 1, lineNo: 1, quantity: 6 }])).toMatchObject({ code: 'ship_exceeds_released' });
    expect(planPick(lines, [{ orderId: 1, lineNo: 2, quantity: 1 }])).toMatchObject({ code: 'shipment_line_not_found' });
    const twice = [
      { orderId: 1, lineNo: 1, quantity: 1 },
      { orderId: 1, lineNo: 1, quantity: 2 },
    ];
    expect(planPick(lines, twice)).toMatchObject({ code: 'duplicate_line' });
  });
});
