import { comparePairs, type ComparePair } from '../lib/policies/index.ts';
import type { TranslatedEntry, TranslatedPolicy } from './translated-policies.ts';

/**
 * List the pairs of a language's translated revisions that get a compare page in that language, older
 * first, as the policy's `compare` setting says: with `adjacent`, each translation against the one
 * before it and against the translation of the revision in force.
 */
export function translatedComparePairs(view: TranslatedPolicy): ComparePair<TranslatedEntry>[] {
  let pairs = computed.get(view);
  if (!pairs) {
    const anchor = view.entries.find((entry) => entry.source.status === 'in-force');
    pairs = comparePairs(view.entries, view.policy.meta.compare, anchor);
    computed.set(view, pairs);
  }
  return pairs;
}

// Every page of a language asks for its pairs (its links, its switcher, its hreflang): listed once per build.
const computed = new WeakMap<TranslatedPolicy, ComparePair<TranslatedEntry>[]>();
