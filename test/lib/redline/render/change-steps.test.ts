import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { changeSteps } from '../../../../src/lib/redline/render/change-steps.ts';

describe('changeSteps', () => {
  test.each([
    [1, 3, '<span class="redline-steps"><a class="redline-cue redline-step redline-step-next" href="#change-2">next change</a></span>'],
    [
      2,
      3,
      '<span class="redline-steps"><a class="redline-cue redline-step redline-step-previous" href="#change-1">previous change</a> <a class="redline-cue redline-step redline-step-next" href="#change-3">next change</a></span>',
    ],
    [
      3,
      3,
      '<span class="redline-steps"><a class="redline-cue redline-step redline-step-previous" href="#change-2">previous change</a></span>',
    ],
    [1, 1, '<span class="redline-steps"></span>'],
  ])('links change %i of %i to its neighbours', (change, total, expected) => {
    expect(toHtml(changeSteps(change, total, '', ''))).toBe(expected);
  });

  test('follows the id prefix and link base', () => {
    expect(toHtml(changeSteps(2, 2, 'r-', 'https://example.org/c/'))).toContain('href="https://example.org/c/#r-change-1"');
  });
});
