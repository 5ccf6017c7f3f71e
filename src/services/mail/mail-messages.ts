import type { ReadContext } from '../../app/context.js';
import type { MailKind } from '../../domain/mail/mail-kinds.js';
import { listMail } from '../../repositories/mail-repository.js';

/** The mails written, newest first: whom, what, and what came of sending each. */
export async function mailMessages(ctx: ReadContext, query: { status?: string | undefined; kind?: string | undefined; before?: number | undefined; limit?: number | undefined }) {
  const rows = await listMail(ctx.db, { status: query.status, kind: query.kind, beforeId: query.before }, query.limit ?? 50);
  return {
    messages: rows.map((r) => ({
      ...r,
      kind: r.kind as MailKind,
      status: r.status as 'pending' | 'sent' | 'failed',
      nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
      sentAt: r.sentAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
