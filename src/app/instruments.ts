import diagnostics_channel from 'node:diagnostics_channel';

/**
 * What the service tells whoever measures it, through Node's diagnostics channels: a publisher
 * needs no metrics port threaded through every context, and costs nothing while nobody listens.
 * `http/metrics.ts` subscribes and turns them into Prometheus metrics.
 */
export const channels = {
  /** Waiting lines given stock by a queue fill: `{ lines, units }`. */
  fills: 'allot:fills',
  /** A job run ended: `{ job, status, seconds }`. */
  jobRuns: 'allot:job-runs',
} as const;

export interface FillEvent {
  readonly lines: number;
  readonly units: number;
}

export interface JobRunEvent {
  readonly job: string;
  readonly status: string;
  readonly seconds: number;
}

const fills = diagnostics_channel.channel(channels.fills);
const jobRuns = diagnostics_channel.channel(channels.jobRuns);

export function publishFill(event: FillEvent): void {
  if (fills.hasSubscribers && event.lines > 0) fills.publish(event);
}

export function publishJobRun(event: JobRunEvent): void {
  if (jobRuns.hasSubscribers) jobRuns.publish(event);
}
