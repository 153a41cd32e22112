import { describe, expect, test } from 'vitest';
import { visibleSource } from '../../../../src/lib/redline/parse/visible-source.ts';

describe('visibleSource', () => {
  test.each([
    ['html', '<!-- note -->', null],
    ['html', '<!-- one -->\n<!-- two -->', null],
    ['html', '<!-- unclosed', null],
    ['html', '<!-->', null],
    ['html', '<!-- note -->\n<div>shown</div>', '<div>shown</div>'],
    ['html', '<div>\n  x\n</div>', '<div>\n  x\n</div>'],
    ['mdxFlowExpression', '/* note */', null],
    ['mdxTextExpression', ' // note\n', null],
    ['mdxTextExpression', '', null],
    ['mdxFlowExpression', '/* note */ value', '/* note */ value'],
    ['text', '<!-- shown as written -->', '<!-- shown as written -->'],
  ])('reads a %s node %j as %j', (type, value, expected) => {
    expect(visibleSource({ type, value })).toBe(expected);
  });
});
