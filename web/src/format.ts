/** Numbers and dates as the person's browser locale writes them; quantities never rounded. */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const moment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatQuantity = (value: number) => integer.format(value);
export const formatMoney = (value: number) => money.format(value);

/** A business date (`2026-11-01`): a day, shown without moving it across time zones. */
export function formatDay(date: string | null | undefined): string {
  if (!date) return '—';
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : day.format(parsed);
}

/** An instant (`2026-11-01T09:30:00Z`) in the person's time zone. */
export function formatMoment(instant: string | null | undefined): string {
  if (!instant) return '—';
  const parsed = new Date(instant);
  return Number.isNaN(parsed.getTime()) ? instant : moment.format(parsed);
}

/** A snake_case code (`deliver_in_full`) in words. */
export const words = (code: string) => code.replace(/[_-]/g, ' ');
