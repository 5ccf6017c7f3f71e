/**
 * When a webhook delivery is tried again (docs/design.md, "Events and webhooks"): after a
 * timeout, a connection error, a 5xx, a 408 or a 429, with exponential backoff and jitter, for at
 * least 24 hours whatever the jitter (about 36 in all); any other 4xx is the receiver saying no,
 * and is not retried.
 */
export const defaultRetryDelaysMs: readonly number[] = [5, 30, 120, 600, 1_800, 3_600, 7_200, 14_400, 28_800, 36_000, 36_000].map((s) => s * 1000);

/** What one attempt came to. */
export type AttemptOutcome = 'delivered' | 'retry' | 'rejected';

/** `status` null: no answer (timeout, connection refused or reset, an address refused). */
export function outcomeOf(status: number | null): AttemptOutcome {
  if (status !== null && status >= 200 && status < 300) return 'delivered';
  if (status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429) return 'rejected';
  return 'retry';
}

/**
 * The wait before the next attempt after `attempts` failed ones (1: after the first), ±20 %
 * jitter so receivers coming back are not hit by every sender at once; null: give up.
 */
export function nextDelayMs(attempts: number, delaysMs: readonly number[], random: () => number): number | null {
  const base = delaysMs[attempts - 1];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + 0.4 * random()));
}
