import { appendLog, type LogEntry } from '../repositories/record-log-repository.js';
import type { ServiceContext } from './context.js';

/**
 * Record-log entries of a step. When the caller keeps a journal (`ctx.journal`), they join it and
 * are written with the caller's other entries in one insert at its end, in the order they were
 * made; otherwise they are written now.
 */
export async function logEntries(ctx: ServiceContext, entries: readonly LogEntry[]): Promise<void> {
  if (!ctx.journal) return appendLog(ctx.db, entries, ctx.actor, ctx.clock.now());
  for (const entry of entries) ctx.journal.push(entry);
}
