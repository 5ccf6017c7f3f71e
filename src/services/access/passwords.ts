import { hash, verify } from '@node-rs/argon2';
import { refuse } from '../../domain/refusal.js';

/** `Algorithm.Argon2id`: a const enum, which isolated modules cannot import. */
const ARGON2ID = 2;

/**
 * argon2id with OWASP's first recommended setting: 19 MiB of memory, 2 passes, 1 lane (about
 * 20–40 ms per hash on this project's 2-core machines). The parameters are kept in each hash
 * (PHC string), so raising them later still verifies older hashes.
 */
const PARAMETERS = { algorithm: ARGON2ID as never, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 1000;

export function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  return hash(password, PARAMETERS);
}

/** A hash with the same parameters of a password no account has: an unknown login costs the same verification. */
const DECOY = '$argon2id$v=19$m=19456,t=2,p=1$AWoH+6Rqm39AwmHIHqF4Rg$GwmSzo3SXhs+p1CGozNP4+3qeJ+br5X3jQtdZBswqSw';

/** True when the password matches; a missing hash (unknown user, no password) is checked against a decoy. */
export async function passwordMatches(stored: string | null | undefined, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  if (!stored) {
    await verify(DECOY, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    refuse('validation_failed', `A password has ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, { field: 'body/password' });
  }
}
