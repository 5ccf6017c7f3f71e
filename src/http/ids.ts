import { refuse, type RefusalCode } from '../domain/refusal.js';

/** A numeric id from the path; anything else names nothing, so it is a 404 with the resource's code. */
export function idOf(raw: string, code: RefusalCode, what: string): number {
  const id = /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined;
  return id ?? refuse(code, `No ${what} has id ${raw}.`, { id: raw });
}
