import { Type } from '@sinclair/typebox';

/** Jobs run by hand: what a run answers. */
export const JobResult = Type.Object({
  job: Type.String(),
  status: Type.String(),
  processed: Type.Integer(),
  detail: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
