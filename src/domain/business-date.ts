/**
 * Business dates are ISO calendar days (`YYYY-MM-DD`, UTC). Plain strings compare in date order,
 * so `a < b` is "a is earlier than b".
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;

export function dateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function laterOf(a: IsoDate, b: IsoDate | null | undefined): IsoDate {
  return b !== null && b !== undefined && b > a ? b : a;
}
