import { refusal, type Refusal } from './refusal.js';

/** A lifecycle as data: for each status, the events it accepts and the status each leads to. */
export type TransitionTable<S extends string, E extends string> = Readonly<Record<S, Readonly<Partial<Record<E, S>>>>>;

/** The status an event leads to, or the refusal (`transition_not_allowed`) when the table has no such move. */
export function nextStatus<S extends string, E extends string>(
  table: TransitionTable<S, E>,
  what: string,
  from: S,
  event: E,
): S | Refusal {
  const to = table[from][event];
  if (to !== undefined) return to;
  return refusal('transition_not_allowed', `A ${what} that is ${from.replaceAll('_', ' ')} cannot ${event.replaceAll('_', ' ')}.`, {
    status: from,
    event,
  });
}

/**
 * Checks a table at start-up: every target is a known status and every status other than the
 * initial one can be reached. Throws (a bug, not a business failure) when it does not hold.
 */
export function assertLifecycle<S extends string, E extends string>(table: TransitionTable<S, E>, initial: readonly S[]): void {
  const statuses = Object.keys(table) as S[];
  const reached = new Set<S>(initial);
  for (const from of statuses) {
    for (const to of Object.values(table[from]) as S[]) {
      if (!(to in table)) throw new Error(`lifecycle: ${from} leads to unknown status ${to}`);
      reached.add(to);
    }
  }
  const unreachable = statuses.filter((s) => !reached.has(s));
  if (unreachable.length > 0) throw new Error(`lifecycle: unreachable statuses ${unreachable.join(', ')}`);
}
