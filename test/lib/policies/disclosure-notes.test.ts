import { describe, expect, test } from 'vitest';
import { findDisclosureNotes, formatProblems } from '../../../src/lib/policies/index.ts';

const revision = (cookies: string): string => `---
effective: 2026-05-01
change: editorial
summary: Names the cookies.
declaration:
  providers:
    - { id: mailly, name: Mailly, party: first }
  cookies:
${cookies}
---

Text.
`;

describe('findDisclosureNotes', () => {
  test('places each note at its file’s declaration, naming the item, and leaves what does not parse to the checks', () => {
    // A note; a declaration the schema refuses (its category is undeclared); a file that is not a revision; broken YAML.
    const files = [
      { path: 'cookies/2026-05-01.mdx', text: revision('    - { name: "a?", match: glob, provider: mailly, purpose: A., session: true }') },
      { path: 'cookies/2026-06-01.mdx', text: revision('    - { name: ok, provider: mailly, purpose: B., category: essential, session: true }') },
      { path: 'cookies/notes.md', text: revision('    - { name: "b?", match: glob, provider: mailly, purpose: C., session: true }') },
      { path: 'cookies/2026-07-01.mdx', text: '---\neffective: [\n---\n' },
    ];
    const notes = findDisclosureNotes(files, { root: 'policies', siteDomain: 'mailly.io' });
    expect(formatProblems(notes).split('\n')).toEqual([
      expect.stringMatching(/^policies\/cookies\/2026-05-01\.mdx:5: front matter "declaration\.cookies\[0\]": "a\?" \(match: glob\) is left out of the device storage disclosure: it is a glob with \?/),
      // Its only item left out: no disclosure rather than an empty one.
      expect.stringMatching(/^policies\/cookies\/2026-05-01\.mdx:5: front matter "declaration": has no stored item the device storage disclosure can list/),
    ]);
  });

  test('finds nothing in a declaration the disclosure says whole', () => {
    const files = [
      {
        path: 'cookies/2026-05-01.mdx',
        text: revision('    - { name: _mly_, match: prefix, provider: mailly, purpose: A., duration: P30D, domains: [mailly.io] }').replace(
          '  cookies:',
          '  categories:\n    - { id: essential, name: Essential, description: D., purposes: [login], required: true }\n  cookies:',
        ).replace('purpose: A.,', 'purpose: A., category: essential,'),
      },
    ];
    expect(findDisclosureNotes(files, { siteDomain: 'mailly.io' })).toEqual([]);
  });
});
