/**
 * Values grouped by a key (shaped by `valueOf` when given); groups and their members keep the
 * order they were first seen in (Node 20 has no `Map.groupBy`).
 */
export function groupBy<T, K>(values: Iterable<T>, keyOf: (value: T) => K): Map<K, T[]>;
export function groupBy<T, K, V>(values: Iterable<T>, keyOf: (value: T) => K, valueOf: (value: T) => V): Map<K, V[]>;
export function groupBy<T, K>(values: Iterable<T>, keyOf: (value: T) => K, valueOf: (value: T) => unknown = (value) => value): Map<K, unknown[]> {
  const groups = new Map<K, unknown[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(valueOf(value));
    else groups.set(key, [valueOf(value)]);
  }
  return groups;
}
