import type { FillMode } from '../config.js';
import type { Executor } from '../repositories/executor.js';

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
}
