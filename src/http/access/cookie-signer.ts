import { Signer } from '@fastify/cookie';

/**
 * Signs the session cookie with a secret every process shares, read from the database on the
 * first request (building the app runs no query: the OpenAPI document is made without a database).
 */
export class SharedCookieSigner {
  private signer: Signer | undefined;
  private loading: Promise<void> | undefined;

  constructor(private readonly loadSecret: () => Promise<string>) {}

  /** Reads the secret once; every request awaits it before the session plugin reads the cookie. */
  ready(): Promise<void> {
    if (this.signer) return Promise.resolve();
    this.loading ??= this.loadSecret().then(
      (secret) => {
        this.signer = new Signer(secret, 'sha256');
      },
      (error: unknown) => {
        this.loading = undefined; // try again on the next request
        throw error;
      },
    );
    return this.loading;
  }

  sign(value: string): string {
    return this.loaded().sign(value);
  }

  unsign(input: string): { valid: boolean; renew: boolean; value: string | null } {
    return this.loaded().unsign(input);
  }

  private loaded(): Signer {
    if (!this.signer) throw new Error('the session cookie signer is used before its secret was read');
    return this.signer;
  }
}
