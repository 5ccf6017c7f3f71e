import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../app/context.js';
import type { Executor } from '../../repositories/executor.js';

/** Where random tokens come from (a port, so tests could pin them; the service uses the system's CSPRNG). */
export interface TokenSource {
  /** `bytes` random bytes, base64url (URL- and header-safe). */
  token(bytes: number): string;
}

export const randomTokens: TokenSource = { token: (bytes) => randomBytes(bytes).toString('base64url') };

/** What the access services get: where to read and write, what time it is, where tokens come from. */
export interface AccessContext {
  readonly db: Executor;
  readonly clock: Clock;
  readonly tokens: TokenSource;
}

/** SHA-256, hex: how high-entropy secrets (key secrets, session ids, link tokens) are stored. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Compares two secrets in time independent of where they differ (and of their lengths). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
