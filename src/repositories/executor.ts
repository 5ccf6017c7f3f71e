import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The root database or an open transaction: repositories run on whichever they are given. */
export type Executor = Kysely<Database>;
