import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../src/lib/redline/diff-markdown.ts';
import { frameKeys } from '../../../src/lib/redline/frame-keys.ts';

describe('frameKeys', () => {
  test('names an old container after the new one it corresponds to', () => {
    const redline = diffMarkdown('- a\n\n  gone paragraph\n- b', '- a\n- b');
    const keys = frameKeys(redline);
    const deleted = redline.old.blocks[1];
    const kept = redline.new.blocks[0];
    expect(keys('old', deleted?.frames ?? [])).toEqual(keys('new', kept?.frames ?? []));
  });

  test('keeps an old container without counterpart apart', () => {
    const redline = diffMarkdown('> quoted and gone', 'Plain.');
    const [key] = frameKeys(redline)('old', redline.old.blocks[0]?.frames ?? []);
    expect(key).toMatch(/^o/);
  });
});
