import { Type } from '@sinclair/typebox';
import { IsoDate, Nullable } from './common.js';

const Inbound = Type.Object({
  date: IsoDate,
  quantity: Type.Integer(),
  location: Type.String(),
  source: Type.Union([Type.Literal('purchase_order'), Type.Literal('transfer_order'), Type.Literal('schedule')]),
  reference: Nullable(Type.String()),
});

const StockAt = Type.Object({ location: Type.String(), available: Type.Integer() });

export const LineExplanation = Type.Union(
  [
    Type.Object(
      {
        waiting: Type.Literal(true),
        lineNo: Type.Integer(),
        sku: Type.String(),
        backordered: Type.Integer(),
        queue: Type.Object(
          {
            position: Type.Integer({ description: '1 for the line served first' }),
            priority: Type.Integer(),
            enteredOn: IsoDate,
            linesAhead: Type.Integer(),
            unitsAhead: Type.Integer({ description: 'What the lines ahead still wait for' }),
          },
          { description: 'Its place in the item’s queue (priority, then entry)' },
        ),
        freeStock: Type.Array(StockAt),
        coveredBy: Nullable(Inbound),
        expectedShipDate: Nullable(IsoDate),
        pegged: Type.Array(Inbound, { description: 'Supply raised for this line, which serves it first' }),
        preorderLaunch: Nullable(IsoDate),
        releaseBlock: Nullable(Type.Object({ rule: Type.String(), summary: Type.String() })),
        cancellation: Nullable(Type.Object({ on: IsoDate, afterDays: Type.Integer() })),
        rationing: Nullable(
          Type.Object(
            {
              rule: Type.Union([Type.Literal('queue'), Type.Literal('fair_share')]),
              share: Nullable(
                Type.Object(
                  { percent: Type.Integer(), customerWaiting: Type.Integer(), priorityWaiting: Type.Integer() },
                  { description: 'Fair share: what the line’s customer and every customer wait for at its priority, and its share of what comes' },
                ),
              ),
              customerCap: Nullable(
                Type.Object(
                  { units: Type.Integer(), held: Type.Integer(), reached: Type.Boolean() },
                  { description: 'The cap in units today and what the line’s customer holds of the item' },
                ),
              ),
            },
            { description: 'Rationing in force on the item (docs/domain.md#rationing); null for a plain queue item' },
          ),
        ),
        rationingFrom: Type.Optional(
          Nullable(
            Type.Object(
              {
                rule: Type.Union([Type.Literal('item'), Type.Literal('group'), Type.Literal('default')]),
                customerCap: Type.Union([Type.Literal('item'), Type.Literal('group'), Type.Literal('default')]),
                group: Nullable(Type.String()),
              },
              { description: 'Where the rule and the cap in force come from: set on the item, on its group (`group`), or the default (queue, no cap); null for a plain queue item' },
            ),
          ),
        ),
        sentence: Type.String(),
      },
      { title: 'WaitingLine' },
    ),
    Type.Object(
      {
        waiting: Type.Literal(false),
        lineNo: Type.Integer(),
        sku: Type.String(),
        reason: Type.Union([Type.Literal('filled'), Type.Literal('shipped'), Type.Literal('cancelled'), Type.Literal('may_not_wait')]),
        sentence: Type.String(),
      },
      { title: 'LineNotWaiting' },
    ),
  ],
  { $id: 'LineExplanation', description: 'Why a line waits, as data and as one plain sentence; or that it does not, and why' },
);
