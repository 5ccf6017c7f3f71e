import type { FillMode } from '../config.js';
import { dateOf, type IsoDate } from '../domain/business-date.js';
import type { Executor } from '../repositories/executor.js';
import type { LogEntry } from '../repositories/record-log-repository.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every service call gets first: where to write, who acts, what time it is, how to fill. */
export interface ServiceContext {
  readonly db: Executor;
  readonly actor: string;
  readonly clock: Clock;
  readonly fillMode: FillMode;
  /** The business day, when a job replays one (`asOf`); otherwise the clock's day (UTC). */
  readonly today?: IsoDate | undefined;
  /** Where record-log entries wait to be written in one insert (see `logEntries`); none: written at once. */
  readonly journal?: LogEntry[] | undefined;
}

export function businessDay(ctx: Pick<ServiceContext, 'clock' | 'today'>): IsoDate {
  return ctx.today ?? dateOf(ctx.clock.now());
}
