import { describe, expect, test } from 'vitest';
import { bestSection, searchTerms, type SectionMatch } from '../../../src/lib/search/index.ts';

// A page's words, as Pagefind's `content`, and its regions: the words each holds, by position.
const content = 'Terms. Q. Release and Indemnification. You and we agree. 1. GitHub Pages. Donation buttons and crowdfunding links.';
const words = content.split(' ');

function section(title: string, matches: [word: string, score: number][], anchor = true): SectionMatch {
  return {
    title,
    url: anchor ? `/terms/#${title}` : '/terms/',
    anchor: anchor ? { id: title } : undefined,
    weighted_locations: matches.map(([word, score]) => ({ location: words.indexOf(word), balanced_score: score })),
  };
}

describe('bestSection', () => {
  test('prefers the region with the most different words of the search over a higher score for one word', () => {
    const release = section('release', [['and', 12_803]]);
    const pages = section('pages', [
      ['Donation', 512],
      ['buttons', 512],
      ['and', 512],
      ['crowdfunding', 512],
      ['links.', 512],
    ]);
    expect(bestSection([release, pages], content)).toBe(pages);
  });

  test('counts a word repeated in a region once', () => {
    const repeats = section('repeats', [
      ['and', 512],
      ['and', 512],
      ['and', 512],
    ]);
    const two = section('two', [
      ['Donation', 100],
      ['buttons', 100],
    ]);
    expect(bestSection([repeats, two], content)).toBe(two);
  });

  test('breaks ties by score, then by the number of matches, then keeps the first', () => {
    const low = section('low', [['Donation', 100]]);
    const high = section('high', [['buttons', 200]]);
    expect(bestSection([low, high], content)).toBe(high);
    const once = section('once', [['and', 512]]);
    const twice = section('twice', [
      ['and', 512],
      ['and', 512],
    ]);
    expect(bestSection([once, twice], content)).toBe(twice);
    const first = section('first', [['links.', 512]]);
    const second = section('second', [['links.', 512]]);
    expect(bestSection([first, second], content)).toBe(first);
  });

  test('returns the region before any heading when it matches best, and nothing for no regions', () => {
    const opening = section(
      'opening',
      [
        ['Terms.', 512],
        ['Release', 512],
      ],
      false,
    );
    expect(bestSection([opening, section('one', [['and', 512]])], content)).toBe(opening);
    expect(bestSection([], content)).toBeUndefined();
  });
});

describe('bestSection with the search words', () => {
  // "GitHub Pages" on a page where Definitions names GitHub in many forms (GitHub-owned, github.com/…).
  const text =
    'A. Definitions GitHub-owned github.com/site/privacy githubuniverse.com pages.github.com. I. Additional Terms for GitHub Pages Some text.';
  const all = text.split(' ');
  const at = (word: string): number => all.indexOf(word);
  const region = (title: string, matches: [word: string, score: number][]): SectionMatch => ({
    title,
    url: `/terms/#${title}`,
    anchor: { id: title },
    weighted_locations: matches.map(([word, score]) => ({ location: at(word), balanced_score: score })),
  });

  test('counts the words of the search a region holds, not the forms of one word on the page', () => {
    const definitions = region('A. Definitions', [
      ['GitHub-owned', 500],
      ['github.com/site/privacy', 500],
      ['githubuniverse.com', 500],
      ['pages.github.com.', 512],
    ]);
    const pages = region('I. Additional Terms for GitHub Pages', [
      ['GitHub', 12804],
      ['Pages', 12804],
    ]);
    expect(bestSection([definitions, pages], text, searchTerms('GitHub Pages'))?.title).toBe('I. Additional Terms for GitHub Pages');
  });

  test('reads the search words in lower case, split at anything but letters and digits, quotes included', () => {
    expect(searchTerms('"Moral  Rights", moral')).toEqual(['moral', 'rights']);
    expect(searchTerms('')).toEqual([]);
  });
});
