/**
 * Mail templates (docs/design.md, "Mail"): a subject, a plain-text and an HTML body, each with
 * `{{placeholder}}`s filled in when a mail is written. In the HTML body every value is escaped;
 * a value that is a block (a list of lines) brings an HTML form of its own, built escaped.
 */
export interface MailTemplate {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A placeholder's value: one text for all three parts, or a block with its own HTML form. */
export type PlaceholderValue = string | { readonly text: string; readonly html: string };

export type Placeholders = Readonly<Record<string, PlaceholderValue>>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every placeholder a template names, in order of first use (whatever it names: `{{ a b }}` is "a b"). */
export function placeholdersIn(template: MailTemplate): string[] {
  const names = new Set<string>();
  for (const part of [template.subject, template.text, template.html]) {
    for (const match of part.matchAll(PLACEHOLDER)) names.add(match[1]!);
  }
  return [...names];
}

/** The placeholders a template names that its kind does not know (none: it can be used). */
export function unknownPlaceholders(template: MailTemplate, known: readonly string[]): string[] {
  return placeholdersIn(template).filter((name) => !known.includes(name));
}

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The template with its placeholders filled in; one left without a value stays empty. */
export function renderMail(template: MailTemplate, values: Placeholders): RenderedMail {
  const fill = (part: string, as: 'text' | 'html') =>
    part.replace(PLACEHOLDER, (_, name: string) => {
      const value = values[name];
      if (value === undefined) return '';
      if (typeof value === 'string') return as === 'html' ? escapeHtml(value) : value;
      return value[as];
    });
  // A subject is one line: a block's lines are joined, and no value can add a header.
  return { subject: fill(template.subject, 'text').replace(/\s*[\r\n]+\s*/g, ' ').trim(), text: fill(template.text, 'text'), html: fill(template.html, 'html') };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A list as a placeholder's block: one line per entry in the text, a `<ul>` of escaped entries in the HTML. */
export function listBlock(entries: readonly string[], none: string): PlaceholderValue {
  if (entries.length === 0) return { text: none, html: `<p>${escapeHtml(none)}</p>` };
  return {
    text: entries.map((e) => `- ${e}`).join('\n'),
    html: `<ul>${entries.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`,
  };
}
