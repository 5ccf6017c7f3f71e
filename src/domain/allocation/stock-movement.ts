/**
 * The stock ledger's movement kinds (append-only). Each changes on hand and/or allocated at one
 * (item, location); the counters are the ledger's running sums. Every kind has a named inverse.
 */
export const movementKinds = ['receipt', 'return', 'adjustment', 'allocation', 'deallocation', 'issue'] as const;
export type MovementKind = (typeof movementKinds)[number];

export const inverseOf: Readonly<Record<MovementKind, MovementKind>> = {
  receipt: 'adjustment', // a receipt booked in error is taken out by a negative adjustment
  return: 'issue',
  adjustment: 'adjustment', // with the opposite sign
  allocation: 'deallocation',
  deallocation: 'allocation',
  issue: 'return',
};

export interface MovementDelta {
  readonly onHand: number;
  readonly allocated: number;
}

/** How a movement of `quantity` units (signed for adjustments) moves the two counters. */
export function movementDelta(kind: MovementKind, quantity: number): MovementDelta {
  switch (kind) {
    case 'receipt':
    case 'return':
    case 'adjustment':
      return { onHand: quantity, allocated: 0 };
    case 'allocation':
      return { onHand: 0, allocated: quantity };
    case 'deallocation':
      return { onHand: 0, allocated: -quantity };
    case 'issue':
      return { onHand: -quantity, allocated: -quantity };
  }
}
