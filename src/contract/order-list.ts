import { Type, type Static } from '@sinclair/typebox';
import { orderStatuses } from '../domain/orders/order-status.js';
import { BackorderStrategy } from './catalog.js';
import { Code, IsoDate, PageQuery, pageOf, Priority, Reference, ref } from './common.js';
import { Order } from './orders.js';

/** The order list: filters, sort and page (src/queries/order-list.ts). */

const statusWord = `(?:${orderStatuses.join('|')})`;

export const OrderQuery = Type.Object(
  {
    status: Type.Optional(
      Type.String({ pattern: `^${statusWord}(?:,${statusWord})*$`, description: `Any of these statuses, comma-separated: ${orderStatuses.join(', ')}` }),
    ),
    customer: Type.Optional(Code),
    sku: Type.Optional({ ...Code, description: 'Orders with a line of this item' }),
    reference: Type.Optional({ ...Reference, description: 'The customer’s reference (PO number), exactly' }),
    referencePrefix: Type.Optional({ ...Reference, description: 'References that start with this' }),
    enteredFrom: Type.Optional({ ...IsoDate, description: 'Entered on or after this day (UTC)' }),
    enteredTo: Type.Optional({ ...IsoDate, description: 'Entered on or before this day (UTC)' }),
    priority: Type.Optional(Priority),
    strategy: Type.Optional(ref(BackorderStrategy)),
    hasBackorder: Type.Optional(Type.Boolean({ description: 'true: orders with a line waiting for stock; false: none waiting' })),
    sort: Type.Optional(Type.Union([Type.Literal('entry'), Type.Literal('priority')], { description: 'entry (oldest first, the default) or priority (highest first, then entry)' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type OrderQuery = Static<typeof OrderQuery>;

export const OrderList = pageOf(Order, 'OrderList', 'Orders in the order asked for; `nextCursor` pages on');
