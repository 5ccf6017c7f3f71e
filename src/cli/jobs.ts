import { Command, InvalidArgumentError } from 'commander';
import { jobCatalogue } from '../jobs/catalogue.js';
import { JobRunner, answerOf, type JobRun } from '../jobs/job-runner.js';
import { systemClock } from '../app/context.js';
import type { CommandContext, WithStore } from './program.js';

/** `allot jobs …` and `allot check`: the service's jobs, run from the shell against its database. */
export function jobCommands(withStore: WithStore): Command[] {
  const jobs = new Command('jobs').description('the scheduled and bulk jobs (the same runs as the API’s, recorded in job_runs)');
  jobs
    .command('list')
    .description('every job with its schedule')
    .option('--json', 'answer JSON')
    .action((options: { json?: boolean }) =>
      withStore(async (ctx) => {
        const all = runnerOf(ctx).list().map((j) => ({ name: j.name, schedule: j.schedule ?? null, description: j.description }));
        if (options.json) return ctx.io.out(JSON.stringify(all));
        for (const job of all) ctx.io.out(`${job.name.padEnd(28)} ${(job.schedule ?? 'not scheduled').padEnd(16)} ${job.description}`);
      }),
    );
  jobs
    .command('run')
    .description('run a job now, showing its progress; exits 1 when it does not complete')
    .argument('<name>', 'the job (see allot jobs list)')
    .option('--as-of <date>', 'the business day to run for (YYYY-MM-DD), as the API’s asOf')
    .option('--param <key=value...>', 'a job parameter (true/false and numbers are read as such)', collectParam, {})
    .option('--dry-run', 'run it in a transaction that is rolled back and print what it would change')
    .option('--json', 'answer the run as JSON')
    .action((name: string, options: { asOf?: string; param: Record<string, unknown>; dryRun?: boolean; json?: boolean }) =>
      withStore(async (ctx) => {
        const params = { ...options.param, ...(options.asOf ? { asOf: options.asOf } : {}) };
        if (options.dryRun) return previewJob(ctx, name, params, options.json === true);
        await runJob(ctx, name, params, options.json === true);
      }),
    );
  const check = new Command('check')
    .description('check every allocation invariant (the check-invariants job); exits 1 when one is broken')
    .option('--repair', 'first rebuild what is derived (counters, demand, promise dates)')
    .option('--json', 'answer the run as JSON')
    .action((options: { repair?: boolean; json?: boolean }) =>
      withStore(async (ctx) => {
        const run = await runJob(ctx, 'check-invariants', options.repair ? { repair: true } : {}, options.json === true);
        const breaches = (run.detail?.breaches as unknown[] | undefined) ?? [];
        if (breaches.length > 0) throw new Error(`${breaches.length} invariant breach(es) found (run #${run.runId})`);
      }),
    );
  return [jobs, check];
}

function runnerOf(ctx: CommandContext): JobRunner {
  const { config, store } = ctx;
  return new JobRunner(store.db, systemClock, config.fillMode, jobCatalogue(config), { leaseSeconds: config.jobLeaseSeconds });
}

/** Starts the run, reports its progress until it ends (a rewritten line on a terminal, plain lines elsewhere). */
async function runJob(ctx: CommandContext, name: string, params: Record<string, unknown>, json: boolean): Promise<JobRun> {
  const runner = runnerOf(ctx);
  const start = await runner.start(name, { actor: ctx.operator, params });
  if (!start.started) throw new Error(`${name} could not start`);
  const stopHeartbeats = runner.leases.startHousekeeping();
  const began = Date.now();
  const report = (processed: number, last = false) => {
    if (json) return;
    const seconds = (Date.now() - began) / 1000;
    const line = `${name} #${start.runId}: ${processed.toLocaleString('en')} processed, ${Math.round(processed / Math.max(seconds, 0.001))}/s, ${seconds.toFixed(1)} s`;
    if (ctx.io.isTerminal && ctx.io.progress) ctx.io.progress(line, last);
    else ctx.io.out(line);
  };
  const timer = setInterval(() => {
    void ctx.store.db
      .selectFrom('job_runs')
      .select('processed')
      .where('id', '=', start.runId)
      .executeTakeFirst()
      .then((row) => report(row?.processed ?? 0), () => {});
  }, ctx.io.isTerminal ? 250 : 2000);
  try {
    const outcome = await start.outcome;
    report(outcome.run.processed, true);
    const run = answerOf(outcome);
    ctx.io.out(json ? JSON.stringify(run) : `${name} #${run.runId} ${run.status}: ${run.processed} processed${run.detail ? ` ${JSON.stringify(run.detail)}` : ''}`);
    return run;
  } finally {
    clearInterval(timer);
    stopHeartbeats();
  }
}

async function previewJob(ctx: CommandContext, name: string, params: Record<string, unknown>, json: boolean): Promise<void> {
  const preview = await runnerOf(ctx).preview(name, { actor: ctx.operator, params });
  if (json) return ctx.io.out(JSON.stringify(preview));
  ctx.io.out(`${name} (dry run, nothing written): ${preview.answer.processed} processed`);
  const facts = (f: { allocated: number; backordered: number; status: string } | null) => (f ? `${f.status} ${f.allocated} allocated, ${f.backordered} backordered` : 'none');
  for (const line of preview.lines) ctx.io.out(`  order ${line.orderId} line ${line.lineNo} ${line.sku}: ${facts(line.before)} → ${facts(line.after)}`);
  for (const item of preview.items) ctx.io.out(`  ${item.sku}: available ${item.before.available} → ${item.after.available}`);
}

function collectParam(value: string, params: Record<string, unknown>): Record<string, unknown> {
  const at = value.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError('must be key=value');
  const raw = value.slice(at + 1);
  const parsed = raw === 'true' ? true : raw === 'false' ? false : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  return { ...params, [value.slice(0, at)]: parsed };
}
