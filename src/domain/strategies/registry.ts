import { backorderAllowed } from './backorder-allowed.js';
import type { BackorderStrategyRules } from './backorder-strategy.js';
import { deliverInFull } from './deliver-in-full.js';
import { maxOneBackorder } from './max-one-backorder.js';
import { noBackorder } from './no-backorder.js';

/**
 * The backorder strategies Allot knows, the default first. Adding one: a file beside these
 * exporting its rules, and a line here (its refusal codes join `refusalCodes` by themselves).
 */
export const backorderStrategyRegistry = [backorderAllowed, maxOneBackorder, deliverInFull, noBackorder] as const;

export type BackorderStrategy = (typeof backorderStrategyRegistry)[number]['code'];

export const backorderStrategies: readonly BackorderStrategy[] = backorderStrategyRegistry.map((s) => s.code);

const byCode = new Map<string, BackorderStrategyRules<BackorderStrategy, StrategyRefusalCode>>(backorderStrategyRegistry.map((s) => [s.code, s]));

/** The rules of a strategy; an unknown code is a bug (the API and the database take only registered ones). */
export function strategyRules(code: BackorderStrategy): BackorderStrategyRules<BackorderStrategy, StrategyRefusalCode> {
  const rules = byCode.get(code);
  if (!rules) throw new Error(`unknown backorder strategy ${code}`);
  return rules;
}

/** The codes of the strategies that have a property, for SQL that selects orders by strategy. */
export function strategiesWhere(test: (rules: BackorderStrategyRules<BackorderStrategy, StrategyRefusalCode>) => boolean): BackorderStrategy[] {
  return backorderStrategyRegistry.filter(test).map((s) => s.code);
}

export type StrategyRefusalCode = (typeof backorderStrategyRegistry)[number]['refusalCodes'][number];

/** Codes of the release refusals of the registered strategies. */
export const strategyRefusalCodes: readonly StrategyRefusalCode[] = backorderStrategyRegistry.flatMap((s) => s.refusalCodes);
