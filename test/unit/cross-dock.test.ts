import { describe, expect, it } from 'vitest';
import { crossDockApplies, type CrossDockCase } from '../../src/domain/supply/cross-dock.js';

const base: CrossDockCase = {
  strategy: 'deliver_in_full',
  hasAlternative: true,
  windowDays: 3,
  plannedShipDate: '2026-11-12',
  receiptDate: '2026-11-10',
  today: '2026-11-01',
};

describe('cross-dock policy switch', () => {
  it('switches deliver_in_full and max_one_backorder orders whose receipt falls within the window before the planned ship date', () => {
    expect(crossDockApplies(base)).toBe(true);
    expect(crossDockApplies({ ...base, strategy: 'max_one_backorder' })).toBe(true);
    expect(crossDockApplies({ ...base, receiptDate: '2026-11-09' })).toBe(true);
    expect(crossDockApplies({ ...base, receiptDate: '2026-11-12' })).toBe(true);
  });

  it('keeps the policy outside the window, without an alternative, or for strategies that do not block', () => {
    expect(crossDockApplies({ ...base, receiptDate: '2026-11-08' })).toBe(false); // stored too long before shipping
    expect(crossDockApplies({ ...base, receiptDate: '2026-11-13' })).toBe(false); // arrives after the planned date
    expect(crossDockApplies({ ...base, hasAlternative: false })).toBe(false);
    expect(crossDockApplies({ ...base, strategy: 'backorder_allowed' })).toBe(false);
    expect(crossDockApplies({ ...base, strategy: 'no_backorder' })).toBe(false);
  });

  it('applies without a window whenever the order waits for its purchase order', () => {
    expect(crossDockApplies({ ...base, windowDays: null, receiptDate: '2027-01-01' })).toBe(true);
  });

  it('plans an undated or late order for today, and an overdue receipt as today', () => {
    expect(crossDockApplies({ ...base, plannedShipDate: null, receiptDate: '2026-11-01' })).toBe(true);
    expect(crossDockApplies({ ...base, plannedShipDate: null, receiptDate: '2026-11-02' })).toBe(false);
    expect(crossDockApplies({ ...base, plannedShipDate: '2026-10-01', receiptDate: '2026-10-20' })).toBe(true);
  });
});
