import { addDays, laterOf, type IsoDate } from '../business-date.js';
import type { LineStatus } from '../allocation/line-quantities.js';
import type { AllocationRule } from '../allocation/rationing.js';

/** Supply expected at one of our locations (or pegged to the line), earliest first. */
export interface Inbound {
  readonly date: IsoDate;
  readonly quantity: number;
  readonly location: string;
  readonly source: 'purchase_order' | 'transfer_order' | 'schedule';
  readonly reference: string | null;
}

/** The item's rationing as it bears on the line (docs/domain.md#rationing). */
export interface RationingFacts {
  readonly rule: AllocationRule;
  /** What the line's customer, and every customer, wait for at the line's priority. */
  readonly customerWaiting: number;
  readonly priorityWaiting: number;
  /** The cap in units today and what the line's customer holds (allocated, not shipped); null: no cap. */
  readonly cap: { readonly units: number; readonly held: number } | null;
  /** Where the rule and the cap come from: the item's own, its group's (named), or the default. Absent: the item's own. */
  readonly from?: RationingFrom;
}

/** Where an item's rule and cap in force come from: set on the item, on its group (`group` names it), or the default (queue, no cap). */
export interface RationingFrom {
  readonly rule: 'item' | 'group' | 'default';
  readonly customerCap: 'item' | 'group' | 'default';
  readonly group: string | null;
}

/** Rationing in force on a waiting line: its customer's share at its priority (fair share), its cap. */
export interface RationingInForce {
  readonly rule: AllocationRule;
  readonly share: { readonly percent: number; readonly customerWaiting: number; readonly priorityWaiting: number } | null;
  readonly customerCap: { readonly units: number; readonly held: number; readonly reached: boolean } | null;
}

/** Everything "why is this line waiting" is answered from (docs/domain.md#why-a-line-waits). */
export interface LineFacts {
  readonly today: IsoDate;
  readonly lineNo: number;
  readonly sku: string;
  readonly quantity: number;
  readonly allocated: number;
  readonly backordered: number;
  readonly status: LineStatus;
  /** False once the line's remainder may no longer wait (its strategy cancels it). */
  readonly mayWait: boolean;
  readonly backorderStrategy: string;
  readonly priority: number;
  readonly enteredOn: IsoDate;
  readonly expectedShipDate: IsoDate | null;
  /** Waiting lines of the item ranked ahead of this one, and the units they still wait for. */
  readonly linesAhead: number;
  readonly unitsAhead: number;
  readonly freeStock: readonly { readonly location: string; readonly available: number }[];
  readonly inbound: readonly Inbound[];
  /** Supply raised for this very line (a shortage purchase or transfer): it serves the line first. */
  readonly pegged: readonly Inbound[];
  readonly preorderLaunch: IsoDate | null;
  readonly releaseBlock: { readonly rule: string; readonly summary: string } | null;
  /** The cancellation deadline's rule: days after entry (the policy's, else the deployment's), or none. */
  readonly cancelAfterDays: number | null;
  /** Absent or null: the item is allocated in plain queue order, without a cap. */
  readonly rationing?: RationingFacts | null;
}

export type NotWaitingReason = 'filled' | 'shipped' | 'cancelled' | 'may_not_wait';

export type LineExplanation =
  | {
      readonly waiting: true;
      readonly lineNo: number;
      readonly sku: string;
      readonly backordered: number;
      readonly queue: { readonly position: number; readonly priority: number; readonly enteredOn: IsoDate; readonly linesAhead: number; readonly unitsAhead: number };
      readonly freeStock: { readonly location: string; readonly available: number }[];
      /** The supply expected to complete the line, null when none expected covers it. */
      readonly coveredBy: Inbound | null;
      readonly expectedShipDate: IsoDate | null;
      readonly pegged: Inbound[];
      readonly preorderLaunch: IsoDate | null;
      readonly releaseBlock: { readonly rule: string; readonly summary: string } | null;
      readonly cancellation: { readonly on: IsoDate; readonly afterDays: number } | null;
      readonly rationing: RationingInForce | null;
      /** Where the rationing in force comes from (null for a plain queue item). */
      readonly rationingFrom: RationingFrom | null;
      readonly sentence: string;
    }
  | { readonly waiting: false; readonly lineNo: number; readonly sku: string; readonly reason: NotWaitingReason; readonly sentence: string };

const units = (n: number) => `${n} unit${n === 1 ? '' : 's'}`;
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
const sourceName = { purchase_order: 'purchase order', transfer_order: 'transfer', schedule: 'the supply schedule' } as const;

function describeInbound(s: Inbound): string {
  const what = s.source === 'schedule' ? `${sourceName.schedule} brings` : `${sourceName[s.source]} ${s.reference ?? ''} brings`.replace('  ', ' ');
  return `${what} ${units(s.quantity)} to ${s.location} on ${s.date}`;
}

/**
 * Why a line waits, as data and as one plain sentence: its place in the item's queue, the units
 * owed to lines ahead, free stock, the supply that will complete it (the last arrival on or before
 * its promise date, as the promise walk counted it), a release block, a preorder launch, and the
 * cancellation deadline. A line that does not wait says why not.
 */
export function explainLine(facts: LineFacts): LineExplanation {
  const { lineNo, sku } = facts;
  const head = `Line ${lineNo} (${sku} × ${facts.quantity})`;
  if (facts.status === 'cancelled') return { waiting: false, lineNo, sku, reason: 'cancelled', sentence: `${head} is not waiting: it was cancelled.` };
  if (facts.status === 'shipped') return { waiting: false, lineNo, sku, reason: 'shipped', sentence: `${head} is not waiting: it has shipped.` };
  if (facts.backordered === 0) {
    return { waiting: false, lineNo, sku, reason: 'filled', sentence: `${head} is not waiting: all it still needs is allocated (${units(facts.allocated)}).` };
  }
  if (!facts.mayWait) {
    return {
      waiting: false,
      lineNo,
      sku,
      reason: 'may_not_wait',
      sentence: `${head} is not waiting: its order's strategy (${facts.backorderStrategy}) lets no remainder wait, so its ${units(facts.backordered)} will be cancelled.`,
    };
  }
  const coveredBy = facts.expectedShipDate === null ? null : lastArrivalBy([...facts.pegged, ...facts.inbound], facts.today, facts.expectedShipDate);
  const cancellation = facts.cancelAfterDays === null ? null : { on: addDays(facts.enteredOn, facts.cancelAfterDays), afterDays: facts.cancelAfterDays };
  const free = facts.freeStock.filter((f) => f.available > 0);
  const rationing = rationingInForce(facts.rationing ?? null);
  const rationingFrom = facts.rationing ? (facts.rationing.from ?? { rule: 'item', customerCap: facts.rationing.cap ? 'item' : 'default', group: null }) : null;
  const parts = [
    `${head} waits for ${units(facts.backordered)}.`,
    facts.linesAhead === 0
      ? `It is first in the ${sku} queue (priority ${facts.priority}, entered ${facts.enteredOn}).`
      : `It is ${ordinal(facts.linesAhead + 1)} in the ${sku} queue (priority ${facts.priority}, entered ${facts.enteredOn}), behind ${facts.linesAhead} line${facts.linesAhead === 1 ? '' : 's'} waiting for ${units(facts.unitsAhead)}.`,
    free.length === 0 ? 'No location has free stock.' : `Free stock: ${free.map((f) => `${f.available} at ${f.location}`).join(', ')} (not enough for the lines ahead and this one).`,
    rationing ? describeRationing(rationing, sku, facts.priority, rationingFrom) : '',
    facts.pegged.length > 0 ? `Raised for this line: ${facts.pegged.map(describeInbound).join('; ')}.` : '',
    coveredBy
      ? `${capitalise(describeInbound(coveredBy))}, so it is expected to ship on ${facts.expectedShipDate}.`
      : facts.expectedShipDate
        ? `It is expected to ship on ${facts.expectedShipDate}.`
        : 'No expected supply covers it yet: it has no expected ship date.',
    facts.preorderLaunch && facts.preorderLaunch > facts.today ? `It is a preorder: nothing ships before the launch on ${facts.preorderLaunch}.` : '',
    facts.releaseBlock ? `Its order's release is held (${facts.releaseBlock.rule}): ${facts.releaseBlock.summary}` : '',
    cancellation ? `If still waiting, it is cancelled on ${cancellation.on} (${cancellation.afterDays} days after entry).` : '',
  ];
  return {
    waiting: true,
    lineNo,
    sku,
    backordered: facts.backordered,
    queue: { position: facts.linesAhead + 1, priority: facts.priority, enteredOn: facts.enteredOn, linesAhead: facts.linesAhead, unitsAhead: facts.unitsAhead },
    freeStock: [...facts.freeStock],
    coveredBy,
    expectedShipDate: facts.expectedShipDate,
    pegged: [...facts.pegged],
    preorderLaunch: facts.preorderLaunch,
    releaseBlock: facts.releaseBlock,
    cancellation,
    rationing,
    rationingFrom,
    sentence: parts.filter(Boolean).join(' '),
  };
}

function rationingInForce(facts: RationingFacts | null): RationingInForce | null {
  if (facts === null) return null;
  const share =
    facts.rule === 'fair_share' && facts.priorityWaiting > 0
      ? {
          percent: Math.round((100 * facts.customerWaiting) / facts.priorityWaiting),
          customerWaiting: facts.customerWaiting,
          priorityWaiting: facts.priorityWaiting,
        }
      : null;
  const customerCap = facts.cap && { units: facts.cap.units, held: facts.cap.held, reached: facts.cap.held >= facts.cap.units };
  return { rule: facts.rule, share, customerCap };
}

function describeRationing(r: RationingInForce, sku: string, priority: number, from: RationingFrom | null): string {
  const byGroup = (part: 'rule' | 'customerCap', what: string) => (from?.[part] === 'group' ? ` (${what} of its group ${from.group})` : '');
  const share = r.share
    ? `${sku} is shared fairly while short${byGroup('rule', 'the rule')}: at priority ${priority} its customer waits for ${units(r.share.customerWaiting)} of the ${units(r.share.priorityWaiting)} waiting, so it gets ${r.share.percent} % of what comes for that priority.`
    : '';
  const cap = r.customerCap
    ? r.customerCap.reached
      ? `Its customer holds ${units(r.customerCap.held)}, at its cap of ${r.customerCap.units}${byGroup('customerCap', 'the cap')}: it gets more only when no other customer waits.`
      : `Its customer holds ${units(r.customerCap.held)} of a cap of ${r.customerCap.units}${byGroup('customerCap', 'the cap')} while others wait.`
    : '';
  return [share, cap].filter(Boolean).join(' ');
}

/** The latest arrival (supply due in the past counts as today) on or before the promised day. */
function lastArrivalBy(supply: readonly Inbound[], today: IsoDate, promised: IsoDate): Inbound | null {
  let last: Inbound | null = null;
  for (const s of supply) {
    const arrives = laterOf(today, s.date);
    if (arrives <= promised && (last === null || arrives >= laterOf(today, last.date))) last = { ...s, date: arrives };
  }
  return last;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
