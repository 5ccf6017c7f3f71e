import { createHash } from 'node:crypto';
import { refuse } from '../domain/refusal.js';

/**
 * The one paging convention of every list (issue 13): `limit` (50 by default, at most 500) and an
 * opaque `cursor`, answered as `{ items, nextCursor }` with `nextCursor` null at the end. Keyset
 * paging: the cursor holds the sort key of the last item answered, so a page starts strictly after
 * it and rows inserted meanwhile never shift what comes next (nothing skipped, nothing twice).
 *
 * A cursor names its list and carries a seal over its key: one edited by hand, cut short or taken
 * from another list (or another sort of the same list) is refused with `invalid_cursor`.
 */
export type CursorKey = readonly (string | number | boolean | null)[];

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export const defaultPageLimit = 50;

const seal = (list: string, payload: string) =>
  createHash('sha256').update(`allot cursor\n${list}\n${payload}`).digest('base64url').slice(0, 16);

export function encodeCursor(list: string, key: CursorKey): string {
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${seal(list, payload)}`;
}

/**
 * The key a cursor of `list` holds, checked by `shape` (e.g. the kinds of its values); else
 * `invalid_cursor` (or `validation_failed`, for the backorder list that answered so before the
 * convention and keeps its answer).
 */
export function decodeCursor<K extends CursorKey>(
  list: string,
  raw: string,
  shape: (key: CursorKey) => key is K,
  refusal: 'invalid_cursor' | 'validation_failed' = 'invalid_cursor',
): K {
  const [payload, given, ...rest] = raw.split('.');
  if (payload !== undefined && given !== undefined && rest.length === 0 && given === seal(list, payload)) {
    try {
      const key: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (Array.isArray(key) && shape(key as CursorKey)) return key as unknown as K;
    } catch {
      // refused below
    }
  }
  return refuse(refusal, 'The cursor is not one this list returned (or was changed): start again without it.', { cursor: raw });
}

/**
 * The rows of a page, read with `limit + 1` (the extra row only tells whether more follow): the
 * first `limit` rows and the cursor after the last of them, null when none follow.
 */
export function pageRows<R>(list: string, rows: readonly R[], limit: number, keyOf: (row: R) => CursorKey): { rows: R[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { rows: shown, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(list, keyOf(last)) : null };
}

/** Checks for `decodeCursor`: a key of exactly these kinds of values. */
export const keyOfKinds =
  <K extends CursorKey>(...kinds: readonly ('string' | 'integer' | 'boolean')[]) =>
  (key: CursorKey): key is K =>
    key.length === kinds.length &&
    key.every((value, i) => (kinds[i] === 'integer' ? Number.isSafeInteger(value) : typeof value === kinds[i]));

/** Escapes `%`, `_` and `\` for a `like` pattern. */
export const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
