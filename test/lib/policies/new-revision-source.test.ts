import { describe, expect, test } from 'vitest';
import { checkRevisionFile, newRevisionSource } from '../../../src/lib/policies/index.ts';

const PREVIOUS = `---
# a note about the old revision
effective: 2026-03-14
published: 2026-03-01
change: material
summary: Adds performance cookies.
errata:
  - date: 2026-04-02
    description: Typo.
    previousSha256: ${'a'.repeat(64)}
declaration:
  categories:
    - id: essential
      name: Essential Cookies
      description: Needed.
      purposes: [account login]
      required: true
---

## Essential Cookies

- account login
`;

describe('newRevisionSource', () => {
  test('keeps the text and the declaration, sets the date and label, and leaves the summary empty', () => {
    const source = newRevisionSource(PREVIOUS, '2026-12-01', 'editorial');
    expect(source).toBe(`---
effective: 2026-12-01
change: editorial
summary: "" # say in plain language what this revision changes
declaration:
  categories:
    - id: essential
      name: Essential Cookies
      description: Needed.
      purposes: [account login]
      required: true
---

## Essential Cookies

- account login
`);
  });

  test('gives a file the checks refuse until its summary (and label) are written', () => {
    const messages = (text: string): string => checkRevisionFile('policies/cookies/2026-12-01.mdx', '2026-12-01.mdx', text).problems.map((p) => p.message).join('\n');
    expect(messages(newRevisionSource(PREVIOUS, '2026-12-01', 'editorial'))).toMatch(/"summary" is "" — it must not be empty/);
    expect(messages(newRevisionSource(PREVIOUS, '2026-12-01'))).toMatch(/"change" is empty — it must be one of material, editorial, technical/);
    const written = newRevisionSource(PREVIOUS, '2026-12-01', 'editorial').replace('summary: ""', 'summary: Rewords section 1.');
    expect(messages(written)).toBe('');
  });
});
