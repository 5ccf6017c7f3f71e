import { sameActor, type ActorLike } from '../domain/access/actor.js';
import { isRefused, Refused, type Refusal } from '../domain/refusal.js';
import type { OrderView } from '../queries/order-view.js';
import { enterOrders, type OrderInput } from '../services/orders/order-entry.js';
import type { CoreDeps, Outcome } from './commands.js';
import type { ServiceContext } from './context.js';
import type { IdempotentRequest } from './idempotency.js';
import { unitOfWork } from './unit-of-work.js';

export interface IntakeRequest {
  readonly input: OrderInput;
  readonly actor: ActorLike;
  readonly idempotency: IdempotentRequest | undefined;
}

interface Waiting extends IntakeRequest {
  resolve(outcome: Outcome<OrderView>): void;
  reject(error: unknown): void;
}

const MAX_BATCH = 256;

/**
 * Groups order requests that arrive while a batch is being entered into the next batch: one
 * unit of work, one lock per item and one commit for all of them (the launch-day design). A
 * quiet service answers a lone request at once; under load, batches grow by themselves, and the
 * clients settle into two groups that take turns (one is answered while the other is entered).
 * One batch in flight measured faster than two on one SKU (docs/design.md). Idempotency keys
 * are claimed inside the batch's unit of work, as for any other command.
 */
export class OrderIntake {
  private queue: Waiting[] = [];
  private draining = false;

  constructor(private readonly deps: CoreDeps) {}

  submit(request: IntakeRequest): Promise<Outcome<OrderView>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...request, resolve, reject });
      if (this.draining) return;
      this.draining = true;
      // After the requests already read in this turn of the event loop: with the embedded
      // database, whose queries resolve without yielding, they would otherwise go one by one.
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.enter(this.nextBatch());
    } finally {
      this.draining = false;
    }
  }

  /**
   * Up to MAX_BATCH requests, whoever sent them (each order keeps its own caller in the record
   * log); a key seen twice waits for the next batch.
   */
  private nextBatch(): Waiting[] {
    const keys = new Set<string>();
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const request of this.queue) {
      const key = request.idempotency?.key;
      const fits = batch.length < MAX_BATCH && !(key && keys.has(key));
      if (fits) {
        batch.push(request);
        if (key) keys.add(key);
      } else {
        rest.push(request);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async enter(batch: Waiting[]): Promise<void> {
    try {
      const { db, clock, fillMode } = this.deps;
      const outcomes = await unitOfWork({ db, clock, fillMode, actor: batchActor(batch) }, (ctx) => this.enterBatch(ctx, batch));
      // Answered on the next turn of the event loop: the next batch's first statement goes to the
      // database first, and this batch's answers are written while the database works on it.
      setImmediate(() =>
        outcomes.forEach((outcome, i) => {
          if (isRefused(outcome)) batch[i]!.reject(new Refused(outcome));
          else batch[i]!.resolve(outcome);
        }),
      );
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // Something unexpected failed the whole batch: answer each request on its own.
      for (const request of batch) await this.enter([request]);
    }
  }

  private async enterBatch(ctx: ServiceContext, batch: readonly IntakeRequest[]): Promise<(Outcome<OrderView> | Refusal)[]> {
    const keys = this.deps.idempotency;
    const keyed = batch.flatMap((r) => (r.idempotency ? [r.idempotency] : []));
    const verdicts = await keys.claim(ctx, keyed);
    const verdictOf = (r: IntakeRequest) => (r.idempotency ? verdicts.get(r.idempotency.key)! : ({ kind: 'run' } as const));

    const fresh = batch.filter((r) => verdictOf(r).kind === 'run');
    const entered = await enterOrders(
      ctx,
      fresh.map((r) => r.input),
      fresh.map((r) => r.actor),
    );
    const results = new Map(fresh.map((r, i) => [r, entered[i]!]));
    const withKey = fresh.filter((r) => r.idempotency !== undefined);
    await keys.settle(
      ctx,
      withKey.flatMap((r) => {
        const result = results.get(r)!;
        return isRefused(result) ? [] : [{ key: r.idempotency!.key, status: 201, body: result }];
      }),
      withKey.filter((r) => isRefused(results.get(r)!)).map((r) => r.idempotency!.key),
    );

    return batch.map((request) => {
      const result = results.get(request);
      if (result !== undefined) return isRefused(result) ? result : { status: 201, body: result, replayed: false };
      const verdict = verdictOf(request);
      if (verdict.kind === 'replay') return { status: verdict.status, body: verdict.body as OrderView, replayed: true };
      return verdict as Refusal;
    });
  }
}

/** Whom a batch's own doings are recorded for: its one caller, or the intake itself when it mixes callers. */
function batchActor(batch: readonly IntakeRequest[]): ActorLike {
  const first = batch[0]!.actor;
  return batch.every((r) => sameActor(r.actor, first)) ? first : 'order intake';
}
