import { Type } from '@sinclair/typebox';

/** RFC 9457 problem details: every refused request is answered with one, with a stable `code`. */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
  },
  { additionalProperties: true },
);
