import type { FillMode } from '../config.js';
import type { ActorLike } from '../domain/access/actor.js';
import { dateOf, type IsoDate } from '../domain/business-date.js';
import type { Executor } from '../repositories/executor.js';
import type { UnitOfWork } from './unit-of-work.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What a read gets: where to read, who asks, what time it is. */
export interface ReadContext {
  readonly db: Executor;
  /** The authenticated caller (a bare name: the service itself, e.g. a schedule or a test). */
  readonly actor: ActorLike;
  readonly clock: Clock;
  readonly fillMode: FillMode;
  /** The business day, when a job replays one (`asOf`); otherwise the clock's day (UTC). */
  readonly today?: IsoDate | undefined;
}

/**
 * What every command gets first: a read context on the open transaction of its unit of work,
 * and that unit of work (its record-log journal and the items whose supply or queue it changed).
 * Only `runUnitOfWork` makes one.
 */
export interface ServiceContext extends ReadContext {
  readonly work: UnitOfWork;
}

export function businessDay(ctx: Pick<ReadContext, 'clock' | 'today'>): IsoDate {
  return ctx.today ?? dateOf(ctx.clock.now());
}
