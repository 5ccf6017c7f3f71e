import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { FillMode } from '../config.js';
import type { Database } from '../db/schema.js';
import { isDeclined, refuse, Refused, type Declined, type Refusal } from '../domain/refusal.js';
import type { Clock, ServiceContext } from '../app/context.js';
import type { ReleaseSettings } from '../services/release/order-release.js';

export interface HttpDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly fillMode: FillMode;
  readonly release: ReleaseSettings;
}

export function actorOf(request: FastifyRequest): string {
  const header = request.headers['x-actor'];
  const actor = (Array.isArray(header) ? header[0] : header)?.trim().slice(0, 100);
  return actor || 'system';
}

/** A read: no transaction needed, one consistent statement per view. */
export function read<T>(deps: HttpDeps, request: FastifyRequest, run: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  return run({ db: deps.db, actor: actorOf(request), clock: deps.clock, fillMode: deps.fillMode });
}

/**
 * A write: one transaction around the service call. With an `Idempotency-Key` the key is
 * claimed in the same transaction, so a retry either sees the first answer or, with another
 * body, a 409; a refused request rolls back and leaves neither data nor key behind. A service
 * that declines (returns a refusal as a value) keeps what it wrote — the record of the refusal —
 * but not the key, and is answered with the refusal.
 */
export async function write<T>(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: (ctx: ServiceContext) => Promise<T | Declined>,
): Promise<T> {
  const key = idempotencyKey(request);
  const outcome: Outcome<T> | { declined: Refusal } = await deps.db.transaction().execute(async (db) => {
    if (key !== undefined) {
      const claimed = await db
        .insertInto('idempotency_keys')
        .values({ key, fingerprint: fingerprintOf(request), status: null, body: null })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!claimed) return replay<T>(db, request, key);
    }
    const body = await run({ db, actor: actorOf(request), clock: deps.clock, fillMode: deps.fillMode });
    if (isDeclined(body)) {
      if (key !== undefined) await db.deleteFrom('idempotency_keys').where('key', '=', key).execute();
      return body;
    }
    if (key !== undefined) {
      await db.updateTable('idempotency_keys').set({ status, body: JSON.stringify(body) }).where('key', '=', key).execute();
    }
    return { status, body, replayed: false };
  });
  if ('declined' in outcome) throw new Refused(outcome.declined);
  return answer(reply, outcome);
}

/**
 * A write that opens its own transactions (a job). The key is stored after the run; the job
 * itself is idempotent, so two racing first attempts cannot do harm.
 */
export async function writeOnce<T>(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  run: () => Promise<T>,
): Promise<T> {
  const key = idempotencyKey(request);
  if (key !== undefined) {
    const earlier = await deps.db.selectFrom('idempotency_keys').select('key').where('key', '=', key).executeTakeFirst();
    if (earlier) return answer(reply, await replay<T>(deps.db, request, key));
  }
  const body = await run();
  if (key !== undefined) {
    await deps.db
      .insertInto('idempotency_keys')
      .values({ key, fingerprint: fingerprintOf(request), status: 200, body: JSON.stringify(body) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
  return body;
}

export interface Outcome<T> {
  readonly status: number;
  readonly body: T;
  readonly replayed: boolean;
}

async function replay<T>(db: Kysely<Database>, request: FastifyRequest, key: string): Promise<Outcome<T>> {
  const first = await db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
  if (first.fingerprint !== fingerprintOf(request)) {
    refuse('idempotency_key_reused', `Idempotency-Key "${key}" was used for another request.`, { idempotencyKey: key });
  }
  return { status: first.status ?? 200, body: first.body as T, replayed: true };
}

export function answer<T>(reply: FastifyReply, outcome: Outcome<T>): T {
  if (outcome.replayed) reply.header('idempotent-replayed', 'true');
  reply.status(outcome.status);
  return outcome.body;
}

export function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

export function idempotencyKey(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined) return undefined;
  if (key.length === 0 || key.length > 200) {
    refuse('validation_failed', 'Idempotency-Key must be 1 to 200 characters.', { field: 'header/idempotency-key' });
  }
  return key;
}
