import { Type } from '@sinclair/typebox';
import { refusalCodes, type RefusalCode } from '../domain/refusal.js';

/** Every code a problem answer may carry: the refusals, and the one for a failure on our side. */
export type ProblemCode = RefusalCode | 'internal_error';
const problemCodes: readonly ProblemCode[] = [...(Object.keys(refusalCodes) as RefusalCode[]), 'internal_error'];

/** RFC 9457 problem details: every refused request is answered with one, with a stable `code`. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'The problem type: `/problems/` and the code with dashes' }),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.Unsafe<ProblemCode>({ type: 'string', enum: problemCodes, description: 'Stable: what went wrong, for a program to act on' }),
    detail: Type.String({ description: 'What went wrong, for a person' }),
    instance: Type.Optional(Type.String({ description: 'The request path' })),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.String(), message: Type.String() }, { additionalProperties: true }), {
        description: 'validation_failed: every field in error (`body/…`, `querystring/…`, `params/…`, `header/…`)',
      }),
    ),
  },
  {
    $id: 'Problem',
    additionalProperties: true,
    description: 'A refusal or a failure; members beside these give its context (the line, the quantities, …)',
  },
);
