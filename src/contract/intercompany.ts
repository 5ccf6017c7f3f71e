import { Type } from '@sinclair/typebox';
import { Nullable, ref, strict } from './common.js';

export const IntercompanyCustomerInput = strict(
  { syncBackorderStrategy: Type.Boolean({ description: 'A direct-delivery order of this customer follows its original order’s backorder strategy' }) },
  { $id: 'IntercompanyCustomerInput' },
);
export const IntercompanyCustomer = Type.Object(
  { customer: Type.String(), intercompany: Type.Literal(true), syncBackorderStrategy: Type.Boolean() },
  { $id: 'IntercompanyCustomer', description: 'A customer that is another company of the group' },
);

export const IntercompanyLinkInput = strict(
  {
    originalOrderId: Type.Integer({ minimum: 1, description: 'The order this intercompany order supplies' }),
    directDelivery: Type.Boolean({ description: 'It ships straight to the original order’s customer' }),
  },
  { $id: 'IntercompanyLinkInput' },
);

export const IntercompanyEnd = Type.Object(
  {
    orderId: Type.Integer(),
    directDelivery: Type.Boolean(),
    synced: Type.Boolean({ description: 'The intercompany order’s strategy follows the original’s and cannot be changed on its own' }),
  },
  { $id: 'IntercompanyEnd' },
);

export const IntercompanyLinks = Type.Object(
  {
    orderId: Type.Integer(),
    original: Nullable(ref(IntercompanyEnd)),
    intercompanyOrders: Type.Array(ref(IntercompanyEnd)),
  },
  { $id: 'IntercompanyLinks', description: 'Both sides of an order’s intercompany links: the original it supplies, the orders that supply it' },
);
