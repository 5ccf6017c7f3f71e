import type { Executor } from './executor.js';

export interface StoredTemplate {
  readonly kind: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly updatedAt: Date;
  readonly updatedBy: string;
}

const columns = ['kind', 'subject', 'text_body as text', 'html_body as html', 'updated_at as updatedAt', 'updated_by as updatedBy'] as const;

/** The templates an admin changed (the other kinds use their defaults). */
export function storedTemplates(db: Executor): Promise<StoredTemplate[]> {
  return db.selectFrom('mail_templates').select(columns).orderBy('kind').execute();
}

export function storedTemplate(db: Executor, kind: string): Promise<StoredTemplate | undefined> {
  return db.selectFrom('mail_templates').select(columns).where('kind', '=', kind).executeTakeFirst();
}

export async function saveTemplate(db: Executor, t: Omit<StoredTemplate, 'updatedAt' | 'updatedBy'>, by: string, at: Date): Promise<StoredTemplate> {
  const row = { kind: t.kind, subject: t.subject, text_body: t.text, html_body: t.html, updated_at: at, updated_by: by };
  return db
    .insertInto('mail_templates')
    .values(row)
    .onConflict((oc) => oc.column('kind').doUpdateSet({ subject: t.subject, text_body: t.text, html_body: t.html, updated_at: at, updated_by: by }))
    .returning(columns)
    .executeTakeFirstOrThrow();
}
