/** What the search page reads of one of Pagefind's sub-results: a region of a page that matched. */
export interface SectionMatch {
  /** The heading of the region, or the page's title before its first heading with an id. */
  title: string;
  /** The page's URL, with `#id` of the heading when the region starts at one. */
  url: string;
  /** Present when the region starts at a heading with an id. */
  anchor?: { id: string } | undefined;
  /** Every matching word in the region: its position in the page's words and Pagefind's score for it. */
  weighted_locations: readonly { location: number; balanced_score: number }[];
}

const NOT_A_LETTER = /[^\p{L}\p{N}]+/u;

/** The words of a search as they are matched: lower case, split at anything but letters and digits (quotes too). */
export function searchTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(NOT_A_LETTER).filter(Boolean))];
}

// The search words a word of the page matches: one of its parts starts with the search word
// ("github" in "GitHub-owned"), or a search word starts with a part of at least three letters (a
// stemmed match). Without search words, the page's word stands for itself.
function matched(word: string, terms: readonly string[]): string[] {
  const parts = word.toLowerCase().split(NOT_A_LETTER).filter(Boolean);
  if (terms.length === 0) return [parts.join(' ')];
  return terms.filter((term) => parts.some((part) => part.startsWith(term) || (part.length >= 3 && term.startsWith(part))));
}

/** How well a region matches: how many of the search's words it holds, then the sum of their best scores. */
function rank(section: SectionMatch, words: readonly string[], terms: readonly string[]): { different: number; score: number } {
  const best = new Map<string, number>();
  for (const { location, balanced_score } of section.weighted_locations) {
    for (const term of matched(words[location] ?? '', terms)) best.set(term, Math.max(best.get(term) ?? 0, balanced_score));
  }
  let score = 0;
  for (const value of best.values()) score += value;
  return { different: best.size, score };
}

/**
 * Return the region of a page that matches a search best, given the page's text as Pagefind returns
 * it (`content`, whose words the locations count) and the search's words (searchTerms): the one that
 * holds the most of the search's words (a section that has them all, rather than one that repeats
 * one of them), then the highest sum of Pagefind's scores for them, then the most matches, then the
 * first on the page; undefined when there is none.
 */
export function bestSection<T extends SectionMatch>(sections: readonly T[], content: string, terms: readonly string[] = []): T | undefined {
  // Split as Pagefind splits it into the words its locations count.
  const words = content.split(/[^\S\uFEFF]+/);
  let best: { section: T; different: number; score: number } | undefined;
  for (const section of sections) {
    const { different, score } = rank(section, words, terms);
    const better =
      !best ||
      different > best.different ||
      (different === best.different &&
        (score > best.score || (score === best.score && section.weighted_locations.length > best.section.weighted_locations.length)));
    if (better) best = { section, different, score };
  }
  return best?.section;
}
