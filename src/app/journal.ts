import type { LogEntry } from '../repositories/record-log-repository.js';
import type { ServiceContext } from './context.js';

/**
 * Record-log entries of a step. They join the unit of work's journal and are written with its
 * other entries in one insert at its end, in the order they were made: the one way into the
 * record log. Each entry keeps the actor of the context that made it.
 */
export function logEntries(ctx: ServiceContext, entries: readonly LogEntry[]): void {
  const { journal, actor } = ctx.work;
  if (ctx.actor === actor) for (const entry of entries) journal.push(entry);
  else for (const entry of entries) journal.push(entry.actor === undefined ? { ...entry, actor: ctx.actor } : entry);
}
