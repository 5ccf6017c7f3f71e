import type { ReadContext, ServiceContext } from '../../app/context.js';
import { actorName } from '../../domain/access/actor.js';
import { defaultTemplates, mailKinds, placeholdersOf, type MailKind } from '../../domain/mail/mail-kinds.js';
import { unknownPlaceholders, type MailTemplate } from '../../domain/mail/mail-template.js';
import { refuse } from '../../domain/refusal.js';
import type { Executor } from '../../repositories/executor.js';
import { saveTemplate, storedTemplate, storedTemplates, type StoredTemplate } from '../../repositories/mail-template-repository.js';

/** Every kind's template in force: the admin's where changed, else the default. */
export async function templatesInForce(db: Executor): Promise<ReadonlyMap<MailKind, MailTemplate>> {
  const stored = new Map((await storedTemplates(db)).map((t) => [t.kind, t]));
  return new Map(mailKinds.map((kind) => [kind, templateOf(stored.get(kind)) ?? defaultTemplates[kind]]));
}

export async function listTemplates(ctx: ReadContext) {
  const stored = new Map((await storedTemplates(ctx.db)).map((t) => [t.kind, t]));
  return { templates: mailKinds.map((kind) => templateView(kind, stored.get(kind))) };
}

export async function getTemplate(ctx: ReadContext, kind: MailKind) {
  return templateView(kind, await storedTemplate(ctx.db, kind));
}

/**
 * Replaces a kind's template. Every placeholder it names must be one its kind fills in
 * (`unknown_placeholder` otherwise, naming them; nothing is written). Who changed it and when
 * are kept with it.
 */
export async function changeTemplate(ctx: ServiceContext, kind: MailKind, template: MailTemplate) {
  const unknown = unknownPlaceholders(template, placeholdersOf[kind]);
  if (unknown.length > 0) {
    refuse(
      'unknown_placeholder',
      `The ${kind} template names ${unknown.map((n) => `{{${n}}}`).join(', ')}, which it does not know; it knows ${placeholdersOf[kind].map((n) => `{{${n}}}`).join(', ')}.`,
      { kind, unknown: [...unknown], known: [...placeholdersOf[kind]] },
    );
  }
  const saved = await saveTemplate(ctx.db, { kind, ...template }, actorName(ctx.actor), ctx.clock.now());
  return templateView(kind, saved);
}

const templateOf = (t: StoredTemplate | undefined): MailTemplate | undefined => t && { subject: t.subject, text: t.text, html: t.html };

function templateView(kind: MailKind, stored: StoredTemplate | undefined) {
  return {
    kind,
    ...(templateOf(stored) ?? defaultTemplates[kind]),
    placeholders: [...placeholdersOf[kind]],
    changed: stored !== undefined,
    updatedAt: stored?.updatedAt.toISOString() ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}
