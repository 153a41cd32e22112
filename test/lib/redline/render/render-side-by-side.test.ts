import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../../src/lib/redline/index.ts';
import { renderSideBySide } from '../../../../src/lib/redline/render/render-side-by-side.ts';

describe('renderSideBySide', () => {
  test('puts unchanged runs in one row and each change in an anchored row of its own', () => {
    const html = toHtml(
      renderSideBySide(diffMarkdown('# T\n\nSame.\n\nWe keep logs for thirty days.', '# T\n\nSame.\n\nWe keep logs for sixty days.')),
    );
    expect(html).toBe(
      [
        '<div class="redline-side-by-side"><div class="redline-row"><div class="redline-side redline-old"><h1>T</h1>\n<p>Same.</p></div>\n<div class="redline-side redline-new"><h1 id="t">T</h1>\n<p>Same.</p></div></div>',
        '<div class="redline-row redline-row-changed" id="change-1"><div class="redline-side redline-old"><p class="redline-modified">We keep logs for <del><span class="redline-cue">deleted: </span>thirty</del> days.</p></div>',
        '<div class="redline-side redline-new"><p class="redline-modified">We keep logs for <ins><span class="redline-cue">inserted: </span>sixty</ins> days.</p></div></div></div>',
      ].join('\n'),
    );
  });
});
