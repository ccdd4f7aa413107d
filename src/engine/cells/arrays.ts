/**
 * Appends one array to another. `target.push(...items)` passes every item as an argument and
 * overflows the call stack beyond about 100,000 items (a household list beside the table).
 */
export function addAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
