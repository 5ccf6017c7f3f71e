import { describe, expect, it } from 'vitest';
import { assertLifecycle } from '../../src/domain/lifecycle.js';
import { purchaseOrderAfter } from '../../src/domain/supply/purchase-order-lifecycle.js';
import { transferOrderAfter } from '../../src/domain/supply/transfer-order-lifecycle.js';

describe('purchase order lifecycle', () => {
  it('goes draft → open → partially received → received, or to cancelled', () => {
    expect(purchaseOrderAfter('draft', 'confirm')).toBe('open');
    expect(purchaseOrderAfter('open', 'receive_part')).toBe('partially_received');
    expect(purchaseOrderAfter('partially_received', 'receive_part')).toBe('partially_received');
    expect(purchaseOrderAfter('partially_received', 'receive_rest')).toBe('received');
    expect(purchaseOrderAfter('open', 'receive_rest')).toBe('received');
    expect(purchaseOrderAfter('partially_received', 'cancel')).toBe('cancelled');
    expect(purchaseOrderAfter('draft', 'cancel')).toBe('cancelled');
  });

  it('refuses what the table does not allow, with a stable code', () => {
    expect(purchaseOrderAfter('draft', 'receive_rest')).toMatchObject({ code: 'transition_not_allowed', context: { status: 'draft', event: 'receive_rest' } });
    expect(purchaseOrderAfter('received', 'cancel')).toMatchObject({ code: 'transition_not_allowed' });
    expect(purchaseOrderAfter('cancelled', 'receive_part')).toMatchObject({ code: 'transition_not_allowed' });
    expect(purchaseOrderAfter('open', 'confirm')).toMatchObject({ code: 'transition_not_allowed' });
  });
});

describe('transfer order lifecycle', () => {
  it('ships, then receives; only an open transfer may be cancelled', () => {
    expect(transferOrderAfter('open', 'ship')).toBe('shipped');
    expect(transferOrderAfter('shipped', 'receive')).toBe('received');
    expect(transferOrderAfter('open', 'cancel')).toBe('cancelled');
    expect(transferOrderAfter('open', 'receive')).toMatchObject({ code: 'transition_not_allowed' });
    expect(transferOrderAfter('shipped', 'cancel')).toMatchObject({ code: 'transition_not_allowed' });
    expect(transferOrderAfter('received', 'ship')).toMatchObject({ code: 'transition_not_allowed' });
  });
});

describe('lifecycle tables are checked at start-up', () => {
  it('rejects unknown targets and unreachable statuses', () => {
    expect(() => assertLifecycle({ a: { go: 'b' }, b: {} } as never, ['a'])).not.toThrow();
    expect(() => assertLifecycle({ a: { go: 'c' }, b: {} } as never, ['a'])).toThrow(/unknown status c/);
    expect(() => assertLifecycle({ a: {}, b: {} } as never, ['a'])).toThrow(/unreachable statuses b/);
  });
});
