import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Commands, Outcome } from '../app/commands.js';
import type { Clock, ReadContext, ServiceContext } from '../app/context.js';
import type { IdempotentRequest } from '../app/idempotency.js';
import { dryRun } from '../app/dry-run.js';
import { previewRequested } from './dry-run.js';
import type { FillMode } from '../config.js';
import { actorName, type Actor } from '../domain/access/actor.js';
import type {} from './access/caller.js';
import type { Database } from '../db/schema.js';
import { refuse, type Refusal } from '../domain/refusal.js';
import { claimKeys, storedAnswers } from '../repositories/idempotency-repository.js';
import type { ReleaseSettings } from '../services/release/order-release.js';

export interface HttpDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly fillMode: FillMode;
  readonly release: ReleaseSettings;
  readonly commands: Commands;
}

/**
 * Who acts: the authenticated caller (a key or a signed-in person), with the person a key acts
 * for when it may (`X-Actor`, checked with the route's permission). Never a header taken on trust.
 */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.caller) throw new Error(`${request.method} ${request.url} has no authenticated caller: is its route public?`);
  return request.caller.actor;
}

/** Who the request log names: the acting person or caller; undefined for an anonymous request. */
export function actorNameOf(request: FastifyRequest): string | undefined {
  return request.caller ? actorName(request.caller.actor) : undefined;
}

/** A read: no transaction needed, one consistent statement per view. */
export function read<T>(deps: HttpDeps, request: FastifyRequest, run: (ctx: ReadContext) => Promise<T>): Promise<T> {
  return deps.commands.read(actorOf(request), run);
}

/**
 * A command: one unit of work around the service call, its `Idempotency-Key` claimed in it
 * (app/commands.ts); with `?dryRun=true` on a route that allows it, the same call previewed and
 * rolled back (app/dry-run.ts), its key neither claimed nor kept.
 */
export async function write<T>(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: (ctx: ServiceContext) => Promise<T | Refusal>,
): Promise<T> {
  if (previewRequested(request, reply)) return preview(deps, request, run);
  return answer(reply, await deps.commands.run(actorOf(request), status, idempotentRequest(request), run));
}

/** What the command would do (app/dry-run.ts): typed as its answer, sent past the route's response schema. */
export async function preview<T>(deps: HttpDeps, request: FastifyRequest, run: (ctx: ServiceContext) => Promise<T | Refusal>): Promise<T> {
  return (await dryRun(deps.commands.root(actorOf(request)), run)) as unknown as T;
}

/**
 * A write that opens its own transactions (a job). The key is stored after the run; the job
 * itself is idempotent, so two racing first attempts cannot do harm.
 */
export async function writeOnce<T>(deps: HttpDeps, request: FastifyRequest, reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  const keyed = idempotentRequest(request);
  if (keyed !== undefined) {
    const earlier = (await storedAnswers(deps.db, [keyed.key])).get(keyed.key);
    if (earlier) {
      if (earlier.fingerprint !== keyed.fingerprint) {
        refuse('idempotency_key_reused', `Idempotency-Key "${keyed.key}" was used for another request.`, { idempotencyKey: keyed.key });
      }
      return answer(reply, { status: earlier.status ?? 200, body: earlier.body as T, replayed: true });
    }
  }
  const body = await run();
  if (keyed !== undefined) {
    await deps.db.transaction().execute(async (db) => {
      const now = deps.clock.now();
      if ((await claimKeys(db, [keyed], now, new Date(0))).size > 0) {
        await db.updateTable('idempotency_keys').set({ status: 200, body: JSON.stringify(body) }).where('key', '=', keyed.key).execute();
      }
    });
  }
  return body;
}

export function answer<T>(reply: FastifyReply, outcome: Outcome<T>): T {
  if (outcome.replayed) reply.header('idempotent-replayed', 'true');
  reply.status(outcome.status);
  return outcome.body;
}

/** The request's `Idempotency-Key` with the fingerprint of what it asks (method, URL, body), or undefined. */
export function idempotentRequest(request: FastifyRequest): IdempotentRequest | undefined {
  const key = idempotencyKey(request);
  return key === undefined ? undefined : { key, fingerprint: fingerprintOf(request) };
}

function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

function idempotencyKey(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined) return undefined;
  if (key.length === 0 || key.length > 200) {
    refuse('validation_failed', 'Idempotency-Key must be 1 to 200 characters.', { field: 'header/idempotency-key' });
  }
  return key;
}
