import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ActorLike } from '../domain/access/actor.js';
import { appendLog, type LogEntry } from '../repositories/record-log-repository.js';
import { refreshPromises } from '../services/promising/promise-refresh.js';
import type { ReadContext, ServiceContext } from './context.js';
import type { PlacedEvent } from './journal-events.js';
import { writeEvents } from './outbox.js';

/**
 * What one unit of work collects while its commands run, to be done once at its end: the
 * record-log entries (written in one insert, in the order they were made), the domain events its
 * services raised (written with those the entries tell, in the same transaction: the outbox) and
 * the items whose supply or queue changed (their waiting lines are promised again, once per item).
 */
export class UnitOfWork {
  readonly journal: LogEntry[] = [];
  readonly events: PlacedEvent[] = [];

  /** `actor`: who the work is done for; an entry made for someone else names them itself. */
  constructor(readonly actor: ActorLike) {}

  private readonly changed = new Set<number>();

  /**
   * SKUs and location codes by id that the work has read anyway, so its events need not read them
   * again (natural keys never change, and ids are never reused).
   */
  readonly names = { items: new Map<number, string>(), locations: new Map<number, string>() };

  /** Supply, stock or the queue of these items changed: their promise dates are recomputed at the end. */
  supplyOrQueueChanged(itemIds: Iterable<number>): void {
    for (const id of itemIds) this.changed.add(id);
  }

  /** Where the journal and the raised events stand, to forget what follows (a savepoint rolled back). */
  mark(): { readonly journal: number; readonly events: number } {
    return { journal: this.journal.length, events: this.events.length };
  }

  rewind(mark: { readonly journal: number; readonly events: number }): void {
    this.journal.length = mark.journal;
    this.events.length = mark.events;
  }

  /** The items marked so far, and forgets them (the end of the work promises them once). */
  takeChangedItems(): number[] {
    const ids = [...this.changed].sort((a, b) => a - b);
    this.changed.clear();
    return ids;
  }
}

/** A read context on the root database: where a unit of work starts. */
export interface RootContext extends ReadContext {
  readonly db: Kysely<Database>;
}

const MAX_ATTEMPTS = 6;

/**
 * Runs `work` as one unit of work: one transaction; at its end, what every change of supply or
 * queue needs (the promise refresh of the marked items), then the record log in one insert and
 * the domain events (outbox); commit. A serialization failure or deadlock (40001, 40P01), which PostgreSQL asks
 * the client to retry, runs it again from the start after a short randomised backoff.
 */
export async function unitOfWork<T>(root: RootContext, work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  if (root.db.isTransaction) return nestedUnitOfWork(root, work);
  for (let attempt = 1; ; attempt++) {
    try {
      return await root.db.transaction().execute((db) => completeWork({ ...root, db, work: new UnitOfWork(root.actor) }, work));
    } catch (error) {
      if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
      await sleep(Math.random() * 5 * 2 ** attempt);
    }
  }
}

async function completeWork<T>(ctx: ServiceContext, work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const result = await work(ctx);
  await promiseChangedItems(ctx);
  const entries = ctx.work.journal.splice(0);
  await appendLog(ctx.db, entries, ctx.actor, ctx.clock.now());
  await writeEvents(ctx, entries);
  return result;
}

let savepoints = 0;

/**
 * A unit of work inside a transaction already open (a job previewed by a dry run, whose steps each
 * run a unit of work): a savepoint instead of a transaction, rolled back alone when the work
 * throws, so a refused step leaves the others as a real run would. Retrying is the outer
 * transaction's business.
 */
async function nestedUnitOfWork<T>(root: RootContext, work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const name = sql.id(`unit_of_work_${++savepoints}`);
  await sql`savepoint ${name}`.execute(root.db);
  try {
    const result = await completeWork({ ...root, work: new UnitOfWork(root.actor) }, work);
    await sql`release savepoint ${name}`.execute(root.db);
    return result;
  } catch (error) {
    await sql`rollback to savepoint ${name}`.execute(root.db);
    throw error;
  }
}

/**
 * Promises the items marked so far now rather than at the end of the unit of work: for a command
 * whose answer shows the dates it just moved (an order view).
 */
export async function promiseChangedItems(ctx: ServiceContext): Promise<void> {
  await refreshPromises(ctx, ctx.work.takeChangedItems());
}

/** PostgreSQL's "retry the transaction" class: serialization failure and deadlock. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
