import { describe, expect, it } from 'vitest';
import { jobRunEvents } from '../../src/http/job-run-events.js';
import type { RunRow } from '../../src/repositories/job-run-repository.js';

const start = new Date('2026-11-01T09:00:00Z');
const row = (changes: Partial<RunRow>): RunRow => ({
  id: 7,
  job: 'release-to-warehouse',
  status: 'running',
  processed: 0,
  detail: null,
  errorCode: null,
  errorMessage: null,
  actor: 'ops',
  startedAt: start,
  finishedAt: null,
  heartbeatAt: start,
  scheduledFor: null,
  fingerprint: null,
  ...changes,
});

async function streamed(rows: RunRow[]) {
  const [first, ...later] = rows;
  const events: { event: string; data: { status: string; processed: number } }[] = [];
  for await (const chunk of jobRunEvents(first!, async () => later.shift() ?? rows.at(-1)!, 0)) {
    const [, event, data] = /^event: (\w+)\ndata: (.*)\n\n$/.exec(chunk)!;
    events.push({ event: event!, data: JSON.parse(data!) });
  }
  return events.map((e) => [e.event, e.data.status, e.data.processed]);
}

describe('a job run followed as server-sent events', () => {
  it('sends the run, each change of its progress (not the reads that changed nothing), then its end', async () => {
    expect(
      await streamed([
        row({}),
        row({ processed: 0 }),
        row({ processed: 40 }),
        row({ processed: 40 }),
        row({ processed: 90 }),
        row({ status: 'completed', processed: 120, detail: { orders: [] }, finishedAt: start }),
      ]),
    ).toEqual([
      ['run', 'running', 0],
      ['run', 'running', 40],
      ['run', 'running', 90],
      ['end', 'completed', 120],
    ]);
  });

  it('ends at once for a run that has already ended, and says how a failed run ended', async () => {
    expect(await streamed([row({ status: 'completed', processed: 3 })])).toEqual([
      ['run', 'completed', 3],
      ['end', 'completed', 3],
    ]);
    expect(await streamed([row({}), row({ status: 'failed', errorCode: 'internal_error', errorMessage: 'boom' })])).toEqual([
      ['run', 'running', 0],
      ['end', 'failed', 0],
    ]);
  });
});
