import { describe, expect, it } from 'vitest';
import { defaultPolicy, type BackorderStrategy, type FulfillmentPolicy, type ViolationLevel } from '../../src/domain/orders/fulfillment-policy.js';
import { releaseBlock } from '../../src/domain/release/release-block.js';
import { decideRelease, type ReleaseDecision } from '../../src/domain/release/release-decision.js';
import type { ReleaseCandidate, ReleaseLine } from '../../src/domain/release/release-line.js';
import type { ReleaseTerms } from '../../src/domain/release/release-terms.js';

const line = (lineNo: number, quantity: number, allocated: number, extra: Partial<ReleaseLine> = {}): ReleaseLine => ({
  lineNo,
  quantity,
  allocated,
  released: 0,
  shipped: 0,
  cancelled: 0,
  unitPrice: 10,
  preventPartialDelivery: false,
  service: false,
  ...extra,
});

const policy = (strategy: BackorderStrategy, extra: Partial<FulfillmentPolicy> = {}): FulfillmentPolicy => ({
  ...defaultPolicy,
  code: strategy,
  backorderStrategy: strategy,
  ...extra,
});

const terms = (strategy: BackorderStrategy, extra: Partial<ReleaseTerms> = {}): ReleaseTerms => ({
  strategy,
  shipType: 'partial_ok',
  policy: policy(strategy),
  customerPolicy: null,
  ...extra,
});

/**
 * The order in each phase, in two situations: `partial` (line 2 still lacks stock) and `full`
 * (every line fully allocated). Line 1 is always fully allocated. Later phases have shipped
 * part of line 1 in earlier releases; `releasesMade` says how many.
 */
const phases = {
  first: (ppd: boolean, full: boolean): ReleaseCandidate => ({
    releasesMade: 0,
    lines: [line(1, 10, 10, { preventPartialDelivery: ppd }), line(2, 5, full ? 5 : 2, { preventPartialDelivery: ppd })],
  }),
  second: (ppd: boolean, full: boolean): ReleaseCandidate => ({
    releasesMade: 1,
    lines: [line(1, 10, 4, { shipped: 6, preventPartialDelivery: ppd }), line(2, 5, full ? 5 : 2, { preventPartialDelivery: ppd })],
  }),
  later: (ppd: boolean, full: boolean): ReleaseCandidate => ({
    releasesMade: 2,
    lines: [line(1, 10, 4, { shipped: 6, preventPartialDelivery: ppd }), line(2, 5, full ? 5 : 2, { preventPartialDelivery: ppd })],
  }),
};
type Phase = keyof typeof phases;

/** What a release does: the lines and quantities it sends, or the code of the rule that refused. */
type Expected = Record<number, number> | string;
const outcome = (d: ReleaseDecision): Expected =>
  d.kind === 'release' ? Object.fromEntries(d.lines.map((l) => [l.lineNo, l.quantity])) : d.refusal.code;

// Line 1 unreleased: 10 at the first release, 4 later. Line 2: 2 when partial, 5 when full.
const all = { first: { 1: 10, 2: 5 }, second: { 1: 4, 2: 5 }, later: { 1: 4, 2: 5 } };
const standard = { first: { 1: 10, 2: 2 }, second: { 1: 4, 2: 2 }, later: { 1: 4, 2: 2 } };
const completeLinesOnly = { first: { 1: 10 }, second: { 1: 4 }, later: { 1: 4 } };

// One row per cell of the matrix (docs/domain.md#release-matrix):
// strategy × preventPartialDelivery × first / second / later release, with what the release
// does when line 2 is short (partial) and when every line is fully allocated (full).
const matrix: [BackorderStrategy, boolean, Phase, partial: Expected, full: Expected][] = [
  ['backorder_allowed', false, 'first', standard.first, all.first],
  ['backorder_allowed', false, 'second', standard.second, all.second],
  ['backorder_allowed', false, 'later', standard.later, all.later],
  ['backorder_allowed', true, 'first', completeLinesOnly.first, all.first],
  ['backorder_allowed', true, 'second', completeLinesOnly.second, all.second],
  ['backorder_allowed', true, 'later', completeLinesOnly.later, all.later],
  ['max_one_backorder', false, 'first', standard.first, all.first],
  ['max_one_backorder', false, 'second', 'max_one_backorder_incomplete', all.second],
  ['max_one_backorder', false, 'later', 'max_one_backorder_exhausted', 'max_one_backorder_exhausted'],
  ['max_one_backorder', true, 'first', completeLinesOnly.first, all.first],
  ['max_one_backorder', true, 'second', 'max_one_backorder_incomplete', all.second],
  ['max_one_backorder', true, 'later', 'max_one_backorder_exhausted', 'max_one_backorder_exhausted'],
  ['deliver_in_full', false, 'first', 'deliver_in_full_incomplete', all.first],
  ['deliver_in_full', false, 'second', 'deliver_in_full_incomplete', all.second],
  ['deliver_in_full', false, 'later', 'deliver_in_full_incomplete', all.later],
  ['deliver_in_full', true, 'first', 'deliver_in_full_incomplete', all.first],
  ['deliver_in_full', true, 'second', 'deliver_in_full_incomplete', all.second],
  ['deliver_in_full', true, 'later', 'deliver_in_full_incomplete', all.later],
  ['no_backorder', false, 'first', standard.first, all.first],
  ['no_backorder', false, 'second', 'no_backorder_single_release', 'no_backorder_single_release'],
  ['no_backorder', false, 'later', 'no_backorder_single_release', 'no_backorder_single_release'],
  ['no_backorder', true, 'first', completeLinesOnly.first, all.first],
  ['no_backorder', true, 'second', 'no_backorder_single_release', 'no_backorder_single_release'],
  ['no_backorder', true, 'later', 'no_backorder_single_release', 'no_backorder_single_release'],
];

describe('the release matrix', () => {
  it.each(matrix)('%s, preventPartialDelivery %s, %s release', (strategy, ppd, phase, partial, full) => {
    expect(outcome(decideRelease(terms(strategy), phases[phase](ppd, false)))).toEqual(partial);
    expect(outcome(decideRelease(terms(strategy), phases[phase](ppd, true)))).toEqual(full);
  });

  it('has one row for every cell', () => {
    expect(new Set(matrix.map(([s, p, phase]) => `${s}/${p}/${phase}`)).size).toBe(4 * 2 * 3);
  });

  it('treats ship type complete as deliver_in_full, whatever the strategy', () => {
    const complete = terms('backorder_allowed', { shipType: 'complete' });
    const refused = decideRelease(complete, phases.first(false, false));
    expect(refused).toMatchObject({ kind: 'refuse', strategy: 'deliver_in_full', refusal: { code: 'deliver_in_full_incomplete' } });
    expect(refused.kind === 'refuse' && refused.refusal.detail).toContain('ship type complete');
    expect(outcome(decideRelease(complete, phases.first(false, true)))).toEqual(all.first);
  });

  it('says which lines hold a release back and what they wait for', () => {
    const decision = decideRelease(terms('backorder_allowed'), phases.first(true, false));
    expect(decision).toMatchObject({ kind: 'release', heldBack: [{ lineNo: 2, units: 3 }] });
    const refused = decideRelease(terms('deliver_in_full'), phases.first(false, false));
    expect(refused).toMatchObject({ kind: 'refuse', refusal: { waitingFor: [{ lineNo: 2, units: 3 }] } });
  });

  it('refuses a preventPartialDelivery order when no line is complete, and one with nothing allocated', () => {
    const candidate = { releasesMade: 0, lines: [line(1, 5, 2, { preventPartialDelivery: true })] };
    expect(outcome(decideRelease(terms('backorder_allowed'), candidate))).toBe('prevent_partial_delivery');
    expect(outcome(decideRelease(terms('backorder_allowed'), { releasesMade: 0, lines: [line(1, 5, 0)] }))).toBe('nothing_to_release');
    const allReleased = { releasesMade: 1, lines: [line(1, 5, 5, { released: 5 })] };
    expect(outcome(decideRelease(terms('deliver_in_full'), allReleased))).toBe('nothing_to_release');
  });

  it('never releases or checks service lines', () => {
    const service = line(3, 2, 2, { service: true });
    const candidate = { releasesMade: 0, lines: [line(1, 4, 4), service] };
    expect(outcome(decideRelease(terms('deliver_in_full'), candidate))).toEqual({ 1: 4 });
    // A service line never counts against the fulfillment rate either.
    const rated = terms('backorder_allowed', { policy: policy('backorder_allowed', { fulfillmentRate: { valueType: 'quantity', minPercent: 100 }, violation: 'error' }) });
    expect(outcome(decideRelease(rated, candidate))).toEqual({ 1: 4 });
  });
});

describe('the fulfillment rate of the first release', () => {
  // 12 of 15 units (80 %); by value 10 × 10 + 2 × 40 = 180 of 10 × 10 + 5 × 40 = 300 (60 %).
  const candidate: ReleaseCandidate = { releasesMade: 0, lines: [line(1, 10, 10), line(2, 5, 2, { unitPrice: 40 })] };
  const rated = (valueType: 'quantity' | 'price', minPercent: number, violation: ViolationLevel) =>
    terms('backorder_allowed', { policy: policy('backorder_allowed', { fulfillmentRate: { valueType, minPercent }, violation }) });

  it.each([
    ['error', 'fulfillment_rate_below_minimum'],
    ['warning', { 1: 10, 2: 2 }],
    ['info', { 1: 10, 2: 2 }],
  ] as const)('below the minimum with violation %s', (violation, expected) => {
    const decision = decideRelease(rated('quantity', 90, violation), candidate);
    expect(outcome(decision)).toEqual(expected);
    if (decision.kind === 'release') expect(decision.rate).toMatchObject({ met: false, level: violation, percent: 80 });
  });

  it('passes when the share reaches the minimum, by quantity or by value', () => {
    expect(decideRelease(rated('quantity', 80, 'error'), candidate)).toMatchObject({ kind: 'release', rate: { met: true, percent: 80 } });
    expect(outcome(decideRelease(rated('price', 70, 'error'), candidate))).toBe('fulfillment_rate_below_minimum');
    expect(decideRelease(rated('price', 60, 'error'), candidate)).toMatchObject({ kind: 'release', rate: { met: true, percent: 60 } });
  });

  it('is checked on the first release only', () => {
    const second = { releasesMade: 1, lines: [line(1, 10, 4, { shipped: 6 }), line(2, 5, 2)] };
    expect(decideRelease(rated('quantity', 100, 'error'), second)).toMatchObject({ kind: 'release', rate: null });
  });

  it('applies the 100 % exception: customer policy 100 %, order strategy changed by hand to anything but deliver_in_full', () => {
    const hundred = policy('deliver_in_full', { fulfillmentRate: { valueType: 'quantity', minPercent: 100 }, violation: 'error' });
    for (const strategy of ['backorder_allowed', 'max_one_backorder', 'no_backorder'] as const) {
      const changed = terms(strategy, { policy: hundred, customerPolicy: hundred });
      expect(decideRelease(changed, candidate), strategy).toMatchObject({ kind: 'release', rate: null });
    }
    // Not changed (or changed to deliver_in_full): the rate stands.
    const kept = terms('deliver_in_full', { policy: hundred, customerPolicy: hundred });
    expect(outcome(decideRelease(kept, { releasesMade: 0, lines: [line(1, 10, 10), line(2, 5, 5)] }))).toEqual({ 1: 10, 2: 5 });
    const sameStrategy = policy('backorder_allowed', { fulfillmentRate: { valueType: 'quantity', minPercent: 100 }, violation: 'error' });
    expect(outcome(decideRelease(terms('backorder_allowed', { policy: sameStrategy, customerPolicy: sameStrategy }), candidate))).toBe(
      'fulfillment_rate_below_minimum',
    );
    // A customer policy below 100 % has no exception.
    const ninety = policy('deliver_in_full', { fulfillmentRate: { valueType: 'quantity', minPercent: 90 }, violation: 'error' });
    expect(outcome(decideRelease(terms('backorder_allowed', { policy: ninety, customerPolicy: ninety }), candidate))).toBe(
      'fulfillment_rate_below_minimum',
    );
  });
});

describe('release blocks (order status)', () => {
  it('says what a deliver_in_full order waits for before its first release', () => {
    const block = releaseBlock(terms('deliver_in_full'), { releasesMade: 0, lines: [line(1, 5, 0), line(2, 3, 1)] });
    expect(block).toEqual({
      rule: 'deliver_in_full',
      waitingFor: [
        { lineNo: 1, units: 5 },
        { lineNo: 2, units: 2 },
      ],
      summary: 'Waiting for 5 units on line 1 and 2 units on line 2 before the first release (deliver in full).',
    });
  });

  it('names ship type complete, and max_one_backorder before its second release only', () => {
    const short = [line(1, 5, 4)];
    expect(releaseBlock(terms('backorder_allowed', { shipType: 'complete' }), { releasesMade: 0, lines: short })?.summary).toBe(
      'Waiting for 1 unit on line 1 before the first release (ship type complete).',
    );
    expect(releaseBlock(terms('max_one_backorder'), { releasesMade: 0, lines: short })).toBeNull();
    expect(releaseBlock(terms('max_one_backorder'), { releasesMade: 1, lines: short })?.summary).toBe(
      'Waiting for 1 unit on line 1 before the second and last release (max one backorder).',
    );
    expect(releaseBlock(terms('backorder_allowed'), { releasesMade: 0, lines: short })).toBeNull();
    expect(releaseBlock(terms('deliver_in_full'), { releasesMade: 0, lines: [line(1, 5, 5)] })).toBeNull();
  });
});
