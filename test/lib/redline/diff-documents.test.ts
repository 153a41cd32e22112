import { describe, expect, test } from 'vitest';
import { diffDocuments } from '../../../src/lib/redline/diff-documents.ts';
import { parseDocument, renderRedline } from '../../../src/lib/redline/index.ts';
import type { RedlineDocument } from '../../../src/lib/redline/index.ts';
import { corpusPairs, readCorpus } from './helpers/corpus.ts';
import { redlineText, redlineTextContent } from './helpers/redline-html.ts';

const corpus = readCorpus();

// Ids and same-page links of rendered HTML: every change has one anchor, no id repeats, every link lands.
function expectLinksLand(html: string, changes: number): void {
  const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((match) => match[1]);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  expect(ids.filter((id) => /^change-\d+$/.test(id ?? ''))).toHaveLength(changes);
  const missing = [...html.matchAll(/ href="#([^"]*)"/g)].map((match) => match[1]).filter((id) => !ids.includes(id));
  expect(missing, 'links to ids the redline does not have').toEqual([]);
}

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
      'shows %s → %s without losing or inventing text, every change anchored, every link landing',
      (_from, _to, i, j) => {
        const redline = diffDocuments(docs[i] as RedlineDocument, docs[j] as RedlineDocument);
        const html = renderRedline(redline);
        expect(redline.stats.fallback).toBe(false);
        expect(redlineText(html, 'ins')).toBe(self[i]?.text);
        expect(redlineText(html, 'del')).toBe(self[j]?.text);
        expect(redlineTextContent(html, 'ins')).toBe(self[i]?.textContent);
        expect(redlineTextContent(html, 'del')).toBe(self[j]?.textContent);
        expectLinksLand(html, redline.stats.changes);
        expectLinksLand(renderRedline(redline, { view: 'side-by-side' }), redline.stats.changes);
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

  test("points old text's #fragment links at the headings as the redline shows them (Terms 2017-06-09 → 2026-03-02)", () => {
    const terms = corpus.find((policy) => policy.name === 'github-terms-of-service');
    const [first, last] = [terms?.sources[0] ?? '', terms?.sources.at(-1) ?? ''];
    expect(terms?.dates[0]).toBe('2017-06-09');
    const redline = diffDocuments(parseDocument(first), parseDocument(last));
    const html = renderRedline(redline);
    // "L. Payment" became "K. Payment": the deleted link to #l-payment follows the heading (16 such links went nowhere).
    expect(html).toMatch(/<a href="#k-payment"><del id="change-\d+"><span class="redline-cue">deleted: <\/span>L. Payment<\/del><\/a>/);
    expect(html).not.toContain('href="#l-payment"');
    expectLinksLand(html, redline.stats.changes);
  });

  test('never overflows the stack on a huge code block or paragraph, and still bounds the work', () => {
    const code = `\`\`\`\n${Array.from({ length: 6_000 }, (_, i) => `const line${i} = compute(${i}, "value ${i}", options, more, words, here);`).join('\n')}\n\`\`\``;
    const edited = diffDocuments(parseDocument(code), parseDocument(code.replace('line17 ', 'line18 ')));
    expect(edited.stats).toMatchObject({ changes: 1, fallback: false });
    const words = Array.from({ length: 70_000 }, (_, w) => `w${(w * 7919) % 1_009}`);
    const paragraph = diffDocuments(parseDocument(`Intro.\n\n${words.join(' ')}`), parseDocument(`Intro.\n\n${words.reverse().join(' ')}`));
    expect(paragraph.stats.fallbackReasons.join()).toContain('maxWordEdits');
    expect(renderRedline(paragraph)).toContain('<del');
  });

  test('falls back quickly when pairing long similar paragraphs would take seconds, and says so', () => {
    let seed = 1;
    const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const document = (): string =>
      // 140 paragraphs of 1,000 words: just within MAX_SOURCE_BYTES (1 MiB), which parseDocument enforces.
      Array.from({ length: 140 }, () => Array.from({ length: 1_000 }, () => `word${Math.floor(random() * 50)}`).join(' ')).join('\n\n');
    const [oldDoc, newDoc] = [parseDocument(document()), parseDocument(document())];
    const start = performance.now();
    const redline = diffDocuments(oldDoc, newDoc);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(redline.stats.fallback).toBe(true);
    expect(redline.stats.fallbackReasons.join()).toContain('maxPairWords');
  });

  test('compares an MDX revision with a plain-Markdown one as Markdown, inventing no changes', () => {
    const mdx = '# Cookies\n\n<Note type="info">\nWe keep cookies for thirty days.\n</Note>\n\nUse {props.name} freely.\n';
    const markdown = `${mdx}\n<!-- reviewed -->\n`;
    const [a, b] = [parseDocument(mdx), parseDocument(markdown)];
    expect([a.mdx, b.mdx]).toEqual([true, false]);
    const redline = diffDocuments(a, b);
    expect(redline.stats).toMatchObject({ changes: 0, readAsMarkdown: 'old' });
    expect(renderRedline(redline)).not.toMatch(/<(ins|del)\b/);
    expect(diffDocuments(a, a).stats.readAsMarkdown).toBeNull();
  });
});
