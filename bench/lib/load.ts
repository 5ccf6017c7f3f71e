import { Pool } from 'undici';
import type { ApiTarget } from './api.js';

export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly statuses: Readonly<Record<number, number>>;
}

/**
 * A closed loop of `clients` concurrent HTTP clients that together send `total` POSTs built by
 * `body(i)`, over keep-alive connections. Latencies are per request, in milliseconds.
 */
export async function postLoad(
  targets: readonly ApiTarget[],
  path: string,
  clients: number,
  total: number,
  body: (i: number) => unknown,
  /** Headers of client c beyond its target's (a variant gives every client its own identity). */
  clientHeaders: (c: number) => Readonly<Record<string, string>> = () => ({}),
): Promise<LoadResult> {
  const pools = targets.map((target) => new Pool(target.url, { connections: Math.ceil(clients / targets.length), pipelining: 1 }));
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  const client = async (c: number) => {
    const pool = pools[c % pools.length]!;
    const headers = { 'content-type': 'application/json', ...targets[c % targets.length]!.headers, ...clientHeaders(c) };
    for (let i = next++; i < total; i = next++) {
      const t0 = performance.now();
      const response = await pool.request({
        method: 'POST',
        path,
        headers,
        body: JSON.stringify(body(i)),
      });
      await response.body.text();
      latencies.push(performance.now() - t0);
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(pools.map((p) => p.close()));
  return { requests: total, seconds, perSecond: total / seconds, ...percentiles(latencies), statuses };
}

export function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/** The 95th percentile of `values`. */
export function p95(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;
}

/** Runs `work(i)` for i < total from `clients` concurrent loops; returns per-call latencies. */
export async function closedLoop(clients: number, total: number, work: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total; i = next++) {
        const t0 = performance.now();
        await work(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requests: total, seconds, perSecond: total / seconds, ...percentiles(latencies) };
}
