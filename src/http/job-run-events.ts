import type { RunRow } from '../repositories/job-run-repository.js';
import { jobRunView } from './job-run-view.js';

/** How often a followed run is read again while it runs. */
export const followPollMs = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A run as server-sent events (text/event-stream): `run` with the run as it is, again each time
 * its progress, heartbeat or status changes, then `end` with the run as it ended, and the stream
 * closes. The reader stops when the client goes away (the stream is destroyed at its next event).
 */
export async function* jobRunEvents(first: RunRow, read: () => Promise<RunRow>, pollMs = followPollMs): AsyncGenerator<string> {
  let row = first;
  let shown = JSON.stringify(jobRunView(row));
  yield event('run', shown);
  while (row.status === 'running') {
    await sleep(pollMs);
    row = await read();
    const now = JSON.stringify(jobRunView(row));
    if (now !== shown && row.status === 'running') yield event('run', now);
    shown = now;
  }
  yield event('end', shown);
}

const event = (name: string, data: string) => `event: ${name}\ndata: ${data}\n\n`;
