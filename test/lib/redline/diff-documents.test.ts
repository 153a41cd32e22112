import { describe, expect, test } from 'vitest';
import { diffDocuments } from '../../../src/lib/redline/diff-documents.ts';
import { parseDocument } from '../../../src/lib/redline/parse-document.ts';
import { renderRedline } from '../../../src/lib/redline/render-redline.ts';
import type { RedlineDocument } from '../../../src/lib/redline/redline-document.ts';
import { corpusPairs, readCorpus } from './helpers/corpus.ts';
import { redlineText, redlineTextContent } from './helpers/redline-html.ts';

const corpus = readCorpus();

describe('diffDocuments', () => {
  describe.each(corpus.map((policy) => [policy.name, policy] as const))('on every corpus pair of %s', (_, policy) => {
    const docs = policy.sources.map((source) => parseDocument(source));
    const self = docs.map((doc) => {
      const html = renderRedline(diffDocuments(doc, doc));
      return { html, text: redlineText(html), textContent: redlineTextContent(html) };
    });
    const pairs = corpusPairs(docs.length);

    test('finds no change between a revision and itself', () => {
      for (const { html } of self) expect(html).not.toMatch(/<(ins|del)\b/);
    });

    test.each(pairs.map(([i, j]) => [policy.dates[i], policy.dates[j], i, j] as const))(
      'shows %s → %s without losing or inventing text',
      (_from, _to, i, j) => {
        const redline = diffDocuments(docs[i] as RedlineDocument, docs[j] as RedlineDocument);
        const html = renderRedline(redline);
        expect(redline.stats.fallback).toBe(false);
        expect(redlineText(html, 'ins')).toBe(self[i]?.text);
        expect(redlineText(html, 'del')).toBe(self[j]?.text);
        expect(redlineTextContent(html, 'ins')).toBe(self[i]?.textContent);
        expect(redlineTextContent(html, 'del')).toBe(self[j]?.textContent);
      },
    );
  });

  test('gives the same redline for the same input', () => {
    const terms = corpus.find((policy) => policy.name === 'github-terms-of-service');
    const [first, last] = [terms?.sources[0] ?? '', terms?.sources.at(-1) ?? ''];
    const once = diffDocuments(parseDocument(first), parseDocument(last));
    const twice = diffDocuments(parseDocument(first), parseDocument(last));
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
    expect(renderRedline(twice)).toBe(renderRedline(once));
    expect(renderRedline(twice, { view: 'side-by-side' })).toBe(renderRedline(once, { view: 'side-by-side' }));
  });

  test('compares one parsed revision against many without changing it', () => {
    const base = parseDocument('# T\n\nWe keep logs for thirty days.');
    const snapshot = JSON.stringify(base);
    diffDocuments(base, parseDocument('# T\n\nWe keep logs for sixty days.'));
    diffDocuments(parseDocument('Other.'), base);
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  test('bounds a whole rewrite of 100,000 words, falls back to whole blocks and says so', () => {
    const paragraphs = (seed: string): string =>
      Array.from(
        { length: 1_000 },
        (_, p) => Array.from({ length: 50 }, (_, w) => `${seed}${(p * 7 + w * 13) % 997}`).join(' ') + '.',
      ).join('\n\n');
    const oldDoc = parseDocument(paragraphs('alpha'));
    const newDoc = parseDocument(paragraphs('omega'));
    expect(oldDoc.words + newDoc.words).toBe(100_000);
    const redline = diffDocuments(oldDoc, newDoc);
    expect(redline.stats.fallback).toBe(true);
    expect(redline.stats.fallbackReasons.length).toBeGreaterThan(0);
    expect(redline.stats).toMatchObject({ wordsInserted: 50_000, wordsDeleted: 50_000, blocksInserted: 1_000, blocksDeleted: 1_000 });
    const html = renderRedline(redline);
    expect(redlineTextContent(html, 'ins')).toBe(redlineTextContent(renderRedline(diffDocuments(oldDoc, oldDoc))));
    expect(redlineTextContent(html, 'del')).toBe(redlineTextContent(renderRedline(diffDocuments(newDoc, newDoc))));
  });

  test('bounds the word diff of one huge reshuffled paragraph the same way', () => {
    const words = Array.from({ length: 20_000 }, (_, w) => `w${(w * 7919) % 1_009}`);
    const redline = diffDocuments(parseDocument(`Intro.\n\n${words.join(' ')}`), parseDocument(`Intro.\n\n${words.reverse().join(' ')}`), {
      maxWordEdits: 500,
    });
    expect(redline.stats.fallback).toBe(true);
    expect(redline.stats.fallbackReasons.join()).toContain('maxWordEdits');
  });

  test('prefixes every id so two redlines can share a page', () => {
    const redline = diffDocuments(parseDocument('## Payment\n\nPay monthly.'), parseDocument('## Payment\n\nPay yearly.'), {
      idPrefix: 'tos-',
    });
    const html = renderRedline(redline);
    expect(html).toContain('id="tos-payment"');
    expect(html).toContain('id="tos-change-1"');
    expect(html).not.toMatch(/id="(?!tos-)/);
  });
});
