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

const NOT_A_LETTER = /[^\p{L}\p{N}]+/gu;

/** How well a region matches: how many different words of the search it holds, then their best scores. */
function rank(section: SectionMatch, words: readonly string[]): { different: number; score: number } {
  const best = new Map<string, number>();
  for (const { location, balanced_score } of section.weighted_locations) {
    const word = words[location]?.toLowerCase().replace(NOT_A_LETTER, '') || `@${location}`;
    best.set(word, Math.max(best.get(word) ?? 0, balanced_score));
  }
  let score = 0;
  for (const value of best.values()) score += value;
  return { different: best.size, score };
}

/**
 * Return the region of a page that matches a search best, given the page's text as Pagefind returns
 * it (`content`, whose words the locations count): the one that holds the most different words of
 * the search (a section that has them all, rather than one that repeats "and" in its heading), then
 * the highest of Pagefind's scores, then the most matches, then the first on the page; undefined
 * when there is none.
 */
export function bestSection<T extends SectionMatch>(sections: readonly T[], content: string): T | undefined {
  // Split as Pagefind splits it into the words its locations count.
  const words = content.split(/[^\S\uFEFF]+/);
  let best: { section: T; different: number; score: number } | undefined;
  for (const section of sections) {
    const { different, score } = rank(section, words);
    const better =
      !best ||
      different > best.different ||
      (different === best.different &&
        (score > best.score || (score === best.score && section.weighted_locations.length > best.section.weighted_locations.length)));
    if (better) best = { section, different, score };
  }
  return best?.section;
}
