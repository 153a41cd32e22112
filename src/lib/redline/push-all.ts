/**
 * Append `items` to `target` one by one. `target.push(...items)` passes every item as an argument on
 * the call stack and throws a RangeError for arrays of some 100,000 items (a 6,000-line code block,
 * a 70,000-word paragraph), so the engine never spreads a block-sized array into a call.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
