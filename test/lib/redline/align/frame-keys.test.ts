import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffMarkdown, renderRedline } from '../../../../src/lib/redline/index.ts';
import { frameKeys } from '../../../../src/lib/redline/align/frame-keys.ts';
import { revisions } from '../helpers/markdown-arbitraries.ts';
import { normalizeRedline } from '../helpers/redline-html.ts';

describe('frameKeys', () => {
  test('names an old container after the new one it corresponds to', () => {
    const redline = diffMarkdown('- a\n\n  gone paragraph\n- b', '- a\n- b');
    const keys = frameKeys(redline);
    const deleted = redline.old.blocks[1];
    const kept = redline.new.blocks[0];
    expect(keys('old', deleted?.frames ?? [])).toEqual(keys('new', kept?.frames ?? []));
  });

  test('matches containers from the inside out when a level disappears, so items stay apart', () => {
    const redline = diffMarkdown(
      '- Definitions:\n  - Service means the website.\n  - User means you.\n- Other terms apply.\n',
      '- Service means the website.\n- Other terms apply.\n',
    );
    const keys = frameKeys(redline);
    const [definitions, service, user] = redline.old.blocks.map((block) => keys('old', block.frames));
    // Old "Service…" item is the new one; the "Definitions:" item has no counterpart.
    expect(service?.at(-1)).toBe(keys('new', redline.new.blocks[0]?.frames ?? []).at(-1));
    expect(definitions?.at(-1)).toMatch(/^o/);
    expect(user?.at(-1)).toMatch(/^o/);
    expect(normalizeRedline(renderRedline(redline))).toBe(
      '<ul><li><del>Definitions:</del></li><li>Service means the website.</li><li><ul><li><del>User means you.</del></li></ul></li><li>Other terms apply.</li></ul>',
    );
  });

  // A paired block's own container always has a counterpart (its counterpart's container, unless an
  // earlier block claimed it for another: an old quote split in two maps to the first).
  test("gives a paired block's own container a counterpart", () => {
    fc.assert(
      fc.property(revisions, ([a, b]) => {
        const redline = diffMarkdown(a, b);
        const keys = frameKeys(redline);
        for (const unit of redline.units) {
          if (unit.type !== 'equal' && unit.type !== 'modified') continue;
          unit.old.forEach((i, k) => {
            const oldFrames = redline.old.blocks[i]?.frames ?? [];
            const newFrames = redline.new.blocks[unit.new[k] ?? -1]?.frames ?? [];
            if (oldFrames.length === 0 || oldFrames.at(-1)?.type !== newFrames.at(-1)?.type) return;
            expect(keys('old', oldFrames).at(-1)).toMatch(/^n/);
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  test('keeps an old container without counterpart apart', () => {
    const redline = diffMarkdown('> quoted and gone', 'Plain.');
    const [key] = frameKeys(redline)('old', redline.old.blocks[0]?.frames ?? []);
    expect(key).toMatch(/^o/);
  });
});
