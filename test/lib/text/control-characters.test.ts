import { describe, expect, test } from 'vitest';
import {
  describeCodePoint,
  isBidiIsolateOrMark,
  isBidiOverride,
  isControl,
  isNonCharacter,
  isUnsafeForTerminal,
} from '../../../src/lib/text/control-characters.ts';

describe('describeCodePoint', () => {
  test.each([
    [0x1b, 'U+001B ESCAPE'],
    [0x07, 'U+0007 BELL'],
    [0x00, 'U+0000 NULL'],
    [0x7f, 'U+007F DELETE'],
    [0x9b, 'U+009B CONTROL SEQUENCE INTRODUCER'],
    [0x9d, 'U+009D OPERATING SYSTEM COMMAND'],
    [0x202e, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    [0x2067, 'U+2067 RIGHT-TO-LEFT ISOLATE'],
    [0x061c, 'U+061C ARABIC LETTER MARK'],
    [0xfffe, 'U+FFFE NONCHARACTER'],
    [0xd800, 'U+D800 UNPAIRED SURROGATE'],
    [0x41, 'U+0041'],
  ])('names %i as %s', (codePoint, name) => {
    expect(describeCodePoint(codePoint)).toBe(name);
  });
});

describe('isUnsafeForTerminal', () => {
  test('holds for controls, bidi characters, separators and non-characters, and nothing printable', () => {
    for (const codePoint of [
      0x00, 0x09, 0x0a, 0x1b, 0x7f, 0x85, 0x9f, 0x061c, 0x200e, 0x200f, 0x202a, 0x202e, 0x2028, 0x2029, 0x2066, 0x2069, 0xfffe,
    ]) {
      expect(isUnsafeForTerminal(codePoint)).toBe(true);
    }
    for (const codePoint of [0x20, 0x41, 0x7e, 0xa0, 0xe9, 0x05d0, 0x0627, 0x200b, 0x2014, 0x1f600]) {
      expect(isUnsafeForTerminal(codePoint)).toBe(false);
    }
  });

  test('tells the kinds apart', () => {
    expect([
      isControl(0x9b),
      isBidiOverride(0x202d),
      isBidiIsolateOrMark(0x202d),
      isBidiIsolateOrMark(0x2068),
      isNonCharacter(0xffff),
    ]).toEqual([true, true, false, true, true]);
  });
});
