import type { Identity } from '../../domain/access/actor.js';
import type { Role } from '../../domain/access/roles.js';
import DataLoader from 'dataloader';
import { refuse } from '../../domain/refusal.js';
import {
  apiKeyById,
  apiKeyByPrefix,
  apiKeysByPrefix,
  insertApiKey,
  listApiKeyRows,
  revokeApiKeyRow,
  touchApiKey,
  type ApiKeyRow,
} from '../../repositories/api-key-repository.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows, type Page } from '../../queries/paging.js';
import { sameSecret, sha256, type AccessContext } from './secrets.js';

/**
 * A key reads `allot_<12 hex>_<43 base64url>`: the first part is the visible prefix (stored and
 * listed, so a key found in a log can be looked up and revoked), the rest a 256-bit secret that
 * is shown once and stored as its SHA-256.
 */
const KEY_FORMAT = /^(allot_[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface KeyInput {
  readonly name: string;
  readonly role: Role;
  readonly expiresAt?: Date | undefined;
  /** May name the person it acts for (`X-Actor`); not for viewer keys, which write nothing. */
  readonly onBehalf?: boolean | undefined;
}

export interface ApiKeyView {
  readonly id: number;
  readonly prefix: string;
  readonly name: string;
  readonly role: Role;
  readonly onBehalf: boolean;
  readonly status: 'active' | 'expired' | 'revoked';
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** A key as created or rotated: the only time its secret is shown. */
export interface IssuedKey {
  readonly key: ApiKeyView;
  readonly secret: string;
}

export function apiKeyView(row: ApiKeyRow, now: Date): ApiKeyView {
  const status = row.revokedAt ? 'revoked' : row.expiresAt && row.expiresAt <= now ? 'expired' : 'active';
  return {
    id: row.id,
    prefix: row.prefix,
    name: row.name,
    role: row.role,
    onBehalf: row.onBehalf,
    status,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

export async function createApiKey(ctx: AccessContext, input: KeyInput, createdBy: string): Promise<IssuedKey> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) refuse('validation_failed', 'A key needs a name of 1 to 200 characters.', { field: 'body/name' });
  if (input.onBehalf && input.role === 'viewer') {
    refuse('validation_failed', 'A viewer key writes nothing, so it cannot act on behalf of anyone.', { field: 'body/onBehalf' });
  }
  const now = ctx.clock.now();
  if (input.expiresAt && input.expiresAt <= now) refuse('validation_failed', 'A key cannot expire in the past.', { field: 'body/expiresAt' });
  const prefix = `allot_${Buffer.from(ctx.tokens.token(6), 'base64url').toString('hex').slice(0, 12)}`;
  const secret = ctx.tokens.token(32);
  const row = await insertApiKey(ctx.db, {
    prefix,
    secretHash: sha256(secret),
    name,
    role: input.role,
    onBehalf: input.onBehalf ?? false,
    expiresAt: input.expiresAt ?? null,
    at: now,
    createdBy,
  });
  return { key: apiKeyView(row, now), secret: `${prefix}_${secret}` };
}

export async function listApiKeys(ctx: AccessContext): Promise<ApiKeyView[]> {
  const now = ctx.clock.now();
  return (await listApiKeyRows(ctx.db)).map((row) => apiKeyView(row, now));
}

/** A page of keys by id (src/queries/paging.ts). */
export async function pageApiKeys(ctx: AccessContext, query: { limit?: number | undefined; cursor?: string | undefined }): Promise<Page<ApiKeyView>> {
  const limit = query.limit ?? defaultPageLimit;
  const after = query.cursor === undefined ? undefined : decodeCursor<[number]>('api-keys', query.cursor, keyOfKinds('integer'))[0];
  const page = pageRows('api-keys', await listApiKeyRows(ctx.db, { after, limit: limit + 1 }), limit, (row) => [Number(row.id)]);
  const now = ctx.clock.now();
  return { items: page.rows.map((row) => apiKeyView(row, now)), nextCursor: page.nextCursor };
}

/** Revokes a key by id or visible prefix; every process refuses it from its next request on. */
export async function revokeApiKey(ctx: AccessContext, idOrPrefix: string): Promise<ApiKeyView> {
  const found = await findApiKey(ctx, idOrPrefix);
  const row = await revokeApiKeyRow(ctx.db, found.id, ctx.clock.now());
  return apiKeyView(row!, ctx.clock.now());
}

/**
 * Rotation: a new secret under a new prefix with the same name, role, expiry and on-behalf right,
 * and the old key revoked in the same transaction (the caller's).
 */
export async function rotateApiKey(ctx: AccessContext, idOrPrefix: string, rotatedBy: string): Promise<IssuedKey> {
  const old = await findApiKey(ctx, idOrPrefix);
  if (old.revokedAt) refuse('validation_failed', `Key ${old.prefix} is revoked; create a new one instead.`, { keyId: old.id });
  const issued = await createApiKey(
    ctx,
    { name: old.name, role: old.role, expiresAt: old.expiresAt && old.expiresAt > ctx.clock.now() ? old.expiresAt : undefined, onBehalf: old.onBehalf },
    rotatedBy,
  );
  await revokeApiKeyRow(ctx.db, old.id, ctx.clock.now());
  return issued;
}

async function findApiKey(ctx: AccessContext, idOrPrefix: string): Promise<ApiKeyRow> {
  const row = /^\d+$/.test(idOrPrefix) ? await apiKeyById(ctx.db, Number(idOrPrefix)) : await apiKeyByPrefix(ctx.db, idOrPrefix);
  return row ?? refuse('api_key_not_found', `No API key is "${idOrPrefix}".`, { key: idOrPrefix });
}

export interface KeyCaller {
  readonly identity: Identity;
  readonly onBehalf: boolean;
}

/** Why a presented key was refused (logged, never told to the caller beyond "not valid"). */
export type KeyRefusal = 'malformed' | 'unknown' | 'revoked' | 'expired';

/**
 * Checks a presented key against the database on every request (so a revocation holds at once on
 * every process). The keys presented by the requests read in one turn of the event loop are looked
 * up together, in one statement (a launch-day crowd of clients costs one read per batch, not one per
 * order); nothing is cached from one turn to the next. The last-used time is written at most once a
 * minute per key and process.
 */
export class KeyCheck {
  private readonly touched = new Map<number, number>();
  private readonly rows: DataLoader<string, ApiKeyRow | undefined>;

  constructor(private readonly ctx: AccessContext) {
    this.rows = new DataLoader(
      async (prefixes) => {
        const found = new Map((await apiKeysByPrefix(ctx.db, prefixes)).map((row) => [row.prefix, row]));
        return prefixes.map((prefix) => found.get(prefix));
      },
      { cache: false, batchScheduleFn: (lookUp) => setImmediate(lookUp), maxBatchSize: 500 },
    );
  }

  async caller(presented: string): Promise<KeyCaller | KeyRefusal> {
    const parts = KEY_FORMAT.exec(presented);
    if (!parts) return 'malformed';
    const row = await this.rows.load(parts[1]!);
    if (!row || !sameSecret(sha256(parts[2]!), row.secretHash)) return 'unknown';
    const now = this.ctx.clock.now();
    if (row.revokedAt) return 'revoked';
    if (row.expiresAt && row.expiresAt <= now) return 'expired';
    await this.touch(row.id, now);
    return { identity: { kind: 'key', id: row.id, name: row.name, role: row.role }, onBehalf: row.onBehalf };
  }

  private async touch(id: number, now: Date): Promise<void> {
    const last = this.touched.get(id);
    if (last !== undefined && Math.abs(now.getTime() - last) < 60_000) return;
    this.touched.set(id, now.getTime());
    await touchApiKey(this.ctx.db, id, now);
  }
}
