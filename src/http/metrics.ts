import diagnostics_channel from 'node:diagnostics_channel';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { channels, type FillEvent, type JobRunEvent } from '../app/instruments.js';
import type { PoolUse } from '../db/database.js';
import type { Executor } from '../repositories/executor.js';
import { demandTotals } from '../queries/demand-totals.js';
import { routeOf } from './request-log.js';

export interface MetricsDeps {
  readonly db: Executor;
  readonly poolUse?: (() => PoolUse | undefined) | undefined;
}

/**
 * Prometheus metrics at `GET /metrics` (prom-client), one registry per app: requests by route and
 * status, fills and job runs (from the diagnostics channels of `app/instruments.ts`), and, read at
 * scrape time, what waits (lines, units, from the per-item demand counters) and the connection
 * pool. The scrape itself needs the database only for the demand; when it is down the rest is
 * still served, with `allot_database_up 0`. Call before the routes are registered.
 */
export function serveMetrics(app: FastifyInstance, deps: MetricsDeps): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labels = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered', labelNames: labels, registers: [registry] });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames: labels,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const fillLines = new Counter({ name: 'allot_fill_lines_total', help: 'Waiting lines given stock by a queue fill', registers: [registry] });
  const fillUnits = new Counter({ name: 'allot_fill_units_total', help: 'Units given to waiting lines by queue fills', registers: [registry] });
  const jobRuns = new Counter({ name: 'allot_job_runs_total', help: 'Job runs ended, by job and status', labelNames: ['job', 'status'], registers: [registry] });
  const jobSeconds = new Histogram({
    name: 'allot_job_run_duration_seconds',
    help: 'Duration of job runs, by job and status',
    labelNames: ['job', 'status'],
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
    registers: [registry],
  });
  const linesWaiting = new Gauge({ name: 'allot_lines_waiting', help: 'Order lines waiting for stock (backordered)', registers: [registry] });
  const unitsBackordered = new Gauge({ name: 'allot_units_backordered', help: 'Units on backorder', registers: [registry] });
  const databaseUp = new Gauge({ name: 'allot_database_up', help: '1 when the last scrape could read the database', registers: [registry] });
  const pool = new Gauge({ name: 'allot_db_pool_connections', help: 'PostgreSQL pool connections, by state', labelNames: ['state'], registers: [registry] });
  const poolWaiting = new Gauge({ name: 'allot_db_pool_waiting', help: 'Callers waiting for a PostgreSQL pool connection', registers: [registry] });

  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.url === '/metrics') return;
    const at = { method: request.method, route: routeOf(request), status: String(reply.statusCode) };
    requests.inc(at);
    latency.observe(at, reply.elapsedTime / 1000);
  });

  const onFill = (message: unknown) => {
    const { lines, units } = message as FillEvent;
    fillLines.inc(lines);
    fillUnits.inc(units);
  };
  const onJobRun = (message: unknown) => {
    const { job, status, seconds } = message as JobRunEvent;
    jobRuns.inc({ job, status });
    jobSeconds.observe({ job, status }, seconds);
  };
  diagnostics_channel.subscribe(channels.fills, onFill);
  diagnostics_channel.subscribe(channels.jobRuns, onJobRun);
  app.addHook('onClose', async () => {
    diagnostics_channel.unsubscribe(channels.fills, onFill);
    diagnostics_channel.unsubscribe(channels.jobRuns, onJobRun);
  });

  app.get('/metrics', { config: { permission: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    try {
      const demand = await demandTotals(deps.db);
      linesWaiting.set(demand.linesWaiting);
      unitsBackordered.set(demand.unitsBackordered);
      databaseUp.set(1);
    } catch {
      databaseUp.set(0);
    }
    const use = deps.poolUse?.();
    if (use) {
      pool.set({ state: 'total' }, use.total);
      pool.set({ state: 'idle' }, use.idle);
      pool.set({ state: 'in_use' }, use.total - use.idle);
      poolWaiting.set(use.waiting);
    }
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
