/** A seeded source of random numbers in [0, 1): the same seed gives the same sequence everywhere. */
export type Random = () => number;

/** Make a seeded generator (mulberry32, a small well-known 32-bit PRNG). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Pick an index below `length`. */
export function pick(random: Random, length: number): number {
  return Math.floor(random() * length);
}
