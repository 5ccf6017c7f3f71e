/**
 * A PostgreSQL array literal of numbers (nulls allowed), for a `::int[]` or `::bigint[]` cast.
 * The driver's generic array encoding quotes and escapes every element with regular
 * expressions; for the large number arrays of fills and the record log that was a measurable
 * part of the service's time (profiled on the backlog sweep). Text arrays keep the driver's.
 */
export function numberArray(values: readonly (number | null | undefined)[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) literal += ',';
    literal += value === null || value === undefined ? 'NULL' : String(value);
  }
  return `${literal}}`;
}
