import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { operatorDigestJob } from '../../src/jobs/operator-digest.js';
import { MailWorker } from '../../src/services/mail/mail-worker.js';
import { smtpTransport, type MailTransport } from '../../src/services/mail/smtp-transport.js';
import { TestClock } from '../support/fixtures.js';
import { httpApp, testAccessSettings, type Http } from '../support/http-app.js';
import { smtpReceiver } from '../support/smtp-receiver.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();
let http: Http;
let receiver: Awaited<ReturnType<typeof smtpReceiver>>;
let transport: MailTransport;
const operators = ['ops@allot.test', 'night-shift@allot.test'];

beforeAll(async () => {
  receiver = await smtpReceiver();
  const smtp = { host: '127.0.0.1', port: receiver.port, tls: 'none', timeoutMs: 5000 } as const;
  transport = smtpTransport(smtp);
  const mail = { smtp, from: 'allot@allot.test', operatorEmails: operators, dateShiftDays: 2 };
  http = await httpApp(t.store, 'immediate', new TestClock(), { mail, digestSlaDays: 3 }, testAccessSettings);
  await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main', priority: 10 });
  await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
  await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'SLA5', backorderStrategy: 'backorder_allowed', cancelAfterDays: 5 });
  await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'FULL', backorderStrategy: 'deliver_in_full' });
  for (const sku of ['D-1', 'D-2', 'D-3', 'D-4', 'D-5']) await http.ok(201, 'POST', '/v1/items', { sku, name: `Item ${sku}` });
});
afterAll(async () => {
  transport?.close();
  await receiver?.close();
  await http?.close();
});

/**
 * The mail cursor has passed every event written, and no mail is pending. (On a shared PostgreSQL
 * server the feed waits for every transaction of the server that began before an event committed.)
 */
async function settled(): Promise<boolean> {
  const { rows } = await sql<{ behind: boolean; pending: number }>`
    select exists (select 1 from domain_events e, mail_fanout f where (e.xid, e.id) > (f.after_xid, f.after_id)) as behind,
           (select count(*)::int from mail_messages where status = 'pending') as pending`.execute(t.store.db);
  return !rows[0]!.behind && rows[0]!.pending === 0;
}

async function drain(): Promise<void> {
  const worker = new MailWorker(t.store.db, { transport, from: 'allot@allot.test', dateShiftDays: 2, retryDelaysMs: [20] });
  for (const until = Date.now() + 60_000; Date.now() < until; ) {
    await worker.runOnce();
    if (await settled()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('mail still pending');
}

const order = (body: Record<string, unknown>) => http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', ...body });
const runDigest = () => http.ok(200, 'POST', '/v1/jobs/operator-digest/run', {});

describe(`the operators' daily digest on ${databaseLabel}`, () => {
  it('mails each operator the new backorders, lines past their promise date, SLA cancellations coming and stuck releases, once a day', async () => {
    // 2026-11-01: an order the SLA cancels on 11-06, one promised for 11-03, one held by deliver-in-full with stock.
    const sla = await order({ reference: 'DIG-SLA', fulfillmentPolicy: 'SLA5', lines: [{ sku: 'D-1', quantity: 2 }] });
    await http.ok(200, 'POST', '/v1/supply-schedule', { entries: [{ sku: 'D-2', location: 'MAIN', date: '2026-11-03', quantity: 5 }] });
    const promised = await order({ lines: [{ sku: 'D-2', quantity: 1 }] });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'D-3', location: 'MAIN', quantity: 1 });
    const held = await order({ fulfillmentPolicy: 'FULL', lines: [{ sku: 'D-3', quantity: 2 }] });
    http.clock.advanceDays(4); // 2026-11-05
    const fresh = await order({ reference: 'DIG-NEW', lines: [{ sku: 'D-4', quantity: 2 }] });

    const run = await runDigest();
    expect(run).toMatchObject({
      status: 'completed',
      processed: 2,
      detail: { written: 2, date: '2026-11-05', since: '2026-11-04T09:00:00.000Z', newBackorders: 1, pastPromise: 1, slaCancellations: 1, stuckReleases: 1 },
    });
    await drain();

    expect(receiver.received.map((m) => m.to[0]).sort()).toEqual([...operators].sort());
    const [mail] = receiver.received;
    expect(mail!.subject).toBe('Allot digest for 2026-11-05');
    expect(mail!.text).toContain(`New backorders since 2026-11-04T09:00:00.000Z: 1\n- Order #${fresh.id} DIG-NEW (ACME): 2 × D-4\n`);
    expect(mail!.text).toContain(`Lines past their promise date: 1\n- Order #${promised.id} line 1 (ACME): 1 × D-2, promised 2026-11-03\n`);
    expect(mail!.text).toContain(`SLA cancellations in the next 3 days: 1\n- Order #${sla.id} DIG-SLA line 1 (ACME): 2 × D-1\n`);
    expect(mail!.text).toMatch(new RegExp(`Stuck releases \\(orders holding stock their policy will not release yet\\): 1\\n- Order #${held.id} \\(ACME\\): Waiting for `));
    expect(mail!.html).toContain(`<h2>New backorders since 2026-11-04T09:00:00.000Z: 1</h2>\n<ul><li>Order #${fresh.id} DIG-NEW (ACME): 2 × D-4</li></ul>`);
    expect(mail!.html).toContain(`<h2>SLA cancellations in the next 3 days: 1</h2>\n<ul><li>Order #${sla.id} DIG-SLA line 1 (ACME): 2 × D-1</li></ul>`);
    const messages = (await http.ok(200, 'GET', '/v1/mail-messages?kind=digest')).messages;
    expect(messages).toHaveLength(2);
    for (const m of messages) expect(m).toMatchObject({ status: 'sent', attempts: 1, digestDate: '2026-11-05', eventId: null, subject: mail!.subject });

    // The same day again: nothing more. The next day: what is new since the last digest.
    expect(await runDigest()).toMatchObject({ processed: 0, detail: { written: 0 } });
    http.clock.advanceDays(1);
    await order({ lines: [{ sku: 'D-5', quantity: 1 }] });
    expect(await runDigest()).toMatchObject({ processed: 2, detail: { since: '2026-11-05T09:00:00.000Z', newBackorders: 1 } });
  });

  it('writes nothing when mail is off or no operator is named', async () => {
    const before = Number((await sql<{ n: number }>`select count(*)::int as n from mail_messages`.execute(t.store.db)).rows[0]!.n);
    const ctx = { db: t.store.db, actor: 'test', clock: http.clock, fillMode: 'immediate' as const, today: '2026-11-07', params: {}, progress: async () => {} };
    expect(await operatorDigestJob('0 6 * * *', undefined).run(ctx)).toMatchObject({ processed: 0, detail: { written: 0 } });
    const none = operatorDigestJob('0 6 * * *', { operatorEmails: [], slaDays: 3, defaultCancelAfterDays: null });
    expect(none.schedule).toBeUndefined();
    expect(await none.run(ctx)).toMatchObject({ processed: 0, detail: { written: 0 } });
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from mail_messages`.execute(t.store.db)).rows[0]!.n)).toBe(before);
  });
});
