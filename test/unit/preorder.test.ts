import { describe, expect, it } from 'vitest';
import { launched, preorderRoom, releasableOn, takesPreorders } from '../../src/domain/promising/preorder.js';

const terms = { launchDate: '2026-12-01', cap: 10 };

describe('preorders', () => {
  it('takes preorders only before the launch date', () => {
    expect(takesPreorders(terms, '2026-11-30')).toBe(true);
    expect(takesPreorders(terms, '2026-12-01')).toBe(false);
    expect(takesPreorders(null, '2026-11-01')).toBe(false);
  });

  it('counts the room left under the cap', () => {
    expect(preorderRoom(terms, 7)).toBe(3);
    expect(preorderRoom(terms, 12)).toBe(0);
    expect(preorderRoom({ ...terms, cap: null }, 1_000)).toBe(Number.POSITIVE_INFINITY);
  });

  it('never lets a preorder line be released before launch', () => {
    const item = { preorderLaunchDate: '2026-12-01' };
    expect(releasableOn({ preorder: true }, item, '2026-11-30')).toBe(false);
    expect(releasableOn({ preorder: true }, item, '2026-12-01')).toBe(true);
    expect(releasableOn({ preorder: true }, item, '2026-12-24')).toBe(true);
    expect(releasableOn({ preorder: false }, item, '2026-11-01')).toBe(true);
    expect(releasableOn({ preorder: true }, { preorderLaunchDate: null }, '2026-11-01')).toBe(true);
  });

  it('launches on or after the launch date, or at once when the terms were removed', () => {
    expect(launched({ preorderLaunchDate: '2026-12-01' }, '2026-11-30')).toBe(false);
    expect(launched({ preorderLaunchDate: '2026-12-01' }, '2026-12-01')).toBe(true);
    expect(launched({ preorderLaunchDate: null }, '2026-11-30')).toBe(true);
  });
});
