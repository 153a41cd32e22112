import { describe, expect, test } from 'vitest';
import { diffMarkdown } from '../../../../src/lib/redline/index.ts';
import { fragmentTargets } from '../../../../src/lib/redline/render/fragment-targets.ts';

describe('fragmentTargets', () => {
  test("maps each revision's heading ids to where the redline shows them", () => {
    const targets = fragmentTargets(
      diffMarkdown('## Payment\n\nPay.\n\n## Terms\n\nAgree.\n\n## Change 1', '## Terms\n\nAgree.\n\n## Billing\n\n## Change 1', {
        idPrefix: 'p-',
      }),
    );
    expect([...targets.old]).toEqual([
      ['payment', 'p-old-payment'],
      ['terms', 'p-terms'],
      ['change-1', 'p-change-1-1'],
    ]);
    expect([...targets.new]).toEqual([
      ['terms', 'p-terms'],
      ['billing', 'p-billing'],
      ['change-1', 'p-change-1-1'],
    ]);
  });
});
