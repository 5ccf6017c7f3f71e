import { Problem } from '../../contract/problem.js';

/** The problem+json answers every route may give, for the OpenAPI document. */
export const problems = { '4xx': Problem } as const;
