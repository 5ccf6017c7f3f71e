import { sql } from 'kysely';
import { Refused, type Refusal } from '../domain/refusal.js';
import type { ServiceContext } from './context.js';
import { enterOrders, isRefusal, type OrderInput } from '../services/orders/order-entry.js';
import type { OrderView } from '../queries/order-view.js';
import type { HttpDeps, Outcome } from '../http/command.js';

export interface IntakeRequest {
  readonly input: OrderInput;
  readonly actor: string;
  readonly key: string | undefined;
  readonly fingerprint: string;
}

interface Waiting extends IntakeRequest {
  resolve(outcome: Outcome<OrderView>): void;
  reject(error: unknown): void;
}

const MAX_BATCH = 256;

/**
 * Groups order requests that arrive while a batch is being entered into the next batch: one
 * transaction, one lock per item and one commit for all of them (the launch-day design). A
 * quiet service answers a lone request at once; under load, batches grow by themselves, and the
 * clients settle into two groups that take turns (one is answered while the other is entered).
 * One batch in flight measured faster than two on one SKU (docs/design.md). Idempotency keys
 * are claimed inside the batch's transaction, as for any other write.
 */
export class OrderIntake {
  private queue: Waiting[] = [];
  private draining = false;

  constructor(private readonly deps: HttpDeps) {}

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

  /** Up to MAX_BATCH requests of one actor; a key seen twice waits for the next batch. */
  private nextBatch(): Waiting[] {
    const actor = this.queue[0]!.actor;
    const keys = new Set<string>();
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const request of this.queue) {
      const fits = batch.length < MAX_BATCH && request.actor === actor && !(request.key && keys.has(request.key));
      if (fits) {
        batch.push(request);
        if (request.key) keys.add(request.key);
      } else {
        rest.push(request);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async enter(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await this.deps.db.transaction().execute((db) => enterBatch({ ...this.context(batch[0]!.actor), db }, batch));
      outcomes.forEach((outcome, i) => settle(batch[i]!, outcome));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // Something unexpected failed the whole batch: answer each request on its own.
      for (const request of batch) await this.enter([request]);
    }
  }

  private context(actor: string): ServiceContext {
    return { db: this.deps.db, actor, clock: this.deps.clock, fillMode: this.deps.fillMode };
  }
}

function settle(request: Waiting, outcome: Outcome<OrderView> | Refusal): void {
  if ('code' in outcome && !('status' in outcome)) request.reject(new Refused(outcome));
  else request.resolve(outcome as Outcome<OrderView>);
}

interface StoredKey {
  key: string;
  fingerprint: string;
  status: number | null;
  body: unknown;
}

async function enterBatch(ctx: ServiceContext, batch: readonly IntakeRequest[]): Promise<(Outcome<OrderView> | Refusal)[]> {
  const keyed = batch.filter((r) => r.key !== undefined);
  const claimed = new Set<string>();
  const earlier = new Map<string, StoredKey>();
  if (keyed.length > 0) {
    const { rows } = await sql<{ key: string }>`
      insert into idempotency_keys (key, fingerprint)
      select * from unnest(${keyed.map((r) => r.key)}::text[], ${keyed.map((r) => r.fingerprint)}::text[]) as k(key, fingerprint)
      order by key -- every writer claims in key order, so two never wait on each other in a cycle
      on conflict (key) do nothing returning key`.execute(ctx.db);
    for (const row of rows) claimed.add(row.key);
    const replays = keyed.filter((r) => !claimed.has(r.key!)).map((r) => r.key!);
    if (replays.length > 0) {
      const { rows: stored } = await sql<StoredKey>`
        select key, fingerprint, status, body from idempotency_keys where key = any(${replays}::text[])`.execute(ctx.db);
      for (const row of stored) earlier.set(row.key, row);
    }
  }

  const fresh = batch.filter((r) => r.key === undefined || claimed.has(r.key));
  const entered = await enterOrders(ctx, fresh.map((r) => r.input));
  const results = new Map(fresh.map((r, i) => [r, entered[i]!]));

  const refusedKeys = fresh.filter((r) => r.key !== undefined && isRefusal(results.get(r)!)).map((r) => r.key!);
  if (refusedKeys.length > 0) await sql`delete from idempotency_keys where key = any(${refusedKeys}::text[])`.execute(ctx.db);
  const storing = fresh.filter((r) => r.key !== undefined && !isRefusal(results.get(r)!));
  if (storing.length > 0) {
    await sql`
      update idempotency_keys k set status = 201, body = s.body
      from unnest(${storing.map((r) => r.key!)}::text[], ${storing.map((r) => JSON.stringify(results.get(r)))}::jsonb[]) as s(key, body)
      where k.key = s.key`.execute(ctx.db);
  }

  return batch.map((request) => {
    const result = results.get(request);
    if (result !== undefined) return isRefusal(result) ? result : { status: 201, body: result, replayed: false };
    return replay(request, earlier.get(request.key!)!);
  });
}

function replay(request: IntakeRequest, stored: StoredKey): Outcome<OrderView> | Refusal {
  if (stored.fingerprint !== request.fingerprint) {
    return {
      code: 'idempotency_key_reused',
      detail: `Idempotency-Key "${request.key}" was used for another request.`,
      context: { idempotencyKey: request.key },
    };
  }
  return { status: stored.status ?? 201, body: stored.body as OrderView, replayed: true };
}
