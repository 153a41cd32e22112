import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { appendBlock, element, text } from '../../../../src/lib/redline/render/element.ts';

describe('element', () => {
  test('builds an element whose text is escaped on output', () => {
    expect(toHtml(element('p', { className: ['x'] }, [text('<script>alert("1") & more</script>')]))).toBe(
      '<p class="x">&#x3C;script>alert("1") &#x26; more&#x3C;/script></p>',
    );
  });
});

describe('appendBlock', () => {
  test('separates block children with a newline', () => {
    const parent = element('ul');
    appendBlock(parent, element('li'));
    appendBlock(parent, element('li'));
    expect(toHtml(parent)).toBe('<ul><li></li>\n<li></li></ul>');
  });
});
