import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { raiseEvents } from '../../src/app/outbox.js';
import { unitOfWork } from '../../src/app/unit-of-work.js';
import { MailWorker } from '../../src/services/mail/mail-worker.js';
import { smtpTransport, type MailTransport } from '../../src/services/mail/smtp-transport.js';
import { keyFor, bearer } from '../support/access.js';
import { httpApp, type Http } from '../support/http-app.js';
import { smtpReceiver } from '../support/smtp-receiver.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();
let http: Http;
let receiver: Awaited<ReturnType<typeof smtpReceiver>>;
let transport: MailTransport;
const FROM = 'orders@allot.test';

beforeAll(async () => {
  http = await httpApp(t.store);
  receiver = await smtpReceiver();
  transport = smtpTransport({ host: '127.0.0.1', port: receiver.port, tls: 'none', timeoutMs: 5000 });
  await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main', priority: 10 });
  await http.ok(201, 'POST', '/v1/customers', { code: 'SMITH', name: 'Smith & <Sons>', email: 'buyer@smith.test' });
  await http.ok(201, 'POST', '/v1/customers', { code: 'QUIET', name: 'Quiet Ltd' });
  for (const [sku, name] of [['WH-1', 'Hooked widget'], ['WH-2', 'Dated widget'], ['WH-3', 'Shipped widget'], ['WH-4', 'Cancelled widget'], ['WH-5', 'Refused widget']]) {
    await http.ok(201, 'POST', '/v1/items', { sku, name });
  }
});
afterAll(async () => {
  transport?.close();
  await receiver?.close();
  await http?.close();
});
afterEach(() => {
  receiver.received.length = 0;
  receiver.refuse([]);
});

const worker = (retryDelaysMs = [30, 30, 30]) => new MailWorker(t.store.db, { transport, from: FROM, dateShiftDays: 2, retryDelaysMs, random: () => 0.5 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs rounds until no mail is pending (waiting out backoffs), as the background loop would. */
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

async function drain(w = worker()): Promise<void> {
  for (const until = Date.now() + 60_000; Date.now() < until; ) {
    await w.runOnce();
    if (await settled()) return;
    await sleep(10);
  }
  throw new Error('mail still pending');
}

const order = (customer: string, lines: { sku: string; quantity: number }[], reference?: string) =>
  http.ok(201, 'POST', '/v1/orders', { customer, lines, ...(reference ? { reference } : {}) });
const messages = async (query = '') => (await http.ok(200, 'GET', `/v1/mail-messages${query}`)).messages;
const schedule = (entries: { sku: string; date: string; quantity: number }[]) =>
  http.ok(200, 'POST', '/v1/supply-schedule', { entries: entries.map((e) => ({ ...e, location: 'MAIN' })) });

describe(`customer contact addresses on ${databaseLabel}`, () => {
  it('are kept on create, read, change and CSV import, and refused when not an address', async () => {
    expect(await http.ok(200, 'GET', '/v1/customers/SMITH')).toMatchObject({ code: 'SMITH', email: 'buyer@smith.test' });
    expect(await http.ok(200, 'GET', '/v1/customers/QUIET')).not.toHaveProperty('email');
    await http.ok(201, 'POST', '/v1/customers', { code: 'MOVER', name: 'Mover' });
    expect(await http.ok(200, 'PATCH', '/v1/customers/MOVER', { email: 'new@mover.test' })).toMatchObject({ email: 'new@mover.test' });
    expect(await http.ok(200, 'PATCH', '/v1/customers/MOVER', { email: null })).not.toHaveProperty('email');

    for (const bad of ['not an address', 'two@@at.test', 'x@y']) {
      const created = await http.post('/v1/customers', { code: 'BAD', name: 'Bad', email: bad });
      expect(created.status, bad).toBe(422);
      expect(created.body.code).toBe('validation_failed');
      expect((await http.patch('/v1/customers/MOVER', { email: bad })).body.code).toBe('validation_failed');
    }
    expect((await http.get('/v1/customers/BAD')).status).toBe(404);
    expect(await http.ok(200, 'GET', '/v1/customers/MOVER')).not.toHaveProperty('email');

    const upload = (text: string) => http.send('POST', '/v1/imports/customers', text, { 'content-type': 'text/csv' });
    const refused = await upload('code,name,email\nCSV-1,One,one@csv.test\nCSV-2,Two,nowhere\n');
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toMatchObject([{ row: 3, column: 'email' }]);
    expect((await http.get('/v1/customers/CSV-1')).status).toBe(404);
    expect((await upload('code,name,email\nCSV-1,One,one@csv.test\nCSV-2,Two,\n')).status).toBe(200);
    expect(await http.ok(200, 'GET', '/v1/customers/CSV-1')).toMatchObject({ email: 'one@csv.test' });
    expect(await http.ok(200, 'GET', '/v1/customers/CSV-2')).not.toHaveProperty('email');
  });
});

describe(`customer notices through a real SMTP server on ${databaseLabel}`, () => {
  it('tells a backorder with its expected date, in plain text and HTML, and mails nobody without an address', async () => {
    await schedule([{ sku: 'WH-1', date: '2026-11-20', quantity: 100 }]);
    await order('QUIET', [{ sku: 'WH-1', quantity: 1 }]);
    const placed = await order('SMITH', [{ sku: 'WH-1', quantity: 3 }], 'PO-77');
    await drain();

    expect(receiver.received).toHaveLength(1);
    const [mail] = receiver.received;
    expect(mail).toMatchObject({ from: FROM, to: ['buyer@smith.test'], subject: 'Order PO-77: some items are on backorder' });
    expect(mail!.text).toContain('Dear Smith & <Sons>,');
    expect(mail!.text).toContain('- 3 × WH-1 (Hooked widget), expected 2026-11-20');
    expect(mail!.text).toContain('We expect to ship it by 2026-11-20');
    expect(mail!.html).toContain('<p>Dear Smith &amp; &lt;Sons&gt;,</p>');
    expect(mail!.html).toContain('<ul><li>3 × WH-1 (Hooked widget), expected 2026-11-20</li></ul>');
    expect(mail!.html).not.toContain('<Sons>');

    const [event] = (await http.ok(200, 'GET', `/v1/events?type=order.backordered&order=${placed.id}`)).events;
    const [message] = await messages();
    expect(message).toMatchObject({ kind: 'backordered', recipient: 'buyer@smith.test', subject: mail!.subject, status: 'sent', attempts: 1, lastError: null, eventId: event.id, orderId: placed.id, customer: 'SMITH' });
    expect(mail!.messageId).toBe(`<mail-${message.id}@allot.test>`);
    expect(await messages('?kind=backordered')).toHaveLength(1);

    await drain();
    expect(receiver.received).toHaveLength(1); // each event once
  });

  it('tells a promise date that moved by more than the threshold, and not one that moved less', async () => {
    await schedule([{ sku: 'WH-2', date: '2026-11-20', quantity: 10 }]);
    const placed = await order('SMITH', [{ sku: 'WH-2', quantity: 2 }]);
    await drain();
    receiver.received.length = 0;

    await schedule([{ sku: 'WH-2', date: '2026-11-20', quantity: 0 }, { sku: 'WH-2', date: '2026-11-30', quantity: 10 }]);
    await schedule([{ sku: 'WH-2', date: '2026-11-30', quantity: 0 }, { sku: 'WH-2', date: '2026-12-02', quantity: 10 }]);
    await drain(); // the feed has caught up with every event written
    const moved = (await http.ok(200, 'GET', `/v1/events?type=promise_date.changed&order=${placed.id}`)).events;
    expect(moved.map((e: { data: { old: string; new: string } }) => [e.data.old, e.data.new])).toEqual([[null, '2026-11-20'], ['2026-11-20', '2026-11-30'], ['2026-11-30', '2026-12-02']]);

    expect(receiver.received).toHaveLength(1);
    const [mail] = receiver.received;
    expect(mail!.subject).toBe(`Order #${placed.id}: new expected date for WH-2`);
    expect(mail!.text).toContain('The expected ship date of 2 × WH-2 (Dated widget) on your order #' + placed.id + ' moved from 2026-11-20 to 2026-11-30.');
    expect(mail!.html).toContain('moved from 2026-11-20 to <strong>2026-11-30</strong>');
  });

  it('tells a cancelled line and a shipment with what was short-picked', async () => {
    const placed = await order('SMITH', [{ sku: 'WH-3', quantity: 4 }, { sku: 'WH-4', quantity: 1 }], 'PO-88');
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'WH-3', location: 'MAIN', quantity: 4 });
    await http.ok(200, 'POST', `/v1/orders/${placed.id}/cancel`, { lines: [{ lineNo: 2 }], reason: 'customer changed mind' });
    const released = await http.ok(200, 'POST', `/v1/orders/${placed.id}/release`);
    await http.ok(200, 'POST', `/v1/shipments/${released.shipments[0]}/ship`, { lines: [{ orderId: placed.id, lineNo: 1, quantity: 3 }] });
    await drain();

    const bySubject = new Map(receiver.received.map((m) => [m.subject, m]));
    // One mail per event; sent side by side, so they may arrive in any order.
    expect([...bySubject.keys()].sort()).toEqual(['Order PO-88 has shipped', 'Order PO-88: WH-4 cancelled', 'Order PO-88: some items are on backorder']);
    const cancelled = bySubject.get('Order PO-88: WH-4 cancelled')!;
    expect(cancelled.text).toContain('1 × WH-4 (Cancelled widget) on your order PO-88 was cancelled: customer changed mind.');
    expect(cancelled.html).toContain('1 × WH-4 (Cancelled widget) on your order <strong>PO-88</strong> was cancelled: customer changed mind.');
    const shipped = bySubject.get('Order PO-88 has shipped')!;
    expect(shipped.text).toContain(`Shipment ${released.shipments[0]} of your order PO-88 is on its way:\n\n- 3 × WH-3 (Shipped widget)\n`);
    expect(shipped.text).toContain('Not in this shipment, still to come:\n- 1 × WH-3 (Shipped widget)');
    expect(shipped.html).toContain('<ul><li>3 × WH-3 (Shipped widget)</li></ul>');
    expect(shipped.html).toContain('<ul><li>1 × WH-3 (Shipped widget)</li></ul>');
    expect((await messages('?kind=shipped'))[0]).toMatchObject({ orderId: placed.id, status: 'sent' });
  });

  it('tells a choice requested (with its link) and an SLA-ladder notice, raised through the outbox', async () => {
    const placed = await order('SMITH', [{ sku: 'WH-1', quantity: 2 }], 'PO-99');
    const quiet = await order('QUIET', [{ sku: 'WH-1', quantity: 2 }]);
    await drain();
    receiver.received.length = 0;
    const item = await t.store.db.selectFrom('items').select('id').where('sku', '=', 'WH-1').executeTakeFirstOrThrow();
    const lines = [{ lineNo: 1, itemId: item.id, quantity: 2 }];
    await unitOfWork({ db: t.store.db, actor: 'sla-ladder', clock: http.clock, fillMode: 'immediate' }, async (ctx) => {
      for (const orderId of [placed.id, quiet.id]) {
        raiseEvents(ctx, [
          { type: 'customer.choice_requested', orderId, itemIds: [item.id], data: { choiceUrl: 'https://allot.test/choice?t=a&b=<c>', expiresAt: '2026-11-08T09:00:00.000Z', lines } },
          { type: 'customer.notified', orderId, itemIds: [item.id], data: { step: 'notify', lines } },
        ]);
      }
    });
    await drain();

    const received = [...receiver.received].sort((a, b) => (a.subject < b.subject ? -1 : 1));
    expect(received.map((m) => m.subject)).toEqual(['Order PO-99: how should we go on?', 'Order PO-99: still waiting']);
    const [choice, notified] = received;
    expect(choice!.text).toContain('- 2 × WH-1 (Hooked widget)');
    expect(choice!.text).toContain('until 2026-11-08T09:00:00.000Z:\nhttps://allot.test/choice?t=a&b=<c>');
    expect(choice!.html).toContain('<a href="https://allot.test/choice?t=a&amp;b=&lt;c&gt;">https://allot.test/choice?t=a&amp;b=&lt;c&gt;</a>');
    expect(notified!.text).toContain('These items of your order PO-99 are still waiting for stock:\n\n- 2 × WH-1 (Hooked widget)');
    expect(await messages('?kind=choice_requested')).toMatchObject([{ orderId: placed.id, customer: 'SMITH' }]);
  });
});

describe(`sending retried like a webhook on ${databaseLabel}`, () => {
  it('tries again after the server refuses with 4xx, gives a 5xx refusal up at once, and fails after the retry window', async () => {
    receiver.refuse([{ at: 'rcpt', code: 451 }, { at: 'data', code: 452 }]);
    const first = await order('SMITH', [{ sku: 'WH-5', quantity: 1 }]);
    await drain();
    expect(receiver.received).toHaveLength(1);
    const [retried] = await messages(`?kind=backordered&limit=1`);
    expect(retried).toMatchObject({ orderId: first.id, status: 'sent', attempts: 3, nextAttemptAt: null });
    expect(retried.lastError).toMatch(/452/);

    receiver.refuse([{ at: 'rcpt', code: 550 }]);
    const second = await order('SMITH', [{ sku: 'WH-5', quantity: 1 }]);
    await drain();
    const [refused] = await messages(`?kind=backordered&limit=1`);
    expect(refused).toMatchObject({ orderId: second.id, status: 'failed', attempts: 1 });
    expect(refused.lastError).toMatch(/550/);

    receiver.refuse([450, 450, 450].map((code) => ({ at: 'rcpt', code })));
    const third = await order('SMITH', [{ sku: 'WH-5', quantity: 1 }]);
    await drain(worker([20, 20]));
    const [gaveUp] = await messages(`?kind=backordered&limit=1`);
    expect(gaveUp).toMatchObject({ orderId: third.id, status: 'failed', attempts: 3 });
    expect(gaveUp.lastError).toMatch(/450/);
    expect(receiver.received).toHaveLength(1);
    expect((await messages('?status=failed')).map((m: { orderId: number }) => m.orderId)).toEqual([third.id, second.id]);
  });
});

describe(`the mail worker on ${databaseLabel}`, () => {
  it('writes each notice once however many processes follow the feed', async () => {
    const placed = await order('SMITH', [{ sku: 'WH-1', quantity: 1 }], 'PO-TWICE');
    const workers = [worker(), worker(), worker()];
    await Promise.all(workers.map((w) => w.runOnce()));
    await drain();
    expect(receiver.received.map((m) => m.subject)).toEqual(['Order PO-TWICE: some items are on backorder']);
    expect((await messages('?kind=backordered')).filter((m: { orderId: number }) => m.orderId === placed.id)).toHaveLength(1);
  });

  it('with mail off follows the feed without writing mail, so turning it on mails nobody about the past', async () => {
    const before = (await messages('?limit=500')).length;
    await order('SMITH', [{ sku: 'WH-1', quantity: 1 }], 'PO-OFF');
    await drain(new MailWorker(t.store.db, { transport: undefined, from: FROM, dateShiftDays: 2 }));
    expect(receiver.received).toHaveLength(0);
    expect(await messages('?limit=500')).toHaveLength(before);
    await order('SMITH', [{ sku: 'WH-1', quantity: 1 }], 'PO-ON');
    await drain();
    expect(receiver.received.map((m) => m.subject)).toEqual(['Order PO-ON: some items are on backorder']);
  });
});

describe(`mail templates on ${databaseLabel}`, () => {
  it('are listed with their placeholders, changed by an admin, used for the next mail, and refused with an unknown placeholder', async () => {
    const { templates } = await http.ok(200, 'GET', '/v1/mail-templates');
    expect(templates.map((x: { kind: string }) => x.kind)).toEqual(['backordered', 'date_changed', 'shipped', 'cancelled', 'choice_requested', 'customer_notified', 'digest']);
    expect(templates[0]).toMatchObject({ changed: false, updatedAt: null, placeholders: expect.arrayContaining(['customerName', 'lines', 'expectedDate']) });

    const template = { subject: 'Backorder {{orderReference}} for {{ customerName }}', text: 'Hello {{customerName}}:\n{{lines}}\n', html: '<p>Hello {{customerName}}</p>{{lines}}' };
    const changed = await http.ok(200, 'PUT', '/v1/mail-templates/backordered', template);
    expect(changed).toMatchObject({ kind: 'backordered', ...template, changed: true, updatedBy: 'system' });
    expect(await http.ok(200, 'GET', '/v1/mail-templates/backordered')).toEqual(changed);

    const refused = await http.put('/v1/mail-templates/backordered', { ...template, html: '<p>{{customerName}}</p><a href="{{trackingUrl}}">track</a>{{digest date}}' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'unknown_placeholder', unknown: ['trackingUrl', 'digest date'] });
    expect(refused.body.detail).toContain('{{trackingUrl}}');
    expect(await http.ok(200, 'GET', '/v1/mail-templates/backordered')).toEqual(changed);
    expect((await http.put('/v1/mail-templates/newsletter', template)).body.code).toBe('validation_failed');

    await order('SMITH', [{ sku: 'WH-1', quantity: 1 }], 'PO-T');
    await drain();
    const [mail] = receiver.received;
    expect(mail!.subject).toBe('Backorder PO-T for Smith & <Sons>');
    expect(mail!.text).toBe('Hello Smith & <Sons>:\n- 1 × WH-1 (Hooked widget), expected 2026-11-20\n');
    expect(mail!.html).toBe('<p>Hello Smith &amp; &lt;Sons&gt;</p><ul><li>1 × WH-1 (Hooked widget), expected 2026-11-20</li></ul>');
  });

  it('need the admin permission', async () => {
    const operator = bearer(await keyFor(http, 'mail operator', 'operator'));
    expect((await http.get('/v1/mail-templates', operator)).status).toBe(403);
    expect((await http.put('/v1/mail-templates/digest', { subject: 's', text: 't', html: 'h' }, operator)).status).toBe(403);
    expect((await http.get('/v1/mail-messages', operator)).status).toBe(403);
  });
});
