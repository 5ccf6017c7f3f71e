import type { Executor } from '../../src/repositories/executor.js';
import { breaches, invariants } from '../../src/repositories/invariant-repository.js';

/**
 * Every invariant of docs/domain.md#invariants, checked with the same set-based SQL as the
 * check-invariants job (src/repositories/invariant-repository.ts) against the whole database.
 * Returns the violations found (empty when all hold). `immediate` adds the fill-mode promise:
 * no line waits while its item has free stock.
 */
export async function invariantViolations(db: Executor, options: { immediate: boolean }): Promise<string[]> {
  const problems: string[] = [];
  for (const invariant of invariants) {
    if (invariant.fillMode === 'immediate' && !options.immediate) continue;
    for (const row of await breaches(db, invariant, 1000)) problems.push(`${invariant.rule}: ${JSON.stringify(row)}`);
  }
  return problems;
}
