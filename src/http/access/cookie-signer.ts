import { randomBytes } from 'node:crypto';
import { Signer } from '@fastify/cookie';

/**
 * Signs the session cookie with a secret every process shares, read from the database on the
 * first request that can read it (building the app runs no query: the OpenAPI document is made
 * without a database). Until then — a database that is down or not yet migrated — a secret of
 * this process signs, so health and readiness still answer; no session can be made without the
 * database anyway, so no cookie signed with it outlives the outage.
 */
export class SharedCookieSigner {
  private shared: Signer | undefined;
  private loading: Promise<string> | undefined;
  private readonly fallback = new Signer(randomBytes(32).toString('base64url'), 'sha256');

  constructor(private readonly loadSecret: () => Promise<string>) {}

  /** Reads the shared secret once; every request awaits this before the session plugin reads the cookie. */
  async ready(): Promise<void> {
    if (this.shared) return;
    try {
      this.shared = new Signer(await (this.loading ??= this.loadSecret()), 'sha256');
    } catch {
      this.loading = undefined; // read again on the next request
    }
  }

  sign(value: string): string {
    return (this.shared ?? this.fallback).sign(value);
  }

  unsign(input: string): { valid: boolean; renew: boolean; value: string | null } {
    return (this.shared ?? this.fallback).unsign(input);
  }
}
