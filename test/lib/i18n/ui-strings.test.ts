import { describe, expect, test } from 'vitest';
import { templatePlaceholders, UI_LANGUAGES, uiStrings, type UiStrings } from '../../../src/lib/i18n/index.ts';

// A sample argument of an interface function, and how a reader sees it in the text: as written
// (a title, a language's name), as the language writes a date or a number, or not at all (a label's
// key, a flag, a list the function joins).
type Sample = { text: string } | { date: string } | { number: number } | { raw: unknown };

const T = (text: string): Sample => ({ text });
const D = (date: string): Sample => ({ date });
const N = (number: number): Sample => ({ number });
const R = (raw: unknown): Sample => ({ raw });

// Every function of the interface, with the arguments to call it with (one list per call). The test
// below fails for a function without samples, so a new one gets them.
const SAMPLES: Record<string, Sample[][]> = {
  date: [[D('2026-03-14')], [D('2026-06-01')]],
  number: [[N(1204)]],
  quote: [[T('Fees')]],
  'revision.title': [[T('Cookie Policy'), D('2026-03-14')]],
  'revision.description': [[T('Cookie Policy'), D('2026-03-14')]],
  'revision.declarationOf': [[D('2026-03-14')]],
  'revision.declarationInForce': [[T('Cookie Policy')]],
  'corrections.heading': [[R(1)], [R(2)]],
  'corrections.whatWasCorrected': [[N(37), N(58)]],
  'feeds.siteTitle': [[T('Mailly policies')]],
  'feeds.policyTitle': [[T('Cookie Policy')]],
  'feeds.materialTitle': [[T('Cookie Policy')]],
  'feeds.allDescription': [
    [T('Mailly'), T('Cookie Policy')],
    [T('Mailly'), R(undefined)],
  ],
  'feeds.materialDescription': [
    [T('Mailly'), T('Cookie Policy')],
    [T('Mailly'), R(undefined)],
  ],
  'feeds.itemTitle': [
    [T('Cookie Policy'), D('2026-03-14'), R('material')],
    [T('Cookie Policy'), D('2026-03-14'), R(undefined)],
  ],
  'feeds.entries': [[N(1)], [N(37)]],
  'counts.wordsAdded': [[N(1)], [N(37)]],
  'counts.wordsRemoved': [[N(1)], [N(37)]],
  'counts.blocksMoved': [[N(1)], [N(37)]],
  'counts.changes': [[N(1)], [N(37)]],
  'counts.inSections': [[N(1)], [N(37)]],
  'counts.addedRemoved': [[N(37), N(58)]],
  'compare.title': [[T('Cookie Policy'), D('2026-03-14'), D('2026-06-01')]],
  'compare.description': [[T('Cookie Policy'), D('2026-03-14'), D('2026-06-01')]],
  'compare.betweenMany': [[N(37)]],
  'compare.earlier': [[N(37)]],
  'compare.sectionCounts': [[N(3), N(37), N(58)]],
  'compare.olderColumn': [[D('2026-03-14')]],
  'compare.newerColumn': [[D('2026-06-01')]],
  'historyChart.mark': [
    [D('2026-03-14'), N(37), N(58), R('editorial'), R(true)],
    [D('2026-03-14'), N(37), N(58), R(undefined), R(false)],
  ],
  'historyChart.firstMark': [[D('2026-03-14')]],
  'historyChart.caption': [[N(7), D('2026-03-14'), D('2026-06-01')]],
  'historyChart.tallest': [[N(37)]],
  'history.title': [[T('Cookie Policy')]],
  'history.description': [[T('Cookie Policy')]],
  'history.heading': [[T('Cookie Policy')]],
  'history.whatChangedOn': [[D('2026-03-14')]],
  'history.against': [[D('2026-03-14')]],
  'chooser.title': [[T('Cookie Policy')]],
  'chooser.description': [[T('Cookie Policy')]],
  'chooser.heading': [[T('Cookie Policy')]],
  'chooser.toDate': [[D('2026-06-01')]],
  'chooser.fromDate': [[D('2026-03-14')]],
  'chooser.pair': [[D('2026-03-14'), D('2026-06-01')]],
  'chooser.whatChangedOn': [[D('2026-03-14')]],
  'chooser.withInForce': [[D('2026-03-14')]],
  'changelog.description': [[T('Mailly')]],
  'changelog.policyTitle': [[T('Cookie Policy')]],
  'changelog.policyDescription': [[T('Cookie Policy')]],
  'sections.addedOn': [[D('2026-03-14')]],
  'sections.lastChangedOn': [[D('2026-03-14')]],
  'sections.unchangedSince': [[D('2026-03-14')]],
  'sections.titleSuffix': [[T('Fees')]],
  'sections.historyOf': [[T('Fees')]],
  'sections.title': [[T('Cookie Policy'), T('Fees')]],
  'sections.description': [[T('Cookie Policy'), T('Fees')]],
  'sections.policyLabel': [[T('Cookie Policy')]],
  'sections.theVersionOf': [[D('2026-03-14')]],
  'sections.namesLede': [[N(1)], [N(3)]],
  'sections.passage': [[N(4)]],
  'sections.part': [[N(2)]],
  'sections.firstVersionOf': [[D('2026-03-14')]],
  'sections.theChangeOf': [[D('2026-03-14')]],
  'sections.changesHeading': [[R(0)], [R(1)], [N(37)]],
  'sections.wholeRedlineOf': [[D('2026-03-14')]],
  'sections.headingBefore': [[T('Fees')]],
  'sections.relevelled': [
    [N(3), N(2)],
    [N(2), N(4)],
  ],
  'home.description': [[T('Mailly')]],
  'home.heading': [[T('Mailly')]],
  'home.allVersionsOf': [[T('Cookie Policy')]],
  'translation.governingStatement': [[T('Lingua')]],
  'translation.readIn': [[T('Lingua')]],
  'translation.textIn': [[T('Lingua')]],
  'redline.numberingChanged': [[T('IV'), T('ix')]],
  'redline.restyled': [[R(['formatting changed'])], [R(['formatting changed', 'numbering changed'])]],
  'redline.fold': [
    [N(14), N(1204), T('Fees'), T('Fees')],
    [N(14), N(1204), T('Fees'), T('Terms')],
    [N(3), N(40), R(null), R(null)],
    [N(3), N(40), R(null), T('Terms')],
  ],
};

// The texts that may read the same as in English: names of formats, and punctuation the languages share.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['colon', 'feeds.rss', 'feeds.jsonFeed', 'feeds.jsonSuffix', 'sections.policyLabel', 'redline.restyled'],
  fr: [
    'feeds.rss',
    'feeds.jsonFeed',
    'feeds.jsonSuffix',
    'compare.section',
    'historyChart.version',
    'chooser.version',
    'declaration.fields.description',
  ],
};

type Leaf = { path: string; value: unknown };

function leaves(strings: object, path: string[] = []): Leaf[] {
  return Object.entries(strings).flatMap(([key, value]): Leaf[] =>
    typeof value === 'object' && value !== null ? leaves(value as object, [...path, key]) : [{ path: [...path, key].join('.'), value }],
  );
}

const english = leaves(uiStrings('en'));
const others = UI_LANGUAGES.filter((lang) => lang !== 'en');

function at(strings: UiStrings, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], strings);
}

function call(strings: UiStrings, path: string, samples: Sample[]): string {
  const fn = at(strings, path) as (...args: unknown[]) => unknown;
  const args = samples.map((sample) =>
    'text' in sample ? sample.text : 'date' in sample ? sample.date : 'number' in sample ? sample.number : sample.raw,
  );
  const result = fn(...args);
  expect(typeof result, `${path}(${JSON.stringify(args)})`).toBe('string');
  return result as string;
}

// How a sample argument reads in a language's text; null when it does not show as itself.
function shown(strings: UiStrings, sample: Sample): string | null {
  if ('text' in sample) return sample.text;
  if ('date' in sample) return strings.date(sample.date);
  if ('number' in sample) return strings.number(sample.number);
  return null;
}

describe('uiStrings', () => {
  test.each(UI_LANGUAGES)('gives %s every text English has, of the same kind, and no other', (lang) => {
    const kinds = (strings: UiStrings): string[] => leaves(strings).map(({ path, value }) => `${path}: ${typeof value}`);
    expect(kinds(uiStrings(lang)).sort()).toEqual(kinds(uiStrings('en')).sort());
  });

  test('has samples for every function of the interface, and for nothing else', () => {
    expect(
      english
        .filter(({ value }) => typeof value === 'function')
        .map(({ path }) => path)
        .sort(),
    ).toEqual(Object.keys(SAMPLES).sort());
  });

  test.each(UI_LANGUAGES)('leaves no text of %s empty, and its functions write text for their samples', (lang) => {
    const strings = uiStrings(lang);
    for (const { path, value } of leaves(strings)) {
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      else if (typeof value === 'function')
        for (const samples of SAMPLES[path] ?? []) {
          const text = call(strings, path, samples);
          expect(text.trim(), path).not.toBe('');
          expect(text, path).not.toMatch(/undefined|null|NaN|\[object/);
        }
      else throw new Error(`${lang}: ${path} is a ${typeof value}, not a text or a function`);
    }
  });

  test.each(others)('gives %s templates with the placeholders English has', (lang) => {
    for (const { path, value } of english) {
      if (typeof value !== 'string') continue;
      const theirs = at(uiStrings(lang), path) as string;
      expect(templatePlaceholders(theirs).sort(), `${lang}: ${path}`).toEqual(templatePlaceholders(value).sort());
    }
  });

  test.each(others)('gives %s functions that take and show the arguments English does', (lang) => {
    const strings = uiStrings(lang);
    for (const [path, calls] of Object.entries(SAMPLES)) {
      expect((at(strings, path) as () => unknown).length, `${lang}: ${path} takes as many arguments`).toBe(
        (at(uiStrings('en'), path) as () => unknown).length,
      );
      for (const samples of calls) {
        const ours = call(uiStrings('en'), path, samples);
        const theirs = call(strings, path, samples);
        for (const sample of samples) {
          const inEnglish = shown(uiStrings('en'), sample);
          const inTheirs = shown(strings, sample);
          if (inEnglish === null || inTheirs === null) continue;
          expect(theirs.includes(inTheirs), `${lang}: ${path} shows ${JSON.stringify(sample)}: "${theirs}" (en: "${ours}")`).toBe(
            ours.includes(inEnglish),
          );
        }
      }
    }
  });

  test.each(others)('gives %s its own texts: none reads as in English but a few listed names and signs', (lang) => {
    const strings = uiStrings(lang);
    const same: string[] = [];
    for (const { path, value } of english) {
      const theirs = at(strings, path);
      const equal =
        typeof value === 'function'
          ? (SAMPLES[path] ?? []).every((samples) => call(strings, path, samples) === call(uiStrings('en'), path, samples))
          : theirs === value;
      if (equal) same.push(path);
    }
    expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[lang] ?? [])].sort());
  });

  test.each([
    ['en', '2026-03-14', 'March 14, 2026'],
    ['en', '2026-06-01', 'June 1, 2026'],
    ['de', '2026-03-14', '14. März 2026'],
    ['de', '2026-06-01', '1. Juni 2026'],
    ['fr', '2026-03-14', '14 mars 2026'],
    ['fr', '2026-06-01', '1er juin 2026'],
    ['fr', '2026-06-11', '11 juin 2026'],
  ])('writes in %s %s as %s', (lang, day, expected) => {
    expect(uiStrings(lang).date(day)).toBe(expected);
  });

  test.each([
    ['en', 1, '1 word added'],
    ['en', 1204, '1,204 words added'],
    ['de', 1, '1 Wort hinzugefügt'],
    ['de', 1204, '1.204 Wörter hinzugefügt'],
    ['fr', 0, '0 mot ajouté'],
    ['fr', 2, '2 mots ajoutés'],
    ['fr', 1_000_000, '1\u202f000\u202f000 de mots ajoutés'],
  ])('counts in %s %i as %s', (lang, n, expected) => {
    expect(uiStrings(lang).counts.wordsAdded(n)).toBe(expected);
  });

  test('elides French « de » before a vowel', () => {
    expect(uiStrings('fr').home.heading('Mailly')).toBe('Politiques de Mailly');
    expect(uiStrings('fr').home.heading('Acme')).toBe('Politiques d’Acme');
  });

  test('writes the engine’s cues in the page’s language', () => {
    expect(uiStrings('de').redline.fold(14, 1204, 'Gebühren', 'Gebühren')).toBe('14 unveränderte Absätze (1.204 Wörter) in „Gebühren“');
    expect(uiStrings('fr').redline.fold(1, 3, null, 'Frais')).toBe('1 paragraphe inchangé (3 mots) du début à «\u00a0Frais\u00a0»');
  });

  test.each(UI_LANGUAGES)('names the search button in %s with the word it shows (WCAG 2.5.3, label in name)', (lang) => {
    const { search, searchPolicies } = uiStrings(lang).layout;
    expect(searchPolicies.toLocaleLowerCase(lang).split(/\s+/)).toContain(search.toLocaleLowerCase(lang));
  });

  test('gives a regional variant its language’s texts', () => {
    expect(uiStrings('en-GB')).toBe(uiStrings('en'));
    expect(uiStrings('de-AT')).toBe(uiStrings('de'));
    expect(uiStrings('fr-CA-x-legal')).toBe(uiStrings('fr'));
  });

  test('refuses a language without interface texts, naming those that have them', () => {
    expect(() => uiStrings('pt-BR')).toThrow(
      'no interface strings for the language "pt-BR": Redline\'s interface is written in en, de, fr',
    );
  });
});
