import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appendDomainEvents } from '../../src/repositories/domain-event-repository.js';
import { readFeed } from '../../src/services/events/event-feed.js';
import { databaseLabel, onPostgres } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({ poolSize: 30 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`the event feed under concurrent writers on ${databaseLabel}`, () => {
  it('serves every event exactly once while writers commit out of id order', async () => {
    const writers = onPostgres ? 24 : 4;
    const rounds = onPostgres ? 8 : 3;
    const committed: number[] = []; // event ids, in the order their transactions committed
    const seen: number[] = [];
    let writing = true;

    const write = async (w: number) => {
      for (let r = 0; r < rounds; r++) {
        const ids = await t.store.db.transaction().execute(async (tx) => {
          const events = Array.from({ length: 1 + ((w + r) % 3) }, (_, n) => ({ type: 'stock.arrived' as const, orderId: null, itemIds: [], data: { w, r, n } }));
          await appendDomainEvents(tx, events, new Date());
          const { rows } = await sql<{ id: number }>`select id from domain_events where xid = pg_current_xact_id() order by id`.execute(tx);
          // Held open for a while after taking its ids: later ids commit first.
          await sleep(Math.random() * 40);
          return rows.map((row) => row.id);
        });
        committed.push(...ids);
      }
    };
    const follow = async () => {
      let after: string | undefined;
      for (;;) {
        const stop = !writing;
        const page = await readFeed({ db: t.store.db, actor: 'test', clock: { now: () => new Date() }, fillMode: 'immediate' }, { after, limit: 7 });
        seen.push(...page.events.map((e) => e.id));
        after = page.next;
        if (stop && page.events.length === 0) return;
        if (page.events.length === 0) await sleep(3);
      }
    };

    const reader = follow();
    await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));
    writing = false;
    await reader;

    expect(committed.length).toBeGreaterThan(writers * rounds);
    expect(new Set(seen).size).toBe(seen.length); // nothing twice
    expect([...seen].sort((a, b) => a - b)).toEqual([...committed].sort((a, b) => a - b)); // nothing missed
    if (onPostgres) {
      // The case that loses events when paging by `id > after`: a smaller id committed after a larger one.
      expect(committed.some((id, i) => committed.slice(0, i).some((earlier) => earlier > id))).toBe(true);
    }
  });
});
