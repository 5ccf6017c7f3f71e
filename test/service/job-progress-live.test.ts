import { afterAll, describe, expect, it } from 'vitest';
import { jobRunEvents } from '../../src/http/job-run-events.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import type { Job } from '../../src/jobs/job.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// The process running a job shows its progress to its own followers as it happens; the row in
// job_runs gets it at heartbeat pace (a third of the lease: 20 s here, longer than the run).
const t = useTestStore();

/** How far the test lets the job go; the job waits at each step until it may take it. */
let allowed = 0;
const mayTake = async (n: number) => {
  while (allowed < n) await new Promise((resolve) => setTimeout(resolve, 5));
};
const paced: Job = {
  name: 'paced',
  description: 'counts to three, a step each time the test says so',
  byHandOnly: true,
  run: async (ctx) => {
    for (let n = 1; n <= 3; n++) {
      await mayTake(n);
      await ctx.progress(n);
    }
    await mayTake(4);
    return { processed: 3 };
  },
};

let runner: JobRunner | undefined;
afterAll(() => runner?.interruptAll(1000));

describe(`a job run's progress, followed in the process that runs it, on ${databaseLabel}`, () => {
  it('is seen at each step before the run ends, where the row still holds the last heartbeat', async () => {
    runner = new JobRunner(t.store.db, t.f.clock, 'immediate', [paced], { leaseSeconds: 60 });
    const start = await runner.start('paced', { actor: 'test' });
    if (!start.started) throw new Error('the run did not start');
    const seen: number[] = [];
    let ended = false;
    const following = (async () => {
      for await (const chunk of jobRunEvents(await runner!.follow(start.runId), () => runner!.follow(start.runId), 10)) {
        const [, event, data] = /^event: (\w+)\ndata: (.*)\n\n$/s.exec(chunk)!;
        if (event === 'end') ended = true;
        else seen.push(JSON.parse(data!).processed);
      }
    })();
    for (let n = 1; n <= 3; n++) {
      allowed = n;
      await expect.poll(() => seen.at(-1), { timeout: 5000, interval: 10 }).toBe(n);
      expect(ended).toBe(false);
      // The row itself still holds what the start wrote: other processes see progress at heartbeat pace.
      expect((await runner.find(start.runId)).processed).toBe(0);
    }
    allowed = 4;
    await following;
    expect(ended).toBe(true);
    expect(new Set(seen.filter((n) => n > 0)).size).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // never backwards
    expect(await runner.find(start.runId)).toMatchObject({ status: 'completed', processed: 3 });
  });
});
