import { describe, expect, test } from 'vitest';
import { createFlattenContext } from '../../../src/lib/redline/flatten-context.ts';
import { MAX_NESTING } from '../../../src/lib/redline/max-nesting.ts';
import { nestFrames } from '../../../src/lib/redline/nest-frames.ts';
import type { Frame } from '../../../src/lib/redline/redline-document.ts';

describe('nestFrames', () => {
  test('adds containers up to MAX_NESTING and counts the ones left out', () => {
    const context = createFlattenContext({ type: 'root' }, '', true);
    const quote = (id: number): Frame => ({ type: 'blockquote', id });
    const deep = Array.from({ length: MAX_NESTING - 1 }, (_, index) => quote(index));
    const full = nestFrames(deep, [quote(100)], context);
    expect(full).toHaveLength(MAX_NESTING);
    expect(nestFrames(full, [quote(101)], context)).toBe(full);
    // A list and its item are added together or not at all, so no list is ever left without items.
    expect(nestFrames(deep, [quote(102), quote(103)], context)).toBe(deep);
    expect(context.capped).toBe(2);
  });
});
