import type { ReadContext } from '../../app/context.js';
import { logEntries } from '../../app/journal.js';
import { unitOfWork, type RootContext } from '../../app/unit-of-work.js';
import { appendEvents } from '../../repositories/event-repository.js';
import { breaches, invariants } from '../../repositories/invariant-repository.js';
import { clearDatesOfLinesNotWaiting, itemIdsAfter, rebuildCounters, rebuildDemand, type Repaired } from '../../repositories/repair-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';

/** An invariant that does not hold, with (up to 100 of) the rows that break it. */
export interface Breach {
  readonly code: string;
  readonly rule: string;
  readonly rows: readonly Record<string, unknown>[];
}

/**
 * Checks every invariant of the allocation rules against the whole database (one set-based
 * statement each; docs/domain.md#invariants). Each breach is also an `invariant.broken` event,
 * for whoever follows the events.
 */
export async function checkInvariants(ctx: ReadContext): Promise<Breach[]> {
  const found: Breach[] = [];
  for (const invariant of invariants) {
    if (invariant.fillMode !== undefined && invariant.fillMode !== ctx.fillMode) continue;
    const rows = await breaches(ctx.db, invariant);
    if (rows.length > 0) found.push({ code: invariant.code, rule: invariant.rule, rows });
  }
  await appendEvents(
    ctx.db,
    found.map((b) => ({ type: 'invariant.broken', itemId: null, locationId: null, reference: b.code, payload: { rule: b.rule, rows: b.rows } })),
    ctx.clock.now(),
  );
  return found;
}

const ITEMS_PER_REPAIR = 200;

/**
 * Rebuilds what is derived, a page of items per unit of work under their locks: per-location
 * counters from the ledger, per-item demand counters from the lines, promise dates (recomputed,
 * and cleared on lines that do not wait). What it changes goes to the record log; the ledger and
 * the lines' own history are never rewritten. Safe to run again: a second run finds nothing.
 */
export async function repairDerived(root: RootContext, progress: (items: number) => Promise<void>): Promise<Repaired[]> {
  const repaired: Repaired[] = [];
  let after = 0;
  let items = 0;
  for (;;) {
    const page = await itemIdsAfter(root.db, after, ITEMS_PER_REPAIR);
    if (page.length === 0) break;
    const fixed = await unitOfWork(root, async (ctx) => {
      await lockItems(ctx.db, page);
      const changes = [...(await rebuildCounters(ctx.db, page)), ...(await rebuildDemand(ctx.db, page))];
      await clearDatesOfLinesNotWaiting(ctx.db, page);
      logEntries(
        ctx,
        changes.map((c) => ({ entity: 'stock' as const, action: 'derived_value_repaired', itemId: c.itemId, reason: `${c.what}: ${c.was} → ${c.now}` })),
      );
      // Promise dates are derived too: recomputed, and only those that change are written (and logged).
      ctx.work.supplyOrQueueChanged(page);
      return changes;
    });
    repaired.push(...fixed);
    after = page.at(-1)!;
    items += page.length;
    await progress(items);
  }
  return repaired;
}
