import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../app/context.js';
import type { Database } from '../db/schema.js';
import { endRun, interruptLapsedRuns, renewHeartbeats } from '../repositories/job-run-repository.js';

/** Why a run stopped before its end: `shutdown`, `lease_lost` (another process declared it dead). */
export class JobInterrupted extends Error {
  constructor(
    readonly code: string,
    message = code === 'shutdown'
      ? 'The service stopped while the run worked; run it again to finish (its work is safe to redo).'
      : 'The run lost its lease (no heartbeat in time) and was stopped; run it again to finish.',
  ) {
    super(message);
    this.name = 'JobInterrupted';
  }
}

/** What a running job holds: a signal that says stop, and a place for its progress. */
export interface Lease {
  readonly signal: AbortSignal;
  /** Notes the running count; throws when the run was told to stop, so the job unwinds there. */
  progress(processed: number): void;
  release(): void;
}

/**
 * The leases of this process's runs. Every third of the lease it renews their heartbeats (with
 * their progress) in one statement, and marks `interrupted` any run in the cluster whose
 * heartbeat lapsed: a process killed mid-run, or one cut from the database, leaves nothing
 * `running` for longer than the lease. A run of this process found marked by another is stopped.
 */
export class RunLeases {
  private readonly held = new Map<number, { readonly controller: AbortController; processed: number }>();
  private timer: NodeJS.Timeout | undefined;
  private housekeeping = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    readonly leaseSeconds: number,
    readonly logger?: Logger,
  ) {}

  hold(runId: number): Lease {
    const entry = { controller: new AbortController(), processed: 0 };
    this.held.set(runId, entry);
    this.schedule();
    return {
      signal: entry.controller.signal,
      progress: (processed) => {
        entry.processed = processed;
        entry.controller.signal.throwIfAborted();
      },
      release: () => {
        this.held.delete(runId);
        this.schedule();
      },
    };
  }

  /** The running count of a run of this process as the job last noted it (the row has it at heartbeat pace); none for a run held elsewhere. */
  progressOf(runId: number): number | undefined {
    return this.held.get(runId)?.processed;
  }

  /** One heartbeat: renew this process's runs, stop those taken from it, interrupt lapsed ones. */
  async tick(): Promise<void> {
    try {
      const progress = new Map([...this.held].map(([id, h]) => [id, h.processed]));
      const alive = await renewHeartbeats(this.db, progress);
      for (const id of progress.keys()) {
        if (!alive.has(id)) this.held.get(id)?.controller.abort(new JobInterrupted('lease_lost'));
      }
      await this.interruptLapsed();
    } catch (error) {
      // The database may be down: the next tick tries again, and runs are stopped only by a lost lease.
      this.logger?.warn({ err: error }, 'job heartbeat failed');
    }
  }

  async interruptLapsed(): Promise<number[]> {
    const ids = await interruptLapsedRuns(this.db, this.leaseSeconds, this.clock.now());
    if (ids.length > 0) this.logger?.warn({ runs: ids }, 'job runs without a heartbeat marked interrupted');
    return ids;
  }

  /** Keeps ticking while no run is held too, so this process notices runs that died elsewhere. */
  startHousekeeping(): () => void {
    this.housekeeping = true;
    this.schedule();
    return () => {
      this.housekeeping = false;
      this.schedule();
    };
  }

  /**
   * Tells every run of this process to stop, waits up to `graceMs` for them to end `interrupted`
   * on their own, and marks the rest interrupted directly (their late writes change nothing).
   */
  async interruptAll(graceMs: number, running: readonly Promise<unknown>[]): Promise<void> {
    this.housekeeping = false;
    for (const h of this.held.values()) h.controller.abort(new JobInterrupted('shutdown'));
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled(running), new Promise((resolve) => (timeout = setTimeout(resolve, graceMs)))]);
    clearTimeout(timeout);
    const stuck = [...this.held.keys()];
    const reason = new JobInterrupted('shutdown');
    await Promise.allSettled(
      stuck.map((id) => endRun(this.db, id, { status: 'interrupted', errorCode: reason.code, errorMessage: reason.message, finishedAt: this.clock.now() })),
    );
    this.held.clear();
    this.schedule();
  }

  private schedule(): void {
    const wanted = this.held.size > 0 || this.housekeeping;
    if (wanted && !this.timer) {
      this.timer = setInterval(() => void this.tick(), Math.max(100, (this.leaseSeconds * 1000) / 3));
      this.timer.unref();
    } else if (!wanted && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
