import { Type } from '@sinclair/typebox';
import { IsoDate, Nullable, ref } from './common.js';

export const DryRunQuery = Type.Object(
  {
    dryRun: Type.Optional(
      Type.Boolean({
        description:
          'Run the command exactly as it would run, roll it back and answer a DryRunPreview (#/components/schemas/DryRunPreview, status 200) instead of its own answer: nothing is written, no event leaves',
      }),
    ),
  },
  { additionalProperties: false },
);

export const LineFacts = Type.Object(
  {
    allocated: Type.Integer(),
    backordered: Type.Integer(),
    expectedShipDate: Nullable(IsoDate),
    status: Type.String({ description: 'backordered, partially_allocated, allocated, partially_shipped, shipped or cancelled' }),
  },
  { $id: 'LineFacts' },
);

export const DryRunPreview = Type.Object(
  {
    dryRun: Type.Literal(true),
    answer: Type.Unknown({ description: 'What the command would have answered' }),
    lines: Type.Array(
      Type.Object({
        orderId: Type.Integer(),
        lineNo: Type.Integer(),
        sku: Type.String(),
        before: Nullable(ref(LineFacts)),
        after: Nullable(ref(LineFacts)),
      }),
      { description: 'Each line the command would change, before and after (null: the line would not exist)' },
    ),
    items: Type.Array(
      Type.Object({
        sku: Type.String(),
        before: Type.Object({ available: Type.Integer() }),
        after: Type.Object({ available: Type.Integer() }),
      }),
      { description: 'Each item whose free stock would change' },
    ),
  },
  { $id: 'DryRunPreview', description: 'What a command would do, measured by running it and rolling it back' },
);
