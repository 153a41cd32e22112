import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../../src/lib/redline/index.ts';
import { renderInlineView } from '../../../../src/lib/redline/render/render-inline-view.ts';

describe('renderInlineView', () => {
  test('shows a deleted list item inside the list it came from', () => {
    const html = toHtml(renderInlineView(diffMarkdown('- one\n- two\n- three', '- one\n- three')));
    expect(html).toBe(
      '<ul><li>one</li>\n<li class="redline-deleted"><del id="change-1"><span class="redline-cue">deleted: </span>two</del></li>\n<li>three</li></ul>',
    );
  });

  test('shows a deleted paragraph of a kept list item inside that item', () => {
    const html = toHtml(renderInlineView(diffMarkdown('- one\n\n  more about one\n- two', '- one\n- two')));
    expect(html).toContain('<li>one\n<p class="redline-deleted">');
  });

  test('renders nothing for an empty document', () => {
    expect(toHtml(renderInlineView(diffMarkdown('', '')))).toBe('');
  });
});
