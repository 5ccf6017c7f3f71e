import type { Kysely } from 'kysely';
import type { FillMode } from '../config.js';
import type { Database } from '../db/schema.js';
import type { ActorLike } from '../domain/access/actor.js';
import { isRefused, Refused, type Refusal } from '../domain/refusal.js';
import type { Clock, ReadContext, ServiceContext } from './context.js';
import { IdempotencyKeys, type IdempotentRequest } from './idempotency.js';
import { unitOfWork, type RootContext } from './unit-of-work.js';

export interface CoreDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly fillMode: FillMode;
  readonly idempotency: IdempotencyKeys;
}

/** A command's answer: the status to send, the body, and whether it replays an earlier answer. */
export interface Outcome<T> {
  readonly status: number;
  readonly body: T;
  readonly replayed: boolean;
}

/**
 * The way into Allot for a caller (an HTTP route, the CLI): a read, or a command run as one unit
 * of work with its idempotency key claimed inside it. A command that throws a refusal writes
 * nothing (its key is not kept); one that returns a refusal keeps what it wrote (the record of
 * the refusal) but gives its key back; both reach the caller as `Refused`.
 */
export class Commands {
  constructor(readonly deps: CoreDeps) {}

  root(actor: ActorLike): RootContext {
    const { db, clock, fillMode } = this.deps;
    return { db, actor, clock, fillMode };
  }

  read<T>(actor: ActorLike, query: (ctx: ReadContext) => Promise<T>): Promise<T> {
    return query(this.root(actor));
  }

  async run<T>(
    actor: ActorLike,
    status: number,
    request: IdempotentRequest | undefined,
    command: (ctx: ServiceContext) => Promise<T | Refusal>,
  ): Promise<Outcome<T>> {
    const keys = this.deps.idempotency;
    const outcome = await unitOfWork(this.root(actor), async (ctx): Promise<Outcome<T> | Refusal> => {
      if (request) {
        const verdict = (await keys.claim(ctx, [request])).get(request.key)!;
        if (verdict.kind === 'refused') return verdict;
        if (verdict.kind === 'replay') return { status: verdict.status, body: verdict.body as T, replayed: true };
      }
      const body = await command(ctx);
      if (isRefused(body)) {
        if (request) await keys.settle(ctx, [], [request.key]);
        return body;
      }
      if (request) await keys.settle(ctx, [{ key: request.key, status, body }], []);
      return { status, body, replayed: false };
    });
    if (isRefused(outcome)) throw new Refused(outcome);
    return outcome;
  }
}
