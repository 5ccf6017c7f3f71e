import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ServiceContext } from '../app/context.js';
import { unitOfWork } from '../app/unit-of-work.js';
import { Refused } from '../domain/refusal.js';
import type { JobContext } from './job.js';

/** A step a run left out because its subject changed meanwhile: which one, and the refusal's code. */
export interface SkippedStep {
  readonly [subject: string]: unknown;
  readonly code: string;
  readonly detail: string;
}

/**
 * The steps of a job that works order by order (or item by item): each step is its own unit of
 * work (one short transaction, retried when PostgreSQL asks), so a step sees the subject as it is
 * now, not as it was when the run listed it. An expected refusal of one step (an order cancelled
 * or shipped meanwhile) rolls back that step only and is reported; the run goes on. Anything else
 * (a bug, the database gone) still stops the run.
 * Before each step the run's signal is checked, so a shutdown stops a run between two steps, and
 * the event loop gets a turn: on the embedded database a query resolves without waiting for I/O,
 * so a run of back-to-back steps would otherwise keep every request waiting until it ended.
 */
export class JobSteps {
  readonly skipped: SkippedStep[] = [];

  constructor(private readonly ctx: JobContext) {}

  /** Runs one step; answers its result, or undefined when it was refused and skipped. */
  async run<T>(subject: Readonly<Record<string, unknown>>, work: (ctx: ServiceContext) => Promise<T>): Promise<T | undefined> {
    await nextTurn();
    this.ctx.signal?.throwIfAborted();
    try {
      return await unitOfWork(this.ctx, work);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      this.skipped.push({ ...subject, code: error.refusal.code, detail: error.refusal.detail });
      return undefined;
    }
  }
}
