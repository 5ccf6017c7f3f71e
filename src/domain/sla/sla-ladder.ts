import { addDays, type IsoDate } from '../business-date.js';
import { refusal, type Refusal } from '../refusal.js';

/** What a waiting customer may choose for a backordered line (docs/domain.md#the-sla-ladder). */
export const customerChoices = ['keep_waiting', 'ship_available', 'cancel'] as const;
export type CustomerChoice = (typeof customerChoices)[number];

export const slaActions = ['notify', 'ask', 'default_choice', 'cancel'] as const;
export type SlaAction = (typeof slaActions)[number];

/** What a step counts its days from: the order's entry, or a promise date that has passed. */
export const slaAnchors = ['entry', 'promise_date'] as const;
export type SlaAnchor = (typeof slaAnchors)[number];

/** One step of a policy's ladder: `action` at `afterDays` days after `from`. */
export interface SlaStep {
  readonly afterDays: number;
  readonly from: SlaAnchor;
  readonly action: SlaAction;
  /** The choice a `default_choice` step applies (only there). */
  readonly choice?: CustomerChoice | undefined;
}

/** How a step is recorded as taken on a line: stable while the ladder around it changes. */
export function stepKey(step: SlaStep): string {
  return `${step.from}+${step.afterDays}:${step.action}`;
}

/**
 * Checks a ladder, with the policy's cancellation days (its last step, counted from entry): the
 * steps of one anchor come in strictly increasing days, all before the cancellation; a default
 * choice names its choice and follows an ask; only a default choice names one; a cancel step
 * comes last. Answers the first refusal, or undefined.
 */
export function ladderRefusal(steps: readonly SlaStep[], cancelAfterDays: number | null): Refusal | undefined {
  const field = (i: number, name?: string) => ({ field: `body/slaLadder/${i}${name ? `/${name}` : ''}`, step: i });
  const lastDays = new Map<SlaAnchor, number>();
  let asked = false;
  for (const [i, step] of steps.entries()) {
    const before = lastDays.get(step.from);
    if (before !== undefined && step.afterDays <= before) {
      return refusal('sla_steps_out_of_order', `Step ${i} (${step.afterDays} days after ${step.from}) does not come after the step before it (${before} days).`, field(i, 'afterDays'));
    }
    if (step.from === 'entry' && cancelAfterDays !== null && step.afterDays >= cancelAfterDays) {
      return refusal('sla_steps_out_of_order', `Step ${i} (${step.afterDays} days after entry) is not before the cancellation after ${cancelAfterDays} days.`, field(i, 'afterDays'));
    }
    lastDays.set(step.from, step.afterDays);
    if (step.action === 'default_choice') {
      if (step.choice === undefined) return refusal('sla_default_choice_missing', `Step ${i} applies a default choice but names none.`, field(i, 'choice'));
      if (!asked) return refusal('sla_default_without_ask', `Step ${i} applies a default choice before the customer was asked.`, field(i));
    } else if (step.choice !== undefined) {
      return refusal('sla_choice_not_allowed', `Step ${i} (${step.action}) takes no choice: only a default_choice step does.`, field(i, 'choice'));
    }
    if (step.action === 'ask') asked = true;
    if (step.action === 'cancel' && i !== steps.length - 1) return refusal('sla_cancel_not_last', `Step ${i} cancels, so it must be the last step.`, field(i));
  }
  return undefined;
}

/** What the walk knows of one waiting line. */
export interface LadderLine {
  readonly enteredOn: IsoDate;
  readonly expectedShipDate: IsoDate | null;
  /** What the customer chose (or was chosen for them), if anything. */
  readonly choice: CustomerChoice | null;
  /** Keys of the steps already taken on the line. */
  readonly taken: ReadonlySet<string>;
}

/** The day a step is due on a line; null while it cannot be (no promise date, or one not missed yet). */
function dueOn(step: SlaStep, line: LadderLine, today: IsoDate): IsoDate | null {
  if (step.from === 'entry') return addDays(line.enteredOn, step.afterDays);
  if (line.expectedShipDate === null || line.expectedShipDate >= today) return null;
  return addDays(line.expectedShipDate, step.afterDays);
}

/**
 * The steps to take on a waiting line today, in ladder order: due, not yet taken. A line whose
 * customer chose to keep waiting is not asked again, nor given a default, nor cancelled by the
 * ladder (notices still go). After any step but a notice the walk stops for this run: a customer
 * always has until the next run to answer before a default choice or a cancellation follows.
 */
export function stepsDue(ladder: readonly SlaStep[], line: LadderLine, today: IsoDate): SlaStep[] {
  const due: SlaStep[] = [];
  for (const step of ladder) {
    if (line.taken.has(stepKey(step))) continue;
    const on = dueOn(step, line, today);
    if (on === null || on > today) continue;
    if (line.choice !== null && step.action !== 'notify') continue;
    due.push(step);
    if (step.action !== 'notify') break;
  }
  return due;
}
