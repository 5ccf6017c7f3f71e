import type { Static } from '@sinclair/typebox';
import type { ChoiceMade, ChoicePage } from '../contract/choices.js';
import type { CustomerChoice } from '../domain/sla/sla-ladder.js';

/** The customer's choice page (`/choose/{token}`): plain HTML, a form per waiting line, no scripts. */

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const labels: Record<CustomerChoice, string> = {
  keep_waiting: 'Keep waiting',
  ship_available: 'Ship what is there now, cancel the rest',
  cancel: 'Cancel this line',
};

const style = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1b1f24; }
  main { max-width: 42rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; border: 1px solid #d0d7de; }
  h1 { font-size: 1.4rem; margin-top: 0; }
  fieldset { border: 1px solid #d0d7de; border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  p.facts { margin: 0.25rem 0 0.5rem; color: #424a53; }
  label { display: block; padding: 0.3rem 0; }
  button { font: inherit; padding: 0.5rem 1.25rem; border-radius: 6px; border: 1px solid #0a3069; background: #0a3069; color: #fff; cursor: pointer; }
  .problem { border-left: 4px solid #a40e26; padding-left: 1rem; }
  code { background: #eef1f4; padding: 0 0.25rem; border-radius: 3px; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)} · Allot</title><style>${style}</style></head>
<body><main>${body}</main></body>
</html>`;
}

export function choiceFormPage(view: Static<typeof ChoicePage>, token: string): string {
  const until = view.expiresAt.slice(0, 10);
  const lines = view.lines.map((line) => {
    const expected = line.expectedShipDate ? `expected to ship on ${line.expectedShipDate}` : 'no date expected yet';
    const options = (Object.keys(labels) as CustomerChoice[])
      .map((choice) => {
        const checked = (line.choice ?? 'keep_waiting') === choice ? ' checked' : '';
        return `<label><input type="radio" name="line-${line.lineNo}" value="${choice}"${checked}> ${labels[choice]}</label>`;
      })
      .join('');
    return `<fieldset><legend>Line ${line.lineNo}: ${escape(line.name)} (${escape(line.sku)})</legend>
<p class="facts">${line.quantity} ordered: ${line.available} ready to ship, ${line.backordered} waiting, ${expected}.</p>${options}</fieldset>`;
  });
  const body =
    view.lines.length === 0
      ? `<h1>Order ${view.orderId}</h1><p>Nothing on this order is waiting any more: there is nothing to choose.</p>`
      : `<h1>Order ${view.orderId}${view.reference ? ` (${escape(view.reference)})` : ''}: some items are waiting</h1>
<p>Choose for each waiting line what we should do. You can use this page once, until ${until}.</p>
<form method="post" action="/choose/${encodeURIComponent(token)}">${lines.join('\n')}<button type="submit">Send my choice</button></form>`;
  return page(`Order ${view.orderId}`, body);
}

export function choiceDonePage(made: Static<typeof ChoiceMade>): string {
  const items = made.choices.map((c) => `<li>Line ${c.lineNo}: ${labels[c.choice]}</li>`).join('');
  return page('Thank you', `<h1>Thank you: your choice is recorded</h1><p>For order ${made.orderId}:</p><ul>${items}</ul>`);
}

export function choiceProblemPage(problem: { readonly code: string; readonly detail: string }): string {
  return page('Cannot use this link', `<h1>This link cannot be used</h1><div class="problem"><p>${escape(problem.detail)}</p><p>Code: <code>${escape(problem.code)}</code></p></div>`);
}
