import { describe, expect, test } from 'vitest';
import { validateHtml } from './validate-html.ts';

const page = (body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body><main>${body}</main></body></html>`;

describe('validateHtml', () => {
  test('accepts a valid page with a redline', async () => {
    expect(await validateHtml(page('<ul><li><ins><span class="cue">inserted: </span>new item</ins></li></ul>'), 'ok.html')).toEqual([]);
  });

  test.each([
    ['an <ins> directly inside a <ul>', '<ul><ins><li>new item</li></ins></ul>', /element-permitted-content|element-required-content/],
    ['an image without alt text', '<p><img src="/a.png"></p>', /wcag\/h37/],
    ['a duplicate id', '<h2 id="a">One</h2><h2 id="a">Two</h2>', /no-dup-id/],
    ['an unclosed element', '<p><strong>bold</p>', /close-order|unclosed/],
  ])('reports %s', async (_case, body, rule) => {
    const errors = await validateHtml(page(body), 'bad.html');
    expect(errors.join('\n')).toMatch(rule);
    expect(errors[0]).toMatch(/^bad\.html:\d+:\d+ /);
  });
});
