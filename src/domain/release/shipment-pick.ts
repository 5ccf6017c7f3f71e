import { refusal, type Refusal } from '../refusal.js';

/** An order line's quantity on one shipment (all its releases there added up). */
export interface ShipmentLineQuantity {
  readonly orderId: number;
  readonly lineNo: number;
  readonly quantity: number;
}

export interface PickReport {
  readonly orderId: number;
  readonly lineNo: number;
  readonly quantity: number;
}

export interface PickedLine extends ShipmentLineQuantity {
  readonly shipped: number;
  /** Released but not picked: goes back to backorder, its stock written off. */
  readonly short: number;
}

/**
 * What shipping a shipment does to each of its lines. Without a report everything ships; with
 * one, the lines it names ship the quantity it gives (0 for a line not found at all) and the
 * rest ship in full. Naming a line twice, a line not on the shipment, or more than it holds is
 * refused.
 */
export function planPick(lines: readonly ShipmentLineQuantity[], report?: readonly PickReport[]): PickedLine[] | Refusal {
  const key = (l: { orderId: number; lineNo: number }) => `${l.orderId}/${l.lineNo}`;
  const picked = new Map<string, number>();
  const onShipment = new Map(lines.map((l) => [key(l), l]));
  for (const pick of report ?? []) {
    const k = key(pick);
    const line = onShipment.get(k);
    if (!line) {
      return refusal('shipment_line_not_found', `Order ${pick.orderId} line ${pick.lineNo} is not on this shipment.`, { ...pick });
    }
    if (picked.has(k)) return refusal('duplicate_line', `Order ${pick.orderId} line ${pick.lineNo} is named twice.`, { ...pick });
    if (pick.quantity > line.quantity) {
      return refusal('ship_exceeds_released', `Order ${pick.orderId} line ${pick.lineNo} has ${line.quantity} on this shipment; cannot ship ${pick.quantity}.`, {
        orderId: pick.orderId,
        lineNo: pick.lineNo,
        released: line.quantity,
        requested: pick.quantity,
      });
    }
    picked.set(k, pick.quantity);
  }
  return lines.map((line) => {
    const shipped = picked.get(key(line)) ?? line.quantity;
    return { ...line, shipped, short: line.quantity - shipped };
  });
}
