/** A cache that computes each key's value once. */
export interface KeyedCache<I, V> {
  /** Return the value for `key`, computing it from `input` the first time the key is asked for. */
  get(key: string, input: I): V;
}

/**
 * Make a cache around an expensive pure function, such as parsing a revision: pages of a build ask
 * for the same revision hundreds of times (once per pair it is part of), and it is computed once.
 */
export function keyedCache<I, V>(compute: (input: I) => V): KeyedCache<I, V> {
  const values = new Map<string, V>();
  return {
    get(key, input) {
      let value = values.get(key);
      if (value === undefined) {
        value = compute(input);
        values.set(key, value);
      }
      return value;
    },
  };
}
