import { Type, type Static } from '@sinclair/typebox';
import { Code, IsoDate, ref } from './common.js';

/** The backlog over time and what needs attention today (the workbench's overview). */

export const BacklogHistoryQuery = Type.Object(
  {
    from: Type.Optional({ ...IsoDate, description: 'First day (default: 29 days before `to`)' }),
    to: Type.Optional({ ...IsoDate, description: 'Last day (default: the business day)' }),
  },
  { additionalProperties: false },
);
export type BacklogHistoryQuery = Static<typeof BacklogHistoryQuery>;

export const BacklogDay = Type.Object(
  {
    date: IsoDate,
    units: Type.Integer({ description: 'Units on backorder at the end of the day' }),
    lines: Type.Integer({ description: 'Lines with units on backorder at the end of the day' }),
  },
  { $id: 'BacklogDay' },
);
export const BacklogHistory = Type.Object(
  { from: IsoDate, to: IsoDate, days: Type.Array(ref(BacklogDay)) },
  { $id: 'BacklogHistory', description: 'The backlog at the end of each day from `from` to `to` (at most 366 days), from the record log' },
);

export const WaitingPreorders = Type.Object(
  {
    sku: Code,
    launchDate: IsoDate,
    lines: Type.Integer(),
    units: Type.Integer({ description: 'Units the waiting preorder lines lack' }),
  },
  { $id: 'WaitingPreorders' },
);
export const BacklogToday = Type.Object(
  {
    businessDate: IsoDate,
    nearCancellation: Type.Object(
      {
        withinDays: Type.Integer({ description: 'How far ahead “near” looks' }),
        lines: Type.Integer({ description: 'Waiting lines the cancellation SLA takes within `withinDays` days, or already would' }),
        units: Type.Integer(),
      },
      { additionalProperties: false },
    ),
    fillsToday: Type.Object(
      {
        lines: Type.Integer({ description: 'Lines that had units on backorder and were allocated stock today' }),
        units: Type.Integer(),
      },
      { additionalProperties: false },
    ),
    preordersByLaunch: Type.Array(ref(WaitingPreorders), { description: 'Waiting preorder lines per item, by launch date' }),
  },
  { $id: 'BacklogToday', description: 'What needs attention today: lines near their cancellation SLA, fills today, preorders by launch' },
);
