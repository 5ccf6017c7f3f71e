import { refusal, type Refusal } from '../domain/refusal.js';
import { claimKeys, forgetKeys, rememberAnswers, storedAnswers, type KeyClaim } from '../repositories/idempotency-repository.js';
import type { ServiceContext } from './context.js';

/** A request that carries an `Idempotency-Key`, with the fingerprint of what it asks. */
export type IdempotentRequest = KeyClaim;

/** What a request's key says: run it, answer as the first time, or the key was used for another request. */
export type KeyVerdict = { readonly kind: 'run' } | { readonly kind: 'replay'; readonly status: number; readonly body: unknown } | Refusal;

/** Keys live for a day unless configured otherwise (Stripe's convention). */
export const defaultKeyLifetimeHours = 24;

/**
 * Idempotency keys (one implementation for every command, single or batched): claimed in the
 * unit of work that runs the request, so a retry either replays the first answer or, with another
 * body, is refused; a refused request gives its key back. Keys expire after `lifetimeHours`.
 */
export class IdempotencyKeys {
  constructor(private readonly lifetimeHours = defaultKeyLifetimeHours) {}

  /** Claims the requests' keys (at most one request per key); answers a verdict per key. */
  async claim(ctx: ServiceContext, requests: readonly IdempotentRequest[]): Promise<Map<string, KeyVerdict>> {
    const now = ctx.clock.now();
    const claimed = await claimKeys(ctx.db, requests, now, new Date(now.getTime() - this.lifetimeHours * 3_600_000));
    const stored = await storedAnswers(ctx.db, requests.filter((r) => !claimed.has(r.key)).map((r) => r.key));
    return new Map(
      requests.map((request): [string, KeyVerdict] => {
        if (claimed.has(request.key)) return [request.key, { kind: 'run' }];
        const first = stored.get(request.key)!;
        if (first.fingerprint !== request.fingerprint) {
          return [
            request.key,
            refusal('idempotency_key_reused', `Idempotency-Key "${request.key}" was used for another request.`, { idempotencyKey: request.key }),
          ];
        }
        return [request.key, { kind: 'replay', status: first.status ?? 200, body: first.body }];
      }),
    );
  }

  /** Stores the answers of the requests that ran, and gives back the keys of those refused. */
  async settle(ctx: ServiceContext, answered: readonly { key: string; status: number; body: unknown }[], refused: readonly string[]): Promise<void> {
    await rememberAnswers(ctx.db, answered);
    await forgetKeys(ctx.db, refused);
  }
}
