import { Type, type Static } from '@sinclair/typebox';
import { customerChoices, slaActions, slaAnchors } from '../domain/sla/sla-ladder.js';
import { literals, Nullable, ref, strict } from './common.js';

/** The SLA ladder of a policy and the customer's choice per waiting line. */

export const CustomerChoice = literals(customerChoices, {
  $id: 'CustomerChoice',
  description: 'For a waiting line: keep waiting; ship what is there now and cancel the rest; or cancel it',
});

export const SlaStep = strict(
  {
    afterDays: Type.Integer({ minimum: 0, maximum: 3650 }),
    from: literals(slaAnchors, { description: 'Counted from the order’s entry, or from a promise date that has passed' }),
    action: literals(slaActions, { description: 'notify the customer, ask them to choose, apply the default choice, or cancel the backorder' }),
    choice: Type.Optional(ref(CustomerChoice)),
  },
  { $id: 'SlaStep', description: 'One step of an SLA ladder; `choice` only on a `default_choice` step' },
);

export const SlaLadder = Type.Array(ref(SlaStep), {
  $id: 'SlaLadder',
  maxItems: 10,
  description: 'Steps taken on each backordered line, in this order, before the cancellation after `cancelAfterDays` (the last step)',
});

const Token = Type.Object({ token: Type.String({ maxLength: 200 }) });
export const ChoiceLinkParams = Token;

export const ChoiceRequest = Type.Object(
  {
    orderId: Type.Integer(),
    choiceUrl: Type.String({ description: 'The link to send the customer: no account needed, used once, expiring' }),
    expiresAt: Type.String({ format: 'date-time' }),
    lines: Type.Array(Type.Object({ lineNo: Type.Integer(), sku: Type.String(), backordered: Type.Integer() })),
  },
  { $id: 'ChoiceRequest', description: 'A choice link made for the waiting lines of an order' },
);

export const ChoiceLine = Type.Object({
  lineNo: Type.Integer(),
  sku: Type.String(),
  name: Type.String(),
  quantity: Type.Integer(),
  available: Type.Integer({ description: 'Allocated and not yet shipped or released: what "ship what is there" sends' }),
  backordered: Type.Integer(),
  expectedShipDate: Nullable(Type.String({ format: 'date' })),
  choice: Nullable(ref(CustomerChoice)),
});

export const ChoicePage = Type.Object(
  {
    orderId: Type.Integer(),
    reference: Nullable(Type.String()),
    customer: Type.String(),
    expiresAt: Type.String({ format: 'date-time' }),
    lines: Type.Array(ChoiceLine),
  },
  { $id: 'ChoicePage', description: 'What a choice link shows: the order’s waiting lines' },
);

export const ChoiceInput = strict(
  {
    choices: Type.Array(strict({ lineNo: Type.Integer({ minimum: 1 }), choice: ref(CustomerChoice) }), { minItems: 1, maxItems: 1000 }),
  },
  { $id: 'ChoiceInput', description: 'A choice per waiting line (lines left out stay as they are)' },
);
export type ChoiceInput = Static<typeof ChoiceInput>;

export const ChoiceMade = Type.Object(
  {
    orderId: Type.Integer(),
    choices: Type.Array(Type.Object({ lineNo: Type.Integer(), choice: ref(CustomerChoice) })),
  },
  { $id: 'ChoiceMade', description: 'The choices applied' },
);
