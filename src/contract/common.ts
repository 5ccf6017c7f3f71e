import { Type, type SchemaOptions, type Static, type TSchema } from '@sinclair/typebox';
import { shipTypes } from '../domain/orders/fulfillment-policy.js';

/**
 * The building blocks of the API contract. The schemas in this folder are the one source of the
 * request and answer shapes: routes validate with them, the OpenAPI document is generated from
 * them and the services' input types are derived from them (`Static<typeof …>`).
 *
 * A schema with an `$id` is a named component of the document (`#/components/schemas/<$id>`), so
 * a generated client has a type of that name; it is listed in `index.ts` and used through `ref`.
 */
export const literals = <T extends string>(values: readonly T[], options?: SchemaOptions) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  );
export const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T, options?: SchemaOptions) =>
  Type.Object(properties, { ...options, additionalProperties: false });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A reference to a named schema: validated and serialized as the schema, shown by its name. */
export const ref = <T extends TSchema>(schema: T) => {
  if (schema.$id === undefined) throw new Error('only a named schema (with an $id) can be referenced');
  return Type.Unsafe<Static<T>>(Type.Ref(schema.$id));
};

// Codes have no surrounding spaces and no control characters; text has no NUL (PostgreSQL refuses it).
export const Code = Type.String({ minLength: 1, maxLength: 64, pattern: '^[^\\s\\x00-\\x1f](?:[^\\x00-\\x1f]*[^\\s\\x00-\\x1f])?$' });
export const text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\x00]*$' });
export const Name = text(200);
export const Reference = text(200);
export const Reason = text(500);
export const Quantity = Type.Integer({ minimum: 1, maximum: 1_000_000_000 });
export const Units = Type.Integer({ minimum: 0, maximum: 1_000_000_000 });
export const Days = Type.Integer({ minimum: 0, maximum: 3650 });
export const Priority = Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 });
export const Money = Type.Number({ minimum: 0, maximum: 1_000_000_000 });
export const IsoDate = Type.String({ format: 'date', pattern: '^[12][0-9]{3}-' });
export const ShipType = literals(shipTypes, {
  $id: 'ShipType',
  description: 'partial_ok: ship what is there; complete: ship the order only when all of it is there',
});

/** The body of a command that takes only an optional reason (cancel a supply order, void a shipment). */
export const ReasonInput = strict({ reason: Type.Optional(Reason) }, { $id: 'ReasonInput' });

/** The paging parameters of every list (src/queries/paging.ts). */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'At most this many items (50 by default)' })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'The `nextCursor` of the page before' })),
};

/** A page of a list: its items and the cursor of the next page, null at the end. */
export const pageOf = <T extends TSchema & { $id?: string }>(item: T, $id: string, description: string) =>
  Type.Object({ items: Type.Array(ref(item)), nextCursor: Nullable(Type.String()) }, { $id, description });

/** A text search on code and name. */
export const TextSearch = Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00]*$', description: 'Part of the code or the name, any case' });
