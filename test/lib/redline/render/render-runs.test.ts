import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { changeElement, leaves, renderRuns } from '../../../../src/lib/redline/render/render-runs.ts';
import type { Item } from '../../../../src/lib/redline/render/split-ops.ts';
import { makeToken } from '../../../../src/lib/redline/parse/index.ts';
import type { Mark, Token } from '../../../../src/lib/redline/index.ts';

const link = (url: string): Mark => ({ type: 'link', url, key: `link\u0002${url}` });
const word = (text: string, marks: Mark[] = []): Token =>
  makeToken(text, text === ' ' ? 'space' : 'word', marks, marks.map((mark) => mark.key).join());
const html = (nodes: ElementContent[]): string =>
  toHtml({ type: 'root', children: nodes }).replace(/<span class="redline-cue">[^<]*<\/span>/g, '');

describe('renderRuns', () => {
  test('keeps a link whole with the change inside it', () => {
    const a = link('https://x.test');
    const items: Item[] = [
      { op: 'equal', token: word('the', [a]) },
      { op: 'equal', token: word(' ', [a]) },
      { op: 'delete', token: word('old', [a]) },
      { op: 'insert', token: word('new', [a]) },
    ];
    expect(html(renderRuns(items, { anchor: null, idPrefix: '', linkBase: '' }))).toBe(
      '<a href="https://x.test">the <del>old</del><ins>new</ins></a>',
    );
  });

  test('shows a changed link target as the old link deleted and the new one inserted', () => {
    const items: Item[] = [
      { op: 'delete', token: word('terms', [link('https://a.test')]) },
      { op: 'insert', token: word('terms', [link('https://b.test')]) },
    ];
    expect(html(renderRuns(items, { anchor: null, idPrefix: '', linkBase: '' }))).toBe(
      '<a href="https://a.test"><del>terms</del></a><a href="https://b.test"><ins>terms</ins></a>',
    );
  });

  test('gives the pending anchor to the first change only', () => {
    const context = { anchor: 'change-7', idPrefix: '', linkBase: '' };
    const out = toHtml({
      type: 'root',
      children: renderRuns(
        [
          { op: 'delete', token: word('a') },
          { op: 'insert', token: word('b') },
        ],
        context,
      ),
    });
    expect(out).toBe(
      '<del id="change-7"><span class="redline-cue">deleted: </span>a</del><ins><span class="redline-cue">inserted: </span>b</ins>',
    );
    expect(context.anchor).toBeNull();
  });

  test('renders strikethrough in the policy as <s>, never as a redline <del>', () => {
    const strike: Mark = { type: 'delete', key: 'delete' };
    expect(html(renderRuns([{ op: 'equal', token: word('void', [strike]) }], { anchor: null, idPrefix: '', linkBase: '' }))).toBe(
      '<s>void</s>',
    );
  });
});

describe('changeElement', () => {
  test('marks moved changes and says so in the cue', () => {
    expect(toHtml(changeElement('moved-to', [], { anchor: null, idPrefix: '', linkBase: '' }))).toBe(
      '<ins class="redline-moved"><span class="redline-cue">inserted (moved here): </span></ins>',
    );
  });
});

describe('leaves', () => {
  test('renders breaks, checkboxes, safe images and a deleted paragraph break', () => {
    const image = { ...makeToken('Logo', 'image', [], ''), url: '/images/l.png' };
    // Another host's image (a tracking pixel) and a script URL are shown as their alt text.
    const tracker = { ...makeToken('Pixel', 'image', [], ''), url: 'https://tracker.test/p.gif' };
    const unsafe = { ...makeToken('Bad', 'image', [], ''), url: 'javascript:alert(1)' };
    const out = toHtml({
      type: 'root',
      children: leaves([
        word('a'),
        makeToken('\n', 'break', [], ''),
        makeToken('x', 'check', [], ''),
        image,
        tracker,
        unsafe,
        makeToken('', 'block', [], ''),
      ]),
    });
    expect(out).toBe(
      'a<br>\n<input type="checkbox" disabled checked><img src="/images/l.png" alt="Logo"><span class="redline-image">Pixel</span><span class="redline-image">Bad</span><span class="redline-break"><span class="redline-cue">paragraph break</span> </span>',
    );
  });

  test('keeps the text of a link whose #fragment lands nowhere, without the link', () => {
    const items: Item[] = [{ op: 'equal', token: word('terms', [link('#nowhere')]) }];
    const fragments = { old: new Map<string, string>(), new: new Map([['terms', 'terms']]) };
    expect(html(renderRuns(items, { anchor: null, idPrefix: '', linkBase: '', fragments }))).toBe(
      '<span class="redline-broken-link">terms</span>',
    );
  });

  test("points a deleted link at the old revision's heading", () => {
    const items: Item[] = [{ op: 'delete', token: word('see', [link('#fees')]) }];
    const fragments = { old: new Map([['fees', 'old-fees']]), new: new Map([['fees', 'fees-1']]) };
    expect(html(renderRuns(items, { anchor: null, idPrefix: '', linkBase: '', fragments }))).toBe('<a href="#old-fees"><del>see</del></a>');
  });
});
