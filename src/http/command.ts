import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Commands, Outcome } from '../app/commands.js';
import type { Clock, ReadContext, ServiceContext } from '../app/context.js';
import type { IdempotentRequest } from '../app/idempotency.js';
import type { FillMode } from '../config.js';
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

export function actorOf(request: FastifyRequest): string {
  const header = request.headers['x-actor'];
  const actor = utf8Header(Array.isArray(header) ? header[0] : header)?.trim().slice(0, 100);
  return actor || 'system';
}

/**
 * Node reads header bytes as Latin-1; a client that sends UTF-8 (a name like "Zoë") means the
 * UTF-8 text. Decoded when the bytes are valid UTF-8, kept as read otherwise.
 */
function utf8Header(value: string | undefined): string | undefined {
  if (value === undefined || !/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? value : decoded;
}

/** A read: no transaction needed, one consistent statement per view. */
export function read<T>(deps: HttpDeps, request: FastifyRequest, run: (ctx: ReadContext) => Promise<T>): Promise<T> {
  return deps.commands.read(actorOf(request), run);
}

/** A command: one unit of work around the service call, its `Idempotency-Key` claimed in it (app/commands.ts). */
export async function write<T>(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: (ctx: ServiceContext) => Promise<T | Refusal>,
): Promise<T> {
  return answer(reply, await deps.commands.run(actorOf(request), status, idempotentRequest(request), run));
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
