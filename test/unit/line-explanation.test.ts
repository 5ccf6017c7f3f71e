import { describe, expect, it } from 'vitest';
import { explainLine, type LineFacts } from '../../src/domain/promising/line-explanation.js';

const facts = (over: Partial<LineFacts> = {}): LineFacts => ({
  today: '2026-11-01',
  lineNo: 1,
  sku: 'TR',
  quantity: 5,
  allocated: 2,
  backordered: 3,
  status: 'partially_allocated',
  mayWait: true,
  backorderStrategy: 'backorder_allowed',
  priority: 0,
  enteredOn: '2026-10-30',
  expectedShipDate: null,
  linesAhead: 0,
  unitsAhead: 0,
  freeStock: [{ location: 'WH1', available: 0 }],
  inbound: [],
  pegged: [],
  preorderLaunch: null,
  releaseBlock: null,
  cancelAfterDays: null,
  ...over,
});

describe('why a line waits', () => {
  it('first in the queue with nothing expected: no date, and says so', () => {
    const answer = explainLine(facts());
    expect(answer).toMatchObject({ waiting: true, queue: { position: 1, linesAhead: 0, unitsAhead: 0 }, coveredBy: null, cancellation: null });
    expect(answer.sentence).toBe(
      'Line 1 (TR × 5) waits for 3 units. It is first in the TR queue (priority 0, entered 2026-10-30). No location has free stock. No expected supply covers it yet: it has no expected ship date.',
    );
  });

  it('behind other lines, covered by the last arrival on or before its promise date', () => {
    const answer = explainLine(
      facts({
        linesAhead: 2,
        unitsAhead: 7,
        expectedShipDate: '2026-11-20',
        inbound: [
          { date: '2026-10-25', quantity: 4, location: 'WH1', source: 'schedule', reference: null },
          { date: '2026-11-20', quantity: 10, location: 'WH1', source: 'purchase_order', reference: 'PO#7' },
          { date: '2026-12-01', quantity: 10, location: 'WH1', source: 'purchase_order', reference: 'PO#8' },
        ],
        cancelAfterDays: 60,
      }),
    );
    expect(answer).toMatchObject({
      waiting: true,
      queue: { position: 3, linesAhead: 2, unitsAhead: 7 },
      coveredBy: { reference: 'PO#7', date: '2026-11-20' },
      cancellation: { on: '2026-12-29', afterDays: 60 },
    });
    expect(answer.sentence).toContain('It is 3rd in the TR queue (priority 0, entered 2026-10-30), behind 2 lines waiting for 7 units.');
    expect(answer.sentence).toContain('Purchase order PO#7 brings 10 units to WH1 on 2026-11-20, so it is expected to ship on 2026-11-20.');
    expect(answer.sentence).toContain('If still waiting, it is cancelled on 2026-12-29 (60 days after entry).');
  });

  it('counts supply due in the past as arriving today', () => {
    const answer = explainLine(facts({ expectedShipDate: '2026-11-01', inbound: [{ date: '2026-10-20', quantity: 5, location: 'WH2', source: 'transfer_order', reference: 'TO#3' }] }));
    expect(answer).toMatchObject({ coveredBy: { reference: 'TO#3', date: '2026-11-01' } });
  });

  it('names pegged supply, a preorder launch and a release block', () => {
    const answer = explainLine(
      facts({
        expectedShipDate: '2026-12-01',
        pegged: [{ date: '2026-11-10', quantity: 3, location: 'WH1', source: 'purchase_order', reference: 'PO#9' }],
        preorderLaunch: '2026-12-01',
        releaseBlock: { rule: 'deliver_in_full', summary: 'waiting for 3 units on line 1.' },
        freeStock: [{ location: 'WH2', available: 1 }],
      }),
    );
    expect(answer.sentence).toContain('Free stock: 1 at WH2');
    expect(answer.sentence).toContain('Raised for this line: purchase order PO#9 brings 3 units to WH1 on 2026-11-10.');
    expect(answer.sentence).toContain('nothing ships before the launch on 2026-12-01');
    expect(answer.sentence).toContain("Its order's release is held (deliver_in_full): waiting for 3 units on line 1.");
  });

  it('shows the fair share in force: its customer\'s part of what waits at its priority', () => {
    const answer = explainLine(facts({ priority: 5, rationing: { rule: 'fair_share', customerWaiting: 3, priorityWaiting: 12, cap: null } }));
    expect(answer).toMatchObject({ waiting: true, rationing: { rule: 'fair_share', share: { percent: 25, customerWaiting: 3, priorityWaiting: 12 }, customerCap: null } });
    expect(answer.sentence).toContain(
      'TR is shared fairly while short: at priority 5 its customer waits for 3 units of the 12 units waiting, so it gets 25 % of what comes for that priority.',
    );
  });

  it('shows a customer cap, reached or not', () => {
    const reached = explainLine(facts({ rationing: { rule: 'queue', customerWaiting: 3, priorityWaiting: 3, cap: { units: 4, held: 4 } } }));
    expect(reached).toMatchObject({ rationing: { rule: 'queue', share: null, customerCap: { units: 4, held: 4, reached: true } } });
    expect(reached.sentence).toContain('Its customer holds 4 units, at its cap of 4: it gets more only when no other customer waits.');
    const room = explainLine(facts({ rationing: { rule: 'fair_share', customerWaiting: 3, priorityWaiting: 3, cap: { units: 10, held: 2 } } }));
    expect(room).toMatchObject({ rationing: { share: { percent: 100 }, customerCap: { units: 10, held: 2, reached: false } } });
    expect(room.sentence).toContain('Its customer holds 2 units of a cap of 10 while others wait.');
  });

  it('says nothing of rationing for a plain queue item', () => {
    const answer = explainLine(facts({ rationing: null }));
    expect(answer).toMatchObject({ waiting: true, rationing: null });
    expect(answer.sentence).not.toMatch(/shared fairly|cap/);
  });

  it('says why a line does not wait', () => {
    expect(explainLine(facts({ backordered: 0, allocated: 5, status: 'allocated' }))).toMatchObject({ waiting: false, reason: 'filled' });
    expect(explainLine(facts({ backordered: 0, status: 'shipped' }))).toMatchObject({ waiting: false, reason: 'shipped' });
    expect(explainLine(facts({ backordered: 0, status: 'cancelled' }))).toMatchObject({ waiting: false, reason: 'cancelled' });
    const closed = explainLine(facts({ mayWait: false, backorderStrategy: 'no_backorder' }));
    expect(closed).toMatchObject({ waiting: false, reason: 'may_not_wait' });
    expect(closed.sentence).toContain('no_backorder');
  });

  it('writes ordinals in English', () => {
    const position = (ahead: number) => explainLine(facts({ linesAhead: ahead, unitsAhead: ahead })).sentence.match(/It is (\w+) in/)![1];
    expect([1, 2, 10, 11, 12, 20, 21, 22, 102].map(position)).toEqual(['2nd', '3rd', '11th', '12th', '13th', '21st', '22nd', '23rd', '103rd']);
  });
});
