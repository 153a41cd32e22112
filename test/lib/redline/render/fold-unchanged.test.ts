import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { diffMarkdown, renderRedline } from '../../../../src/lib/redline/index.ts';
import { hasClass, parseRedline } from '../helpers/redline-html.ts';

const paragraphs = (n: number, edit?: number): string =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} says ${i === edit ? 'something new' : 'the same thing'}.`).join('\n\n');

const folds = (html: string): Element[] => {
  const found: Element[] = [];
  const walk = (node: { children?: unknown[] }): void => {
    for (const child of (node.children ?? []) as Element[]) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'details') found.push(child);
      walk(child);
    }
  };
  walk(parseRedline(html));
  return found;
};

const summaryOf = (fold: Element): string =>
  toText(fold.children.find((child) => child.type === 'element' && child.tagName === 'summary') as Element);

describe('renderRedline with fold', () => {
  test('folds the unchanged text before and after a change, keeping one paragraph of context by it and its section’s heading', () => {
    const html = renderRedline(diffMarkdown(`# Terms\n\n${paragraphs(12)}`, `# Terms\n\n${paragraphs(12, 6)}`), { fold: true });
    const found = folds(html);
    // Before: paragraphs 1–5 (paragraph 6 is the context, the heading stays); after: 9–12 (8 is the context).
    expect(found.map(summaryOf)).toEqual(['5 unchanged paragraphs (30 words) in “Terms”', '4 unchanged paragraphs (24 words) in “Terms”']);
    expect(parseRedline(html).children.find((node): node is Element => node.type === 'element')?.tagName).toBe('h1');
    expect(found.every((fold) => hasClass(fold, 'redline-fold') && fold.properties['open'] === undefined)).toBe(true);
    const text = toText(parseRedline(html));
    expect(text.indexOf('Paragraph 6 says')).toBeLessThan(text.indexOf('something new'));
  });

  test('folds nothing short, and nothing at all without the option', () => {
    expect(folds(renderRedline(diffMarkdown(paragraphs(4), paragraphs(4, 1)), { fold: true }))).toEqual([]);
    expect(folds(renderRedline(diffMarkdown(paragraphs(12), paragraphs(12, 6))))).toEqual([]);
  });

  test('folds a long unchanged list whole, never part of it', () => {
    const list = Array.from({ length: 8 }, (_, i) => `${i + 1}. Item ${i + 1}.`).join('\n');
    const html = renderRedline(diffMarkdown(`Intro.\n\n${list}\n\nOld end.`, `Intro.\n\n${list}\n\nNew end.`), { fold: true });
    const [fold] = folds(html);
    expect(fold && summaryOf(fold)).toBe('9 unchanged paragraphs (17 words) before the first heading');
    expect(fold?.children.filter((child) => child.type === 'element').map((child) => (child as Element).tagName)).toEqual([
      'summary',
      'p',
      'ol',
    ]);
  });

  test('side by side, folds the same stretch on both sides at once', () => {
    const html = renderRedline(diffMarkdown(paragraphs(12), paragraphs(12, 6)), { view: 'side-by-side', fold: true });
    const found = folds(html);
    expect(found.map(summaryOf)).toEqual([
      '5 unchanged paragraphs (30 words) before the first heading',
      '4 unchanged paragraphs (24 words) before the first heading',
    ]);
    for (const fold of found) {
      const row = fold.children.find((child): child is Element => child.type === 'element' && child.tagName === 'div');
      expect(row && hasClass(row, 'redline-row')).toBe(true);
      expect(
        row?.children
          .filter((child): child is Element => child.type === 'element')
          .map((cell) => String((cell.properties['className'] as string[])[1])),
      ).toEqual(['redline-old', 'redline-new']);
    }
  });

  test('says what a fold holds across sections', () => {
    const doc = (edit: boolean): string =>
      `The ${edit ? 'new' : 'old'} start.\n\nOpening words.\n\n# A\n\n${paragraphs(3)}\n\n# B\n\n${paragraphs(3)}`;
    const [fold] = folds(renderRedline(diffMarkdown(doc(false), doc(true)), { fold: true }));
    expect(fold && summaryOf(fold)).toBe('8 unchanged paragraphs (38 words) from “A” to “B”');
  });

  test('keeps no earlier heading in view when the change is a new section', () => {
    const before = `# A\n\n${paragraphs(5)}`;
    const html = renderRedline(diffMarkdown(before, `${before}\n\n# B\n\nA new section.`), { fold: true });
    // The heading of A and paragraphs 1–4 (paragraph 5 is the context).
    expect(folds(html).map(summaryOf)).toEqual(['5 unchanged paragraphs (25 words) in “A”']);
  });

  test('keeps in view, between two folds, the heading of the section a change is in, in both views', () => {
    const doc = (edit: boolean): string => `# A\n\n${paragraphs(3)}\n\n# B\n\n${paragraphs(3)}\n\n# C\n\nThe ${edit ? 'new' : 'old'} end.`;
    for (const view of ['inline', 'side-by-side'] as const) {
      const html = renderRedline(diffMarkdown(doc(false), doc(true)), { fold: true, view });
      expect(folds(html).map(summaryOf)).toEqual(['4 unchanged paragraphs (19 words) in “A”', '3 unchanged paragraphs (18 words) in “B”']);
      const shown = toText(parseRedline(html.replace(/<details[\s\S]*?<\/details>/g, ''))).replace(/\s+/g, ' ');
      expect(shown).toContain(view === 'inline' ? 'B C The' : 'B B C C The');
    }
  });
});
