import { Type, type TSchema } from '@sinclair/typebox';
import { shipTypes } from '../domain/orders/fulfillment-policy.js';

/**
 * The building blocks of the API contract. The schemas in this folder are the one source of the
 * request and answer shapes: routes validate with them, the OpenAPI document is generated from
 * them and the services' input types are derived from them (`Static<typeof …>`).
 */
export const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

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
export const ShipType = literals(shipTypes);
export const IsoDate = Type.String({ format: 'date', pattern: '^[12][0-9]{3}-' });
