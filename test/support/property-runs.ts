/**
 * How many random cases a property test draws: its own default, or `PROPERTY_RUNS` for a longer
 * search, with a time limit that grows with the count (a second per case, at least two minutes).
 */
export function propertyRuns(fallback: number): { numRuns: number; timeout: number } {
  const numRuns = Number(process.env.PROPERTY_RUNS ?? fallback);
  return { numRuns, timeout: Math.max(120_000, numRuns * 1_000) };
}
