import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../src/lib/redline/index.ts';
import { renderRedlineText, renderStatsText } from '../../../src/lib/redline-text/index.ts';

// Any character a terminal acts on or reorders text by: C0/C1 controls (but the line feeds the text
// is laid out with), DEL, bidirectional formatting characters, line separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point here
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const OLD = '# Terms\n\nYou pay 10 a month.\n';
// Erases the line it is on and writes the clipboard (OSC 52), hides a sentence, reverses an amount.
const NEW = '# Terms\u001b]52;c;ZXZpbA==\u0007\n\nYou pay \u202E01\u202C a month.\u001b[2K\u001b[1G Nothing changed.\n';

describe('renderRedlineText', () => {
  test.each(['plain', 'critic', 'ansi'] as const)('never writes a revision’s control or bidi characters (%s marks)', (marks) => {
    const redline = diffMarkdown(OLD, NEW);
    for (const show of ['changes', 'full'] as const) {
      const text = renderRedlineText(redline, { marks, show });
      // The ANSI marks are Redline's own colours; nothing else may reach the terminal raw.
      // eslint-disable-next-line no-control-regex -- Redline's own colour codes are what is taken out
      const own = text.replace(/\u001b\[[0-9;]*m/g, '');
      expect(own).not.toMatch(UNSAFE);
      expect(own).toContain('\\x1b[2K\\x1b[1G');
      expect(own).toContain('\\u202e01\\u202c');
      expect(own).toContain('\\x1b]52;c;ZXZpbA==\\x07');
    }
  });
});

describe('renderStatsText', () => {
  test('shows control characters in section titles as escapes', () => {
    const stats = renderStatsText(diffMarkdown(OLD, NEW).stats);
    expect(stats).not.toMatch(UNSAFE);
    expect(stats).toContain('Terms\\x1b]52;c;ZXZpbA==\\x07');
  });
});
